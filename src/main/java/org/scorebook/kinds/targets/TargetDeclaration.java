package org.scorebook.kinds.targets;

import java.util.Map;
import java.util.Optional;
import org.scorebook.model.GradeScale;
import org.scorebook.model.RuleProfile;
import org.scorebook.model.Text;
import org.scorebook.model.WorkbookKind;

/** The target declaration (绩效目标申报表) as the model knows it. */
public final class TargetDeclaration {

  /**
   * The national profile without a column for deviations: a declaration is reviewed against its
   * checklist, not scored, so these values only keep the shared rules quiet.
   */
  public static final RuleProfile RULES =
      new RuleProfile(100, true, Optional.empty(), Map.of(), GradeScale.NATIONAL);

  /**
   * The form's kind, found in any sheet; it keeps its own columns and gets comments instead, and is
   * reviewed rather than scored.
   */
  public static final WorkbookKind IDENTITY =
      new WorkbookKind(
          "target-declaration",
          Text.get("kind.targets"),
          Text.get("department.kind.targets"),
          RULES,
          false,
          WorkbookKind.Result.REVIEW);

  private TargetDeclaration() {}
}
