#!/usr/bin/env python3
"""Generates Sources/ECMARegex/UnicodePropertyData.swift: the code point sets behind ECMA-262 `\\p{...}`.

Run from the repository root: `python3 scripts/generate_unicode_properties.py`.
Sets come from the third-party `regex` module (General_Category, Script, Script_Extensions and binary
properties); Changes_When_NFKC_Casefolded, which `regex` lacks, is computed with `unicodedata2`.
Names are the ones ECMA-262 accepts (exact case, long and short aliases, no loose matching).
"""
import sys
import regex
import regex._regex_core as core
import unicodedata2

ALL = ''.join(chr(c) for c in range(0x110000))

GENERAL_CATEGORY = [  # (short, long, extra aliases)
    ('C', 'Other', []), ('Cc', 'Control', ['cntrl']), ('Cf', 'Format', []), ('Cn', 'Unassigned', []),
    ('Co', 'Private_Use', []), ('Cs', 'Surrogate', []), ('L', 'Letter', []), ('LC', 'Cased_Letter', []),
    ('Ll', 'Lowercase_Letter', []), ('Lm', 'Modifier_Letter', []), ('Lo', 'Other_Letter', []),
    ('Lt', 'Titlecase_Letter', []), ('Lu', 'Uppercase_Letter', []), ('M', 'Mark', ['Combining_Mark']),
    ('Mc', 'Spacing_Mark', []), ('Me', 'Enclosing_Mark', []), ('Mn', 'Nonspacing_Mark', []),
    ('N', 'Number', []), ('Nd', 'Decimal_Number', ['digit']), ('Nl', 'Letter_Number', []),
    ('No', 'Other_Number', []), ('P', 'Punctuation', ['punct']), ('Pc', 'Connector_Punctuation', []),
    ('Pd', 'Dash_Punctuation', []), ('Pe', 'Close_Punctuation', []), ('Pf', 'Final_Punctuation', []),
    ('Pi', 'Initial_Punctuation', []), ('Po', 'Other_Punctuation', []), ('Ps', 'Open_Punctuation', []),
    ('S', 'Symbol', []), ('Sc', 'Currency_Symbol', []), ('Sk', 'Modifier_Symbol', []),
    ('Sm', 'Math_Symbol', []), ('So', 'Other_Symbol', []), ('Z', 'Separator', []),
    ('Zl', 'Line_Separator', []), ('Zp', 'Paragraph_Separator', []), ('Zs', 'Space_Separator', []),
]

BINARY = [  # (long, short or None) as in ECMA-262's table of binary Unicode properties
    ('ASCII', None), ('ASCII_Hex_Digit', 'AHex'), ('Alphabetic', 'Alpha'), ('Any', None), ('Assigned', None),
    ('Bidi_Control', 'Bidi_C'), ('Bidi_Mirrored', 'Bidi_M'), ('Case_Ignorable', 'CI'), ('Cased', None),
    ('Changes_When_Casefolded', 'CWCF'), ('Changes_When_Casemapped', 'CWCM'),
    ('Changes_When_Lowercased', 'CWL'), ('Changes_When_NFKC_Casefolded', 'CWKCF'),
    ('Changes_When_Titlecased', 'CWT'), ('Changes_When_Uppercased', 'CWU'), ('Dash', None),
    ('Default_Ignorable_Code_Point', 'DI'), ('Deprecated', 'Dep'), ('Diacritic', 'Dia'), ('Emoji', None),
    ('Emoji_Component', 'EComp'), ('Emoji_Modifier', 'EMod'), ('Emoji_Modifier_Base', 'EBase'),
    ('Emoji_Presentation', 'EPres'), ('Extended_Pictographic', 'ExtPict'), ('Extender', 'Ext'),
    ('Grapheme_Base', 'Gr_Base'), ('Grapheme_Extend', 'Gr_Ext'), ('Hex_Digit', 'Hex'),
    ('IDS_Binary_Operator', 'IDSB'), ('IDS_Trinary_Operator', 'IDST'), ('ID_Continue', 'IDC'),
    ('ID_Start', 'IDS'), ('Ideographic', 'Ideo'), ('Join_Control', 'Join_C'),
    ('Logical_Order_Exception', 'LOE'), ('Lowercase', 'Lower'), ('Math', None),
    ('Noncharacter_Code_Point', 'NChar'), ('Pattern_Syntax', 'Pat_Syn'), ('Pattern_White_Space', 'Pat_WS'),
    ('Quotation_Mark', 'QMark'), ('Radical', None), ('Regional_Indicator', 'RI'),
    ('Sentence_Terminal', 'STerm'), ('Soft_Dotted', 'SD'), ('Terminal_Punctuation', 'Term'),
    ('Unified_Ideograph', 'UIdeo'), ('Uppercase', 'Upper'), ('Variation_Selector', 'VS'),
    ('White_Space', 'space'), ('XID_Continue', 'XIDC'), ('XID_Start', 'XIDS'),
]

