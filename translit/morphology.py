"""Clitics and inflection: the forms a name takes inside a sentence, undone as hypotheses.

Each rule strips a prefix or an ending from the folded token, in its own script, when
enough of the word remains; the stripped form is a weaker hypothesis (a small score
penalty), never a replacement: ``وأرمينيا`` is tried as itself and as ``أرمينيا``.
"""

from __future__ import annotations

import functools
import re

from translit.transliterate import is_turkic

# (script, prefixes, endings, minimum letters left, penalty)
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_HEBREW_PREFIXES = ("וה", "ו", "ה", "ב", "ל", "מ", "ש", "כ")
_HEBREW_FIRST_PREFIXES = ("ו", "ש")
# the definite article, alone or after a clitic (لل is ل + ال)
DEFINITE_PREFIXES = tuple(p for p in _ARABIC_PREFIXES + _HEBREW_PREFIXES if p.endswith(("ال", "لل", "ה")))
_RUSSIAN_ENDINGS = (  # (not the adjective's -ого -ому -его -ему -им: _ADJECTIVE_CASES replaces them)
    "ыми", "ими", "ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей",
    "ую", "юю", "ым", "ых", "их", "а", "я", "у", "ю", "е", "ы", "и",
)
# A noun in -а/-я (Москва, Казань is not one) changes the vowel, not adds to it: Москву,
# Москвы, Москве, Москвой are Москва; Сирию, Сирии are Сирия.
_RUSSIAN_VOWEL_CHANGES = (("ой", "а"), ("ою", "а"), ("ей", "я"), ("ею", "я"), ("у", "а"), ("ы", "а"),
                          ("е", "а"), ("ю", "я"), ("и", "я"), ("е", "я"),
                          # a noun in -ь: Кремля, Кремлю, Кремлём, Кремле are Кремль; Казани,
                          # Казанью Казань
                          ("я", "ь"), ("ю", "ь"), ("ём", "ь"), ("ем", "ь"), ("е", "ь"), ("и", "ь"), ("ью", "ь"),
                          # Ukrainian: Москві, Туреччині; Росії, Росію, Росією are Росія
                          ("і", "а"), ("ії", "ія"), ("ію", "ія"), ("ією", "ія"),
                          # Belarusian: Расіі, Расіяй are Расія
                          ("іі", "ія"), ("іяй", "ія"))
# The genitive -ы of a noun in -а is -и after к г х ж ш ч щ (Праги, Америки are Прага,
# Америка), and in Ukrainian after any hard stem (України, Німеччини): a word of Ukrainian
# letters, as Москви alone is no Ukrainian word to tell from a Russian name in -и (Стани)
_SPELLING_RULE_STEM = frozenset("кгхжшчщ")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
# Ukrainian case endings that Russian lacks: the dative and locative -ові -еві -єві and -і, the
# instrumental -ою -ею -єю (у Харкові, Миколаєві, Житомирі, Полтавою). A word's last і or ї
# before a consonant is an о, е or є in the other cases (Харків: Харкова, Харкові; Львів
# Львові; Миколаїв Миколаєві; Ірпінь Ірпені): read back where an ending was read off
_UKRAINIAN_ENDINGS = ("ові", "еві", "єві", "ою", "ею", "єю", "і")
# ... and before that -і, к г х turn ц з с (Авдіївка: в Авдіївці; Кривий Ріг: у Кривому Розі)
_UKRAINIAN_PALATALIZED = (("ці", "ка"), ("зі", "га"), ("сі", "ха"), ("ці", "к"), ("зі", "г"), ("сі", "х"))
_UKRAINIAN_IKAVISM = re.compile(r"([оеє])([бвгґджзклмнпрстфхцчшщ])$")
_IKAVISM_VOWELS = {"о": "і", "е": "і", "є": "ї"}
# A name in the plural (Суми, Черкаси, Чебоксары) takes the locative -ах, -ях: в Сумах
_PLURAL_LOCATIVES = (("ах", "ы"), ("ах", "и"), ("ях", "и"))
# An official name in Russian, Ukrainian or Belarusian calls a country by its adjective:
# Китайская Народная Республика, Иракская Республика, Італійська Республіка. The
# feminine, neuter and plural forms (a republic, a kingdom, the states), read back to the
# noun: -ийская is -ия (Сирийская Сирия, Італійська Італія), -ская is dropped (Китайская
# Китай, Алжирська Алжир). The masculine -ский is left alone: it is the ending of the
# surnames Достоевский, Чайковский, not a country.
# A stem in к or ц changes its consonant for the adjective (Словакия словацкая,
# Греция греческая, Турция турецкая, with a vowel put in; Ukrainian Туреччина,
# Словаччина турецька, словацька).
_SLAVIC_ADJECTIVES = (("ийская", "ия"), ("ийское", "ия"), ("ийские", "ия"), ("ійська", "ія"), ("ійське", "ія"),
                      ("ійські", "ія"), ("ская", ""), ("ское", ""), ("ские", ""), ("ська", ""), ("ське", ""),
                      ("ські", ""), ("скае", ""), ("скія", ""),
                      ("ецкая", "ция"), ("цкая", "кия"), ("ческая", "ция"),
                      ("цька", "ччина"), ("цька", "ція"))
