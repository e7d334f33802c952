package org.xeploai.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xeploai.rules.cases.CaseResult;
import org.xeploai.rules.cases.CaseRunner;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case of every packaged pack, one test each, named by its file, line and the regulation's sentence. */
class PackagedPackCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryPackagedPack() {
        RulePackRegistry registry = RulePackRegistry.packaged();
        return registry.names().stream().flatMap(name -> {
            CaseRunner runner = new CaseRunner(registry.get(name));
            return runner.cases().stream().map(c -> DynamicTest.dynamicTest(
                    name + " " + c.file().replaceFirst(".*/", "") + ":" + c.line() + " " + c.name(), () -> {
                        CaseResult result = runner.run(c);
                        assertThat(result.passed()).as(result.failure()).isTrue();
                    }));
        });
    }
}
