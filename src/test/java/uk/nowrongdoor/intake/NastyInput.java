package uk.nowrongdoor.intake;

import java.util.List;

/** Input that has broken forms elsewhere: empty, oversized, markup, odd unicode and control characters. */
public final class NastyInput {

    public static final List<String> ALL = List.of(
            "",
            "   ",
            "a".repeat(4001),
            "x".repeat(100_000),
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "Robert'); DROP TABLE feedback;--",
            "𝕳𝖊𝖑𝖑𝖔 👩🏽‍⚕️ مرحبا 你好",
            "\u202Eevil\u202C \u0000\u0007\u001B[31m",
            "Z̷̢͉a̶͓l̷g̶o̵",
            "\uD800 lone surrogate",
            "\r\n\t");

    private NastyInput() {}

    /** True when the text holds a control character other than newline and tab. */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
    }
}