ADJECTIVE_PENALTY = 0.13
# Surnames and names that are adjectives decline as adjectives, in Russian and Ukrainian
# alike: Зеленского, Зеленским are Зеленский, Навального, о Навальном Навальный, Толстого
# Толстой. The ending is replaced, not stripped: the stem alone (зеленск) is another word,
# the town of Zelensk. Penalised as a prefix, so that one vowel off does not make a match
# (Шушинского is no Шушенское). The feminine -ой is left to the vowel change above: it is
# also a masculine nominative (Толстой, not Толстая).
_ADJECTIVE_CASES = (("ого", "ый"), ("ого", "ий"), ("ого", "ой"), ("ому", "ый"), ("ому", "ий"), ("ому", "ой"),
                    ("ым", "ый"), ("ым", "ой"), ("им", "ий"), ("ом", "ый"), ("ом", "ой"), ("его", "ий"),
                    ("ему", "ий"), ("ем", "ий"), ("ую", "ая"))
ADJECTIVE_CASE_PENALTY = 0.08
# Kazakh, Kyrgyz, Tatar and Bashkir case endings in Cyrillic (Ресейдің, Мәскеуде,
# Түркияға, Орусиянын): genitive, dative, locative, ablative, accusative, instrumental, in
# their vowel-harmony forms, for a word that has a letter of those alphabets (the endings
# without one are Russian words' endings as often: Канаде)
_CENTRAL_ASIAN_ENDINGS = (
    "ның", "нің", "дың", "дің", "тың", "тің", "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн",
    "тын", "тин", "тун", "түн", "нең", "ға", "ге", "қа", "ке", "га", "го", "гө", "ка", "ко", "кө",
    "гә", "кә", "нда", "нде", "да", "де", "та", "те", "до", "дө", "дә", "тә", "дан", "ден", "тан",
    "тен", "нан", "нен", "дон", "дөн", "тон", "төн", "дән", "тән", "нән", "ны", "ні", "ды", "ді",
    "ты", "ті", "мен", "бен", "пен")
_CENTRAL_ASIAN_LETTERS = re.compile("[әғқңөұүһҗҙҫӘҒҚҢӨҰҮҺҖҘҪ]")
# Belarusian writes what Russian spells в, и, е, д, т as ў, і, э, дз, and ц before a soft
# vowel, and its unstressed е as я (Лаўроў Лавров, Пуцін Путин, Мядзведзеў Медведев,
# Сяргей Сергей): a word with ў, or with і beside ы, э or a soft дз, ц, is also read as
# Russian spells it, where the names of English lists come from
_BELARUSIAN_LOOK = re.compile("ў|(?=.*і)(?:.*[ыэ]|.*(?:дз|ц)[іеёюяь])")
_BELARUSIAN_LETTERS = str.maketrans({"ў": "в", "і": "и", "э": "е", "'": None, "’": None})
_BELARUSIAN_SOFT = re.compile("(д)з|ц(?=[иеёюяь])")
_BELARUSIAN_AKANYE = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])я(?!$)")
BELARUSIAN_PENALTY = 0.05
_ARMENIAN_ENDINGS = ("ներին", "ներից", "ները", "երին", "երից", "երը", "ից", "ով", "ում", "ին", "ի", "ը", "ն", "ու")
# after a stem in a vowel, Armenian case endings take a glide: Մոսկվա-յ-ում, Սիրիա-յ-ից;
# a stem in -ու turns it into վ before an ending in a vowel: Բաքու, Բաքվում, Բաքվի
_ARMENIAN_GLIDE = "յ"
_ARMENIAN_U_STEM, _ARMENIAN_U = "վ", "ու"
_ARMENIAN_VOWELS = frozenset("աեէըիոօ")  # ու begins with ո
# a name in -ի (Զելենսկի, Սաակաշվիլի) makes its genitive and dative in -ու, its ablative in
# -ուց: Զելենսկու, Զելենսկուց
_ARMENIAN_I_STEM = (("ուց", "ի"), ("ուն", "ի"), ("ու", "ի"))
# (-ისა: the genitive before და "and", სომხეთისა და აზერბაიჯანის)
_GEORGIAN_ENDINGS = ("ისთვის", "ისგან", "იდან", "ისკენ", "თან", "დან", "ისა", "ში", "ზე", "ით", "ად", "ის", "მა", "ს",
                     "ი", "მ")
