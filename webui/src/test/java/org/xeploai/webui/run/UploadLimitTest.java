package org.xeploai.webui.run;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the size limit is refused with a clear message, through the real server (Tomcat parses the upload):
 * the API answers 413 with a problem detail, the page goes back to the form, which says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=2KB", "spring.servlet.multipart.max-request-size=4KB"})
@ActiveProfiles("test")
class UploadLimitTest {
    @LocalServerPort
    int port;

    record Answer(int status, String body, HttpHeaders headers) {
    }

    RestClient client() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    static MultiValueMap<String, Object> bigUpload() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("files", named("organizations.csv", "org_id\n"));
        form.add("files", named("members.csv", "member_id\n" + "DV0001\n".repeat(2000)));
        form.add("year", "2022");
        return form;
    }

    static ByteArrayResource named(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void theApiAnswers413WithAProblemDetail() {
        Answer answer = client().post().uri("/api/runs?lang=en")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString("operator:xeploai-operator".getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(bigUpload())
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), res.getHeaders()));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"upload-too-large\"", "larger than this server accepts");
    }

    @Test
    void thePageGoesBackToTheFormWithTheMessage() {
        List<String> cookies = new ArrayList<>();
        Answer login = get("/login", cookies);
        Answer signedIn = client().post().uri("/login").header(HttpHeaders.COOKIE, String.join("; ", cookies))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=operator&password=xeploai-operator&_csrf=" + csrf(login.body()))
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), "", res.getHeaders()));
        keep(signedIn.headers(), cookies);
        Answer form = get("/runs", cookies);
        assertThat(form.body()).contains("upload-form");

        // as a browser sends it: with its Content-Length
        byte[] body = multipartBody();
        Answer upload = client().post().uri("/runs?_csrf=" + csrf(form.body()))
                .header(HttpHeaders.COOKIE, String.join("; ", cookies))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .contentLength(body.length).body(body)
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), "", res.getHeaders()));
        assertThat(upload.status()).isEqualTo(302);
        assertThat(upload.headers().getLocation().toString()).endsWith("/runs?error=too-large");
        assertThat(get("/runs?error=too-large", cookies).body())
                .contains("Tệp tải lên quá lớn so với giới hạn của máy chủ", "upload-form");
    }

    @Test
    void theApiRefusesItByItsContentLengthBeforeReadingIt() {
        byte[] body = multipartBody();
        Answer answer = client().post().uri("/api/runs")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString("operator:xeploai-operator".getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .contentLength(body.length).body(body)
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), res.getHeaders()));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"upload-too-large\"", "Tệp tải lên quá lớn");
    }

    static final String BOUNDARY = "xeploaiBoundary7MA4YWxk";

    static byte[] multipartBody() {
        StringBuilder body = new StringBuilder();
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2022\r\n");
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"members.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append("member_id\n").append("DV0001\n".repeat(2000)).append("\r\n");
        body.append("--").append(BOUNDARY).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    Answer get(String path, List<String> cookies) {
        Answer answer = client().get().uri(path).header(HttpHeaders.COOKIE, String.join("; ", cookies))
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), res.getHeaders()));
        keep(answer.headers(), cookies);
        return answer;
    }

    static void keep(HttpHeaders headers, List<String> cookies) {
        for (String cookie : headers.getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = cookie.split(";", 2)[0];
            cookies.removeIf(c -> c.startsWith(pair.substring(0, pair.indexOf('=') + 1)));
            cookies.add(pair);
        }
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
