/**
 * The drop-folder service behind {@code scorebook watch}: staff drop workbooks into an inbox (often
 * a Windows share), and each one ends exactly once in the archive (scored) or the failed folder
 * (with an annotated copy and a reason file).
 *
 * <p>The steps, each safe to interrupt with kill -9:
 *
 * <ol>
 *   <li><b>Poll</b> the inbox (no WatchService: SMB and NFS send no events) and take only whole
 *       files: size and modification time unchanged over two polls, and the file opens for reading
 *       ({@link org.scorebook.watch.Stability}); lock files, hidden files, temp files and
 *       non-workbooks are left alone ({@link org.scorebook.watch.WorkbookNames}).
 *   <li><b>Claim</b> by one atomic rename into the hidden work folder {@code
 *       INBOX/.scorebook-work/}, under a name that records the owner (host, process id, instance
 *       tag), the claim time and the stem reserved for all of this input's files ({@link
 *       org.scorebook.watch.Claims}). A second process loses the rename race and skips the file.
 *   <li><b>Process</b> on a worker thread with a time limit, writing outputs into the owner's
 *       staging folder, then renaming them into place, overwriting this input's own earlier partial
 *       output ({@link org.scorebook.watch.FileJob}). The reports of a workbook of several projects
 *       are one folder {@code 名称.评价报告/}, renamed into place whole beside the scored or the
 *       annotated copy.
 *   <li><b>Commit</b>: move the original from the work folder to the archive or the failed folder.
 *       This is the last step; until it happens, the claim is simply processed again after a
 *       restart ({@link org.scorebook.watch.Disposition}).
 * </ol>
 *
 * <p>{@link org.scorebook.watch.Watcher} is the loop; the command line lives in {@code
 * org.scorebook.cli.WatchCommand}.
 */
package org.scorebook.watch;