# A name in -ა drops it before the endings in -ი (-ის, -ით, -იდან, ...): ანკარის,
# ავსტრიიდან, გერმანიისთვის are ანკარა, ავსტრია, გერმანია; it keeps it before the others
# (ანკარაში, ანკარას)
GEORGIAN_A_STEM = "ა"
# A Greek feminine genitive adds -ς to the nominative: της Τουρκίας, Αθήνας, Κρήτης are
# Τουρκία, Αθήνα, Κρήτη (σ: the folded final ς).
_GREEK_GENITIVES = (("ασ", "α"), ("άσ", "ά"), ("ησ", "η"), ("ήσ", "ή"))
# The masculine and neuter genitive -ου is the nominative's -ος or -ο where it is unstressed
# (του Λονδίνου, Βερολίνου: Λονδίνο, Βερολίνο), its stress maybe one syllable after the
# nominative's (Λιβάνου Λίβανος, Καυκάσου Καύκασος); a stressed -ού is left alone: Ορντού
# (Ordu) is a nominative, and read as Ορντό it met another place.
_GREEK_O_GENITIVES = (("ου", "οσ"), ("ου", "ο"))
# A masculine in -ας or -ης drops the -ς for its genitive (του Νίγηρα: Νίγηρας), and a
# plural's genitive is -ων (των Φιλιππινών, Σεϋχελλών: Φιλιππίνες, Σεϋχέλλες)
_GREEK_MASCULINE_GENITIVES = (("α", "ασ"), ("η", "ησ"), ("ών", "εσ"), ("ων", "εσ"))
_GREEK_STRESSED = re.compile("[άέήίόύώΐΰ]")
GREEK_UNSTRESS = str.maketrans("άέήίόύώ", "αεηιουω")
_GREEK_STRESS = dict(zip("αεηιουω", "άέήίόύώ"))
_GREEK_VOWELS = frozenset("αεηιουωϊϋάέήίόύώΐΰ")
_TURKIC_ENDINGS = (
    "nın", "nin", "nun", "nün", "ndan", "nden", "nda", "nde", "dan", "den", "tan", "ten", "dən",
    "ının", "inin", "ına", "ine", "ya", "ye", "yə", "da", "de", "də", "ta", "te", "ın", "in", "un",
    "ün", "ı", "i", "u", "ü", "a", "e", "ə", "la", "le", "lə", "lar", "ler", "lər",
)
_TURKIC_HINT = re.compile("[əğışçöüƏĞİŞÇÖÜ]")
# the case endings after a possessive suffix (evinin, evine), which a name does not take:
# read off a word without a Turkic letter, they only make other words (Poutine: Pout)
_POSSESSIVE_CASES = frozenset(("ının", "inin", "ına", "ine"))
# Azerbaijani writes a case ending onto a foreign name without an apostrophe, and Turkish
# text often drops it (Moskvada, Putinin, Tehrana, Lavrovla): a word without a letter of
# those alphabets still gets the endings of two letters or more (a lone vowel is a Slavic
# ending's work), as weak as a Slavic ending, off a stem of four letters.
_TURKIC_ENDINGS_UNMARKED = tuple(e for e in _TURKIC_ENDINGS if len(e) >= 2 and not _TURKIC_HINT.search(e)
                                  and e not in _POSSESSIVE_CASES)
# Hungarian case endings of three letters (Bakuban, Moszkvában, Jerevánból, Putyinnak;
# not -ba, -ra: Bakúba is Baqubah, no Bakú + -ba), and -val, -vel, which take the sound of
# the consonant before them, a doubled letter (Putyinnal); Finnish ones (Moskovassa,
# Venäjällä, Jerevanissa, Putinista; Putinin is the Turkic genitive's).
_HUNGARIAN_ENDINGS = ("ban", "ben", "ból", "ből", "ról", "ről", "tól", "től", "nak", "nek",
                      "val", "vel", "hoz", "hez", "höz")
