# ruff: noqa: E501  (hand-written rows: wide scripts count two columns a character)
"""Hand-written domain questions for the multilingual branch's vote in its five weakest
languages (candidate Y6, ``classifiers/training/branch_bank_rows.py``): 6 per language and
domain, half short and half medium, in fi, he, ko, el, ar. Original writing for Prism by a
helper that saw no evaluation set and no other training data (2026-12-06); no public dataset.
Eleven rows that repeated an evaluation set's question word for word (1 of an opened set, 10
of a sealed one, counted by a normalised-text match without reading the sealed set) were
dropped (420 -> 409)."""

from __future__ import annotations

# (language, domain, text)
ROWS: list[tuple[str, str, str]] = [
    ("fi", "biology", "Miten mitokondrio oikeastaan tuottaa solulle energiaa?"),
    ("fi", "biology", "Onko totta, että karhut levittävät mustikan siemeniä ympäri metsää?"),
    (
        "fi",
        "biology",
        "Voisitko selittää yksinkertaisesti, miten luonnonvalinta toimii ja miksi se ei "
        'tarkoita, että eliöt "yrittäisivät" sopeutua ympäristöönsä?',
    ),
    (
        "fi",
        "biology",
        "Lapseni kysyi, miksi muurahaiset kulkevat jonossa. Mitä niiden hajujäljissä "
        "oikeastaan tapahtuu, ja miten ne löytävät takaisin pesälle?",
    ),
    (
        "fi",
        "biology",
        "Mikä ero on DNA:n kahdentumisella ja transkriptiolla, ja missä solun osassa "
        "kumpikin tapahtuu aitotumallisilla eliöillä?",
    ),
    ("fi", "business", "Kannattaako pienen kahvilan ottaa käyttöön oma kanta-asiakasohjelma?"),
    ("fi", "business", "Miten kirjoitan uskottavan liiketoimintasuunnitelman pankkia varten?"),
    ("fi", "business", "Mikä olisi järkevä kate käsin tehdyille hopeakoruille verkkokaupassa?"),
    (
        "fi",
        "business",
        "Toiminimeni liikevaihto lähestyy arvonlisäveron alarajaa. Kannattaako minun "
        "rekisteröityä jo nyt, ja pitäisikö hintoja nostaa, ettei vero syö katetta?",
    ),
    (
        "fi",
        "business",
        "Olemme viiden hengen ohjelmistoyritys ja mietimme, kannattaako palkata "
        "ensimmäinen myyjä vai panostaa digimarkkinointiin. Miten tällaista päätöstä "
        "kannattaa lähteä arvioimaan?",
    ),
    (
        "fi",
        "business",
        "Miten lasken, milloin uusi kahvinpaahtokone maksaa itsensä takaisin, jos se "
        "maksaa 15 000 euroa ja säästää noin 800 euroa kuukaudessa?",
    ),
    ("fi", "chemistry", "Miksi ruokasooda kuohuu, kun siihen lisää etikkaa?"),
    ("fi", "chemistry", "Miten tasapainotan reaktioyhtälön propaanin täydelliselle palamiselle?"),
    ("fi", "chemistry", "Onko kloorin ja ammoniakin sekoittaminen oikeasti niin vaarallista?"),
    (
        "fi",
        "chemistry",
        "Paljonko natriumkloridia pitää punnita, jotta saan 250 ml 0,5-molaarista "
        "liuosta? Laskisitko vaiheittain?",
    ),
    (
        "fi",
        "chemistry",
        "Miksi rauta ruostuu nopeammin merenrannalla kuin sisämaassa, ja mitä "
        "hapetus-pelkistysreaktiossa oikein tapahtuu?",
    ),
    (
        "fi",
        "chemistry",
        "Mikä ero on kovalenttisella sidoksella ja ionisidoksella, ja miten "
        "elektronegatiivisuudesta voi päätellä, kumpi syntyy?",
    ),
    ("fi", "computer science", "Mikä ero on pinolla ja jonolla tietorakenteena?"),
    (
        "fi",
        "computer science",
        "Miksi alkion etsiminen Pythonin listasta on hitaampaa kuin joukosta?",
    ),
    (
        "fi",
        "computer science",
        "Miten rekursiivisen funktion saa muutettua tavalliseksi silmukaksi?",
    ),
    (
        "fi",
        "computer science",
        "Voisitko selittää, miksi pikalajittelun pahin tapaus on neliöllinen ja miten "
        "pivotin valinta vaikuttaa siihen käytännössä?",
    ),
    (
        "fi",
        "computer science",
        "Tietokantakyselyt hidastuivat, kun tauluun tuli yli miljoona riviä. Mitä "
        "indeksit oikeastaan tekevät, ja miten päätän, mille sarakkeille niitä "
        "lisätään?",
    ),
    (
        "fi",
        "computer science",
        "Miten Dijkstran algoritmi löytää lyhimmän polun, ja miksi se ei toimi oikein, "
        "jos verkossa on negatiivisia painoja?",
    ),
    ("fi", "economics", "Mitä tarkoittaa, että Suomen vaihtotase on alijäämäinen?"),
    (
        "fi",
        "economics",
        "Miksi asuntojen hinnat nousevat kasvukeskuksissa mutta laskevat muuttotappiokunnissa?",
    ),
    (
        "fi",
        "economics",
        "Jos Euroopan keskuspankki laskee ohjauskorkoa, miten se vaikuttaa euron "
        "kurssiin ja vientiteollisuuden kilpailukykyyn yleisellä tasolla?",
    ),
    (
        "fi",
        "economics",
        "Mitä taloustieteilijät tarkoittavat kysynnän hintajoustolla, ja miksi "
        "tupakkaveron korotus ei juuri vähennä tupakoinnin määrää?",
    ),
    (
        "fi",
        "economics",
        "Onko perustulo taloustieteen näkökulmasta hyvä idea? Mitä Suomen kokeilusta ja "
        "muista tutkimuksista tiedetään sen vaikutuksista työllisyyteen?",
    ),
    ("fi", "engineering", "Minkä kokoinen puupalkki kestää kolmen metrin jänteen terassissa?"),
    ("fi", "engineering", "Miten mitoitan etuvastuksen LEDille, kun syöttöjännite on 12 volttia?"),
    ("fi", "engineering", "Kumpi kestää paremmin meriolosuhteita, ruostumaton teräs vai alumiini?"),
    (
        "fi",
        "engineering",
        "Suunnittelen pientä aurinkosähköjärjestelmää mökille. Miten valitsen akuston "
        "kapasiteetin ja invertterin koon, jos kulutus on noin kaksi kilowattituntia "
        "päivässä?",
    ),
    (
        "fi",
        "engineering",
        "Miksi siltoihin jätetään liikuntasaumoja, ja miten suunnittelija laskee, "
        "kuinka leveitä niiden pitää olla lämpötilaerot huomioiden?",
    ),
    (
        "fi",
        "engineering",
        "Millä perusteella valitaan vaihteiston välityssuhde, kun sähkömoottorin pitää "
        "nostaa 200 kilon kuormaa hitaasti mutta tasaisesti?",
    ),
    ("fi", "health", "Kuinka kauan flunssan kanssa kannattaa pysyä kotona?"),
    ("fi", "health", "Onko normaalia, että polvi naksuu portaita noustessa?"),
    ("fi", "health", "Paljonko D-vitamiinia aikuisen pitäisi ottaa talvella?"),
    (
        "fi",
        "health",
        "Minulla on ollut närästystä melkein joka ilta kahden viikon ajan. Mitkä "
        "ruokailutottumukset voisivat auttaa, ja missä vaiheessa pitäisi mennä "
        "lääkäriin?",
    ),
    (
        "fi",
        "health",
        "Isälläni todettiin tyypin 2 diabetes. Millaisia muutoksia ruokavalioon ja "
        "liikuntaan yleensä suositellaan, ja voiko tilanne parantua ilman lääkkeitä?",
    ),
    (
        "fi",
        "health",
        "Miten erotan tavallisen jännityspäänsäryn migreenistä, ja tehostaako kofeiini "
        "oikeasti särkylääkkeen vaikutusta?",
    ),
    ("fi", "history", "Miksi Suomi julistautui itsenäiseksi juuri vuonna 1917?"),
    ("fi", "history", "Kuka Mannerheim oli ja miksi hänestä kiistellään yhä?"),
    ("fi", "history", "Mitä Hansaliitto oli ja miten se vaikutti Itämeren kauppaan?"),
    (
        "fi",
        "history",
        "Miten talvisota alkoi, ja miksi Neuvostoliitto ei onnistunut valtaamaan Suomea "
        "niin nopeasti kuin se oli suunnitellut?",
    ),
    (
        "fi",
        "history",
        "Millaista arki oli keskiajan Turussa? Mitä tavalliset ihmiset söivät, ja "
        "millaisissa taloissa he asuivat?",
    ),
    (
        "fi",
        "history",
        "Miksi Rooman valtakunnan länsiosa romahti, mutta itäinen osa säilyi vielä noin "
        "tuhat vuotta?",
    ),
    ("fi", "law", "Saako vuokranantaja tulla asuntoon ilman vuokralaisen lupaa?"),
    ("fi", "law", "Kuinka pitkä palautusoikeus verkkokaupan ostoksilla on Suomessa?"),
    (
        "fi",
        "law",
        "Tarvitaanko testamenttiin aina kaksi todistajaa, vai riittääkö oma allekirjoitus?",
    ),
    (
        "fi",
        "law",
        "Työnantaja irtisanoi minut tuotannollisilla ja taloudellisilla perusteilla, "
        "mutta palkkasi kuukauden päästä uuden ihmisen samaan tehtävään. Onko tämä "
        "laillista ja mitä voin tehdä?",
    ),
    (
        "fi",
        "law",
        "Ostin käytetyn auton yksityiseltä myyjältä, ja kuukauden päästä vaihteisto "
        "hajosi. Onko myyjä vastuussa piilevästä virheestä, vaikka kauppakirjassa lukee "
        '"myydään sellaisenaan"?',
    ),
    (
        "fi",
        "law",
        "Miten avioehto vaikuttaa omaisuuden ositukseen avioerossa, ja voiko sen tehdä "
        "vielä naimisiinmenon jälkeen?",
    ),
    ("fi", "math", "Miten lasketaan kolmion pinta-ala, kun tiedetään kaikkien sivujen pituudet?"),
    ("fi", "math", "Miksi nollalla ei voi jakaa, vaikka se tuntuu niin yksinkertaiselta?"),
    ("fi", "math", "Osaatko derivoida funktion f(x) = x² · e^x vaihe vaiheelta?"),
    (
        "fi",
        "math",
        "Todista induktiolla, että n ensimmäisen parittoman luvun summa on n², ja "
        "selitä samalla, miksi induktioaskel oikeastaan riittää.",
    ),
    (
        "fi",
        "math",
        "Korttipakasta nostetaan viisi korttia. Mikä on todennäköisyys, että joukossa "
        "on täsmälleen kaksi ässää? Haluaisin nähdä, miten binomikertoimia käytetään "
        "tässä.",
    ),
    (
        "fi",
        "math",
        "Mitä ominaisarvot oikeastaan kertovat matriisista, ja miksi ne ovat niin "
        "keskeisiä lineaarialgebrassa?",
    ),
    ("fi", "philosophy", "Onko vapaa tahto olemassa, jos aivot toimivat luonnonlakien mukaan?"),
    ("fi", "philosophy", "Mikä ero on utilitarismilla ja velvollisuusetiikalla?"),
    (
        "fi",
        "philosophy",
        "Jos valehtelen ystävälleni säästääkseni hänen tunteitaan, toiminko "
        "moraalisesti oikein? Miten eri etiikan koulukunnat vastaisivat tähän?",
    ),
    (
        "fi",
        "philosophy",
        "Theseuksen laiva: jos kaikki laudat vaihdetaan yksi kerrallaan, onko se enää "
        "sama laiva? Mitä tämä kertoo identiteetin käsitteestä?",
    ),
    (
        "fi",
        "philosophy",
        'Miksi Descartes päätyi lauseeseen "ajattelen, siis olen", ja millaista '
        "kritiikkiä tätä päättelyä kohtaan on myöhemmin esitetty?",
    ),
    ("fi", "physics", "Miksi taivas on sininen eikä violetti?"),
    (
        "fi",
        "physics",
        "Kuinka kauan kiveltä kestää pudota kahdenkymmenen metrin korkeudelta maahan?",
    ),
    ("fi", "physics", "Mitä entropia oikeastaan tarkoittaa, jos sen selittää arkikielellä?"),
    (
        "fi",
        "physics",
        "Auto kiihdyttää levosta 100 km/h:n nopeuteen kahdeksassa sekunnissa. Mikä on "
        "sen keskimääräinen kiihtyvyys, ja kuinka pitkän matkan se kulkee tänä aikana?",
    ),
    (
        "fi",
        "physics",
        "Miksi astronautit leijuvat avaruusasemalla, vaikka painovoima on siellä lähes "
        "yhtä suuri kuin maan pinnalla?",
    ),
    (
        "fi",
        "physics",
        "Miten kvanttilomittuminen eroaa tavallisesta korrelaatiosta, ja miksi sen "
        "avulla ei voi lähettää tietoa valoa nopeammin?",
    ),
    ("fi", "psychology", "Miksi lykkään asioita, vaikka tiedän sen haittaavan minua?"),
    ("fi", "psychology", "Mitä kognitiivinen dissonanssi tarkoittaa ja miten se näkyy arjessa?"),
    ("fi", "psychology", "Miten varhainen kiintymyssuhde vaikuttaa aikuisiän parisuhteisiin?"),
    (
        "fi",
        "psychology",
        "Jännitän esiintymistä niin paljon, että käteni tärisevät. Onko olemassa "
        "psykologisia keinoja, joilla tätä jännitystä voi vähitellen oppia "
        "hallitsemaan?",
    ),
    (
        "fi",
        "psychology",
        "Miksi muistamme epäonnistumiset paljon tarkemmin kuin onnistumiset? Liittyykö "
        "tämä jotenkin negatiivisuusvinoumaan?",
    ),
    (
        "fi",
        "psychology",
        "Mitä Milgramin tottelevaisuuskokeessa tapahtui, ja mitä se kertoo ihmisten "
        "taipumuksesta totella auktoriteetteja?",
    ),
    ("fi", "other", "Mitä ostaisin anopille syntymäpäivälahjaksi, kun hänellä on jo kaikkea?"),
    ("fi", "other", "Miten saan karjalanpiirakoiden kuoresta tarpeeksi ohuen?"),
    ("fi", "other", "Mitkä ovat parhaat vaellusreitit Lapissa ruska-aikaan?"),
    (
        "fi",
        "other",
        "Olen menossa Tallinnaan viikonlopuksi kahden lapsen kanssa. Mitä siellä "
        "kannattaa tehdä, jos sää on sateinen?",
    ),
    (
        "fi",
        "other",
        "Parvekkeen tomaatintaimet venyvät pitkiksi ja hoikiksi mutta eivät kuki "
        "ollenkaan. Mitä teen väärin?",
    ),
    (
        "fi",
        "other",
        "Mitkä lautapelit sopisivat neljän aikuisen illanviettoon, kun kaikki eivät ole "
        "kokeneita pelaajia?",
    ),
    ("he", "biology", "למה לזיקית יש יכולת לשנות צבע?"),
    ("he", "biology", "איך דבורים מתקשרות זו עם זו בתוך הכוורת?"),
    ("he", "biology", "מה ההבדל בין מיטוזה למיוזה בפשטות?"),
    (
        "he",
        "biology",
        "קראתי שלתמנונים יש שלושה לבבות ודם כחול. למה בעצם הדם שלהם כחול ואיזה יתרון זה "
        "נותן להם במים קרים?",
    ),
    (
        "he",
        "biology",
        "איך חיידקים מפתחים עמידות לאנטיביוטיקה מבחינה אבולוציונית, ולמה זה קורה מהר כל "
        "כך לעומת בעלי חיים גדולים?",
    ),
    (
        "he",
        "biology",
        "מה התפקיד של הכלורופיל בפוטוסינתזה, ולמה רוב הצמחים ירוקים ולא שחורים, אם שחור "
        "היה קולט יותר אור?",
    ),
    ("he", "business", "איך לתמחר שירותי עיצוב גרפי כפרילנסר מתחיל?"),
    ("he", "business", "כדאי לפתוח עוסק פטור או עוסק מורשה לחנות אונליין?"),
    ("he", "business", "איך מחשבים נקודת איזון למסעדה קטנה?"),
    (
        "he",
        "business",
        "יש לי חנות בגדים בתל אביב והמכירות ירדו מאז שנפתח קניון קרוב. האם כדאי להשקיע "
        "באתר מכירות או לעבור למיקום אחר?",
    ),
    (
        "he",
        "business",
        "הסטארטאפ שלנו קיבל הצעת השקעה של מיליון דולר תמורת 25 אחוז מהחברה. איך מעריכים "
        "אם השווי הזה הגיוני ומה כדאי לבדוק לפני שחותמים?",
    ),
    (
        "he",
        "business",
        "איך בונים תהליך קליטה טוב לעובדים חדשים בחברה של שלושים איש, כך שלא ירגישו "
        "אבודים בשבוע הראשון?",
    ),
    ("he", "chemistry", "למה שמן ומים לא מתערבבים?"),
    ("he", "chemistry", "מה זה pH ולמה לימון נחשב חומצי?"),
    ("he", "chemistry", "איך מחשבים את המסה המולרית של גלוקוז?"),
    (
        "he",
        "chemistry",
        "כמה גרם מים נוצרים כשמגיבים ארבעה גרם מימן עם כמות מספקת של חמצן? אשמח לפתרון "
        "מפורט עם יחסים סטוכיומטריים.",
    ),
    (
        "he",
        "chemistry",
        "למה ברזל מחליד ואלומיניום כמעט לא, אם אלומיניום בעצם מגיב יותר בקלות עם חמצן?",
    ),
    (
        "he",
        "chemistry",
        "מה ההבדל בין תגובה אנדותרמית לאקסותרמית, ואיך שקיות הקירור המיידי של עזרה "
        "ראשונה עובדות מבחינה כימית?",
    ),
    ("he", "computer science", "מה ההבדל בין תהליך לתהליכון במערכת הפעלה?"),
    ("he", "computer science", "איך עובדת טבלת גיבוב מאחורי הקלעים?"),
    ("he", "computer science", "למה חיפוש בינארי דורש מערך ממוין?"),
    (
        "he",
        "computer science",
        "אני מתכונן לראיונות עבודה. תוכל להסביר תכנון דינמי דרך בעיית תרמיל הגב, ולמה "
        "זה יותר יעיל מלנסות את כל האפשרויות?",
    ),
    (
        "he",
        "computer science",
        "מה ההבדל בין TCP ל-UDP, ולמה משחקי רשת ושיחות וידאו מעדיפים בדרך כלל UDP למרות "
        "שהוא לא אמין?",
    ),
    (
        "he",
        "computer science",
        "מה זו בעיית P מול NP בשפה פשוטה, ולמה כל כך הרבה מדעני מחשב מתעניינים בה?",
    ),
    ("he", "economics", "למה המחירים בישראל גבוהים יותר מאשר באירופה?"),
    ("he", "economics", "איך ריבית בנק ישראל משפיעה על המשכנתא שלי?"),
    ("he", "economics", 'מה ההבדל בין תוצר לאומי גולמי לתמ"ג?'),
    (
        "he",
        "economics",
        'אם הממשלה תטיל מכס גבוה על מוצרים מיובאים, מי בסוף משלם על זה – היצרנים בחו"ל '
        "או הצרכנים כאן?",
    ),
    (
        "he",
        "economics",
        "למה דווקא כשהאבטלה נמוכה מאוד האינפלציה נוטה לעלות? שמעתי על עקומת פיליפס "
        "ואשמח להסבר פשוט.",
    ),
    (
        "he",
        "economics",
        "איך שוק הדיור מגיב כשהמדינה משחררת הרבה קרקעות לבנייה, והאם זה באמת מוריד "
        "מחירים בטווח הארוך?",
    ),
    ("he", "engineering", "איזה חתך כבל צריך למזגן של 2.5 כוח סוס?"),
    ("he", "engineering", "איך מחשבים עומס מותר על מדף מעץ אורן?"),
    ("he", "engineering", "למה מטוסים בנויים בעיקר מאלומיניום ולא מפלדה?"),
    (
        "he",
        "engineering",
        "אני בונה רובוט קטן עם שני מנועי DC. איך בוחרים דרייבר מתאים ואיזו סוללה תספיק "
        "לשעה של נסיעה רצופה?",
    ),
    (
        "he",
        "engineering",
        "מה השיקולים בתכנון יסודות לבניין בן חמש קומות על קרקע חולית ליד החוף, ואיזה "
        "סוג כלונסאות מתאים?",
    ),
    (
        "he",
        "engineering",
        "איך מתכננים מערכת השקיה בטפטוף לגינה של מאה מטרים רבועים כך שהלחץ יהיה אחיד בכל הקווים?",
    ),
    ("he", "health", "האם מותר לקחת אקמול ואדוויל ביחד?"),
    ("he", "health", "מה עוזר נגד כאבי גב תחתון אחרי ישיבה ארוכה?"),
    (
        "he",
        "health",
        "הבת שלי בת שלוש ויש לה חום של 39 כבר יומיים, אבל היא אוכלת ומשחקת. מתי צריך "
        "לדאוג ולפנות לרופא?",
    ),
    (
        "he",
        "health",
        "יצאו לי ערכי ברזל נמוכים בבדיקת הדם האחרונה. אילו מזונות עוזרים לספיגה וממה "
        "כדאי להימנע בזמן שלוקחים תוסף?",
    ),
    (
        "he",
        "health",
        "אני מתעורר כל לילה בשלוש לפנות בוקר ולא מצליח להירדם שוב. מה יכול לגרום לזה "
        "ואילו הרגלים יכולים לעזור?",
    ),
    ("he", "history", "מה גרם למרד בר כוכבא נגד הרומאים?"),
    ("he", "history", "מי היו החשמונאים ואיך עלו לשלטון?"),
    ("he", "history", "למה קרסה האימפריה העות'מאנית אחרי מלחמת העולם הראשונה?"),
    (
        "he",
        "history",
        "איך נראו החיים בתל אביב בשנות העשרים והשלושים של המאה הקודמת, ומי היו האנשים "
        "שהקימו את השכונות הראשונות?",
    ),
    (
        "he",
        "history",
        "מה היו הסיבות העיקריות למהפכה הצרפתית, והאם מארי אנטואנט באמת אמרה את המשפט על העוגות?",
    ),
    (
        "he",
        "history",
        "איך השפיעה המצאת הדפוס של גוטנברג על הרפורמציה ועל התפשטות הידע באירופה במאה השש עשרה?",
    ),
    ("he", "law", "האם בעל הבית יכול להעלות שכר דירה באמצע החוזה?"),
    ("he", "law", "כמה ימי חופשה מגיעים לעובד במשרה מלאה?"),
    ("he", "law", "האם מותר לצלם שוטר בזמן שהוא עוצר מישהו?"),
    (
        "he",
        "law",
        "קיבלתי דוח חניה על רכב שמכרתי לפני חודש, והקונה עוד לא העביר בעלות. מי אחראי "
        "לשלם ואיך מערערים על זה?",
    ),
    (
        "he",
        "law",
        "אני רוצה לכתוב צוואה שמשאירה את הדירה רק לאחד הילדים. האם שאר האחים יכולים "
        "להתנגד לה, ומה צריך כדי שהצוואה תהיה תקפה?",
    ),
    (
        "he",
        "law",
        "החברה שבה עבדתי לא הפקידה לי כסף לפנסיה במשך חצי שנה. מה הזכויות שלי ולאן אפשר "
        "לפנות בלי עורך דין?",
    ),
    ("he", "math", "למה 0.999 חוזר שווה בדיוק לאחת?"),
    ("he", "math", "מה הנגזרת של (ln x) בריבוע, ואיך משתמשים פה בכלל השרשרת?"),
    (
        "he",
        "math",
        'כמה דרכים יש לסדר את האותיות של המילה "ירושלים"? אשמח להסבר איך מתמודדים עם '
        "אותיות שחוזרות על עצמן.",
    ),
    (
        "he",
        "math",
        "תוכל להוכיח שיש אינסוף מספרים ראשוניים, ולהסביר למה ההוכחה של אוקלידס נחשבת כל "
        "כך אלגנטית?",
    ),
    (
        "he",
        "math",
        "איך מחשבים אינטגרל של x כפול sin x, ומתי בכלל יודעים שצריך להשתמש באינטגרציה בחלקים?",
    ),
    ("he", "philosophy", "מה זה משל המערה אצל אפלטון?"),
    ("he", "philosophy", "האם מוסר יכול להתקיים בלי דת?"),
    ("he", "philosophy", "מה ההבדל בין אקזיסטנציאליזם לניהיליזם?"),
    (
        "he",
        "philosophy",
        "בעיית הקרונית: האם מוצדק מוסרית להסיט את הקרון כך שימות אדם אחד במקום חמישה? "
        "ולמה אנשים עונים אחרת כשצריך לדחוף מישהו?",
    ),
    (
        "he",
        "philosophy",
        'למה שפינוזה התכוון כשאמר "אלוהים או הטבע", ולמה הרעיון הזה נחשב בזמנו לכפירה?',
    ),
    (
        "he",
        "philosophy",
        "האם זה מוסרי לאכול בשר אם אפשר לחיות בריא בלי זה? מה הטיעונים של פיטר סינגר "
        "ומה עונים לו המבקרים?",
    ),
    ("he", "physics", "איך פועל מקרר מבחינה פיזיקלית?"),
    ("he", "physics", "כדור נזרק אופקית מגובה 5 מטר במהירות 10 מטר לשנייה. איפה הוא ינחת?"),
    ("he", "physics", "למה שומעים רעם רק אחרי שרואים ברק?"),
    (
        "he",
        "physics",
        "מה ההבדל בין מסה למשקל, ולמה על הירח אשקול פחות אבל המסה שלי תישאר אותו דבר?",
    ),
    (
        "he",
        "physics",
        "איך עובד לייזר, ולמה האור שלו כל כך מרוכז בהשוואה לנורה רגילה שמפזרת אור לכל הכיוונים?",
    ),
    (
        "he",
        "physics",
        "קפיץ עם קבוע 200 ניוטון למטר נדחס בעשרה סנטימטרים ומשחרר גוש של חצי קילו. "
        "באיזו מהירות הגוש יעזוב את הקפיץ אם אין חיכוך?",
    ),
    ("he", "psychology", "למה קשה לי כל כך להגיד לא לאנשים?"),
    ("he", "psychology", "האם סדר הלידה במשפחה משפיע על האישיות?"),
    (
        "he",
        "psychology",
        "הבן שלי בן 16 מבלה שעות בטיקטוק ומתעצבן כשמבקשים ממנו להפסיק. מה קורה לו "
        "מבחינה פסיכולוגית ואיך כדאי לדבר איתו על זה?",
    ),
    (
        "he",
        "psychology",
        "למה אנשים נשארים במערכות יחסים שלא טובות להם? האם זה קשור לדפוסי התקשרות מהילדות?",
    ),
    (
        "he",
        "psychology",
        "מה זו הטיית האישוש, ואיך היא משפיעה על האופן שבו אנחנו קוראים חדשות ברשתות החברתיות?",
    ),
    ("he", "other", "מה להכין לארוחת שישי לשמונה אנשים?"),
    ("he", "other", "איפה כדאי לטייל בגליל באביב עם ילדים?"),
    ("he", "other", "איך מנקים אבנית מהקומקום בלי חומרים חזקים?"),
    (
        "he",
        "other",
        "אני מחפש מתנה ליום הולדת 30 של חבר שאוהב קפה ורכיבה על אופניים. יש לך רעיונות "
        "בתקציב של עד 300 שקל?",
    ),
    (
        "he",
        "other",
        "הבצק של החלה שלי תמיד יוצא יבש וכבד. מה אני עושה לא נכון ואיך משיגים חלה רכה ואוורירית?",
    ),
    (
        "he",
        "other",
        "אנחנו טסים לאיטליה לעשרה ימים באוקטובר. איך לחלק את הזמן בין רומא, פירנצה "
        "ונאפולי בלי להרגיש שכל הזמן ברכבות?",
    ),
    ("ko", "biology", "고양이는 왜 어두운 곳에서도 잘 볼 수 있나요?"),
    ("ko", "biology", "식물도 밤에는 잠을 자는 것처럼 쉬나요?"),
    ("ko", "biology", "유전자, DNA, 염색체의 차이가 정확히 뭐예요?"),
    (
        "ko",
        "biology",
        "연어는 바다에서 몇 년을 살다가 어떻게 자기가 태어난 강을 정확히 찾아서 돌아오는 건가요? 후각이랑 관련이 있다고 들었어요.",
    ),
    (
        "ko",
        "biology",
        "세포막이 선택적 투과성을 가진다는 게 무슨 뜻이고, 인지질 이중층 구조가 그걸 어떻게 가능하게 하나요?",
    ),
    (
        "ko",
        "biology",
        "멘델의 완두콩 실험에서 우성과 열성이 어떻게 나오는지, 2세대에서 3:1 비율이 나타나는 이유를 쉽게 설명해 주세요.",
    ),
    ("ko", "business", "온라인 쇼핑몰 재고 관리는 어떻게 하는 게 좋아요?"),
    ("ko", "business", "카페 창업할 때 프랜차이즈랑 개인 브랜드 중 뭐가 나을까요?"),
    ("ko", "business", "스타트업 투자 유치용 IR 자료에 꼭 들어가야 할 내용은?"),
    (
        "ko",
        "business",
        "작은 베이커리를 운영하고 있는데 원재료 가격이 계속 올라서 고민입니다. 가격을 올리면 손님이 줄 것 같은데, 어떤 식으로 대응하는 게 "
        "좋을까요?",
    ),
    (
        "ko",
        "business",
        "우리 회사가 동남아 시장에 진출하려고 하는데, 현지 유통업체와 파트너십을 맺는 것과 직접 법인을 세우는 것의 장단점이 뭔가요?",
    ),
    (
        "ko",
        "business",
        "직원 10명 규모 회사에서 성과급 제도를 도입하려고 해요. 팀워크를 해치지 않으면서 동기부여가 되는 방식이 있을까요?",
    ),
    ("ko", "chemistry", "소금이 물에 녹으면 어떤 일이 일어나나요?"),
    ("ko", "chemistry", "몰 농도랑 몰랄 농도 차이 좀 알려주세요."),
    ("ko", "chemistry", "금은 왜 시간이 지나도 녹이 슬지 않나요?"),
    (
        "ko",
        "chemistry",
        "락스랑 식초를 섞으면 위험하다는데, 화학적으로 어떤 반응이 일어나서 유독 가스가 생기는 건지 궁금해요.",
    ),
    (
        "ko",
        "chemistry",
        "에탄올 46g을 완전 연소시키면 이산화탄소가 몇 g 생성되는지 화학 반응식부터 차근차근 풀어 주실 수 있나요?",
    ),
    (
        "ko",
        "chemistry",
        "촉매가 반응 속도를 높이는 원리가 궁금해요. 활성화 에너지를 낮춘다는 게 분자 수준에서는 무슨 의미인가요?",
    ),
    ("ko", "computer science", "해시맵의 평균 시간 복잡도가 O(1)인 이유가 뭔가요?"),
    ("ko", "computer science", "객체지향 프로그래밍에서 다형성이 정확히 뭐예요?"),
    ("ko", "computer science", "깃에서 rebase랑 merge는 각각 언제 쓰나요?"),
    (
        "ko",
        "computer science",
        "파이썬으로 웹 크롤러를 만들고 있는데 요청을 하나씩 보내니까 너무 느려요. 비동기 처리를 쓰면 얼마나 빨라지고 어떻게 구현하나요?",
    ),
    (
        "ko",
        "computer science",
        "컴파일러와 인터프리터의 차이를 설명해 주시고, 자바가 둘 다 쓴다고 하는 게 JIT 때문인지 알려주세요.",
    ),
    (
        "ko",
        "computer science",
        "그래프에 사이클이 있는지 확인하려면 DFS를 어떻게 활용하나요? 방향 그래프와 무방향 그래프에서 방법이 다른가요?",
    ),
    ("ko", "economics", "환율이 오르면 왜 수입 물가가 같이 오르나요?"),
    ("ko", "economics", "기준금리 인하가 부동산 시장에 미치는 영향은?"),
    ("ko", "economics", "스태그플레이션이 뭐고 왜 그렇게 무서운 건가요?"),
    (
        "ko",
        "economics",
        "최저임금을 올리면 고용이 줄어든다는 주장과 그렇지 않다는 주장이 있던데, 실제 연구 결과는 어떻게 나와 있나요?",
    ),
    (
        "ko",
        "economics",
        "한국 경제가 수출 의존도가 높다고 하는데, 이게 세계 경기 침체 때 어떤 위험이 되고 내수를 키우려면 어떤 정책이 필요한가요?",
    ),
    (
        "ko",
        "economics",
        "정부가 돈을 많이 풀면 물가가 오른다는데, 그럼 코로나 때 재난지원금이 인플레이션에 얼마나 영향을 줬는지 궁금합니다.",
    ),
    ("ko", "engineering", "콘크리트 양생 기간은 보통 얼마나 잡아야 하나요?"),
    ("ko", "engineering", "아두이노로 DC 모터를 돌릴 때 트랜지스터는 어떤 걸 써야 해요?"),
    ("ko", "engineering", "3D 프린터 출력물 강도를 높이려면 어떤 설정을 바꿔야 하나요?"),
    (
        "ko",
        "engineering",
        "옥상에 태양광 패널을 설치하려는데, 지붕이 하중을 버틸 수 있는지 어떻게 계산하고 풍하중은 어떻게 고려해야 하나요?",
    ),
    (
        "ko",
        "engineering",
        "캔틸레버 보 끝에 집중하중이 걸릴 때 최대 굽힘 모멘트와 처짐을 계산하는 방법, 그리고 단면을 어떻게 정해야 하는지 설명해 주세요.",
    ),
    (
        "ko",
        "engineering",
        "전기차 배터리 팩을 설계할 때 셀을 직렬과 병렬로 어떻게 조합하는지, 그리고 열 관리는 어떤 방식으로 하는지 궁금해요.",
    ),
    ("ko", "health", "아침 공복에 커피를 마셔도 위에 괜찮을까요?"),
    ("ko", "health", "대상포진 예방접종은 몇 살부터 맞는 게 좋아요?"),
    ("ko", "health", "눈 밑이 자꾸 떨리는데 마그네슘 부족인가요?"),
    (
        "ko",
        "health",
        "요즘 계단만 올라가도 숨이 차고 가슴이 답답한데, 단순히 체력이 떨어진 건지 병원에 가봐야 하는 건지 판단이 안 서요.",
    ),
    (
        "ko",
        "health",
        "어머니가 골다공증 진단을 받으셨는데, 약 말고도 식단이나 운동으로 뼈 건강을 챙길 수 있는 방법이 있을까요?",
    ),
    (
        "ko",
        "health",
        "아이가 장염에 걸려서 계속 설사를 하는데 탈수가 걱정돼요. 집에서 수분 보충은 어떻게 하고 언제 응급실에 가야 하나요?",
    ),
    ("ko", "history", "세종대왕은 왜 신하들의 반대를 무릅쓰고 한글을 만들었나요?"),
    ("ko", "history", "임진왜란 때 거북선이 실제로 얼마나 활약했나요?"),
    ("ko", "history", "고려가 몽골 침입 때 강화도로 도읍을 옮긴 이유는?"),
    (
        "ko",
        "history",
        "조선 후기 실학자들은 어떤 개혁을 주장했고, 그들의 개혁안이 당시에 실제로 받아들여지지 못한 이유가 뭔가요?",
    ),
    (
        "ko",
        "history",
        "냉전 시기에 미국과 소련이 직접 전쟁하지 않고 대리전을 벌인 이유와 한국전쟁이 그 속에서 어떤 의미였는지 알고 싶어요.",
    ),
    (
        "ko",
        "history",
        "산업혁명이 왜 하필 영국에서 먼저 시작됐는지, 석탄이나 식민지 같은 요인들이 얼마나 중요했는지 설명해 주세요.",
    ),
    ("ko", "law", "전세 계약이 끝났는데 집주인이 보증금을 안 돌려주면 어떻게 하죠?"),
    ("ko", "law", "퇴직금은 1년 미만 근무해도 받을 수 있나요?"),
    ("ko", "law", "남의 사진을 허락 없이 블로그에 올리면 초상권 침해인가요?"),
    (
        "ko",
        "law",
        "중고거래 앱에서 돈을 보냈는데 판매자가 물건을 안 보내고 연락이 끊겼어요. 사기죄로 고소하려면 어떤 절차를 밟아야 하나요?",
    ),
    (
        "ko",
        "law",
        "회사에서 포괄임금제라며 야근 수당을 안 주는데, 이게 근로기준법상 문제가 없는 건지, 실제 근무 시간이 훨씬 많으면 청구할 수 있는지 "
        "궁금해요.",
    ),
    (
        "ko",
        "law",
        "아버지가 돌아가셨는데 빚이 재산보다 많은 것 같아요. 상속 포기와 한정승인 중 어떤 걸 해야 하고 기한은 언제까지인가요?",
    ),
    ("ko", "math", "피타고라스 정리를 증명하는 가장 쉬운 방법은?"),
    ("ko", "math", "로그의 밑 변환 공식이 왜 성립하나요?"),
    ("ko", "math", "허수 i는 왜 필요하고 실제로 어디에 쓰이나요?"),
    (
        "ko",
        "math",
        "주사위 두 개를 던졌을 때 눈의 합이 7이 될 확률과 합이 소수가 될 확률을 각각 구하는 과정을 보여주세요.",
    ),
    (
        "ko",
        "math",
        "피보나치 수열의 일반항을 구하는 방법이 궁금해요. 이웃한 항의 비가 황금비에 가까워지는 이유도 알려주세요.",
    ),
    (
        "ko",
        "math",
        "극한의 엡실론-델타 정의가 너무 어려운데, 직관적으로 어떤 의미인지 예를 들어서 설명해 주실 수 있나요?",
    ),
    ("ko", "philosophy", "니체가 말한 '신은 죽었다'는 무슨 뜻인가요?"),
    ("ko", "philosophy", "인공지능이 의식을 가질 수 있는지에 대해 철학자들은 뭐라고 하나요?"),
    (
        "ko",
        "philosophy",
        "존 롤스의 '무지의 베일'이라는 사고실험이 무엇인지, 그리고 그것이 공정한 사회를 설계하는 데 어떤 의미가 있는지 알려주세요.",
    ),
    (
        "ko",
        "philosophy",
        "장기 기증을 의무화하는 게 윤리적으로 정당할까요? 개인의 자율성과 다른 사람의 생명을 구하는 것 사이에서 어떻게 판단해야 할지 모르겠어요.",
    ),
    (
        "ko",
        "philosophy",
        "장자의 나비 꿈 이야기가 말하려는 게 뭔지, 그리고 데카르트의 꿈 논증과는 어떤 점이 비슷하고 다른지 궁금합니다.",
    ),
    ("ko", "physics", "전자레인지는 어떤 원리로 음식 속 물을 데우나요?"),
    ("ko", "physics", "블랙홀에서는 왜 빛조차 빠져나오지 못하나요?"),
    ("ko", "physics", "무지개는 왜 항상 둥근 모양으로 보이나요?"),
    (
        "ko",
        "physics",
        "질량 2kg인 물체를 30도 경사면에 놓았을 때 마찰계수가 0.2라면 미끄러져 내려가는 가속도는 얼마인가요? 풀이 과정도 부탁드려요.",
    ),
    (
        "ko",
        "physics",
        "상대성 이론에서 빠르게 움직이면 시간이 느려진다는데, GPS 위성이 실제로 이걸 보정해야 하는 이유를 설명해 주세요.",
    ),
    (
        "ko",
        "physics",
        "비행기가 뜨는 원리를 베르누이 법칙으로만 설명하면 틀렸다고 하던데, 양력은 정확히 어떻게 생기는 건가요?",
    ),
    ("ko", "psychology", "왜 사람들은 줄 서 있는 식당에 더 가고 싶어 하나요?"),
    ("ko", "psychology", "MBTI 성격 유형 검사는 과학적으로 믿을 만한가요?"),
    ("ko", "psychology", "번아웃과 우울증은 심리학적으로 어떻게 구별하나요?"),
    (
        "ko",
        "psychology",
        "시험 기간만 되면 갑자기 방 청소가 하고 싶어지는데, 이런 회피 행동은 심리학적으로 어떻게 설명되나요?",
    ),
    (
        "ko",
        "psychology",
        "어릴 때 부모님께 칭찬을 거의 못 받고 자라서 그런지 항상 남의 인정을 갈구하게 되는데, 이런 패턴을 바꾸려면 어떻게 해야 할까요?",
    ),
    (
        "ko",
        "psychology",
        "마시멜로 실험이 자제력과 미래의 성공을 연결한다고 알려졌는데, 이후 재현 연구에서는 어떤 결과가 나왔나요?",
    ),
    ("ko", "other", "김장할 때 배추 절이는 시간은 얼마나 돼요?"),
    ("ko", "other", "제주도 2박 3일 여행 코스 추천해 주세요."),
    ("ko", "other", "친구 집들이 선물로 뭐가 무난할까요? 예산은 5만 원이에요."),
    (
        "ko",
        "other",
        "주말에 친구들이랑 캠핑을 가는데 처음이라 뭘 챙겨야 할지 모르겠어요. 10월 산속이면 밤에 얼마나 추운지, 필수 장비 목록 좀 알려주세요.",
    ),
    (
        "ko",
        "other",
        "베란다에서 몬스테라를 키우는데 잎 끝이 자꾸 갈색으로 변해요. 물을 너무 많이 주는 건지 햇빛 문제인지 궁금해요.",
    ),
    (
        "ko",
        "other",
        "요즘 뜨개질을 배우고 싶은데 완전 초보가 시작하기 좋은 실 굵기랑 바늘, 첫 작품으로 만들 만한 걸 추천해 주세요.",
    ),
    ("el", "biology", "Πώς γίνεται μια ελιά να ζει πάνω από χίλια χρόνια;"),
    ("el", "biology", "Τι ακριβώς κάνουν τα ριβοσώματα μέσα στο κύτταρο;"),
    ("el", "biology", "Πώς αναπνέουν τα ψάρια με τα βράγχια;"),
    (
        "el",
        "biology",
        "Γιατί οι χελώνες Caretta caretta γεννούν στην ίδια παραλία όπου γεννήθηκαν, "
        "και πώς καθορίζεται το φύλο των μικρών από τη θερμοκρασία της άμμου;",
    ),
    (
        "el",
        "biology",
        "Ποια είναι η διαφορά ανάμεσα σε ιούς και βακτήρια από βιολογική άποψη; "
        "Θεωρούνται οι ιοί ζωντανοί οργανισμοί ή όχι;",
    ),
    (
        "el",
        "biology",
        "Πώς λειτουργεί η συμβίωση ανάμεσα στους μύκητες και τις ρίζες των δέντρων, και "
        "είναι αλήθεια ότι τα δέντρα «επικοινωνούν» μέσω αυτού του δικτύου;",
    ),
    ("el", "business", "Πώς να βρω πελάτες για το νέο μου λογιστικό γραφείο;"),
    ("el", "business", "Αξίζει να ανοίξω ΙΚΕ ή να μείνω ατομική επιχείρηση;"),
    ("el", "business", "Τι τιμή να βάλω στα δωμάτια του Airbnb τον Αύγουστο;"),
    (
        "el",
        "business",
        "Έχω ένα μικρό ξενοδοχείο στη Νάξο και η προμήθεια του Booking μου τρώει μεγάλο "
        "μέρος των εσόδων. Πώς μπορώ να αυξήσω τις απευθείας κρατήσεις από τη δική μου "
        "ιστοσελίδα;",
    ),
    (
        "el",
        "business",
        "Η οικογενειακή μας επιχείρηση με ελαιόλαδο θέλει να κάνει εξαγωγές στη "
        "Γερμανία. Από πού ξεκινάμε, πώς βρίσκουμε διανομείς και τι συσκευασία "
        "προτιμούν εκεί;",
    ),
    (
        "el",
        "business",
        "Πώς κάνω μια απλή ανάλυση SWOT για το φροντιστήριο που σκέφτομαι να ανοίξω σε "
        "μια μικρή επαρχιακή πόλη;",
    ),
    ("el", "chemistry", "Πώς ονομάζεται κατά IUPAC η ένωση CH3-CH(CH3)-CH2-OH;"),
    ("el", "chemistry", "Τι είναι ο αριθμός οξείδωσης και πώς τον βρίσκω;"),
    ("el", "chemistry", "Γιατί το ασβεστόνερο θολώνει με το διοξείδιο του άνθρακα;"),
    (
        "el",
        "chemistry",
        "Πώς φτιάχνεται το σαπούνι από ελαιόλαδο και καυστική σόδα, και τι ακριβώς "
        "συμβαίνει στη σαπωνοποίηση σε επίπεδο μορίων;",
    ),
    (
        "el",
        "chemistry",
        "Αν αναμείξω 50 mL διαλύματος HCl 0,1 M με 50 mL NaOH 0,08 M, ποιο θα είναι το "
        "pH του τελικού διαλύματος; Θέλω αναλυτική λύση.",
    ),
    (
        "el",
        "chemistry",
        "Γιατί τα ευγενή αέρια δεν αντιδρούν σχεδόν καθόλου, ενώ το ξένο μπορεί να "
        "σχηματίσει ενώσεις με το φθόριο;",
    ),
    ("el", "computer science", "Τι σημαίνει στην πράξη ότι ένας αλγόριθμος είναι O(n log n);"),
    ("el", "computer science", "Πώς λειτουργεί η εικονική μνήμη σε ένα λειτουργικό σύστημα;"),
    ("el", "computer science", "Ποια η διαφορά ανάμεσα σε SQL και NoSQL βάσεις δεδομένων;"),
    (
        "el",
        "computer science",
        "Γράφω ένα πρόγραμμα σε C και παίρνω segmentation fault όταν αντιγράφω μια "
        "συμβολοσειρά. Ποιες είναι οι συνηθισμένες αιτίες και πώς τις εντοπίζω με το "
        "gdb;",
    ),
    (
        "el",
        "computer science",
        "Μπορείς να μου εξηγήσεις πώς δουλεύει η κρυπτογράφηση δημόσιου κλειδιού, π.χ. "
        "το RSA, χωρίς πολλά μαθηματικά αλλά με ένα παράδειγμα;",
    ),
    (
        "el",
        "computer science",
        "Ποια είναι η διαφορά ανάμεσα σε ένα ισορροπημένο δυαδικό δέντρο αναζήτησης και "
        "σε έναν σωρό, και πότε προτιμάμε το καθένα;",
    ),
    ("el", "economics", "Τι οδήγησε οικονομικά την Ελλάδα στην κρίση χρέους του 2010;"),
    ("el", "economics", "Τι είναι το κατά κεφαλήν ΑΕΠ και τι δεν δείχνει;"),
    ("el", "economics", "Πώς επηρεάζει ο τουρισμός το ισοζύγιο τρεχουσών συναλλαγών μιας χώρας;"),
    (
        "el",
        "economics",
        "Αν η ΕΚΤ συνεχίσει να αγοράζει ομόλογα, τι σημαίνει αυτό για τα επιτόκια των "
        "δανείων στην Ελλάδα και για τον πληθωρισμό στην ευρωζώνη;",
    ),
    (
        "el",
        "economics",
        "Γιατί οι οικονομολόγοι λένε ότι το πλαφόν στα ενοίκια μπορεί τελικά να μειώσει "
        "την προσφορά κατοικιών; Ισχύει αυτό στην πράξη;",
    ),
    (
        "el",
        "economics",
        "Ποια είναι η διαφορά ανάμεσα στην κεϋνσιανή και τη μονεταριστική προσέγγιση "
        "όταν μια οικονομία μπαίνει σε ύφεση;",
    ),
    ("el", "engineering", "Πώς υπολογίζω το πάχος θερμομόνωσης για εξωτερικό τοίχο;"),
    ("el", "engineering", "Ποιο υλικό είναι καλύτερο για σωλήνες ζεστού νερού, PPR ή χαλκός;"),
    (
        "el",
        "engineering",
        "Πώς σχεδιάζω ένα φίλτρο RC χαμηλών συχνοτήτων με συχνότητα αποκοπής 1 kHz;",
    ),
    (
        "el",
        "engineering",
        "Θέλω να φτιάξω σιδερένια πέργκολα στην ταράτσα με άνοιγμα τεσσάρων μέτρων. Τι "
        "διατομή κοιλοδοκού χρειάζομαι για να αντέξει τον αέρα και το βάρος των "
        "καλαμωτών;",
    ),
    (
        "el",
        "engineering",
        "Πώς υπολογίζονται τα σεισμικά φορτία σε μια πολυκατοικία σύμφωνα με τον "
        "Ευρωκώδικα 8, και γιατί οι πιλοτές θεωρούνται ευάλωτες;",
    ),
    (
        "el",
        "engineering",
        "Σε μια αντλία θερμότητας για θέρμανση σπιτιού, πώς επιλέγω την ισχύ ώστε να "
        "καλύπτει τις απώλειες ενός διαμερίσματος 90 τετραγωνικών στην Αθήνα;",
    ),
    ("el", "health", "Πόσο συχνά πρέπει να κάνω τσεκάπ μετά τα σαράντα;"),
    ("el", "health", "Τι βοηθάει για τον πονόλαιμο εκτός από τα φάρμακα;"),
    (
        "el",
        "health",
        "Έχω αυξημένη χοληστερίνη στις εξετάσεις, αν και τρώω μεσογειακά. Μπορεί να "
        "είναι κληρονομικό και χρειάζομαι οπωσδήποτε στατίνη;",
    ),
    (
        "el",
        "health",
        "Ο γιος μου έπαθε διάστρεμμα στον αστράγαλο παίζοντας μπάσκετ. Πάγος ή ζέστη, "
        "πόσες μέρες ξεκούραση και πότε χρειάζεται ακτινογραφία;",
    ),
    (
        "el",
        "health",
        "Τον τελευταίο καιρό ζαλίζομαι όταν σηκώνομαι απότομα από το κρεβάτι. Μπορεί να "
        "φταίει η χαμηλή πίεση και τι μπορώ να κάνω;",
    ),
    ("el", "history", "Ποιες ήταν οι βασικές αιτίες του Πελοποννησιακού Πολέμου;"),
    ("el", "history", "Τι ήταν η Μικρασιατική Καταστροφή και πώς επηρέασε την Ελλάδα;"),
    ("el", "history", "Πώς έπεσε η Κωνσταντινούπολη το 1453;"),
    (
        "el",
        "history",
        "Πώς οργανώθηκε η Φιλική Εταιρεία πριν από την Επανάσταση του 1821, και ποιος "
        "ήταν ο ρόλος των Ελλήνων της διασποράς;",
    ),
    (
        "el",
        "history",
        "Τι άλλαξε στον κόσμο μετά την εκστρατεία του Μεγάλου Αλεξάνδρου; Πώς διαδόθηκε "
        "ο ελληνικός πολιτισμός μέχρι την Αίγυπτο και την Ινδία;",
    ),
    (
        "el",
        "history",
        "Πώς ήταν η καθημερινή ζωή στην Αθήνα κατά τη διάρκεια της Κατοχής, και τι ήταν "
        "ο μεγάλος λιμός του χειμώνα του 1941;",
    ),
    ("el", "law", "Μπορεί ο εργοδότης να μου αρνηθεί άδεια τον Αύγουστο;"),
    ("el", "law", "Τι ισχύει για την κληρονομιά αν δεν υπάρχει διαθήκη;"),
    ("el", "law", "Χρειάζεται γραπτό συμφωνητικό για να νοικιάσω αποθήκη;"),
    (
        "el",
        "law",
        "Ο γείτονας από πάνω έχει διαρροή και μου έχει χαλάσει το ταβάνι, αλλά αρνείται "
        "να πληρώσει την επισκευή. Τι νομικά μέσα έχω και πρέπει να πάω στο "
        "ειρηνοδικείο;",
    ),
    (
        "el",
        "law",
        "Αγόρασα ένα πλυντήριο που χάλασε μετά από τρεις μήνες, και το κατάστημα λέει "
        "να απευθυνθώ στον κατασκευαστή. Τι προβλέπει ο νόμος για την προστασία του "
        "καταναλωτή;",
    ),
    (
        "el",
        "law",
        "Θέλουμε να χωρίσουμε συναινετικά. Ποια είναι η διαδικασία μέσω "
        "συμβολαιογράφου, και πώς ρυθμίζεται η επιμέλεια των παιδιών;",
    ),
    ("el", "math", "Πώς βρίσκω το ελάχιστο κοινό πολλαπλάσιο τριών αριθμών;"),
    ("el", "math", "Γιατί το άθροισμα των γωνιών τριγώνου είναι 180 μοίρες;"),
    ("el", "math", "Πώς λύνω ένα σύστημα τριών εξισώσεων με τη μέθοδο Gauss;"),
    (
        "el",
        "math",
        "Αν εγγράψουμε ένα τετράγωνο σε κύκλο ακτίνας 5, ποιο είναι το εμβαδόν του "
        "χωρίου ανάμεσα στον κύκλο και το τετράγωνο; Εξήγησέ μου τη λογική.",
    ),
    (
        "el",
        "math",
        "Δεν καταλαβαίνω γιατί η σειρά 1 + 1/2 + 1/3 + ... αποκλίνει, ενώ η 1 + 1/4 + "
        "1/9 + ... συγκλίνει. Μπορείς να μου το εξηγήσεις;",
    ),
    (
        "el",
        "math",
        "Πώς αποδεικνύεται ότι η τετραγωνική ρίζα του 2 είναι άρρητος αριθμός, και "
        "γιατί αυτό είχε ταράξει τους Πυθαγόρειους;",
    ),
    ("el", "philosophy", "Είναι η ευτυχία ο σκοπός της ζωής κατά τον Αριστοτέλη;"),
    ("el", "philosophy", "Τι είναι η σωκρατική μέθοδος και πώς τη χρησιμοποιώ σε μια συζήτηση;"),
    (
        "el",
        "philosophy",
        "Αν ένας νόμος είναι άδικος, έχουμε ηθική υποχρέωση να τον παραβιάσουμε; Πώς το "
        "βλέπει η Αντιγόνη του Σοφοκλή και πώς ο Σωκράτης στον Κρίτωνα;",
    ),
    (
        "el",
        "philosophy",
        "Ποια είναι η διαφορά ανάμεσα στον στωικισμό και τον επικουρισμό ως τρόπους "
        "ζωής, και ποιος από τους δύο ταιριάζει περισσότερο στη σημερινή εποχή;",
    ),
    (
        "el",
        "philosophy",
        "Μπορούμε να γνωρίζουμε κάτι με απόλυτη βεβαιότητα, ή όλη η γνώση μας βασίζεται "
        "τελικά σε υποθέσεις; Τι λένε οι σκεπτικιστές;",
    ),
    ("el", "physics", "Γιατί τα πλοία επιπλέουν ενώ είναι φτιαγμένα από ατσάλι;"),
    ("el", "physics", "Τι λέει ο νόμος επαγωγής του Faraday με απλά λόγια;"),
    ("el", "physics", "Γιατί ένα ποτήρι με κρύο νερό «ιδρώνει» το καλοκαίρι;"),
    (
        "el",
        "physics",
        "Ένα εκκρεμές μήκους ενός μέτρου ταλαντώνεται με μικρό πλάτος. Ποια είναι η "
        "περίοδός του, και τι θα άλλαζε αν το μετέφερα στη Σελήνη;",
    ),
    (
        "el",
        "physics",
        "Πώς εξηγεί η φυσική το φωτοηλεκτρικό φαινόμενο, και γιατί η εξήγηση του "
        "Αϊνστάιν ήταν τόσο σημαντική για την κβαντομηχανική;",
    ),
    (
        "el",
        "physics",
        "Αν ρίξω μια μπάλα κατακόρυφα προς τα πάνω με ταχύτητα 15 m/s, πόσο ψηλά θα "
        "φτάσει και σε πόσο χρόνο θα επιστρέψει στο χέρι μου;",
    ),
    ("el", "psychology", "Γιατί θυμόμαστε τόσο έντονα μυρωδιές από την παιδική ηλικία;"),
    ("el", "psychology", "Τι είναι η συναισθηματική νοημοσύνη και μπορεί να καλλιεργηθεί;"),
    ("el", "psychology", "Πώς επηρεάζει η μοναξιά τον τρόπο που σκεφτόμαστε;"),
    (
        "el",
        "psychology",
        "Όταν είμαι σε ομάδα, συχνά συμφωνώ με την πλειοψηφία ακόμα κι αν μέσα μου "
        "διαφωνώ. Τι έδειξε το πείραμα του Asch και πώς μπορώ να το ξεπεράσω;",
    ),
    (
        "el",
        "psychology",
        "Η κόρη μου είναι έξι χρονών και λέει συχνά ψέματα για μικροπράγματα. Είναι "
        "φυσιολογικό για την ηλικία της από αναπτυξιακή άποψη και πώς να το χειριστώ;",
    ),
    (
        "el",
        "psychology",
        "Ποια είναι η βασική ιδέα της γνωσιακής-συμπεριφοριστικής θεραπείας, και πώς "
        "βοηθάει κάποιον να αλλάξει τις αρνητικές αυτόματες σκέψεις του;",
    ),
    ("el", "other", "Πώς να γίνει πιο τραγανό το φύλλο στη σπανακόπιτα;"),
    ("el", "other", "Ποιο νησί των Κυκλάδων είναι ήσυχο για οικογένειες με μωρό;"),
    ("el", "other", "Τι δώρο να πάρω στον νονό μου για τη γιορτή του;"),
    (
        "el",
        "other",
        "Θέλουμε να πάμε με το αυτοκίνητο από τη Θεσσαλονίκη στο Πήλιο για "
        "Σαββατοκύριακο τον Δεκέμβριο. Ποια χωριά αξίζουν και χρειαζόμαστε αλυσίδες;",
    ),
    (
        "el",
        "other",
        "Ξεκίνησα να παίζω τάβλι με τον παππού μου και χάνω συνέχεια στις πόρτες. "
        "Υπάρχουν κάποιες βασικές στρατηγικές για αρχάριους;",
    ),
    (
        "el",
        "other",
        "Η γάτα μου ξύνει συνέχεια τον καναπέ παρόλο που έχει ονυχοδρόμιο. Τι μπορώ να "
        "δοκιμάσω για να τη συνηθίσω να το χρησιμοποιεί;",
    ),
    ("ar", "biology", "لماذا تهاجر بعض الطيور آلاف الكيلومترات كل شتاء؟"),
    ("ar", "biology", "كيف تحافظ الجِمال على الماء في الصحراء؟"),
    ("ar", "biology", "ما الفرق بين الخلية النباتية والخلية الحيوانية؟"),
    (
        "ar",
        "biology",
        "كيف يحدث التلقيح في نخيل التمر؟ سمعت أن المزارعين يلقحونه يدوياً، فلماذا لا "
        "يعتمد على الرياح أو الحشرات كباقي النباتات؟",
    ),
    (
        "ar",
        "biology",
        "ما هي الطفرات الجينية، وهل كل الطفرات ضارة أم أن بعضها قد يكون مفيداً ويساعد "
        "الكائن على التكيف مع بيئته؟",
    ),
    (
        "ar",
        "biology",
        "كيف تتكون الشعاب المرجانية في البحر الأحمر، ولماذا يؤدي ارتفاع حرارة الماء إلى "
        "ابيضاضها وموتها؟",
    ),
    ("ar", "business", "كيف أسوّق لمشروع حلويات منزلية على إنستغرام؟"),
    ("ar", "business", "ما الفرق بين الربح الإجمالي وصافي الربح في مشروعي؟"),
    ("ar", "business", "هل أفتح متجري الإلكتروني على سلة أم على شوبيفاي؟"),
    (
        "ar",
        "business",
        "أملك مطعماً صغيراً في عمّان وأفكر في الاشتراك مع تطبيقات التوصيل، لكن العمولة "
        "تصل إلى ثلاثين بالمئة. كيف أحسب إذا كان ذلك مربحاً لي؟",
    ),
    (
        "ar",
        "business",
        "شريكي في الشركة يريد التوسع وفتح فرع ثانٍ، وأنا أفضّل تقوية الفرع الحالي "
        "أولاً. ما المؤشرات التي يجب أن ننظر إليها قبل اتخاذ القرار؟",
    ),
    (
        "ar",
        "business",
        "كيف أكتب عرضاً تقديمياً مقنعاً لمستثمر في مرحلة مبكرة لتطبيق توصيل مستلزمات "
        "طبية، وما الأرقام التي يتوقع أن يراها عادةً؟",
    ),
    ("ar", "chemistry", "لماذا يذوب السكر في الشاي الساخن أسرع من البارد؟"),
    ("ar", "chemistry", "ما هي الروابط الهيدروجينية ولماذا تجعل درجة غليان الماء مرتفعة؟"),
    ("ar", "chemistry", "كيف أوازن معادلة تفاعل الألومنيوم مع الأكسجين؟"),
    (
        "ar",
        "chemistry",
        "ما الذي يحدث كيميائياً عند تحميص حبوب القهوة؟ وهل تفاعل ميلارد هو المسؤول عن "
        "اللون البني والرائحة؟",
    ),
    (
        "ar",
        "chemistry",
        "إذا أذبنا 10 غرامات من هيدروكسيد الصوديوم في لتر من الماء، فما تركيز المحلول "
        "بالمولارية وما قيمة الأس الهيدروجيني؟",
    ),
    (
        "ar",
        "chemistry",
        "لماذا يُستخدم الكلور في تعقيم مياه الشرب، وما المركبات الثانوية التي قد تتكون "
        "عند تفاعله مع المواد العضوية؟",
    ),
    ("ar", "computer science", "ما هو الـ deadlock وكيف نتجنبه في البرمجة المتزامنة؟"),
    ("ar", "computer science", "لماذا لا تضمن الخوارزمية الجشعة الحل الأمثل دائماً؟"),
    ("ar", "computer science", "كيف أبدأ تعلم هياكل البيانات بلغة جافا؟"),
    (
        "ar",
        "computer science",
        "أعمل على تطبيق ويب بـ Django والصفحة الرئيسية بطيئة جداً. كيف أكتشف مشكلة "
        "استعلامات N+1 وأحلّها باستخدام select_related؟",
    ),
    (
        "ar",
        "computer science",
        "اشرح لي كيف يعمل الترتيب بالدمج خطوة بخطوة، ولماذا يبقى تعقيده الزمني n log n "
        "في كل الحالات؟",
    ),
    (
        "ar",
        "computer science",
        "ما الفرق بين التعلم الخاضع للإشراف وغير الخاضع للإشراف في تعلم الآلة، مع أمثلة "
        "عملية من الحياة اليومية؟",
    ),
    ("ar", "economics", "لماذا ينخفض سعر صرف الجنيه المصري باستمرار؟"),
    ("ar", "economics", "ما تأثير أسعار النفط على اقتصادات دول الخليج؟"),
    ("ar", "economics", "ما الفرق بين السياسة النقدية والسياسة المالية؟"),
    (
        "ar",
        "economics",
        "لماذا تلجأ بعض الدول إلى ربط عملتها بالدولار الأمريكي، وما مزايا هذا الربط "
        "وعيوبه عندما يرفع الاحتياطي الفيدرالي الفائدة؟",
    ),
    (
        "ar",
        "economics",
        "هل يساعد دعم الحكومة للخبز والوقود الفقراء فعلاً، أم أن الدعم النقدي المباشر "
        "أكثر كفاءة من الناحية الاقتصادية؟",
    ),
    (
        "ar",
        "economics",
        "كيف تؤثر البطالة المرتفعة بين الشباب على النمو الاقتصادي في المدى الطويل، وما "
        "السياسات التي نجحت في دول أخرى لمعالجتها؟",
    ),
    ("ar", "engineering", "كم سماكة الخرسانة المناسبة لسقف غرفة أبعادها أربعة في خمسة أمتار؟"),
    ("ar", "engineering", "ما أفضل نوع عزل حراري لسطح منزل في الرياض؟"),
    ("ar", "engineering", "كيف أصمم دائرة منظم جهد 5 فولت تعمل من بطارية 9 فولت؟"),
    (
        "ar",
        "engineering",
        "أريد تركيب خزان مياه سعة ألفي لتر على سطح بيت قديم. كيف أتأكد من أن السقف "
        "يتحمل الوزن، وهل أحتاج إلى قاعدة حديدية لتوزيع الحمل؟",
    ),
    (
        "ar",
        "engineering",
        "ما الفرق بين المحركات الحثية ومحركات التيار المستمر عديمة الفرش من حيث الكفاءة "
        "والتحكم في السرعة، وأيهما أنسب لمضخة ماء زراعية؟",
    ),
    (
        "ar",
        "engineering",
        "كيف يتم تصميم أنظمة التكييف المركزي في الأبراج العالية، وكيف يحسب المهندسون "
        "الحمل الحراري لكل طابق؟",
    ),
    ("ar", "health", "هل يستطيع مريض السكري من النوع الثاني أن يصوم رمضان بأمان؟"),
    ("ar", "health", "ما أعراض نقص فيتامين ب12 عند الكبار؟"),
    ("ar", "health", "كم ساعة نوم يحتاجها المراهق في اليوم تقريباً؟"),
    (
        "ar",
        "health",
        "ظهر عندي طفح جلدي أحمر مع حكة بعد استخدام مسحوق غسيل جديد. هل هي حساسية، وما "
        "العلاج المنزلي المناسب، ومتى أراجع الطبيب؟",
    ),
    (
        "ar",
        "health",
        "والدتي عمرها سبعون سنة وضغطها مرتفع، ونسيت أخذ الدواء يومين. هل يجب أن تأخذ "
        "جرعة مضاعفة اليوم أم تكمل كالمعتاد؟",
    ),
    (
        "ar",
        "health",
        "ما الفرق بين نزلة البرد والإنفلونزا من حيث الأعراض وطريقة العلاج، ومتى يكون "
        "المضاد الحيوي ضرورياً؟",
    ),
    ("ar", "history", "ما الأسباب التي أدت إلى سقوط الأندلس في النهاية؟"),
    ("ar", "history", "متى بُنيت الأهرامات ومن الذي بناها فعلاً؟"),
    (
        "ar",
        "history",
        "كيف كانت بغداد في عهد الخليفة هارون الرشيد، وما دور بيت الحكمة في ترجمة العلوم "
        "اليونانية والفارسية؟",
    ),
    (
        "ar",
        "history",
        "ما هي اتفاقية سايكس بيكو، وكيف أثرت في رسم حدود الدول العربية بعد الحرب العالمية الأولى؟",
    ),
    (
        "ar",
        "history",
        "كيف عاش الناس في مكة قبل الإسلام من ناحية التجارة والقبائل، وما أهمية رحلتي "
        "الشتاء والصيف؟",
    ),
    ("ar", "law", "هل يحق لصاحب العمل أن يحتجز جواز سفري؟"),
    ("ar", "law", "ما المدة القانونية لتقديم استئناف على حكم مدني؟"),
    ("ar", "law", "هل العقد الشفهي ملزم قانونياً إذا لم يوجد شهود؟"),
    (
        "ar",
        "law",
        "اشتريت شقة على الخارطة ودفعت أربعين بالمئة من ثمنها، لكن المطور تأخر سنتين عن "
        "موعد التسليم. هل يحق لي فسخ العقد واسترداد المبلغ مع تعويض؟",
    ),
    (
        "ar",
        "law",
        "تعرضت لحادث سير والطرف الآخر هو المخطئ، لكن شركة التأمين ترفض دفع قيمة الإصلاح "
        "كاملة. ما الخطوات القانونية التي يمكنني اتخاذها؟",
    ),
    (
        "ar",
        "law",
        "كيف تُقسم التركة بين الورثة إذا توفي الأب وترك زوجة وابنين وبنتاً، حسب قوانين "
        "الأحوال الشخصية المعمول بها في معظم الدول العربية؟",
    ),
    ("ar", "math", "كيف أحسب مساحة الدائرة إذا عرفت محيطها فقط؟"),
    ("ar", "math", "ما هو العدد الأولي، وهل الواحد عدد أولي؟"),
    ("ar", "math", "كيف أحل المتباينة 2x - 3 > 7 خطوة بخطوة؟"),
    (
        "ar",
        "math",
        "أثبت أن مجموع الزوايا الخارجية لأي مضلع محدب يساوي 360 درجة، وأرجو أن يكون "
        "البرهان مفهوماً لطالب في المرحلة الثانوية.",
    ),
    (
        "ar",
        "math",
        "ما المقصود بالمصفوفة المعكوسة، ومتى لا يكون للمصفوفة معكوس؟ وكيف أحسب معكوس "
        "مصفوفة من الدرجة الثانية؟",
    ),
    (
        "ar",
        "math",
        "في متتالية هندسية حدها الأول 3 وأساسها 2، ما مجموع أول عشرة حدود؟ وكيف نشتق "
        "قانون المجموع أصلاً؟",
    ),
    ("ar", "philosophy", "هل الإنسان مسيّر أم مخيّر في نظر الفلاسفة؟"),
    ("ar", "philosophy", "ما معنى العقد الاجتماعي عند روسو؟"),
    (
        "ar",
        "philosophy",
        "هل نحكم على أفعال الناس أخلاقياً بنتائجها فقط، أم أن النية هي الأهم؟ وكيف "
        "يختلف موقف الغزالي عن موقف الفلاسفة النفعيين؟",
    ),
    (
        "ar",
        "philosophy",
        "ماذا قصد الفارابي بالمدينة الفاضلة، وهل تشبه فكرته جمهورية أفلاطون أم تختلف "
        "عنها في جوهرها؟",
    ),
    (
        "ar",
        "philosophy",
        "إذا صنعنا نسخة مطابقة تماماً لدماغ إنسان بكل ذكرياته، فهل تكون هذه النسخة هي "
        "الشخص نفسه؟ ما رأي فلاسفة العقل في ذلك؟",
    ),
    ("ar", "physics", "لماذا يبدو القلم مكسوراً عندما نضعه في كوب ماء؟"),
    ("ar", "physics", "ما هو الانشطار النووي وكيف يطلق كل هذه الطاقة؟"),
    ("ar", "physics", "ما الفرق بين السرعة والتسارع مع مثال من قيادة السيارة؟"),
    (
        "ar",
        "physics",
        "سيارة كتلتها 1200 كيلوغرام تسير بسرعة 20 متراً في الثانية، ثم تتوقف خلال 5 "
        "ثوانٍ. ما قوة الفرملة المتوسطة وما مقدار الطاقة الحركية التي تبددت؟",
    ),
    (
        "ar",
        "physics",
        "لماذا يغلي الماء عند درجة حرارة أقل في قمم الجبال، وكيف يرتبط ذلك بالضغط الجوي؟",
    ),
    (
        "ar",
        "physics",
        "ما هي الموجات الجاذبية التي رصدها مرصد ليغو، وكيف استطاع العلماء قياس تغير في "
        "الطول أصغر من قطر البروتون؟",
    ),
    ("ar", "psychology", "لماذا يصعب عليّ التركيز عندما يكون هاتفي بجانبي؟"),
    ("ar", "psychology", "ما هو الوسواس القهري، وهل كل شخص يحب الترتيب مصاب به؟"),
    ("ar", "psychology", "كيف تؤثر الألوان على مزاج الإنسان وسلوكه؟"),
    (
        "ar",
        "psychology",
        "ابني في الصف الثالث يرفض الذهاب إلى المدرسة كل صباح ويبكي. كيف أعرف إن كان هذا "
        "قلق انفصال أو مشكلة في المدرسة، وكيف أتعامل معه؟",
    ),
    (
        "ar",
        "psychology",
        "ما هي مراحل الحزن الخمس، وهل صحيح أن كل إنسان يمر بها بالترتيب نفسه بعد فقدان شخص عزيز؟",
    ),
    (
        "ar",
        "psychology",
        "لماذا يتصرف الناس بشكل مختلف تماماً عندما يكونون ضمن حشد كبير، مثل مشجعي كرة "
        "القدم في الملعب؟ ما تفسير علم النفس الاجتماعي لذلك؟",
    ),
    ("ar", "other", "كيف أحضّر كبسة دجاج مثل المطاعم؟"),
    ("ar", "other", "ما أفضل الأماكن لزيارتها في إسطنبول خلال ثلاثة أيام؟"),
    ("ar", "other", "اقترح عليّ هدية مناسبة لزميلتي بمناسبة زواجها."),
    (
        "ar",
        "other",
        "رمضان على الأبواب وأريد تنظيم مائدة إفطار لعشرين شخصاً بميزانية محدودة. ما "
        "الأطباق التي تكفي الجميع ويمكن تحضير بعضها مسبقاً؟",
    ),
    (
        "ar",
        "other",
        "أريد أن أتعلم الخط العربي في المنزل. من أين أبدأ، هل بخط الرقعة أم النسخ، وما "
        "الأدوات التي أحتاجها؟",
    ),
    (
        "ar",
        "other",
        "من سيفوز برأيك في مباراة الأهلي والزمالك هذا الأسبوع؟ وما نقاط القوة لدى كل فريق حالياً؟",
    ),
]