# Long script names in their official spelling, keyed by the `regex` module's normalized form.
SCRIPT_SPELLING = """Adlam Caucasian_Albanian Ahom Arabic Imperial_Aramaic Armenian Avestan Balinese Bamum Bassa_Vah
Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Chakma Canadian_Aboriginal Carian Cham Cherokee
Chorasmian Coptic Cypriot Cyrillic Devanagari Dives_Akuru Dogra Deseret Duployan Egyptian_Hieroglyphs Elbasan
Elymaic Ethiopic Georgian Glagolitic Gunjala_Gondi Masaram_Gondi Gothic Grantha Greek Gujarati Gurmukhi Hangul
Han Hanunoo Hatran Hebrew Hiragana Anatolian_Hieroglyphs Pahawh_Hmong Nyiakeng_Puachue_Hmong Katakana_Or_Hiragana
Old_Hungarian Old_Italic Javanese Kayah_Li Katakana Kharoshthi Khmer Khojki Khitan_Small_Script Kannada Kaithi
Tai_Tham Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Mandaic Manichaean Marchen
Medefaidrin Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Malayalam Modi Mongolian Mro Meetei_Mayek Multani
Myanmar Nandinagari Old_North_Arabian Nabataean Newa Nko Nushu Ogham Ol_Chiki Old_Turkic Oriya Osage Osmanya
Palmyrene Pau_Cin_Hau Old_Permic Phags_Pa Inscriptional_Pahlavi Psalter_Pahlavi Phoenician Miao
Inscriptional_Parthian Rejang Hanifi_Rohingya Runic Samaritan Old_South_Arabian Saurashtra SignWriting Shavian
Sharada Siddham Khudawadi Sinhala Sogdian Old_Sogdian Sora_Sompeng Soyombo Sundanese Syloti_Nagri Syriac Tagbanwa
Takri Tai_Le New_Tai_Lue Tamil Tangut Tai_Viet Telugu Tifinagh Tagalog Thaana Thai Tibetan Tirhuta Ugaritic Vai
Warang_Citi Wancho Old_Persian Cuneiform Yezidi Yi Zanabazar_Square Inherited Common Unknown
Cypro_Minoan Old_Uyghur Tangsa Toto Vithkuqi Kawi Nag_Mundari Garay Gurung_Khema Kirat_Rai Ol_Onal Sunuwar Todhri
Tulu_Tigalari Beria_Erfe Chisoi Sidetic Tai_Yo Tolong_Siki""".split()
SPELLING = {name.replace('_', '').upper(): name for name in SCRIPT_SPELLING}


def ranges_of(pattern):
    out = []
    for m in regex.finditer(pattern + '+', ALL):
        out.append((m.start(), m.end() - 1))
    return out


def ranges_from_flags(flags):
    out = []
    start = None
    for c, f in enumerate(flags):
        if f and start is None:
            start = c
        elif not f and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, len(flags) - 1))
    return out


def changes_when_nfkc_casefolded():
    di = [False] * 0x110000
    for lo, hi in ranges_of(r'\p{Default_Ignorable_Code_Point}'):
        for c in range(lo, hi + 1):
            di[c] = True
    # Keep to the code points the `regex` module's Unicode version assigns, so all tables agree.
    unassigned = [False] * 0x110000
    for lo, hi in ranges_of(r'\p{gc=Cn}'):
        for c in range(lo, hi + 1):
            unassigned[c] = True
    flags = [False] * 0x110000
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF or unassigned[c]:
            continue
        if di[c]:
            flags[c] = True
            continue
        s = chr(c)
        once = unicodedata2.normalize('NFKC', unicodedata2.normalize('NFKC', s).casefold())
        once = ''.join(ch for ch in once if not di[ord(ch)])
        if once != s:
            flags[c] = True
    return ranges_from_flags(flags)


DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def base36(n):
    if n == 0:
        return '0'
    s = ''
    while n:
        s = DIGITS[n % 36] + s
        n //= 36
    return s


def encode(ranges):
    """Gap from the previous range's end and length minus one, base 36, space separated."""
    parts = []
    prev = -1
    for lo, hi in ranges:
        parts.append(base36(lo - prev - 1))
        parts.append(base36(hi - lo))
        prev = hi
    return ' '.join(parts)