_FINNISH_ENDINGS = ("issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille",
                    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi")
_HUNGARIAN_ASSIMILATED = re.compile(r"(?<=[aeiouáéíóöőúüű])([b-df-hj-np-tv-z])\1[ae]l$")
# the endings a Latin word may carry whatever its letters (with the Slavic ones below)
_UNMARKED_LATIN_ENDINGS = _TURKIC_ENDINGS_UNMARKED + _HUNGARIAN_ENDINGS + _FINNISH_ENDINGS


def has_turkic_letter(word: str) -> bool:
    """A letter of the Turkish or Azerbaijani alphabet: the word's endings are Turkic."""
    return _TURKIC_HINT.search(word) is not None


# Languages in Latin script that decline a foreign name: Polish, Czech, Slovak, Slovene,
# Croatian, Serbian (Putina, Putinowi, Putinem, Putinom, Londynie, Berlíně), Lithuanian
# and Latvian, which also give it a nominative ending (Putinas, Putins, Londonas; Putinui,
# Maskvoje), and the genitive -s (Putins Rede, Erdogans). Not a bare -i or -y: English
# demonyms end so (Azerbaijani, Israeli), and a Slavic -i or -y changes the -a of a noun;
# not the Lithuanian genitive -o either: Slavic place names end so (Lenino is not Lenin).
_LATIN_ENDINGS = (
    "owi", "ovi", "iem", "em", "om", "ie", "ego", "emu", "a", "u", "e", "ě", "ą", "ę",
    "iuje", "uje", "oje", "ui", "as", "is", "us", "os", "am", "ā", "s",
)
_LATIN_STEM = 4  # letters left at least: Sams is no genitive of Sam
# A noun in -a changes the vowel (Moskwa: Moskwy, Moskwie, Moskwę; Łukaszenka: Łukaszenki;
# Maskva: Maskvos, Maskvoje; Maskava: Maskavā); Latvian -e nouns too (Parīze: Parīzē).
# Polish and Czech soften the consonant before the -e of the locative and dative
# (Łukaszenka: Łukaszence, Ankara: Ankarze, Ankaře, Kanada: Kanadzie, Jałta: Jałcie; of a
# masculine name too: Belgrad: Belgradzie, Budapeszt: Budapeszcie).
_LATIN_VOWEL_CHANGES = (("ie", "a"), ("y", "a"), ("i", "a"), ("e", "a"), ("ě", "a"), ("ę", "a"), ("ą", "a"),
                        ("u", "a"), ("ou", "a"), ("os", "a"), ("oje", "a"), ("ā", "a"), ("ē", "e"),
                        ("ce", "ka"), ("dze", "ga"), ("rze", "ra"), ("ře", "ra"), ("dzie", "da"), ("cie", "ta"),
                        ("rze", "r"), ("dzie", "d"), ("cie", "t"))
# A name that is an adjective declines as one, as in Russian (_ADJECTIVE_CASES): Nawalny:
# Nawalnego, Nawalnemu, Nawalnym; Navalný: Navalného, Navalnému, Navalným; Zełenski:
# Zełenskim (its -iego, -iemu are Zełenski with -ego, -emu: _LATIN_ENDINGS)
_LATIN_ADJECTIVE_CASES = (("ego", "y"), ("emu", "y"), ("ym", "y"), ("ého", "ý"), ("ému", "ý"), ("ým", "ý"),
                          ("skim", "ski"), ("ckim", "cki"))

# An Arabic or Hebrew adjective of relation with the article (الروسي, التركية, הרוסי):
# the article, the masculine and the feminine ending, and the endings of the noun that the
# feminine comes from. The feminine names the place in an official name or a phrase
# (الجمهورية اللبنانية, הרפובליקה הלבנונית) and is read back to the noun, which drops or
# changes its last letters for the ending (لبنان لبناني, سوريا سوري, רואנדה רואנדית); not
# the masculine, the ending of family names (البغدادي). Greek: Τσεχία Τσεχική, Αυστρία Αυστριακή.
_NISBA = {"arab": ("ال", "ي", "ية", ("", "يا", "ا")), "hebr": ("ה", "י", "ית", ("", "ה", "יה"))}
_HEBREW_FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")
_GREEK_ADJECTIVES = (("ιακή", "ία"), ("ική", "ία"), ("ιακήσ", "ία"), ("ικήσ", "ία"))

# Persian writes a suffix onto a word after a zero-width non-joiner (kept after ه only, see
# normalize): the ezafe روسیه‌ی "Russia of", the plural روسیه‌ها, a possessive. Not -ای:
# it ends family names too (خامنه‌ای, Khamenei). (In the folded spelling: ی is ي.)
_NON_JOINER = "\u200c"
_PERSIAN_SUFFIXES = frozenset(("ي", "ها", "هاي", "هايي", "اش", "ام", "ات", "مان", "تان", "شان"))

# Korean writes the Arabic article onto the name (알아사드 al-Assad, 알자지라 Al Jazeera)
_KOREAN_ARTICLE = "알"

# Chinese and Japanese write what kind of place a name is as its last character, with no
# space: 台州市 is Taizhou city, 東京都 Tokyo metropolis, 黑龙江省 Heilongjiang province.
_HAN_PLACE_SUFFIXES = ("市", "县", "縣", "区", "區", "省", "镇", "鎮", "町", "村", "都", "府", "県")
# ... and a person's title or office after the name, as Japanese and Chinese news do
# (プーチン大統領, ラブロフ外相, 岸田首相, 普京总统), or before it, after whose office it is,
# as Chinese does (法国总统马克龙, 国家主席习近平)
_HAN_TITLE_SUFFIXES = ("大統領", "首相", "外相", "外務大臣", "国防相", "総理", "国家主席", "主席", "議長", "長官",
                       "大使", "氏", "さん", "总统", "總統", "总理", "總理", "外长", "外長", "国务卿", "國務卿",
                       "部长", "部長", "先生", "女士", "総書記", "总书记", "總書記", "事務総長", "秘书长", "秘書長",
                       "委員長", "委员长", "皇太子", "王储", "王儲", "国王", "國王", "首席")
# "former" before a title after the name (トランプ前大統領, 安倍元首相)
_HAN_FORMER = ("前", "元")
# Japanese joins "X's" to a name with the particle の (ロシアのプーチン, Russia's Putin)
_JAPANESE_OF = "の"

# A stripped reading must beat the plain one clearly before it wins: many names begin
# with a letter that could be a clitic (Hebrew ש, Arabic ب) or end like a case ending.
PREFIX_PENALTY = 0.08
ARTICLE_PENALTY = 0.03
ENDING_PENALTY = 0.11
# a changed vowel is a guess about the word (Сигэхару is no case of Сигэхара): a little more
VOWEL_CHANGE_PENALTY = 0.13
# Georgian writes a foreign name that ends in a consonant with the nominative -ი (Abadan
# აბადანი, Omsk ომსკი): its citation form, nearly certain, not an inflection.
GEORGIAN_NOMINATIVE, NOMINATIVE_PENALTY = "ი", 0.02
# Georgian text writes every noun with a case ending (ბაიდენმა, Biden's ergative; კიევში, in
# Kyiv), and a name's citation form never ends in one of the consonant endings: a stem read
# off is as likely as the word as written, not a guess about it
GEORGIAN_CASE_PENALTY = 0.04
_GEORGIAN_VOWELS = frozenset("აეიოუ")
APOSTROPHE_PENALTY = 0.01
# French and Italian elide an article or a preposition before a vowel onto the name
# (l'Arménie, d'Azerbaïdjan, l'ONU, dell'Iran, all'Ucraina): read off as a clitic, a
# hypothesis beside the word as written (D'Alema is a name; L'Arba, Larbaâ, is no Arba)
_ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|dall|nell|sull|all|coll|quell)'(?=[aeiouyhàâäéèêëîïôöûüœæ])")


