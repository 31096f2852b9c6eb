import NodCore
import Testing

/// The terminal's messages follow `--lang`, else the locale as POSIX orders its variables.
struct MessageLanguageTests {
    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "cy_GB.UTF-8"], .cy),
        (["LANG": "cy"], .cy),
        (["LANG": "cy_GB@euro"], .cy),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"], .en),
        (["LC_MESSAGES": "cy_GB.UTF-8", "LANG": "en_GB.UTF-8"], .cy),
        (["LC_ALL": "", "LANG": "cy_GB.UTF-8"], .cy),
        (["LC_ALL": "CY_gb.utf8"], .cy),
        (["LANG": "cym"], .en),
    ])
    func theLocaleDecides(environment: [String: String], expected: Language) {
        #expect(MessageLanguage.resolve(explicit: nil, environment: environment) == expected)
    }

    @Test func anExplicitLanguageWins() {
        #expect(MessageLanguage.resolve(explicit: .en, environment: ["LANG": "cy_GB.UTF-8"]) == .en)
        #expect(MessageLanguage.resolve(explicit: .cy, environment: ["LANG": "en_GB.UTF-8"]) == .cy)
    }
}
