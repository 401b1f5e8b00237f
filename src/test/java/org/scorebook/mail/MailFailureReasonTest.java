package org.scorebook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * Why a message could not be sent, as the user reads it: the exceptions the JDK and Angus Mail
 * throw, wrapped as Angus wraps them, become Chinese with what to check; their English is not
 * shown.
 */
class MailFailureReasonTest {
  private static MessagingException wrapped(Exception cause) {
    return new MessagingException(
        "Couldn't connect to host, port: smtp.example.gov.cn, 465; timeout 10000", cause);
  }

  @Test
  void aRefusedConnectionPointsToTheAddressAndPort() {
    assertThat(MailService.reason(wrapped(new ConnectException("Connection refused"))))
        .isEqualTo("连接被拒绝：服务器地址或端口不对，或服务器未运行");
  }

  @Test
  void anUnknownServerIsNamed() {
    assertThat(MailService.reason(wrapped(new UnknownHostException("smtp.example.gov.cn"))))
        .isEqualTo("找不到服务器「smtp.example.gov.cn」：请检查服务器地址（smtp.host）和网络");
  }

  @Test
  void aTimeoutReadOrConnectIsATimeout() {
    String timeout = "连接超时：服务器没有响应，请检查服务器地址、端口和网络（或防火墙）";
    assertThat(MailService.reason(wrapped(new SocketTimeoutException("Read timed out"))))
        .isEqualTo(timeout);
    assertThat(MailService.reason(wrapped(new ConnectException("Connection timed out"))))
        .isEqualTo(timeout);
  }

  @Test
  void aFailedHandshakePointsToTheEncryptionSetting() {
    assertThat(
            MailService.reason(
                wrapped(new SSLHandshakeException("Remote host terminated the handshake"))))
        .startsWith("加密连接失败：加密方式（smtp.security）与端口不匹配");
  }

  @Test
  void refusedRecipientsAreListed() throws Exception {
    SendFailedException failed =
        new SendFailedException(
            "Invalid Addresses",
            null,
            null,
            null,
            new InternetAddress[] {new InternetAddress("nobody@example.com")});

    assertThat(MailService.reason(failed)).isEqualTo("服务器拒收以下地址：nobody@example.com");
  }

  @Test
  void anythingElsePointsToTheLogInsteadOfShowingEnglish() {
    assertThat(MailService.reason(new MessagingException("452 4.3.1 Insufficient system storage")))
        .isEqualTo("邮件服务器报告了错误，详见日志 ~/.scorebook/logs/scorebook.log");
  }
}
