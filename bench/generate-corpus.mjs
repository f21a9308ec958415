// Deterministic synthetic corpora for `npm run bench`: the same schema as
// data/, with realistic sentences (agreements, trade figures, visits,
// embassies, ranks, denials, plans), entities with aliases that statements
// and quotes use interchangeably, related claims, and recorded conflicts
// (one source's date, figure or rank against another's). A seeded PRNG makes
// the output a function of the claim count alone, so every run of the
// benchmark measures the same corpus.
//
//   node bench/generate-corpus.mjs 10000 [outDir]
//
// Writes outDir (default bench/corpora/<n>/) and prints its path. Claims go
// into files of 1,000 so no file nears the reader's size limit.

import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLAIMS_PER_FILE = 1000;

/** mulberry32: small, fast and good enough to pick words. */
function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  // Zipf-like: early items of a list are much more frequent, as real topics are.
  const skewed = (list) => list[Math.floor(list.length * next() ** 2.2)];
  const chance = (p) => next() < p;
  return { next, int, pick, skewed, chance };
}

const COUNTRIES = [
  ["pakistan", "Pakistan", ["Pakistani", "Islamic Republic of Pakistan"]],
  ["azerbaijan", "Azerbaijan", ["Azerbaijani", "Azeri", "Republic of Azerbaijan"]],
  ["turkiye", "Türkiye", ["Turkey", "Turkiye", "Turkish"]],
  ["kazakhstan", "Kazakhstan", ["Kazakh", "Republic of Kazakhstan"]],
  ["uzbekistan", "Uzbekistan", ["Uzbek"]],
  ["turkmenistan", "Turkmenistan", ["Turkmen"]],
  ["kyrgyzstan", "Kyrgyzstan", ["Kyrgyz Republic", "Kyrgyz"]],
  ["tajikistan", "Tajikistan", ["Tajik"]],
  ["georgia", "Georgia", []],
  ["armenia", "Armenia", ["Armenian"]],
  ["iran", "Iran", ["Iranian", "Islamic Republic of Iran"]],
  ["afghanistan", "Afghanistan", ["Afghan"]],
  ["china", "China", ["Chinese", "People's Republic of China"]],
  ["india", "India", ["Indian"]],
  ["russia", "Russia", ["Russian Federation", "Russian"]],
  ["saudi-arabia", "Saudi Arabia", ["Saudi", "Kingdom of Saudi Arabia"]],
  ["qatar", "Qatar", ["Qatari"]],
  ["united-arab-emirates", "United Arab Emirates", ["UAE", "Emirates"]],
  ["oman", "Oman", ["Omani"]],
  ["egypt", "Egypt", ["Egyptian"]],
  ["malaysia", "Malaysia", ["Malaysian"]],
  ["indonesia", "Indonesia", ["Indonesian"]],
  ["bangladesh", "Bangladesh", ["Bangladeshi"]],
  ["sri-lanka", "Sri Lanka", ["Sri Lankan"]],
  ["ukraine", "Ukraine", ["Ukrainian"]],
  ["germany", "Germany", ["German", "Federal Republic of Germany"]],
  ["france", "France", ["French"]],
  ["italy", "Italy", ["Italian"]],
  ["united-kingdom", "United Kingdom", ["UK", "Britain", "British"]],
  ["united-states", "United States", ["US", "USA", "America"]],
  ["japan", "Japan", ["Japanese"]],
  ["south-korea", "South Korea", ["Republic of Korea", "Korean"]],
  ["hungary", "Hungary", ["Hungarian"]],
  ["romania", "Romania", ["Romanian"]],
  ["belarus", "Belarus", ["Belarusian"]],
  ["jordan", "Jordan", ["Jordanian"]],
  ["morocco", "Morocco", ["Moroccan"]],
  ["algeria", "Algeria", ["Algerian"]],
  ["nigeria", "Nigeria", ["Nigerian"]],
  ["brazil", "Brazil", ["Brazilian"]],
];

