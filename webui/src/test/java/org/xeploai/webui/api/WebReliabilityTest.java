package org.xeploai.webui.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.xeploai.webui.ExampleData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "Web and API": what the server refuses, with which status and message (wrong content types, missing or
 * wrong credentials, a role acting beyond its rights, a page form without its CSRF token; uploads over the size
 * limit are in {@code UploadLimitTest}, unsafe pack zips in {@code WhatIfApiTest} and {@code PackZipTest}); and a
 * bounded load test on loopback: {@value #UPLOADS} concurrent uploads of the example, no error, no run lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xeploai.web.runs.parallel=2")
@ActiveProfiles("test")
class WebReliabilityTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int UPLOADS = 50;
    static final int CLIENTS = 8;

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    RestClient client() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())).build();
    }

    static Answer answer(org.springframework.http.client.ClientHttpResponse res) throws java.io.IOException {
        return new Answer(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8), res.getHeaders());
    }

    static MultiValueMap<String, Object> example() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        ExampleData.csvFiles().forEach(f -> form.add("files", new FileSystemResource(f)));
        form.add("year", String.valueOf(ExampleData.YEAR));
        return form;
    }

    @Test
    void aRunPostedAsJsonInsteadOfMultipartIs415WithAProblemDetail() {
        Answer answer = client().post().uri("/api/runs?lang=en").header(HttpHeaders.AUTHORIZATION,
                        basic("operator", "xeploai-operator")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"year\":2022}").exchange((req, res) -> answer(res));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMultipartWithoutItsBoundaryIs400() {
        Answer answer = client().post().uri("/api/runs?lang=en").header(HttpHeaders.AUTHORIZATION,
                        basic("operator", "xeploai-operator")).header(HttpHeaders.CONTENT_TYPE, "multipart/form-data")
                .body("not a multipart body").exchange((req, res) -> answer(res));
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void missingOrWrongCredentialsAre401ForTheApiAndALoginRedirectForPages() {
        Answer none = client().get().uri("/api/runs?lang=en").exchange((req, res) -> answer(res));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(none.json().get("code").asString()).isEqualTo("unauthorized");
        Answer wrong = client().get().uri("/api/runs?lang=en")
                .header(HttpHeaders.AUTHORIZATION, basic("operator", "guess")).exchange((req, res) -> answer(res));
        assertThat(wrong.status()).isEqualTo(401);
        Answer unknown = client().get().uri("/api/runs")
                .header(HttpHeaders.AUTHORIZATION, basic("mallory", "xeploai-admin")).exchange((req, res) -> answer(res));
        assertThat(unknown.status()).isEqualTo(401);
        Answer page = client().get().uri("/runs").exchange((req, res) -> answer(res));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().getLocation().getPath()).isEqualTo("/login");
        Answer whatIfPage = client().get().uri("/whatif").exchange((req, res) -> answer(res));
        assertThat(whatIfPage.status()).isEqualTo(302);
    }

    @Test
    void aViewerPostingARunIs403AndNothingIsMade() {
        long before = count();
        Answer answer = client().post().uri("/api/runs?lang=en").header(HttpHeaders.AUTHORIZATION,
                basic("viewer", "xeploai-viewer")).contentType(MediaType.MULTIPART_FORM_DATA).body(example())
                .exchange((req, res) -> answer(res));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(count()).isEqualTo(before);
    }

    /** A logged-in session (form login with its CSRF token), as the browser holds it. */
    record Session(String cookie, String csrf) {
    }

    Session login(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=xeploai-" + user
                        + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = in.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
        HttpResponse<String> runs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/runs"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        Matcher pageToken = Pattern.compile("_csrf=([0-9a-zA-Z_-]+)").matcher(runs.body());
        return new Session(session, pageToken.find() ? pageToken.group(1) : null);
    }

    @Test
    void aPageFormPostedWithoutItsCsrfTokenIs403() throws Exception {
        Session session = login("admin");
        long before = count();
        Answer answer = client().post().uri("/runs").header("Cookie", session.cookie())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(example()).exchange((req, res) -> answer(res));
        assertThat(answer.status()).isEqualTo(403);
        Answer logout = client().post().uri("/logout").header("Cookie", session.cookie())
                .exchange((req, res) -> answer(res));
        assertThat(logout.status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOperatorMayNotOpenTheWhatIfPage() throws Exception {
        Session session = login("operator");
        Answer answer = client().get().uri("/whatif").header("Cookie", session.cookie())
                .exchange((req, res) -> answer(res));
        assertThat(answer.status()).isEqualTo(403);
        Answer own = client().get().uri("/runs").header("Cookie", session.cookie()).exchange((req, res) -> answer(res));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("nav-whatif");
    }

    long count() {
        return client().get().uri("/api/runs?size=1").header(HttpHeaders.AUTHORIZATION, basic("viewer", "xeploai-viewer"))
                .exchange((req, res) -> answer(res)).json().get("total").asLong();
    }

    @Test
    void fiftyConcurrentUploadsOfTheExampleAllBecomeRunsWithTheExamplesFigures() throws Exception {
        long before = count();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Answer>> posted = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            posted.add(pool.submit(() -> client().post().uri("/api/runs").header(HttpHeaders.AUTHORIZATION,
                            basic("operator", "xeploai-operator")).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(example()).exchange((req, res) -> answer(res))));
        }
        Set<String> ids = new HashSet<>();
        for (Future<Answer> f : posted) {
            Answer a = f.get();
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            ids.add(a.json().get("id").asString());
        }
        pool.shutdown();
        long accepted = System.nanoTime();
        assertThat(ids).hasSize(UPLOADS);
        // every run ends, and ends well
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Set<String> done = new HashSet<>();
        while (done.size() < UPLOADS && System.nanoTime() < deadline) {
            JsonNode page = client().get().uri("/api/runs?size=500")
                    .header(HttpHeaders.AUTHORIZATION, basic("viewer", "xeploai-viewer"))
                    .exchange((req, res) -> answer(res)).json();
            for (JsonNode run : page.get("items")) {
                String id = run.get("id").asString();
                if (ids.contains(id)) {
                    assertThat(run.get("state").asString()).as(id).isNotEqualTo("FAILED");
                    if (run.get("state").asString().equals("SUCCEEDED")) {
                        done.add(id);
                    }
                }
            }
            if (done.size() < UPLOADS) {
                Thread.sleep(500);
            }
        }
        long finished = System.nanoTime();
        assertThat(done).hasSize(UPLOADS);
        assertThat(count()).isEqualTo(before + UPLOADS);
        for (String id : ids) {
            JsonNode detail = client().get().uri("/api/runs/" + id)
                    .header(HttpHeaders.AUTHORIZATION, basic("viewer", "xeploai-viewer"))
                    .exchange((req, res) -> answer(res)).json();
            JsonNode grassroots = RunApiTest.find(detail.get("summary"), "DBCCQ", "GRASSROOTS_ORG");
            assertThat(grassroots.get("htxsnv").asInt()).as(id).isEqualTo(14);
            assertThat(grassroots.get("httnv").asInt()).as(id).isEqualTo(56);
            JsonNode members = RunApiTest.find(detail.get("summary"), "DBCCQ", "MEMBER");
            assertThat(members.get("total").asInt()).as(id).isEqualTo(2001);
        }
        System.out.printf("LOAD: %d uploads by %d clients accepted in %.1f s, all %d runs succeeded after %.1f s%n",
                UPLOADS, CLIENTS, (accepted - start) / 1e9, done.size(), (finished - start) / 1e9);
    }
}