def main():
    tables = {}      # key -> encoded ranges
    gc_names = {}    # alias -> short gc name
    for short, long, extra in GENERAL_CATEGORY:
        tables['gc=' + short] = encode(ranges_of(r'\p{gc=%s}' % short))
        for alias in [short, long] + extra:
            gc_names[alias] = short
    script_names = {}  # alias -> canonical long name
    inverse = {}
    for key, value in core.PROPERTIES['SCRIPT'][1].items():
        inverse.setdefault(value, []).append(key)
    for value, keys in sorted(inverse.items()):
        long_keys = [k for k in keys if k in SPELLING]
        if not long_keys:
            sys.exit('no spelling for script %s' % keys)
        long_key = long_keys[0]
        long = SPELLING[long_key]
        aliases = {long} | {k[0] + k[1:].lower() for k in keys if len(k) == 4}
        canonical = long
        tables['sc=' + canonical] = encode(ranges_of(r'\p{Script=%s}' % long_key))
        tables['scx=' + canonical] = encode(ranges_of(r'\p{Script_Extensions=%s}' % long_key))
        for a in aliases:
            script_names[a] = canonical
    binary_names = {}
    for long, short in BINARY:
        if long == 'Changes_When_NFKC_Casefolded':
            ranges = changes_when_nfkc_casefolded()
        elif long == 'Assigned':
            ranges = ranges_of(r'\P{gc=Cn}')
        elif long == 'Any':
            ranges = [(0, 0x10FFFF)]
        elif long == 'ASCII':
            ranges = [(0, 0x7F)]
        else:
            ranges = ranges_of(r'\p{%s}' % long)
        if not ranges:
            sys.exit('empty binary property %s' % long)
        tables['bin=' + long] = encode(ranges)
        binary_names[long] = long
        if short:
            binary_names[short] = long

    out = []
    out.append('// Generated by scripts/generate_unicode_properties.py; do not edit.')
    out.append('// Source: the Python `regex` module %s (Unicode 17 data); `unicodedata2` %s normalizes for CWKCF.'
               % (regex.__version__, unicodedata2.unidata_version))
    out.append('')
    out.append('/// The code point sets and names behind `\\p{...}`, as compact range encodings.')
    out.append('enum UnicodePropertyData {')
    out.append('    /// The General_Category short name for an ECMA-262 value alias (`Letter` -> `L`).')
    out.append('    static func generalCategory(_ alias: String) -> String? {')
    out.append('        switch alias {')
    for k in sorted(gc_names):
        out.append('        case "%s": "%s"' % (k, gc_names[k]))
    out.append('        default: nil')
    out.append('        }')
    out.append('    }')
    out.append('')
    out.append('    /// The long Script name for an ECMA-262 value alias (`Latn` -> `Latin`).')
    out.append('    static func script(_ alias: String) -> String? {')
    out.append('        switch alias {')
    for k in sorted(script_names):
        out.append('        case "%s": "%s"' % (k, script_names[k]))
    out.append('        default: nil')
    out.append('        }')
    out.append('    }')
    out.append('')
    out.append('    /// The long binary property name for an ECMA-262 property alias (`Alpha` -> `Alphabetic`).')
    out.append('    static func binaryProperty(_ alias: String) -> String? {')
    out.append('        switch alias {')
    for k in sorted(binary_names):
        out.append('        case "%s": "%s"' % (k, binary_names[k]))
    out.append('        default: nil')
    out.append('        }')
    out.append('    }')
    out.append('')
    out.append('    /// The encoded ranges of `key` (`gc=Lu`, `sc=Latin`, `scx=Latin`, `bin=Alphabetic`):')
    out.append('    /// base-36 numbers, space separated, in pairs of (gap after the previous range, length - 1).')
    out.append('    static func encodedRanges(_ key: String) -> String? {')
    out.append('        switch key {')
    for k in sorted(tables):
        out.append('        case "%s":' % k)
        text = tables[k]
        # Wrap long literals into concatenated lines of at most ~100 characters of data.
        chunks = []
        while len(text) > 96:
            cut = text.rfind(' ', 0, 96)
            chunks.append(text[:cut + 1])
            text = text[cut + 1:]
        chunks.append(text)
        if len(chunks) == 1:
            out.append('            "%s"' % chunks[0])
        else:
            out.append('            """')
            for c in chunks:
                out.append('            %s\\' % c if c is not chunks[-1] else '            %s' % c)
            out.append('            """')
    out.append('        default: nil')
    out.append('        }')
    out.append('    }')
    out.append('}')
    with open('Sources/ECMARegex/UnicodePropertyData.swift', 'w') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