const CITIES = [
  ["baku", "Baku", "azerbaijan"], ["ganja", "Ganja", "azerbaijan"], ["sumgait", "Sumgait", "azerbaijan"], ["shusha", "Shusha", "azerbaijan"],
  ["islamabad", "Islamabad", "pakistan"], ["karachi", "Karachi", "pakistan"], ["lahore", "Lahore", "pakistan"], ["peshawar", "Peshawar", "pakistan"],
  ["quetta", "Quetta", "pakistan"], ["gwadar", "Gwadar", "pakistan"], ["ankara", "Ankara", "turkiye"], ["istanbul", "Istanbul", "turkiye"],
  ["astana", "Astana", "kazakhstan"], ["almaty", "Almaty", "kazakhstan"], ["tashkent", "Tashkent", "uzbekistan"], ["samarkand", "Samarkand", "uzbekistan"],
  ["ashgabat", "Ashgabat", "turkmenistan"], ["bishkek", "Bishkek", "kyrgyzstan"], ["dushanbe", "Dushanbe", "tajikistan"], ["tbilisi", "Tbilisi", "georgia"],
  ["batumi", "Batumi", "georgia"], ["tehran", "Tehran", "iran"], ["mashhad", "Mashhad", "iran"], ["kabul", "Kabul", "afghanistan"],
  ["beijing", "Beijing", "china"], ["urumqi", "Urumqi", "china"], ["new-delhi", "New Delhi", "india"], ["moscow", "Moscow", "russia"],
  ["riyadh", "Riyadh", "saudi-arabia"], ["jeddah", "Jeddah", "saudi-arabia"], ["doha", "Doha", "qatar"], ["dubai", "Dubai", "united-arab-emirates"],
  ["abu-dhabi", "Abu Dhabi", "united-arab-emirates"], ["muscat", "Muscat", "oman"], ["cairo", "Cairo", "egypt"], ["kuala-lumpur", "Kuala Lumpur", "malaysia"],
  ["jakarta", "Jakarta", "indonesia"], ["dhaka", "Dhaka", "bangladesh"], ["colombo", "Colombo", "sri-lanka"], ["kyiv", "Kyiv", "ukraine"],
  ["berlin", "Berlin", "germany"], ["paris", "Paris", "france"], ["rome", "Rome", "italy"], ["london", "London", "united-kingdom"],
  ["washington", "Washington", "united-states"], ["new-york", "New York", "united-states"], ["tokyo", "Tokyo", "japan"], ["seoul", "Seoul", "south-korea"],
  ["budapest", "Budapest", "hungary"], ["bucharest", "Bucharest", "romania"], ["minsk", "Minsk", "belarus"], ["amman", "Amman", "jordan"],
  ["rabat", "Rabat", "morocco"], ["algiers", "Algiers", "algeria"], ["abuja", "Abuja", "nigeria"], ["brasilia", "Brasilia", "brazil"],
  ["geneva", "Geneva", undefined], ["vienna", "Vienna", undefined], ["brussels", "Brussels", undefined], ["jeddah-port", "Jeddah Islamic Port", "saudi-arabia"],
];

const ORGANISATIONS = [
  ["joint-economic-commission", "Joint Economic Commission", ["JEC"]],
  ["intergovernmental-commission", "Intergovernmental Commission", ["IGC"]],
  ["chamber-of-commerce", "Chamber of Commerce and Industry", ["Chamber of Commerce"]],
  ["oic", "Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation"]],
  ["eco", "Economic Cooperation Organization", ["ECO"]],
  ["sco", "Shanghai Cooperation Organisation", ["SCO"]],
  ["non-aligned-movement", "Non-Aligned Movement", ["NAM"]],
  ["united-nations", "United Nations", ["UN"]],
  ["un-security-council", "UN Security Council", ["Security Council", "UNSC"]],
  ["un-general-assembly", "UN General Assembly", ["General Assembly", "UNGA"]],
  ["world-bank", "World Bank", []],
  ["asian-development-bank", "Asian Development Bank", ["ADB"]],
  ["islamic-development-bank", "Islamic Development Bank", ["IsDB"]],
  ["socar", "State Oil Company of Azerbaijan Republic", ["SOCAR"]],
  ["pso", "Pakistan State Oil", ["PSO"]],
  ["azal", "Azerbaijan Airlines", ["AZAL"]],
  ["pia", "Pakistan International Airlines", ["PIA"]],
  ["parliamentary-friendship-group", "Parliamentary Friendship Group", ["friendship group"]],
  ["defence-industry-ministry", "Ministry of Defence Industry", []],
  ["foreign-office", "Ministry of Foreign Affairs", ["Foreign Office", "foreign ministry"]],
  ["board-of-investment", "Board of Investment", ["BOI"]],
  ["trade-development-authority", "Trade Development Authority", ["TDAP"]],
  ["higher-education-commission", "Higher Education Commission", ["HEC"]],
  ["national-defence-university", "National Defence University", ["NDU"]],
  ["ada-university", "ADA University", ["Azerbaijan Diplomatic Academy"]],
  ["cop29", "COP29", ["UN Climate Change Conference"]],
  ["european-union", "European Union", ["EU"]],
  ["nato", "North Atlantic Treaty Organization", ["NATO"]],
  ["trans-caspian-corridor", "Trans-Caspian International Transport Route", ["Middle Corridor"]],
  ["tapi", "Turkmenistan–Afghanistan–Pakistan–India pipeline", ["TAPI"]],
];