# Slavic surnames have a masculine and a feminine form (Zakharov, Zakharova; Navalny,
# Navalnaya; Kowalski, Kowalska; Novák, Nováková): two people, however alike they read,
# though a table of spellings may hold both in one group. Endings of fine forms
# (keys.TokenForm.fine: y is i there), with the second readings of я (ia) and the -а
# that an ending read off leaves (Зеленская: zelenskaia, zelenskia, zelenska)
_GENDER_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("", "ova"),
                   ("ski", "skaia"), ("skii", "skaia"), ("ski", "skia"), ("skii", "skia"), ("ski", "ska"),
                   ("cki", "cka"), ("ni", "naia"), ("nii", "naia"), ("ni", "nia"), ("nii", "nia"), ("ni", "na"),
                   ("oi", "aia"), ("oi", "ia"), ("oi", "a"), ("ii", "aia"), ("ii", "ia"))
_GENDER_STEM = 3


def gender_counterparts(a: str, b: str) -> bool:
    """Are two fine forms the masculine and the feminine form of one Slavic surname?

    >>> gender_counterparts("zakharov", "zakharova"), gender_counterparts("navalnaia", "navalni")
    (True, True)
    """
    for masculine, feminine in _GENDER_ENDINGS:
        for m, f in ((a, b), (b, a)):
            stem = len(m) - len(masculine)
            if stem >= _GENDER_STEM and m.endswith(masculine) and f.endswith(feminine) \
                    and m[:stem] == f[:len(f) - len(feminine)]:
                return True
    return False


