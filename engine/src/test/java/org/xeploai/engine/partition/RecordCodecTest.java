package org.xeploai.engine.partition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.model.Member;
import org.xeploai.model.PastLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact written to a temporary file comes back equal, every component with it, null or not. */
class RecordCodecTest {
    @TempDir
    Path temp;

    @Test
    void membersDecisionsAndEarlierYearsComeBackEqual() throws IOException {
        new InputGenerator(3_000, 5, 2022).writeTo(temp);
        Xeploai xeploai = Xeploai.create();
        InputData input = xeploai.read(temp, xeploai.packForYear(2022));
        assertThat(input.decisions()).isNotEmpty();
        assertThat(roundTrip(RecordCodec.of(Member.class), input.members())).isEqualTo(input.members());
        assertThat(roundTrip(RecordCodec.of(Decision.class), input.decisions())).isEqualTo(input.decisions());
        assertThat(roundTrip(RecordCodec.of(PastLevel.class), input.history())).isEqualTo(input.history());
    }

    private static <R extends Record> List<R> roundTrip(RecordCodec<R> codec, List<R> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (R r : records) {
                codec.write(out, r);
            }
        }
        List<R> back = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < records.size(); i++) {
                back.add(codec.read(in));
            }
        }
        return back;
    }
}