const OFFICES = [
  "President", "Prime Minister", "Foreign Minister", "Minister of Economy", "Minister of Defence", "Speaker of Parliament",
  "Chief of Army Staff", "ambassador", "Minister of Energy", "Minister of Education", "Minister of Culture", "Chairman of the Senate",
  "Minister of Commerce", "Minister of Health", "Minister of Agriculture", "Deputy Foreign Minister", "Minister of Digital Development",
];

const GIVEN = [
  "Ali", "Hasan", "Imran", "Nawaz", "Shahbaz", "Asif", "Bilal", "Farid", "Elmar", "Ilham", "Mehriban", "Jeyhun", "Ramiz", "Samir", "Anar",
  "Leyla", "Ayesha", "Fatima", "Zahid", "Tariq", "Khalid", "Rashid", "Murad", "Orkhan", "Elnur", "Vugar", "Rauf", "Ziya", "Nargiz", "Sabina",
  "Kamran", "Faisal", "Usman", "Hina", "Sana", "Mariam", "Javid", "Rustam", "Timur", "Aziz", "Mukhtar", "Ilyas", "Yusuf", "Omar", "Hamza",
];
const FAMILY = [
  "Aliyev", "Mammadov", "Hasanov", "Huseynov", "Ismayilov", "Bayramov", "Mustafayev", "Jafarov", "Guliyev", "Abbasov", "Rzayev", "Karimov",
  "Khan", "Sharif", "Qureshi", "Malik", "Chaudhry", "Butt", "Abbasi", "Siddiqui", "Hussain", "Raza", "Mirza", "Baig", "Awan", "Gillani",
  "Zardari", "Bhutto", "Dar", "Akhtar", "Naqvi", "Rizvi", "Shah", "Bokhari", "Tarar", "Durrani", "Hayat", "Kiyani", "Mehmood", "Saleem",
];

const FIELDS = [
  "trade", "energy", "defence", "education", "culture", "tourism", "agriculture", "pharmaceuticals", "textiles", "information technology",
  "renewable energy", "oil and gas", "higher education", "science and technology", "banking", "transport", "aviation", "shipping",
  "railways", "telecommunications", "health care", "food security", "water management", "climate change", "disaster management",
  "counter-terrorism", "cyber security", "space research", "mining", "construction", "housing", "sports", "youth affairs", "media",
  "journalism", "archives", "customs", "taxation", "investment protection", "double taxation", "visa facilitation", "consular affairs",
  "legal assistance", "extradition", "narcotics control", "women's empowerment", "vocational training", "scholarships", "halal food",
  "fisheries", "livestock", "horticulture", "rice exports", "cotton", "leather goods", "surgical instruments", "sports goods", "carpets",
  "petrochemicals", "hydropower", "solar power", "wind power", "electricity transmission", "pipelines", "logistics", "free trade",
  "preferential trade", "small and medium enterprises", "e-commerce", "fintech", "artificial intelligence", "satellite communications",
  "shipbuilding", "aircraft maintenance", "military training", "defence production", "peacekeeping", "cultural heritage", "museums",
  "cinema", "literature", "translation", "language teaching", "religious tourism", "medical tourism", "hospitality", "film production",
];

/** Country aliases that are names rather than adjectives. */
const COUNTRY_NAMES = new Set(["Turkey", "Turkiye", "Britain", "America", "Emirates"]);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ENERGY = ["solar", "wind", "hydropower", "gas-fired", "coal-fired"];
const EXERCISES = ["Brotherhood", "Friendship", "Unity", "Crescent", "Caspian Shield", "Indus Eagle", "Three Brothers", "Steppe Wind"];
const ATTRIBUTIONS = ["officials said", "the joint statement said", "according to the foreign ministry", "the embassy announced", "the two sides noted"];

function slug(text) {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-$/, "");
}

function yamlString(text) {
  return JSON.stringify(text);
}

/** Spelling variants a reader might type: Aliyev/Aliev, Hussain/Hussein, Khan/Kahn. */
function variantOf(name) {
  const swaps = [["yev", "ev"], ["ss", "s"], ["ai", "ei"], ["ou", "u"], ["ee", "i"], ["Mammadov", "Mamedov"], ["Huseynov", "Guseinov"], ["q", "k"]];
  for (const [from, to] of swaps) if (name.includes(from)) return name.replace(from, to);
  return undefined;
}

