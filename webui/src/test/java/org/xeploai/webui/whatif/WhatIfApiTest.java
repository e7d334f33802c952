package org.xeploai.webui.whatif;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.xeploai.webui.ExampleData;
import org.xeploai.webui.PackZips;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/runs/{id}/whatif against the whole application and the real engine: the example under quota.share 0.15
 * moves 143 members (as `xeploai diff` finds); a broken pack, an unsafe zip, a zip bomb, not a zip, the wrong role
 * and no credentials are each refused with their status and a problem detail; the unpacked pack is deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xeploai.web.retention.uploads=1h")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.xeploai.webui.run.RunFolders folders;

    String runId;

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer post(String path, String user, MultiValueMap<String, Object> form) {
        var request = RestClient.create("http://127.0.0.1:" + port).post().uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":xeploai-" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request.contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange((req, res) -> new Answer(
                res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    static MultiValueMap<String, Object> pack(byte[] zip) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("pack", new ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "pack.zip";
            }
        });
        return form;
    }

    Answer whatIf(String user, byte[] zip) {
        return post("/api/runs/" + runId + "/whatif?lang=en", user, pack(zip));
    }

    @BeforeAll
    void runTheExample() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        ExampleData.csvFiles().forEach(f -> form.add("files", new FileSystemResource(f)));
        form.add("year", String.valueOf(ExampleData.YEAR));
        Answer created = post("/api/runs?wait=300", "operator", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runId = created.json().get("id").asString();
    }

    @Test
    void quotaShare015MovesTheMembersTheCliDiffFinds() throws Exception {
        Answer answer = whatIf("admin", PackZips.quotaShare015());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode diff = answer.json();
        assertThat(diff.get("year").asInt()).isEqualTo(2022);
        assertThat(diff.at("/packA/name").asString()).isEqualTo("qd132-hd21");
        assertThat(diff.at("/packA/hash").asString()).isNotEqualTo(diff.at("/packB/hash").asString());
        JsonNode members = null;
        for (JsonNode s : diff.get("subjects")) {
            if (s.get("subject").asString().equals("MEMBER")) {
                members = s;
            }
        }
        assertThat(members).isNotNull();
        assertThat(members.get("changed").asInt()).isEqualTo(143);
        assertThat(members.at("/countsB/HTXSNV").asInt()).isLessThan(members.at("/countsA/HTXSNV").asInt());
        assertThat(diff.at("/changes/total").asInt()).isGreaterThanOrEqualTo(143);
        JsonNode first = diff.at("/changes/items/0");
        assertThat(first.get("stateA").asString()).isEqualTo("HTXSNV");
        assertThat(first.get("stateB").asString()).isNotEqualTo("HTXSNV");
        assertThat(diff.get("summary").size()).isPositive();
        // the unpacked pack is gone; only the diff files stay
        try (Stream<Path> left = Files.walk(folders.root().resolve("whatif"))) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("pack.yaml", "parameters.csv")
                    .contains("diff.csv", "diff.html");
        }
    }

    @Test
    void aBrokenPackIsRefusedWithEveryProblemsFileAndLineAsValidatePrintsThem() {
        byte[] zip = PackZips.editedCopy("qd132-hd21", "parameters.csv",
                s -> s.replace("quota.share,0.20,", "quota.share,zero point two,"));
        Answer answer = whatIf("admin", zip);
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asString()).isEqualTo("rule-pack-invalid");
        assertThat(problem.get("detail").asString()).contains("cannot be used");
        assertThat(problem.get("errors").get(0).asString()).startsWith("qd132-hd21/parameters.csv:11: ");
        assertThat(problem.toString()).doesNotContain(folders.root().toString());
    }

    @Test
    void aPathTraversalZipIsRefused() {
        Answer answer = whatIf("admin", PackZips.zip(Map.of("pack.yaml", new byte[]{'x'},
                "../../../evil.sh", new byte[]{'x'})));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("code").asString()).isEqualTo("pack-unsafe-path");
        assertThat(answer.json().get("detail").asString()).contains("../../../evil.sh", "outside");
    }

    @Test
    void aZipBombIsRefusedWith413() {
        Answer answer = whatIf("admin", PackZips.bomb(10));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("pack-zip-bomb");
    }

    @Test
    void somethingThatIsNotAZipIsRefusedWith415() {
        Answer answer = whatIf("admin", "name: qd132-hd21\n".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.json().get("detail").asString()).contains("not a .zip file");
    }

    @Test
    void noPackIsABadRequest() {
        Answer answer = post("/api/runs/" + runId + "/whatif?lang=en", "admin", new LinkedMultiValueMap<>(
                Map.of("baseline", java.util.List.of("qd132-hd21"))));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("pack-missing");
    }

    @Test
    void anOperatorOrAViewerMayNotRunAWhatIf() {
        assertThat(whatIf("operator", PackZips.quotaShare015()).status()).isEqualTo(403);
        Answer viewer = whatIf("viewer", PackZips.quotaShare015());
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutCredentialsItIs401() {
        Answer answer = whatIf(null, PackZips.quotaShare015());
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void anUnknownRunIs404() {
        Answer answer = post("/api/runs/00000000-0000-0000-0000-000000000000/whatif", "admin",
                pack(PackZips.quotaShare015()));
        assertThat(answer.status()).isEqualTo(404);
    }
}
