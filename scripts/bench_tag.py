"""Throughput of `translit tag` on a long multilingual text, beside a naive baseline.

The tagger finds candidate spans with one batched look-up of every word's matching keys in
the index (a hash automaton over the index keys), then resolves only runs of name-like
words. The baseline is what the tagger avoids: `resolver.resolve(" ".join(ngram))` for
every word n-gram, n = 1..3, keeping the matches. Both run with the default gazetteer, in
this process, on the same deterministic text: news-like paragraphs in Arabic (the shared
seed article when it is there), Russian, English, Armenian, Turkish, Azerbaijani and
Georgian that name people, places and organisations of the domain, shuffled with a fixed
seed up to --kb kilobytes (UTF-8). The baseline is slow: it runs on the start of the text
for at most --baseline-seconds and its rate is extrapolated per character.

Prints the gazetteer load time (the first run after a change of gazetteer or code builds
the index, about 2 minutes, not counted in any rate; later runs open the cached build),
characters per second of the tagger on the whole text and of the baseline, then of the
tagger on exactly the characters the baseline covered (the fair ratio), and the peak RSS.
Every measured run gets a fresh resolver and tagger: no warm per-resolver caches, only a
shared warm-up (ICU transliterators). The text repeats a few dozen sentences, so on the
whole text the tagger's caches of spans it has resolved hit more than on real news text:
read the same-text ratio as the comparison, the whole-text rate as an upper figure.

    python scripts/bench_tag.py [--kb 200] [--baseline-seconds 60] [--baseline-kb 40] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

import translit
from translit.tagger import Mention, Tagger

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = Path(os.environ.get("TRANSLIT_SHARED", ROOT.parent / "shared")) / "seed" / "article-ar.txt"
WORD = re.compile(r"\w+(?:['’-]\w+)*")

# Sentences written for this benchmark (names from public knowledge), with sentences that
# name nobody, as running news text has.
SENTENCES = {
    "ar": [
        "التقى الرئيس التركي رجب طيب أردوغان بنظيره الأذربيجاني إلهام علييف في باكو يوم الأربعاء.",
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى يريفان لإجراء محادثات مع رئيس الوزراء نيكول باشينيان.",
        "ونقلت وكالة الأناضول عن مصدر دبلوماسي أن الاجتماع المقبل سيعقد في أنقرة.",
        "قال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع في ناغورنو كاراباخ عن كثب.",
        "وأكد وزير الخارجية الإيراني عباس عراقجي دعم طهران للحوار بين أرمينيا وأذربيجان.",
        "وأضاف أن المفاوضات ستستمر خلال الأسابيع المقبلة رغم الخلافات حول ترسيم الحدود.",
        "وشهدت العاصمة احتجاجات واسعة للمطالبة بإجراء انتخابات مبكرة.",
        "وزار وزير الدفاع الروسي سيرغي شويغو مدينة ستيباناكيرت والتقى بقوات حفظ السلام.",
        "وأعلنت وزارة الخارجية الأذربيجانية أن جيهون بيراموف سيشارك في اجتماع تبليسي.",
        "ولم تصدر أي تعليقات رسمية حتى الآن بشأن نتائج الزيارة.",
    ],
    "ru": [
        "Министр иностранных дел России Сергей Лавров прибыл в Ереван с официальным визитом.",
        "Никол Пашинян провёл переговоры с Ильхамом Алиевым в Брюсселе при посредничестве Шарля Мишеля.",
        "Президент Турции Реджеп Тайип Эрдоган заявил, что Анкара поддерживает мирный процесс.",
        "Российские миротворцы покинули Нагорный Карабах, сообщил Дмитрий Песков.",
        "В Баку прошла встреча министров иностранных дел Джейхуна Байрамова и Арарата Мирзояна.",
        "Переговоры продлились более трёх часов и завершились подписанием совместного заявления.",
        "По данным ТАСС, следующий раунд консультаций состоится в Москве в конце месяца.",
        "Эксперты считают, что соглашение откроет новые транспортные пути в регионе.",
        "Вагаршак Арутюнян встретился с Сергеем Шойгу в Министерстве обороны России.",
        "Погода в столице остаётся тёплой, осадков не ожидается.",
    ],
    "en": [
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Granada.",
        "Russian Foreign Minister Sergey Lavrov said Moscow was ready to host the next round of talks.",
        "Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Monday.",
        "The OSCE Minsk Group co-chairs visited Stepanakert and Shusha last week.",
        "Georgian Prime Minister Irakli Kobakhidze hosted the foreign ministers in Tbilisi.",
        "Officials said the border commission would meet again before the end of the year.",
        "Reuters reported that the agreement had been drafted over several months.",
        "Iranian Foreign Minister Abbas Araghchi travelled to Baku and then to Yerevan.",
        "The talks ended without a joint statement, according to diplomats familiar with them.",
        "Ararat Mirzoyan and Jeyhun Bayramov shook hands in front of the cameras in Washington.",
    ],
    "hy": [
        "Վարչապետ Նիկոլ Փաշինյանը հանդիպեց Ռուսաստանի արտգործնախարար Սերգեյ Լավրովի հետ Երևանում։",
        "Արարատ Միրզոյանը մեկնել է Թբիլիսի՝ հանդիպելու Վրաստանի արտգործնախարարի հետ։",
        "Ըստ Արմենպրեսի՝ բանակցությունները կշարունակվեն հաջորդ շաբաթ Բաքվում։",
        "Իլհամ Ալիևը հայտարարել է, որ խաղաղության պայմանագիրը պատրաստ է ստորագրման։",
        "Խորհրդարանում քննարկվեց նոր բյուջեի նախագիծը։",
        "Ստեփանակերտում տեղի ունեցավ հանրահավաք, որին մասնակցեցին հազարավոր մարդիկ։",
        "Կառավարության նիստը տևեց մոտ երեք ժամ։",
    ],
    "tr": [
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Ankara'da görüştü.",
        "Dışişleri Bakanı Hakan Fidan, Rus mevkidaşı Sergey Lavrov ile Moskova'da bir araya geldi.",
        "Anadolu Ajansı'na konuşan yetkili, Erdoğan'ın açıklamasının ardından görüşmelerin "
        "sürdüğünü söyledi.",
        "Toplantı yaklaşık iki saat sürdü ve ortak bir bildiri yayımlanmadı.",
        "Paşinyan, Bakü ile barış anlaşmasının yakında imzalanabileceğini belirtti.",
        "Ekonomi yönetimi, enflasyonla mücadelede yeni adımlar atılacağını açıkladı.",
        "Milli Savunma Bakanı Yaşar Güler, İstanbul'da gazetecilerin sorularını yanıtladı.",
    ],
    "az": [
        "Prezident İlham Əliyev Bakıda Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanı qəbul edib.",
        "Xarici işlər naziri Ceyhun Bayramov Tbilisidə gürcü həmkarı ilə görüşüb.",
        "Qarabağ və Şərqi Zəngəzurda bərpa işləri davam edir, Xankəndi şəhərində yeni məktəb açılıb.",
        "Görüşdə regional əməkdaşlıq və nəqliyyat layihələri müzakirə olunub.",
        "Hikmət Hacıyev bildirib ki, sülh sazişinin mətni razılaşdırılıb.",
    ],
    "ka": [
        "სერგეი ლავროვმა განაცხადა, რომ მოსკოვი მზადაა მოლაპარაკებებისთვის.",
        "ირაკლი კობახიძე თბილისში შეხვდა სომხეთის პრემიერ-მინისტრ ნიკოლ ფაშინიანს.",
        "შეხვედრაზე განიხილეს ეკონომიკური თანამშრომლობის საკითხები.",
        "საქართველოს პარლამენტმა ახალი კანონპროექტი პირველი მოსმენით მიიღო.",
    ],
}


def build_text(kb: int, seed: int) -> str:
    """Paragraphs of 3 to 6 sentences of one language each, chosen with a fixed seed, until
    the text is ``kb`` kilobytes of UTF-8; the seed article (when present) opens it."""
    rng = random.Random(seed)
    paragraphs = [SEED_ARTICLE.read_text(encoding="utf-8").strip()] if SEED_ARTICLE.exists() else []
    size = sum(len(p.encode()) + 2 for p in paragraphs)
    languages = sorted(SENTENCES)
    while size < kb * 1000:
        pool = SENTENCES[rng.choice(languages)]
        paragraph = " ".join(rng.sample(pool, rng.randint(3, min(6, len(pool)))))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "\n\n".join(paragraphs) + "\n"


def load_resolver() -> tuple[translit.Resolver, float]:
    t0 = time.perf_counter()
    resolver = translit.load()
    return resolver, time.perf_counter() - t0


def bench_tagger(text: str) -> tuple[list[Mention], float, float]:
    """Tag ``text`` with a fresh resolver (cold per-resolver caches): (mentions, wall
    seconds, CPU seconds)."""
    resolver, _ = load_resolver()
    t0, c0 = time.perf_counter(), time.process_time()
    mentions = Tagger(resolver).tag(text)
    return mentions, time.perf_counter() - t0, time.process_time() - c0


def bench_baseline(text: str, seconds: float, max_n: int = 3) -> tuple[int, int, int, float, float]:
    """resolve() on every word n-gram (n = 1..max_n) of ``text``, word by word, until the
    text ends or ``seconds`` pass: (characters covered, n-grams resolved, matches, wall
    seconds, CPU seconds)."""
    resolver, _ = load_resolver()
    words = list(WORD.finditer(text))
    covered = calls = matches = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(len(words)):
        for n in range(1, max_n + 1):
            if i + n > len(words):
                break
            calls += 1
            if resolver.resolve(" ".join(m.group(0) for m in words[i:i + n])).decision == "match":
                matches += 1
        covered = words[i + 1].start() if i + 1 < len(words) else len(text)
        if time.perf_counter() - t0 >= seconds:
            break
    return covered, calls, matches, time.perf_counter() - t0, time.process_time() - c0


def rates(chars: int, wall: float, cpu: float) -> str:
    return f"{chars / wall:>8,.0f} chars/s ({chars / cpu:,.0f} per CPU second)"


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kb", type=int, default=200, help="size of the text, kilobytes of UTF-8 (default 200)")
    ap.add_argument("--baseline-seconds", type=float, default=60.0,
                    help="time limit of the n-gram baseline (default 60)")
    ap.add_argument("--baseline-kb", type=int, default=40,
                    help="the baseline runs on at most this many kilobytes of the text's start (default 40)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the text's shuffle (default 7)")
    args = ap.parse_args()

    text = build_text(args.kb, args.seed)
    resolver, load_s = load_resolver()
    how = "opened the cached index" if resolver.info.get("cached") else "built the index (first run)"
    print(f"gazetteer: default, {len(resolver):,} entities; load {load_s:.2f} s: {how}")
    distinct = sum(len(v) for v in SENTENCES.values())
    print(f"text: {len(text):,} characters, {len(text.encode()) / 1000:,.0f} kB UTF-8, "
          f"{len(WORD.findall(text)):,} words, {text.count(chr(10) * 2) + 1:,} paragraphs "
          f"from {distinct} distinct sentences"
          f"{' and the seed article' if SEED_ARTICLE.exists() else ' (no seed article found)'}")
    t0 = time.perf_counter()
    Tagger(resolver).tag(" ".join(pool[0] for pool in SENTENCES.values()))
    print(f"warm-up: {time.perf_counter() - t0:.2f} s (ICU transliterators, index pages; not counted below)")

    mentions, tag_s, tag_cpu = bench_tagger(text)
    print(f"tagger, whole text:        {rates(len(text), tag_s, tag_cpu)}: {len(text):,} chars in "
          f"{tag_s:.2f} s, {len(mentions):,} mentions; peak RSS so far {peak_rss_mb():,.0f} MB")

    sample = text[:args.baseline_kb * 1000]
    covered, calls, matches, base_s, base_cpu = bench_baseline(sample, args.baseline_seconds)
    limit = "" if covered >= len(sample) else "; stopped at the time limit, the rate is per char covered"
    print(f"baseline, every n-gram:    {rates(covered, base_s, base_cpu)}: {covered:,} chars in "
          f"{base_s:.2f} s, {calls:,} n-grams resolved, {matches:,} matches{limit}")
    same, same_s, same_cpu = bench_tagger(text[:covered])
    print(f"tagger, the same chars:    {rates(covered, same_s, same_cpu)}: {same_s:.2f} s, "
          f"{len(same):,} mentions")
    print(f"speed-up over the baseline (CPU time): {base_cpu / same_cpu:,.1f}x on the same text; "
          f"whole-text tagger rate / baseline rate {(len(text) / tag_cpu) / (covered / base_cpu):,.1f}x")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