function buildEntities(random, claimCount) {
  const countries = COUNTRIES.map(([id, name, aliases]) => ({ id, name, kind: "country", aliases }));
  const cities = CITIES.map(([id, name, within]) => ({ id, name, kind: "place", aliases: [], ...(within ? { within } : {}) }));
  const organisations = ORGANISATIONS.map(([id, name, aliases]) => ({ id, name, kind: "organisation", aliases }));
  // A larger newsroom writes about more people: their number grows with the corpus.
  const peopleCount = Math.min(GIVEN.length * FAMILY.length, 60 + Math.floor(claimCount / 60));
  const people = [];
  const used = new Set();
  while (people.length < peopleCount) {
    const given = random.pick(GIVEN);
    const family = random.pick(FAMILY);
    const name = `${given} ${family}`;
    if (used.has(name)) continue;
    used.add(name);
    const country = random.skewed(COUNTRIES)[0];
    const variant = variantOf(family);
    const aliases = variant ? [`${given} ${variant}`] : [];
    people.push({ id: slug(name), name, kind: "person", aliases, within: country, office: random.pick(OFFICES) });
  }
  return { countries, cities, organisations, people };
}

function buildSources(random, claimCount) {
  const count = Math.max(5, Math.floor(claimCount / 200));
  const types = ["article-magazine", "article-newspaper", "webpage", "interview", "report"];
  const sources = [];
  for (let i = 1; i <= count; i++) {
    const a = random.skewed(COUNTRIES);
    const b = random.skewed(COUNTRIES);
    const field = random.skewed(FIELDS);
    const year = random.int(1998, 2025);
    const month = random.int(1, 12);
    const title = `${a[1]} and ${b[1]}: ${field[0].toUpperCase()}${field.slice(1)} in focus (${i})`;
    const hex = Array.from({ length: 64 }, () => "0123456789abcdef"[random.int(0, 15)]).join("");
    sources.push({
      id: `source-${String(i).padStart(4, "0")}-${slug(`${a[0]} ${b[0]} ${field}`)}`,
      type: random.pick(types),
      title,
      authors: random.chance(0.8) ? [{ family: random.pick(FAMILY), given: random.pick(GIVEN) }] : [],
      publisher: random.pick(["Daily Dispatch", "Caspian Review", "Strategic Vision", "Eurasia Monitor", "The Frontier Post", "Baku Observer"]),
      issued: random.chance(0.5) ? `${year}-${String(month).padStart(2, "0")}` : String(year),
      seed: { file: `synthetic-${String(i).padStart(4, "0")}.txt`, sha256: hex },
      year,
    });
  }
  return sources;
}

/** Names as a writer varies them: the name, or now and then one of its aliases. */
function nameOf(random, entity) {
  if (entity.aliases.length > 0 && random.chance(0.3)) {
    const alias = random.pick(entity.aliases);
    // Adjectives ("Azeri", "Turkmen") read badly as subjects: a country goes by
    // another of its names ("Republic of Azerbaijan", "UK", "Turkey") only.
    if (entity.kind === "country" && !(alias.includes(" ") || alias === alias.toUpperCase() || COUNTRY_NAMES.has(alias))) return entity.name;
    return alias;
  }
  return entity.name;
}