def _russian_spellings(token: str) -> list[str]:
    """A Belarusian word as Russian spells it, with and without its я read as е."""
    # дз is д; ц before a soft vowel т
    spelled = _BELARUSIAN_SOFT.sub(lambda m: m[1] or "т", token.translate(_BELARUSIAN_LETTERS))
    return list(dict.fromkeys((spelled, _BELARUSIAN_AKANYE.sub("е", spelled))))


def _han_titles_off(token: str) -> list[tuple[str, float]]:
    """A Chinese or Japanese word read without the title written onto it, after the name
    (former or not) or before it, and without a leading "X's" (ロシアのプーチン大統領)."""
    _, of, after = token.rpartition(_JAPANESE_OF)
    words = [token] + ([after] if of and len(after) >= 2 else [])
    out = [(w, ARTICLE_PENALTY) for w in words[1:]]
    for w in words:
        for title in _HAN_TITLE_SUFFIXES:
            at = w.find(title)
            if at < 0:
                continue
            if at + len(title) < len(w):
                name = w[at + len(title):]  # 法国总统马克龙
            else:
                name = w[:at]
                for former in _HAN_FORMER:
                    name = name.removesuffix(former)
            if len(name) >= 2:
                out.append((name, ARTICLE_PENALTY))
    return out


def _strip_prefixes(token: str, prefixes: tuple[str, ...], min_left: int) -> list[tuple[str, float]]:
    out = []
    for p in prefixes:
        if token.startswith(p) and len(token) - len(p) >= min_left:
            # Arabic names write the article or not at will (Al-Assad, Assad); Hebrew ones
            # never write theirs (הולוויי is Holloway, not ה + Felfe): a prefix like another
            penalty = ARTICLE_PENALTY if p == "ال" else PREFIX_PENALTY
            out.append((token[len(p):], penalty))
    return out


def _strip_endings(token: str, endings: tuple[str, ...], min_left: int) -> list[tuple[str, float]]:
    return [(token[: -len(e)], ENDING_PENALTY) for e in endings
            if token.endswith(e) and len(token) - len(e) >= min_left]


def _replace_endings(token: str, changes: tuple[tuple[str, str], ...], min_left: int,
                     penalty: float) -> list[tuple[str, float]]:
    """The token with an ending of ``changes`` replaced by its nominative's (Москву: Москва)."""
    return [(token[: -len(ending)] + nominative, penalty) for ending, nominative in changes
            if token.endswith(ending) and len(token) - len(ending) >= min_left]


def is_definite_adjective(word: str) -> bool:
    """An Arabic or Hebrew adjective of relation with the article (see _NISBA)."""
    return len(word) >= 5 and any(word.startswith(article) and word.endswith((masculine, feminine))
                                  for article, masculine, feminine, _ in _NISBA.values())


def _place_of_adjective(token: str, script: str) -> list[tuple[str, float]]:
    """The nouns that a definite feminine adjective of origin may come from (see _NISBA)."""
    article, _, ending, noun_endings = _NISBA[script]
    stem = token[len(article):-len(ending)]
    if not (token.startswith(article) and token.endswith(ending) and len(stem) >= 3):
        return []
    # Hebrew writes a word's last letter in its final form: לבנונית is לבנון
    bare = stem[:-1] + stem[-1].translate(_HEBREW_FINAL_FORMS) if article == "ה" else stem
    nouns = [((stem + e) if e else bare, ADJECTIVE_PENALTY) for e in noun_endings]
    # ... and many Arabic names of countries have the article: العراقية is العراق's, as
    # اليمنية اليمن's, الصينية الصين's
    return (nouns + [(token[:-len(ending)], ADJECTIVE_PENALTY)]) if article == "ال" else nouns


def _stress_one_syllable_back(word: str) -> str | None:
    """The Greek word with its stress on the syllable before (λιβάνοσ: λίβανοσ), or None if
    there is none; a digraph (αυ, ει, ου) takes the mark on its second letter (καύκασοσ)."""
    k = _GREEK_STRESSED.search(word)
    if k is None:
        return None
    i = k.start() - 1
    while i >= 0 and word[i] in _GREEK_VOWELS:  # the rest of the stressed syllable's vowels
        i -= 1
    while i >= 0 and word[i] not in _GREEK_VOWELS:
        i -= 1
    if i < 0 or word[i] not in _GREEK_STRESS:
        return None
    return word[:i] + _GREEK_STRESS[word[i]] + word[i + 1:].translate(GREEK_UNSTRESS)


