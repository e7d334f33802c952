package org.xeploai.rules;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every packaged rule pack must hold before an inspection board can read it, as {@link PackValidator} checks it
 * for {@code xeploai validate}: every rule names its legal source and has legal examples, every example names rules
 * that exist, every level is defined by some rule, every parameter is used, every switch value is allowed and tried,
 * and the packs do not claim the same year. One test per pack and check; each failure names the file, the line and
 * the rule. The cases themselves run in {@link PackagedPackCasesTest}.
 */
class PackHygieneTest {
    private static final RulePackRegistry REGISTRY = RulePackRegistry.packaged();
    private static final PackValidator VALIDATOR = new PackValidator(REGISTRY);

    @TestFactory
    Stream<DynamicContainer> everyPackagedPackPassesEveryHygieneCheck() {
        return REGISTRY.names().stream().map(name -> DynamicContainer.dynamicContainer(name,
                Arrays.stream(PackValidator.Check.values()).map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                    List<PackProblem> problems = VALIDATOR.check(check, REGISTRY.get(name));
                    assertThat(problems).as("%s in pack %s", check, name).isEmpty();
                }))));
    }

    @TestFactory
    Stream<DynamicTest> everyCasesFileOfEveryPackagedPackCanBeRead() {
        return REGISTRY.names().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertThat(VALIDATOR.runCases(REGISTRY.get(name)).problems()).as("cases files of %s", name).isEmpty()));
    }

    @Test
    void the2018ReviewIsCitedFromGuide16AndLaterReviewsFromGuide21() {
        RulePack pack = REGISTRY.get("qd132-hd21");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2018))
                .isEqualTo("Hướng dẫn 16-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2019)).isEqualTo("Hướng dẫn 21-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 6", 2022)).isEqualTo("Hướng dẫn 21-HD/BTCTW Mục II.B tiết 6");
        assertThat(pack.cite("HD21 Mục II.B tiết 2.3 điểm d; QD132 Điều 12 khoản 4 điểm c", 2018))
                .isEqualTo("Hướng dẫn 16-HD/BTCTW Mục II.B tiết 2.3 điểm d; Quy định 132-QĐ/TW Điều 12 khoản 4 điểm c");
    }
}
