package org.xeploai.webui.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of {@code /api} against the whole application and the real engine, with the bundled example: the
 * run, its lists, an explanation, its files; and the errors an integrator meets (a bad upload, no credentials, the
 * wrong role, an unknown run) as RFC 9457 problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    String runId;
    JsonNode run;

    record Answer(int status, String contentType, byte[] body, HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer call(String method, String path, String user, MultiValueMap<String, Object> form, String acceptLanguage) {
        RestClient client = RestClient.create("http://127.0.0.1:" + port);
        var request = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (user != null) {
            String password = "xeploai-" + user;
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        if (form != null) {
            request.contentType(MediaType.MULTIPART_FORM_DATA).body(form);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()), res.getBody().readAllBytes(), res.getHeaders()));
    }

    Answer get(String path, String user) {
        return call("GET", path, user, null, null);
    }

    static MultiValueMap<String, Object> upload(List<Path> files, Object year) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (Path file : files) {
            form.add("files", new FileSystemResource(file));
        }
        if (year != null) {
            form.add("year", String.valueOf(year));
        }
        return form;
    }

    @BeforeAll
    void runTheExample() {
        Answer created = call("POST", "/api/runs?wait=300", "operator",
                upload(ExampleData.csvFiles(), ExampleData.YEAR), null);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        run = created.json();
        runId = run.get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/runs/" + runId);
    }

    @Test
    void postingTheExampleMakesARunWithItsPackInputHashesAndFiles() {
        assertThat(run.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("createdBy").asString()).isEqualTo("operator");
        assertThat(run.get("year").asInt()).isEqualTo(2022);
        assertThat(run.at("/pack/name").asString()).isEqualTo("qd132-hd21");
        assertThat(run.at("/pack/hash").asString()).hasSize(64);
        List<String> inputs = names(run.get("inputs"));
        assertThat(inputs).contains("members.csv", "organizations.csv", "decisions.csv");
        for (JsonNode input : run.get("inputs")) {
            assertThat(input.get("sha256").asString()).hasSize(64);
        }
        assertThat(names(run.get("files"))).contains("members.csv", "organizations.csv", "summary.csv",
                "rejected.csv", "run.csv");
    }

    @Test
    void theRunGivesTheExamplesPublishedFiguresAndItsRowAccounting() {
        JsonNode detail = get("/api/runs/" + runId, "viewer").json();
        JsonNode grassroots = find(detail.get("summary"), "DBCCQ", "GRASSROOTS_ORG");
        assertThat(grassroots.get("scopeName").asString()).isEqualTo("Đảng bộ Các cơ quan tỉnh");
        assertThat(grassroots.get("htxsnv").asInt()).isEqualTo(14);
        assertThat(grassroots.get("httnv").asInt()).isEqualTo(56);
        assertThat(grassroots.get("htnv").asInt()).isEqualTo(3);
        assertThat(grassroots.get("pctGoodOrAbove").asInt()).isEqualTo(96);
        assertThat(grassroots.get("pctExcellentOfGoodOrAbove").asInt()).isEqualTo(20);
        JsonNode members = find(detail.get("summary"), "DBCCQ", "MEMBER");
        assertThat(members.get("pctGoodOrAbove").asInt()).isEqualTo(83);
        assertThat(members.get("pctExcellentOfGoodOrAbove").asInt()).isEqualTo(16);
        for (JsonNode file : detail.get("accounting")) {
            long sum = file.get("classified").asLong() + file.get("notClassified").asLong()
                    + file.get("pending").asLong() + file.get("accepted").asLong() + file.get("rejected").asLong();
            assertThat(sum).as(file.get("file").asString()).isEqualTo(file.get("rowsIn").asLong());
        }
        assertThat(detail.get("rejected").asLong()).isEqualTo(3);
    }

    @Test
    void runsAreListedNewestFirst() {
        JsonNode page = get("/api/runs", "viewer").json();
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("items").get(0).get("id").asString()).isNotBlank();
    }

    @Test
    void membersAreFilteredByLevelAndPaged() {
        JsonNode page = get("/api/runs/" + runId + "/members?level=HTXSNV&size=100", "viewer").json();
        assertThat(page.get("total").asLong()).isEqualTo(258);
        assertThat(page.get("items")).hasSize(100);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        for (JsonNode member : page.get("items")) {
            assertThat(member.get("level").asString()).isEqualTo("HTXSNV");
        }
        JsonNode third = get("/api/runs/" + runId + "/members?level=HTXSNV&size=100&page=2", "viewer").json();
        assertThat(third.get("items")).hasSize(58);
    }

    @Test
    void theQuotaDemotedAndTheNotClassifiedAreFound() {
        JsonNode demoted = get("/api/runs/" + runId + "/members?demoted=true", "viewer").json();
        assertThat(demoted.get("total").asLong()).isEqualTo(5);
        assertThat(ids(demoted.get("items"))).contains("DV0134", "DV0135", "DV0378");
        JsonNode notClassified = get("/api/runs/" + runId + "/members?status=NOT_CLASSIFIED", "viewer").json();
        assertThat(notClassified.get("total").asLong()).isEqualTo(42);
        JsonNode cells = get("/api/runs/" + runId + "/organizations?orgKind=grassroots&level=HTXSNV", "viewer").json();
        assertThat(cells.get("total").asLong()).isEqualTo(14);
        JsonNode ofOne = get("/api/runs/" + runId + "/members?org=SCT", "viewer").json();
        for (JsonNode member : ofOne.get("items")) {
            assertThat(member.get("grassrootsId").asString()).isEqualTo("SCT");
        }
        JsonNode collectives = get("/api/runs/" + runId + "/collectives", "viewer").json();
        assertThat(collectives.get("total").asLong()).isPositive();
    }

    @Test
    void anExplanationGivesEveryFindingWithItsReferenceInTheAskedLanguage() {
        JsonNode vi = get("/api/runs/" + runId + "/explain/member/DV0485", "viewer").json();
        JsonNode row = vi.get("rows").get(0);
        assertThat(row.at("/subject/computedLevel").asString()).isEqualTo("HTXSNV");
        assertThat(row.at("/subject/level").asString()).isEqualTo("HTTNV");
        List<String> rules = new ArrayList<>();
        row.get("findings").forEach(f -> rules.add(f.get("ruleId").asString()));
        assertThat(rules).contains("C-HEAD");
        assertThat(row.get("references").toString()).contains("21-HD/BTCTW");

        JsonNode en = call("GET", "/api/runs/" + runId + "/explain/members/DV0134", "viewer", null, "en").json();
        assertThat(en.toString()).contains("Q-").containsPattern("(?i)quota");
        JsonNode decided = get("/api/runs/" + runId + "/explain/member/DV0996", "viewer").json();
        assertThat(decided.at("/rows/0/subject/decision/level").asString()).isEqualTo("HTNV");
    }

    @Test
    void outputFilesDownloadOneByOneAndAsAZip() throws IOException {
        Answer summary = get("/api/runs/" + runId + "/files/summary.csv", "viewer");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.contentType()).startsWith("text/csv");
        assertThat(summary.headers().getContentDisposition().getFilename()).isEqualTo("summary.csv");
        assertThat(summary.text()).contains("DBCCQ,GRASSROOTS_ORG,73,73,0,0,14,56,3,0,96,19,20");

        Answer zip = get("/api/runs/" + runId + "/files.zip", "viewer");
        assertThat(zip.status()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsAll(names(run.get("files")));

        assertThat(get("/api/runs/" + runId + "/files/..%2Fmembers.csv", "viewer").status()).isIn(400, 404);
        assertThat(get("/api/runs/" + runId + "/files/nothing.csv", "viewer").status()).isEqualTo(404);
    }

    @Test
    void refusedRowsAreListedWithFileLineColumnAndMessage() {
        JsonNode rejected = call("GET", "/api/runs/" + runId + "/rejected", "viewer", null, "en").json();
        assertThat(rejected.get("total").asLong()).isEqualTo(3);
        JsonNode first = rejected.get("items").get(0);
        assertThat(first.get("file").asString()).isEqualTo("members.csv");
        assertThat(first.get("line").asLong()).isEqualTo(137);
        assertThat(first.get("column").asString()).isEqualTo("grade_tasks");
        assertThat(first.get("message").asString()).isNotBlank();
    }

    @Test
    void anUploadWithoutMembersCsvIs422NamingTheFile() {
        Answer answer = call("POST", "/api/runs", "operator",
                upload(List.of(ExampleData.file("organizations.csv")), 2022), null);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("file").asString()).isEqualTo("members.csv");
        assertThat(problem.get("detail").asString()).contains("members.csv").contains("Thiếu tệp");
        assertThat(problem.get("type").asString()).isEqualTo("urn:xeploai:problem:input-file-missing");
    }

    @Test
    void anUnusableFileIs422WithTheEnginesMessageFileLineAndColumn(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path members = dir.resolve("members.csv");
        java.nio.file.Files.writeString(members, "member_id,full_name\nDV1,A\n");
        Answer answer = call("POST", "/api/runs?lang=en", "operator",
                upload(List.of(ExampleData.file("organizations.csv"), members), 2022), null);
        assertThat(answer.status()).isEqualTo(422);
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asString()).isEqualTo("input-unusable");
        assertThat(problem.get("file").asString()).isEqualTo("members.csv");
        assertThat(problem.get("line").asLong()).isEqualTo(1);
        assertThat(problem.get("column").asString()).isEqualTo("org_id");
        assertThat(problem.get("detail").asString()).contains("org_id").doesNotContain(dir.toString());
    }

    @Test
    void aYearWithoutAPackIs422ListingTheYearsCovered() {
        Answer answer = call("POST", "/api/runs", "operator", upload(ExampleData.csvFiles(), 2010), "en");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("code").asString()).isEqualTo("no-pack-for-year");
        assertThat(answer.json().get("detail").asString()).contains("2010", "qd132-hd21");
    }

    @Test
    void aMissingYearIs400ProblemDetail() {
        Answer answer = call("POST", "/api/runs", "operator", upload(ExampleData.csvFiles(), null), "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void noCredentialsIs401ProblemDetail() {
        Answer answer = get("/api/runs", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIs401() {
        RestClient client = RestClient.create("http://127.0.0.1:" + port);
        int status = client.get().uri("/api/runs").header(HttpHeaders.AUTHORIZATION, "Basic "
                        + Base64.getEncoder().encodeToString("viewer:wrong".getBytes(StandardCharsets.UTF_8)))
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(401);
    }

    @Test
    void aViewerMayNotMakeARun403() {
        Answer answer = call("POST", "/api/runs", "viewer", upload(ExampleData.csvFiles(), 2022), "en");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("detail").asString()).contains("OPERATOR");
    }

    @Test
    void anUnknownRunIs404ProblemDetail() {
        Answer answer = get("/api/runs/00000000-0000-0000-0000-000000000000", "viewer");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("not-found");
        assertThat(get("/api/runs/not-a-uuid", "viewer").status()).isEqualTo(404);
        assertThat(get("/api/runs/" + runId + "/explain/member/NOBODY", "viewer").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionIsServedAndParses() {
        Answer answer = get("/api/openapi", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode openapi = answer.json();
        assertThat(openapi.get("openapi").asString()).startsWith("3.");
        JsonNode paths = openapi.get("paths");
        assertThat(paths.has("/api/runs")).isTrue();
        assertThat(paths.has("/api/runs/{id}")).isTrue();
        assertThat(paths.has("/api/runs/{id}/explain/{type}/{subjectId}")).isTrue();
        assertThat(paths.has("/api/runs/{id}/files/{name}")).isTrue();
        assertThat(openapi.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        Answer yaml = get("/api/openapi.yaml", null);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.text()).contains("openapi:", "/api/runs");
    }

    static JsonNode find(JsonNode summary, String scope, String subject) {
        for (JsonNode row : summary) {
            if (row.get("scopeOrgId").asString().equals(scope) && row.get("subject").asString().equals(subject)) {
                return row;
            }
        }
        throw new AssertionError("no summary row " + scope + " " + subject + " in " + summary);
    }

    static List<String> names(JsonNode files) {
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.get("name").asString()));
        return names;
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