def _hungarian_assimilated(token: str) -> list[tuple[str, float]]:
    """The word without an assimilated -val, -vel and the doubled consonant it made
    (Putyinnal: Putyin)."""
    m = _HUNGARIAN_ASSIMILATED.search(token)
    return [(token[: m.start() + 1], ENDING_PENALTY)] if m and m.start() + 1 >= _LATIN_STEM else []


@functools.lru_cache(maxsize=65536)
def _latin_endings(token: str) -> list[tuple[str, float]]:
    """The endings a Latin word may carry whatever its letters: Slavic and Baltic cases with
    their vowel changes, and the unmarked Turkic, Hungarian and Finnish ones."""
    out = _strip_endings(token, _LATIN_ENDINGS, _LATIN_STEM)
    out += _replace_endings(token, _LATIN_VOWEL_CHANGES, _LATIN_STEM - 1, VOWEL_CHANGE_PENALTY)
    out += _replace_endings(token, _LATIN_ADJECTIVE_CASES, _LATIN_STEM - 1, ADJECTIVE_CASE_PENALTY)
    out += _strip_endings(token, _UNMARKED_LATIN_ENDINGS, _LATIN_STEM)
    return out + _hungarian_assimilated(token)


def variants(token: str, script: str, turkic: bool = False,
             adjectives: bool = True) -> tuple[tuple[str, float], ...]:
    """Stripped forms of a folded token with their penalties (the token itself excluded).
    A Latin word gets Turkish and Azerbaijani endings stripped when it has a letter of
    those alphabets, or when ``turkic`` says its text has (Moskvada beside Əliyev).
    ``adjectives``: with the nouns that an adjective of origin may come from (a place's
    name; not a title's: الجمهورية is no جمهور, of رئیس جمهور).

    >>> variants("وأرمينيا", "arab")[0]
    ('أرمينيا', 0.08)
    """
    out: list[tuple[str, float]] = []
    if script == "arab":
        out = _strip_prefixes(token, _ARABIC_PREFIXES, 3)
        # و + ال: "والقاهرة"; ب + ال already in the list; a second pass catches "وبأرمينيا".
        out += [(t2, p + p2) for t, p in list(out) for t2, p2 in _strip_prefixes(t, ("ال",), 3)]
        out += _place_of_adjective(token, script) if adjectives else []
        head, _, tail = token.rpartition(_NON_JOINER)
        if tail in _PERSIAN_SUFFIXES and len(head) >= 2:
            out.append((head, ARTICLE_PENALTY))
    elif script == "hebr":
        out = _strip_prefixes(token, _HEBREW_PREFIXES, 3)
        # the prefixes stack after ו "and" and ש "that", which come first: ומרוסיה is
        # ו + מ + רוסיה, שבאיראן ש + ב + איראן (not מונירה: מ + ו + נירה)
        out += [(t2, p + p2) for t, p in list(out) if token[0] in _HEBREW_FIRST_PREFIXES
                for t2, p2 in _strip_prefixes(t, _HEBREW_PREFIXES, 3)]
        out += _place_of_adjective(token, script) if adjectives else []
    elif script == "cyrl":
        out = _strip_endings(token, _RUSSIAN_ENDINGS, 3)
        out += _replace_endings(token, _RUSSIAN_VOWEL_CHANGES, 3, VOWEL_CHANGE_PENALTY)
        if token.endswith("и") and len(token) > 3 and (token[-2] in _SPELLING_RULE_STEM
                                                       or not _UKRAINIAN_LETTERS.isdisjoint(token)):
            out.append((token[:-1] + "а", VOWEL_CHANGE_PENALTY))
        out += _replace_endings(token, _SLAVIC_ADJECTIVES, 3, ADJECTIVE_PENALTY) if adjectives else []
        out += _replace_endings(token, _ADJECTIVE_CASES, 3, ADJECTIVE_CASE_PENALTY)
        out += _replace_endings(token, _PLURAL_LOCATIVES, 3, ENDING_PENALTY)
        if not _UKRAINIAN_LETTERS.isdisjoint(token):
            ukrainian = (_strip_endings(token, _UKRAINIAN_ENDINGS, 3)
                         + _replace_endings(token, _UKRAINIAN_PALATALIZED, 2, ENDING_PENALTY))
            stems = ukrainian + [(t, p) for t, p in out if token.startswith(t)]  # with every ending read off
            out += ukrainian
            out += [(_UKRAINIAN_IKAVISM.sub(lambda m: _IKAVISM_VOWELS[m[1]] + m[2], t), p) for t, p in stems
                    if _UKRAINIAN_IKAVISM.search(t)]
        if _CENTRAL_ASIAN_LETTERS.search(token):
            out += _strip_endings(token, _CENTRAL_ASIAN_ENDINGS, 3)
        if _BELARUSIAN_LOOK.search(token):
            for spelled in _russian_spellings(token):
                out += [(spelled, BELARUSIAN_PENALTY)] + [(v, BELARUSIAN_PENALTY + p)
                                                          for v, p in variants(spelled, script, turkic, adjectives)]
    elif script == "armn":
        out = _strip_endings(token, _ARMENIAN_ENDINGS, 3)
        out += [(t[:-1], p) for t, p in out if t.endswith(_ARMENIAN_GLIDE) and len(t) > 4]
        out += [(t[:-1] + _ARMENIAN_U, p) for t, p in out
                if t.endswith(_ARMENIAN_U_STEM) and token[len(t)] in _ARMENIAN_VOWELS]
        out += _replace_endings(token, _ARMENIAN_I_STEM, 3, ENDING_PENALTY)
    elif script == "geor":
        stems = [(t, GEORGIAN_CASE_PENALTY) for t, _ in _strip_endings(token, _GEORGIAN_ENDINGS, 3)]
        out = [(t, NOMINATIVE_PENALTY if t + GEORGIAN_NOMINATIVE == token else p) for t, p in stems]
        # a case ending replaces the nominative -ი of a stem in a consonant: თბილისში is
        # in თბილისი, ლავროვმა is ლავროვი's ergative
        out += [(t + GEORGIAN_NOMINATIVE, p) for t, p in stems
                if t + GEORGIAN_NOMINATIVE != token and t[-1] not in _GEORGIAN_VOWELS]
        out += [(t + GEORGIAN_A_STEM, p) for t, p in stems
                if token[len(t)] == GEORGIAN_NOMINATIVE and t + GEORGIAN_NOMINATIVE != token]
    elif script == "hang":
        if token.startswith(_KOREAN_ARTICLE) and len(token) >= 4:
            out = [(token[len(_KOREAN_ARTICLE):], ARTICLE_PENALTY)]
    elif script in ("hani", "kana"):
        # a word of one character is the suffix's own meaning (市, a market), not a place type
        out = [(token[:-1], ARTICLE_PENALTY) for suffix in _HAN_PLACE_SUFFIXES
               if script == "hani" and token.endswith(suffix) and len(token) >= 3]
        out += _han_titles_off(token)
    elif script == "grek":
        out = _replace_endings(token, _GREEK_GENITIVES, 3, ENDING_PENALTY)
        out += _replace_endings(token, _GREEK_MASCULINE_GENITIVES, 3, ENDING_PENALTY)
        if not _GREEK_STRESSED.search(token[-2:]):
            nominatives = _replace_endings(token, _GREEK_O_GENITIVES, 3, ENDING_PENALTY)
            out += nominatives + [(moved, p) for n, p in nominatives if (moved := _stress_one_syllable_back(n))]
        out += _replace_endings(token, _GREEK_ADJECTIVES, 3, ADJECTIVE_PENALTY) if adjectives else []
    elif script == "latn":
        head, apostrophe, tail = token.partition("'")
        elided = _ELIDED_ARTICLE.match(token)
        if elided and len(token) - elided.end() >= 2:
            name = token[elided.end():]
            out = [(name, PREFIX_PENALTY)] + [(v, PREFIX_PENALTY + p) for v, p in variants(name, script, turkic)]
        elif apostrophe and 1 <= len(tail) <= 5 and len(head) >= 2:
            out = [(head, APOSTROPHE_PENALTY)]
        elif turkic or has_turkic_letter(token):
            out = _strip_endings(token, _TURKIC_ENDINGS, 3)
            if not (turkic or is_turkic(token)):  # ö ü ç alone: Hungarian, German, Finnish write them too
                out += _latin_endings(token)  # (Örményországban, Münchens)
        else:
            out = _latin_endings(token)
    seen: dict[str, float] = {}
    for form, penalty in out:
        if form != token and (form not in seen or penalty < seen[form]):
            seen[form] = penalty
    return tuple(seen.items())