function dateText(random, year) {
  const precision = random.int(0, 2);
  if (precision === 0) return { text: String(year), value: String(year) };
  const month = random.int(1, 12);
  if (precision === 1) return { text: `${MONTHS[month - 1]} ${year}`, value: `${year}-${String(month).padStart(2, "0")}` };
  const day = random.int(1, 28);
  return {
    text: `${day} ${MONTHS[month - 1]} ${year}`,
    value: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}

/**
 * One fact, as a template would write it: the curator's statement, a quote
 * worded as an article would, and the structured facts. `variant` makes the
 * conflicting twin: the same event with another date, figure or rank.
 */
function makeFact(random, world, kind, base) {
  const { countries, cities, organisations, people } = world;
  const a = base?.a ?? random.skewed(countries);
  let b = base?.b ?? random.skewed(countries);
  if (b === a) b = countries[(countries.indexOf(a) + 1) % countries.length];
  const city = base?.city ?? random.pick(cities.filter((c) => c.within === b.id || c.within === a.id).concat(cities.slice(0, 4)));
  const field = base?.field ?? random.skewed(FIELDS);
  const field2 = base?.field2 ?? random.pick(FIELDS);
  const year = base?.year ?? random.int(1992, 2025);
  const attribution = random.pick(ATTRIBUTIONS);
  const A = nameOf(random, a);
  const B = nameOf(random, b);
  switch (kind) {
    case "agreements": {
      const n = base?.n ?? random.int(2, 25);
      const date = base?.date ?? dateText(random, year);
      return {
        kind, a, b, city, field, field2, year, n, date, topic: "agreements", tags: ["agreements", slug(field)],
        keywords: ["memorandum of understanding", "MoU", "deal", "signed documents"],
        statement: `${A} and ${B} signed ${n} agreements on ${field} and ${field2} in ${city.name} in ${date.text}.`,
        quote: `During the talks in ${city.name} in ${date.text}, ${A} and ${B} signed ${n} documents on cooperation in ${field} and ${field2}, ${attribution}.`,
        facts: { actor: a.id, entities: [a.id, b.id, city.id], place: city.id, dates: [{ value: date.value, role: "signed" }], numbers: [{ value: n, unit: "agreements", of: field }] },
        dimension: "number",
      };
    }
    case "trade": {
      const million = base?.n ?? random.int(5, 2500);
      return {
        kind, a, b, city, field, field2, year, n: million, topic: "trade", tags: ["trade", String(year)],
        keywords: ["turnover", "bilateral trade", "exports", "imports"],
        statement: `Trade between ${A} and ${B} reached $${million} million in ${year}.`,
        quote: `Bilateral trade turnover between ${A} and ${B} stood at $${million} million in ${year}, ${attribution}.`,
        facts: { entities: [a.id, b.id], dates: [{ value: String(year) }], numbers: [{ value: million * 1_000_000, unit: "usd", of: "trade" }] },
        dimension: "number",
      };
    }
    case "visit": {
      const person = base?.person ?? random.pick(people.filter((p) => p.within === a.id).concat(people.slice(0, 3)));
      const date = base?.date ?? dateText(random, year);
      const personName = nameOf(random, person);
      return {
        kind, a, b, city, field, field2, year, person, date, topic: "visits", tags: ["visit", slug(person.office)],
        keywords: ["official visit", "state visit", "trip", "talks"],
        statement: `${personName}, the ${person.office}, paid an official visit to ${city.name} in ${date.text}.`,
        quote: `${person.office} ${personName} arrived in ${city.name} on an official visit in ${date.text} and held talks on ${field}.`,
        facts: { actor: person.id, entities: [person.id, city.id], place: city.id, dates: [{ value: date.value, role: "visited" }] },
        dimension: "date",
      };
    }
    case "embassy": {
      const capital = base?.city ?? cities.find((c) => c.within === b.id) ?? city;
      return {
        kind, a, b, city: capital, field, field2, year, topic: "diplomacy", tags: ["embassy", slug(capital.name)],
        keywords: ["embassy", "diplomatic mission", "opened"],
        statement: `${A} opened its embassy in ${capital.name} in ${year}.`,
        quote: `The embassy of ${A} in ${capital.name} was opened in ${year}, ${attribution}.`,
        facts: { actor: a.id, entities: [a.id, b.id, capital.id], place: capital.id, dates: [{ value: String(year), role: "opened" }] },
        dimension: "date",
      };
    }
    case "recognition": {
      const recognised = base?.year ?? random.int(1991, 1993);
      const position = base?.position ?? random.int(1, 6);
      const among = base?.among ?? false;
      const rankText = among ? "one of the first countries" : `the ${ORDINALS[position - 1]} country`;
      return {
        kind, a, b, city, field, field2, year: recognised, position, among, topic: "recognition", tags: ["recognition", "independence"],
        keywords: ["recognise", "recognize", "independence", "rank"],
        statement: `${A} was ${rankText} to recognise the independence of ${B}.`,
        quote: `${A} was ${rankText} to recognize ${B}’s independence in ${recognised}.`,
        facts: {
          actor: a.id, entities: [a.id, b.id], dates: [{ value: String(recognised), role: "recognised" }],
          rank: among ? { kind: "among-first", text: "one of the first" } : { kind: "ordinal", position, text: rankText },
        },
        dimension: "rank",
      };
    }
    case "session": {
      const org = base?.org ?? random.pick(organisations.slice(0, 3));
      const position = base?.position ?? random.int(1, 10);
      const date = base?.date ?? dateText(random, year);
      return {
        kind, a, b, city, field, field2, year, org, position, date, topic: "institutions", tags: ["session", slug(org.name)],
        keywords: ["meeting", "session", "commission"],
        statement: `The ${ORDINALS[position - 1]} session of the ${a.name}–${b.name} ${org.name} was held in ${city.name} in ${date.text}.`,
        quote: `The ${ORDINALS[position - 1]} meeting of the ${org.name} between ${A} and ${B} took place in ${city.name} in ${date.text}.`,
        facts: { entities: [a.id, b.id, org.id, city.id], place: city.id, dates: [{ value: date.value, role: "held" }], rank: { kind: "ordinal", position, text: `${ORDINALS[position - 1]} session` } },
        dimension: "date",
      };
    }
    case "denial": {
      const other = random.pick(countries.slice(8, 14));
      return {
        kind, a, b: other, city, field, field2, year, topic: "recognition", tags: ["recognition", "non-recognition"],
        keywords: ["does not recognise", "refuses", "non-recognition"],
        statement: `${A} has not recognised ${other.name}'s claim over the disputed region.`,
        quote: `${A} has never recognized the claim of ${other.name} over the disputed region and has no diplomatic relations on that basis.`,
        facts: { actor: a.id, entities: [a.id, other.id], polarity: "negative" },
        dimension: "polarity",
      };
    }
    case "students": {
      const n = base?.n ?? random.int(2, 60) * 50;
      return {
        kind, a, b, city, field, field2, year, n, topic: "education", tags: ["students", "scholarships"],
        keywords: ["students", "universities", "scholarships", "study"],
        statement: `About ${n.toLocaleString("en-US")} students from ${A} were studying in ${B} in ${year}.`,
        quote: `Around ${n.toLocaleString("en-US")} ${a.aliases.find((x) => /(i|ian|an|ish)$/.test(x)) ?? a.name} students are enrolled at universities in ${B}, ${attribution} in ${year}.`,
        facts: { entities: [a.id, b.id], dates: [{ value: String(year) }], numbers: [{ value: n, unit: "people", of: "students", approx: true }] },
        dimension: "number",
      };
    }
    case "plan": {
      const n = base?.n ?? random.int(1, 40) * 50;
      const energy = base?.energy ?? random.pick(ENERGY);
      return {
        kind, a, b, city, field, field2, year, n, energy, topic: "energy", tags: ["energy", slug(energy)],
        keywords: ["power plant", "megawatts", "MW", "capacity"],
        statement: `${A} plans to build a ${n} megawatt ${energy} power plant in ${city.name} by ${year}.`,
        quote: `${A} intends to set up a ${energy} power plant of ${n} MW near ${city.name}, to be completed by ${year}, ${attribution}.`,
        facts: { actor: a.id, entities: [a.id, city.id], place: city.id, dates: [{ value: String(year), role: "planned completion" }], numbers: [{ value: n, unit: "megawatts", of: `${energy} plant` }] },
        dimension: "number",
      };
    }
    case "flights": {
      const other = base?.other ?? random.pick(cities);
      const date = base?.date ?? dateText(random, year);
      return {
        kind, a, b, city, field, field2, year, other, date, topic: "tourism", tags: ["flights", "aviation"],
        keywords: ["direct flights", "air link", "airline", "route"],
        statement: `Direct flights between ${city.name} and ${other.name} began in ${date.text}.`,
        quote: `The first direct flight from ${city.name} to ${other.name} took off in ${date.text}, opening a new air link, ${attribution}.`,
        facts: { entities: [city.id, other.id], dates: [{ value: date.value, role: "began" }] },
        dimension: "date",
      };
    }
    case "exercise": {
      const name = base?.exerciseName ?? random.pick(EXERCISES);
      return {
        kind, a, b, city, field, field2, year, exerciseName: name, topic: "defence", tags: ["defence", "exercise"],
        keywords: ["military drill", "joint exercise", "armed forces", "army"],
        statement: `The armed forces of ${A} and ${B} held the joint exercise ${name} in ${year}.`,
        quote: `Troops from ${A} and ${B} took part in the ${name} joint military exercise held in ${city.name} in ${year}.`,
        facts: { entities: [a.id, b.id, city.id], place: city.id, dates: [{ value: String(year), role: "held" }] },
        dimension: "date",
      };
    }
    default: {
      const field3 = random.pick(FIELDS);
      return {
        kind: "cooperation", a, b, city, field, field2, year, topic: random.pick(["economy", "culture", "technology", "diplomacy"]), tags: [slug(field), slug(field2)],
        keywords: ["cooperation", "partnership", "collaboration"],
        statement: `${A} and ${B} agreed to expand cooperation in ${field}, ${field2} and ${field3}.`,
        quote: `Both sides agreed in ${year} to deepen ${a.name}–${b.name} cooperation in ${field}, ${field2} and ${field3}, ${attribution}.`,
        facts: { entities: [a.id, b.id] },
        dimension: "status",
      };
    }
  }
}

const KINDS = ["cooperation", "agreements", "trade", "visit", "embassy", "session", "students", "plan", "flights", "exercise", "recognition", "denial"];

/** The conflicting twin of a fact: another source gives another figure, date or rank. */
function conflictingTwin(random, world, fact) {
  const base = { ...fact };
  switch (fact.kind) {
    case "agreements":
    case "students":
    case "plan":
      // A figure off by a factor (a misprinted scale) or simply another count.
      return { twin: makeFact(random, world, fact.kind, { ...base, n: random.chance(0.5) ? fact.n * 10 : fact.n + random.int(1, 9) }), kind: "figure", dimension: "number" };
    case "trade":
      return { twin: makeFact(random, world, fact.kind, { ...base, n: fact.n * 1000 }), kind: "figure", dimension: "number" };
    case "recognition":
      return { twin: makeFact(random, world, fact.kind, { ...base, among: !fact.among, position: fact.position }), kind: "rank", dimension: "rank" };
    default: {
      const year = fact.year + random.int(1, 3) * (random.chance(0.5) ? 1 : -1);
      return { twin: makeFact(random, world, fact.kind === "cooperation" ? "embassy" : fact.kind, { ...base, year, date: undefined }), kind: "date", dimension: "date" };
    }
  }
}

function claimYaml(claim) {
  const lines = [];
  lines.push(`  - id: ${claim.id}`);
  lines.push(`    statement: ${yamlString(claim.statement)}`);
  lines.push(`    topic: ${claim.topic}`);
  lines.push(`    tags: [${claim.tags.map(yamlString).join(", ")}]`);
  lines.push(`    keywords: [${claim.keywords.map(yamlString).join(", ")}]`);
  lines.push("    facts:");
  const f = claim.facts;
  if (f.actor) lines.push(`      actor: ${f.actor}`);
  if (f.place) lines.push(`      place: ${f.place}`);
  if (f.entities) lines.push(`      entities: [${[...new Set(f.entities)].join(", ")}]`);
  if (f.dates) {
    lines.push("      dates:");
    for (const d of f.dates) lines.push(`        - { value: ${yamlString(d.value)}${d.role ? `, role: ${yamlString(d.role)}` : ""} }`);
  }
  if (f.numbers) {
    lines.push("      numbers:");
    for (const n of f.numbers) lines.push(`        - { value: ${n.value}, unit: ${n.unit}${n.of ? `, of: ${yamlString(n.of)}` : ""}${n.approx ? ", approx: true" : ""} }`);
  }
  if (f.rank) lines.push(`      rank: { kind: ${f.rank.kind}${f.rank.position ? `, position: ${f.rank.position}` : ""}, text: ${yamlString(f.rank.text)} }`);
  if (f.polarity) lines.push(`      polarity: ${f.polarity}`);
  lines.push("    citations:");
  for (const c of claim.citations) {
    lines.push(`      - source: ${c.source}`);
    lines.push(`        quote: ${yamlString(c.quote)}`);
  }
  if (claim.related?.length) {
    lines.push("    related:");
    for (const r of claim.related) lines.push(`      - { claim: ${r.claim}, relation: ${r.relation} }`);
  }
  return lines.join("\n");
}

function entityYaml(e) {
  const within = e.within ? `, within: ${e.within}` : "";
  return `  - { id: ${e.id}, name: ${yamlString(e.name)}, kind: ${e.kind}, aliases: [${e.aliases.map(yamlString).join(", ")}]${within} }`;
}

function sourceYaml(s) {
  const authors = s.authors.length === 0 ? "[]" : `[${s.authors.map((p) => `{ family: ${yamlString(p.family)}, given: ${yamlString(p.given)} }`).join(", ")}]`;
  return [
    `  - id: ${s.id}`,
    `    type: ${s.type}`,
    `    title: ${yamlString(s.title)}`,
    `    authors: ${authors}`,
    `    publisher: ${yamlString(s.publisher)}`,
    `    issued: ${yamlString(s.issued)}`,
    `    seed: { file: ${s.seed.file}, sha256: ${s.seed.sha256} }`,
  ].join("\n");
}

/** Builds the corpus in memory: { files: [{ path, text }], claims } (claims kept for the query set). */
export function generateCorpus(claimCount, seed = 20250101) {
  const random = createRandom(seed ^ claimCount);
  const entities = buildEntities(random, claimCount);
  const world = entities;
  const sources = buildSources(random, claimCount);
  const claims = [];
  const conflicts = [];
  const lastByPair = new Map();
  const usedIds = new Set();
  const claimId = (fact) => {
    const base = `${fact.kind}-${slug(`${fact.a.id} ${fact.b.id}`)}-${fact.year}`;
    let id = base;
    for (let i = 2; usedIds.has(id); i++) id = `${base}-${i}`;
    usedIds.add(id);
    return id;
  };
  const toClaim = (fact, source, extraSource) => {
    const pair = `${fact.a.id}|${fact.b.id}`;
    const claim = {
      id: claimId(fact),
      statement: fact.statement,
      topic: fact.topic,
      tags: fact.tags,
      keywords: fact.keywords,
      facts: fact.facts,
      citations: [{ source: source.id, quote: fact.quote }],
      related: [],
    };
    // Another article stating the same fact in its own words.
    if (extraSource) claim.citations.push({ source: extraSource.id, quote: `${fact.statement.replace(/\.$/, "")}, ${random.pick(ATTRIBUTIONS)}.` });
    const earlier = lastByPair.get(pair);
    if (earlier !== undefined && random.chance(0.25)) claim.related.push({ claim: earlier, relation: random.pick(["see-also", "follow-up", "later-outcome"]) });
    lastByPair.set(pair, claim.id);
    return claim;
  };
  while (claims.length < claimCount) {
    const kind = random.skewed(KINDS);
    const fact = makeFact(random, world, kind);
    const source = random.pick(sources);
    const claim = toClaim(fact, source, random.chance(0.2) ? random.pick(sources) : undefined);
    claims.push(claim);
    // About one fact in forty is told differently by another source: a recorded conflict.
    if (claims.length < claimCount && random.chance(1 / 40)) {
      const { twin, kind: conflictKind, dimension } = conflictingTwin(random, world, fact);
      let other = random.pick(sources);
      if (other === source) other = sources[(sources.indexOf(source) + 1) % sources.length];
      const twinClaim = toClaim(twin, other);
      twinClaim.related.push({ claim: claim.id, relation: "see-also" });
      claims.push(twinClaim);
      conflicts.push({
        id: `conflict-${claim.id}`,
        title: `What ${source.id} and ${other.id} say of ${fact.statement.replace(/\.$/, "").slice(0, 80)}`,
        kind: conflictKind,
        topic: fact.topic,
        dimension,
        sides: [
          { claim: claim.id, says: fact.quote },
          { claim: twinClaim.id, says: twin.quote },
        ],
        assessment: `The two sources disagree on the ${dimension}; neither cites where its ${dimension} comes from, so both readings are recorded.`,
      });
    }
  }

  const header = "# Synthetic benchmark corpus generated by bench/generate-corpus.mjs; do not edit.\n";
  const files = [];
  files.push({ path: "sources.yaml", text: `${header}sources:\n${sources.map(sourceYaml).join("\n")}\n` });
  const allEntities = [...entities.countries, ...entities.cities, ...entities.organisations, ...entities.people];
  files.push({ path: "entities.yaml", text: `${header}entities:\n${allEntities.map(entityYaml).join("\n")}\n` });
  for (let i = 0; i < claims.length; i += CLAIMS_PER_FILE) {
    const part = claims.slice(i, i + CLAIMS_PER_FILE);
    const name = `claims/part-${String(i / CLAIMS_PER_FILE + 1).padStart(4, "0")}.yaml`;
    files.push({ path: name, text: `${header}claims:\n${part.map(claimYaml).join("\n\n")}\n` });
  }
  if (conflicts.length > 0) {
    const text = conflicts
      .map((c) =>
        [
          `  - id: ${c.id}`,
          `    title: ${yamlString(c.title)}`,
          `    kind: ${c.kind}`,
          `    topic: ${c.topic}`,
          `    dimension: ${c.dimension}`,
          "    sides:",
          ...c.sides.map((s) => `      - { claim: ${s.claim}, says: ${yamlString(s.says)} }`),
          `    assessment: ${yamlString(c.assessment)}`,
        ].join("\n"),
      )
      .join("\n\n");
    files.push({ path: "conflicts.yaml", text: `${header}conflicts:\n${text}\n` });
  }
  return { files, claims, conflicts };
}

/** Sentences to check against a generated corpus: restatements, altered facts, and strangers. */
export function generateQueries(generated, count, seed = 7) {
  const random = createRandom(seed ^ count);
  const queries = [];
  for (let i = 0; i < count; i++) {
    const claim = random.pick(generated.claims);
    const roll = random.next();
    if (roll < 0.4) queries.push(claim.statement);
    else if (roll < 0.7) queries.push(claim.statement.replace(/\b(19|20)\d\d\b/, (y) => String(Number(y) + random.int(1, 4))));
    else if (roll < 0.85) queries.push(claim.statement.replace(/\b\d+\b/, (n) => String(Number(n) * 3)));
    else queries.push(`${random.pick(GIVEN)} ${random.pick(FAMILY)} opened a bakery in ${random.pick(CITIES)[1]} in ${random.int(1950, 2025)}.`);
  }
  return queries;
}

export async function writeCorpus(claimCount, outDir) {
  const generated = generateCorpus(claimCount);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "claims"), { recursive: true });
  for (const file of generated.files) await writeFile(join(outDir, file.path), file.text);
  return generated;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(count) || count < 1) {
    console.error("usage: node bench/generate-corpus.mjs <claim-count> [out-dir]");
    process.exit(2);
  }
  const outDir = process.argv[3] ?? fileURLToPath(new URL(`./corpora/${count}`, import.meta.url));
  const generated = await writeCorpus(count, outDir);
  console.log(`${outDir}: ${generated.claims.length} claims, ${generated.conflicts.length} conflicts`);
}
