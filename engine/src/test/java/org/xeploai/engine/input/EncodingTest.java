package org.xeploai.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract: "UTF-8 with or without BOM ... A file in a legacy Vietnamese encoding is detected and refused". */
class EncodingTest {
    private static final String MEMBERS_1258 = String.join("\r\n",
            "member_id,full_name,org_id",
            "DV001,Phạm Văn Hùng,CB1",
            "DV002,Lê Thị Hoa,CB1",
            "DV003,Nguyễn Thị Minh Khai,CB1",
            "DV004,Trần Quốc Tuấn,CB1") + "\r\n";
    /** The same names in TCVN3 (ABC), as the .VnTime fonts store them. */
    private static final String MEMBERS_TCVN3 = String.join("\r\n",
            "member_id,full_name,org_id",
            "DV001,Ph¹m V¨n Hïng,CB1",
            "DV002,Lª ThÞ Hoa,CB1",
            "DV003,NguyÔn ThÞ Minh Khai,CB1",
            "DV004,TrÇn Quèc TuÊn,CB1") + "\r\n";
    /** The same names in VNI, as the VNI-Times fonts store them. */
    private static final String MEMBERS_VNI = String.join("\r\n",
            "member_id,full_name,org_id",
            "DV001,Phaïm Vaên Huøng,CB1",
            "DV002,Leâ Thò Hoa,CB1",
            "DV003,Nguyeãn Thò Minh Khai,CB1",
            "DV004,Traàn Quoác Tuaán,CB1") + "\r\n";

    @TempDir
    Path dir;

    private TestInput input() {
        return new TestInput(dir).smallTree();
    }

    @Test
    void utf8WithAndWithoutBomReadsTheSameNames() {
        byte[] plain = MEMBERS_1258.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        InputData withoutBom = input().bytes(TestInput.MEMBERS, plain).read();
        InputData withBom = input().bytes(TestInput.MEMBERS, bom).read();

        assertThat(withBom.members()).isEqualTo(withoutBom.members());
        assertThat(withBom.members()).extracting(m -> m.fullName())
                .containsExactly("Phạm Văn Hùng", "Lê Thị Hoa", "Nguyễn Thị Minh Khai", "Trần Quốc Tuấn");
        assertThat(withBom.rejected()).isEmpty();
    }

    @Test
    void aWindows1258FileIsRefusedTellingToResaveAsCsvUtf8() {
        InputUnusableException e = input().bytes(TestInput.MEMBERS, TestInput.windows1258(MEMBERS_1258)).refused();

        assertThat(e.file()).isEqualTo("members.csv");
        assertThat(e.messageKey()).isEqualTo("input.encoding.windows_1258");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.args()).containsExactly("members.csv", 2L, "Windows-1258");
    }

    @Test
    void aTcvn3FileIsRefusedNamingTcvn3() {
        InputUnusableException e = input().bytes(TestInput.MEMBERS, MEMBERS_TCVN3.getBytes(StandardCharsets.ISO_8859_1))
                .refused();

        assertThat(e.messageKey()).isEqualTo("input.encoding.legacy");
        assertThat(e.args()).containsExactly("members.csv", 2L, "TCVN3 (ABC)");
    }

    @Test
    void aVniFileIsRefusedNamingVni() {
        InputUnusableException e = input().bytes(TestInput.MEMBERS, MEMBERS_VNI.getBytes(StandardCharsets.ISO_8859_1))
                .refused();

        assertThat(e.messageKey()).isEqualTo("input.encoding.legacy");
        assertThat(e.args()).containsExactly("members.csv", 2L, "VNI");
    }

    @Test
    void textTypedInATcvn3FontAndSavedAsUtf8IsRefusedShowingWhatItShouldRead() {
        InputUnusableException e = input().bytes(TestInput.MEMBERS, MEMBERS_TCVN3.getBytes(StandardCharsets.UTF_8))
                .refused();

        assertThat(e.messageKey()).isEqualTo("input.encoding.legacy_font");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.args()).containsExactly("members.csv", 2L, "TCVN3 (ABC)", "Ph¹m", "Phạm");
    }

    @Test
    void bytesThatAreNotUtf8AndNoKnownEncodingAreRefusedWithTheirLine() {
        byte[] bytes = "member_id,full_name,org_id\nDV001,A,CB1\nDV002,B\u0001,CB1\n".getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 6] = (byte) 0xC3; // a lead byte followed by a comma: not UTF-8, not Vietnamese either

        InputUnusableException e = input().bytes(TestInput.MEMBERS, bytes).refused();

        assertThat(e.messageKey()).isEqualTo("input.encoding.not_utf8");
        assertThat(e.args()).containsExactly("members.csv", 3L);
    }

    @Test
    void aUtf16FileIsRefused() {
        byte[] utf16 = ("\uFEFF" + MEMBERS_1258).getBytes(StandardCharsets.UTF_16LE);

        InputUnusableException e = input().bytes(TestInput.MEMBERS, utf16).refused();

        assertThat(e.messageKey()).isEqualTo("input.encoding.utf16");
    }

    @ParameterizedTest(name = "{0} in {1} reads {2}")
    @CsvSource({
            "B¸t X¸t, TCVN3, Bát Xát",
            "M\u00ADêng Kh\u00AD¬ng, TCVN3, Mường Khương", // ư is 0xAD, a soft hyphen in Latin-1
            "B¶o Th¾ng, TCVN3, Bảo Thắng",
            "§¶ng bé, TCVN3, Đảng bộ",
            "Xin chaøo caùc baïn, VNI, Xin chào các bạn",
            "Ñaûng boä, VNI, Đảng bộ",
            "Tröôøng, VNI, Trường"})
    void legacyEncodingsDecodeTheirPublishedExamples(String legacy, LegacyEncoding encoding, String unicode) {
        assertThat(encoding.decode(legacy.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(unicode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Nguyễn Thị Minh Khai, true",
            "Trường Chinh; Quỳnh Lưu; huyện Nghĩa Đàn; khuya; người, true",
            "Ph¹m V¨n Hïng, false",
            "Phaïm Vaên Huøng, false"})
    void unicodeVietnameseScoresAsVietnameseAndLegacyBytesDoNot(String text, boolean vietnamese) {
        assertThat(VietnameseText.score(text).ratio() >= 0.8).isEqualTo(vietnamese);
    }
}
