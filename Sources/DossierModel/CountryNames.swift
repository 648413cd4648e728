// CountryNames: English country names (as ISO 3166-1 and UCDP write them) to two-letter ISO codes, for
// reading UCDP GED extracts and for suggesting the code when someone writes a name.

/// Maps English country names to ISO 3166-1 alpha-2 codes.
enum CountryNames {
    /// The code of a country name, ignoring case, white space and a former name in parentheses
    /// ("DR Congo (Zaire)", "Yemen (North Yemen)"); `nil` when the name is not known.
    static func code(for name: String) -> String? {
        var key = name.lowercased()
        if let open = key.firstIndex(of: "(") { key = String(key[..<open]) }
        key = key.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return codes[key]
    }

    /// Lower-cased names, ISO short names first, then other common and UCDP spellings.
    static let codes: [String: String] = {
        var table: [String: String] = [:]
        for (code, names) in list { for name in names { table[name.lowercased()] = code } }
        return table
    }()

    /// Each code with the names it is known by.
    private static let list: [(String, [String])] = [
        ("AF", ["Afghanistan"]), ("AL", ["Albania"]), ("DZ", ["Algeria"]), ("AD", ["Andorra"]), ("AO", ["Angola"]),
        ("AG", ["Antigua and Barbuda"]), ("AR", ["Argentina"]), ("AM", ["Armenia"]), ("AU", ["Australia"]),
        ("AT", ["Austria"]), ("AZ", ["Azerbaijan"]), ("BS", ["Bahamas"]), ("BH", ["Bahrain"]), ("BD", ["Bangladesh"]),
        ("BB", ["Barbados"]), ("BY", ["Belarus"]), ("BE", ["Belgium"]), ("BZ", ["Belize"]), ("BJ", ["Benin"]),
        ("BT", ["Bhutan"]), ("BO", ["Bolivia"]), ("BA", ["Bosnia and Herzegovina", "Bosnia-Herzegovina"]),
        ("BW", ["Botswana"]), ("BR", ["Brazil"]), ("BN", ["Brunei", "Brunei Darussalam"]), ("BG", ["Bulgaria"]),
        ("BF", ["Burkina Faso"]), ("BI", ["Burundi"]), ("CV", ["Cabo Verde", "Cape Verde"]), ("KH", ["Cambodia"]),
        ("CM", ["Cameroon"]), ("CA", ["Canada"]), ("CF", ["Central African Republic"]), ("TD", ["Chad"]),
        ("CL", ["Chile"]), ("CN", ["China"]), ("CO", ["Colombia"]), ("KM", ["Comoros"]),
        ("CG", ["Congo", "Republic of the Congo", "Congo-Brazzaville"]),
        ("CD", ["DR Congo", "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "Congo-Kinshasa"]),
        ("CR", ["Costa Rica"]), ("CI", ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"]), ("HR", ["Croatia"]),
        ("CU", ["Cuba"]), ("CY", ["Cyprus"]), ("CZ", ["Czechia", "Czech Republic"]), ("DK", ["Denmark"]),
        ("DJ", ["Djibouti"]), ("DM", ["Dominica"]), ("DO", ["Dominican Republic"]), ("EC", ["Ecuador"]),
        ("EG", ["Egypt"]), ("SV", ["El Salvador"]), ("GQ", ["Equatorial Guinea"]), ("ER", ["Eritrea"]),
        ("EE", ["Estonia"]), ("SZ", ["Eswatini", "Kingdom of eSwatini", "Swaziland"]), ("ET", ["Ethiopia"]),
        ("FJ", ["Fiji"]), ("FI", ["Finland"]), ("FR", ["France"]), ("GA", ["Gabon"]), ("GM", ["Gambia", "The Gambia"]),
        ("GE", ["Georgia"]), ("DE", ["Germany"]), ("GH", ["Ghana"]), ("GR", ["Greece"]), ("GD", ["Grenada"]),
        ("GT", ["Guatemala"]), ("GN", ["Guinea"]), ("GW", ["Guinea-Bissau"]), ("GY", ["Guyana"]), ("HT", ["Haiti"]),
        ("HN", ["Honduras"]), ("HU", ["Hungary"]), ("IS", ["Iceland"]), ("IN", ["India"]), ("ID", ["Indonesia"]),
        ("IR", ["Iran", "Iran, Islamic Republic of"]), ("IQ", ["Iraq"]), ("IE", ["Ireland"]), ("IL", ["Israel"]),
        ("IT", ["Italy"]), ("JM", ["Jamaica"]), ("JP", ["Japan"]), ("JO", ["Jordan"]), ("KZ", ["Kazakhstan"]),
        ("KE", ["Kenya"]), ("KI", ["Kiribati"]), ("KP", ["North Korea", "Korea, Democratic People's Republic of"]),
        ("KR", ["South Korea", "Korea, Republic of"]), ("KW", ["Kuwait"]), ("KG", ["Kyrgyzstan"]),
        ("LA", ["Laos", "Lao People's Democratic Republic"]), ("LV", ["Latvia"]), ("LB", ["Lebanon"]),
        ("LS", ["Lesotho"]), ("LR", ["Liberia"]), ("LY", ["Libya"]), ("LI", ["Liechtenstein"]), ("LT", ["Lithuania"]),
        ("LU", ["Luxembourg"]), ("MG", ["Madagascar"]), ("MW", ["Malawi"]), ("MY", ["Malaysia"]), ("MV", ["Maldives"]),
        ("ML", ["Mali"]), ("MT", ["Malta"]), ("MH", ["Marshall Islands"]), ("MR", ["Mauritania"]), ("MU", ["Mauritius"]),
        ("MX", ["Mexico"]), ("FM", ["Micronesia"]), ("MD", ["Moldova"]), ("MC", ["Monaco"]), ("MN", ["Mongolia"]),
        ("ME", ["Montenegro"]), ("MA", ["Morocco"]), ("MZ", ["Mozambique"]), ("MM", ["Myanmar", "Burma"]),
        ("NA", ["Namibia"]), ("NR", ["Nauru"]), ("NP", ["Nepal"]), ("NL", ["Netherlands"]), ("NZ", ["New Zealand"]),
        ("NI", ["Nicaragua"]), ("NE", ["Niger"]), ("NG", ["Nigeria"]), ("MK", ["North Macedonia", "Macedonia, FYR", "Macedonia"]),
        ("NO", ["Norway"]), ("OM", ["Oman"]), ("PK", ["Pakistan"]), ("PW", ["Palau"]), ("PS", ["Palestine", "State of Palestine"]),
        ("PA", ["Panama"]), ("PG", ["Papua New Guinea"]), ("PY", ["Paraguay"]), ("PE", ["Peru"]), ("PH", ["Philippines"]),
        ("PL", ["Poland"]), ("PT", ["Portugal"]), ("QA", ["Qatar"]), ("RO", ["Romania"]),
        ("RU", ["Russia", "Russian Federation"]), ("RW", ["Rwanda"]), ("KN", ["Saint Kitts and Nevis"]),
        ("LC", ["Saint Lucia"]), ("VC", ["Saint Vincent and the Grenadines"]), ("WS", ["Samoa"]), ("SM", ["San Marino"]),
        ("ST", ["Sao Tome and Principe", "São Tomé and Príncipe"]), ("SA", ["Saudi Arabia"]), ("SN", ["Senegal"]),
        ("RS", ["Serbia"]), ("SC", ["Seychelles"]), ("SL", ["Sierra Leone"]), ("SG", ["Singapore"]), ("SK", ["Slovakia"]),
        ("SI", ["Slovenia"]), ("SB", ["Solomon Islands"]), ("SO", ["Somalia"]), ("ZA", ["South Africa"]),
        ("SS", ["South Sudan"]), ("ES", ["Spain"]), ("LK", ["Sri Lanka"]), ("SD", ["Sudan"]), ("SR", ["Suriname"]),
        ("SE", ["Sweden"]), ("CH", ["Switzerland"]), ("SY", ["Syria", "Syrian Arab Republic"]), ("TW", ["Taiwan"]),
        ("TJ", ["Tajikistan"]), ("TZ", ["Tanzania", "United Republic of Tanzania"]), ("TH", ["Thailand"]),
        ("TL", ["Timor-Leste", "East Timor"]), ("TG", ["Togo"]), ("TO", ["Tonga"]), ("TT", ["Trinidad and Tobago"]),
        ("TN", ["Tunisia"]), ("TR", ["Türkiye", "Turkey"]), ("TM", ["Turkmenistan"]), ("TV", ["Tuvalu"]), ("UG", ["Uganda"]),
        ("UA", ["Ukraine"]), ("AE", ["United Arab Emirates"]), ("GB", ["United Kingdom", "UK"]),
        ("US", ["United States", "United States of America", "USA"]), ("UY", ["Uruguay"]), ("UZ", ["Uzbekistan"]),
        ("VU", ["Vanuatu"]), ("VE", ["Venezuela"]), ("VN", ["Vietnam", "Viet Nam"]), ("YE", ["Yemen"]),
        ("ZM", ["Zambia"]), ("ZW", ["Zimbabwe"]),
    ]
}
