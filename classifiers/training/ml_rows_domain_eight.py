"""Hand-written questions in eight of the branch's languages that its domain bank had no hand
rows in (pl, tr, sv, cs, el, he, hi, th), for the multilingual branch's domain vote (candidate
Y3, ``classifiers/training/branch_bank_rows.py``). Original writing for Prism, by a helper that
saw no evaluation set and no other training data; no public dataset."""

from __future__ import annotations

# (language, domain, text)
ROWS: list[tuple[str, str, str]] = [
    (
        "pl",
        "biology",
        "Dlaczego liście drzew jesienią zmieniają kolor na żółty i czerwony?",
    ),
    (
        "pl",
        "biology",
        "Mitoza i mejoza ciągle mi się mylą. Możesz to rozpisać prostym językiem?",
    ),
    (
        "pl",
        "biology",
        "Mój syn pyta, czy dżdżownica przecięta na pół naprawdę tworzy dwa osobne "
        "zwierzęta. Jak to jest?",
    ),
    (
        "pl",
        "biology",
        "Jaką rolę pełnią mitochondria w komórce i skąd się w ogóle wzięły?",
    ),
    (
        "pl",
        "business",
        "Otwieram małą kawiarnię w mieście powiatowym. Pomóż mi napisać prosty biznesplan "
        "na pierwszy rok.",
    ),
    (
        "pl",
        "business",
        "Jak ustalić cenę usług graficznych, żeby nie odstraszyć klientów, a jednocześnie "
        "dobrze zarabiać?",
    ),
    (
        "pl",
        "business",
        "Jakie wskaźniki KPI powinien regularnie śledzić dział sprzedaży w firmie "
        "działającej w modelu B2B?",
    ),
    (
        "pl",
        "business",
        "Napisz krótką strategię marketingową dla lokalnej piekarni, która chce "
        "przyciągnąć młodszych klientów.",
    ),
    (
        "pl",
        "chemistry",
        "Sól kuchenna rozpuszcza się w wodzie, a olej nie – z czego to wynika?",
    ),
    (
        "pl",
        "chemistry",
        "Zbilansuj proszę równanie spalania propanu i wytłumacz kolejne kroki.",
    ),
    (
        "pl",
        "chemistry",
        "Ile gramów NaOH potrzeba do przygotowania 250 ml roztworu o stężeniu 0,2 mol/dm³?",
    ),
    (
        "pl",
        "chemistry",
        "Katalizator przyspiesza reakcję, ale sam się nie zużywa. Jak to możliwe?",
    ),
    (
        "pl",
        "computer science",
        "Czym różni się stos od kolejki i w jakich sytuacjach używa się każdej z tych struktur?",
    ),
    (
        "pl",
        "computer science",
        "Napisz funkcję w Pythonie, która sprawdza, czy podany napis jest palindromem.",
    ),
    (
        "pl",
        "computer science",
        "Wytłumacz, na czym polega złożoność O(n log n), na przykładzie sortowania przez scalanie.",
    ),
    (
        "pl",
        "computer science",
        "Mam w SQL dwie tabele: zamówienia i klienci. Jak je połączyć, żeby widzieć także "
        "klientów bez żadnych zamówień?",
    ),
    (
        "pl",
        "economics",
        "Podnoszenie stóp procentowych przez bank centralny ma podobno hamować inflację. "
        "Jak dokładnie działa ten mechanizm?",
    ),
    (
        "pl",
        "economics",
        "Co to jest elastyczność cenowa popytu? Podaj przykład z codziennych zakupów.",
    ),
    (
        "pl",
        "economics",
        "PKB nominalny i realny – czym się różnią i dlaczego ekonomiści częściej patrzą "
        "na ten drugi?",
    ),
    (
        "pl",
        "economics",
        "Płaca minimalna a bezrobocie: czy ekonomiści są zgodni, że wyższa płaca "
        "minimalna zmniejsza zatrudnienie?",
    ),
    (
        "pl",
        "engineering",
        "Muszę dobrać przekrój stalowej belki, która przeniesie obciążenie 5 kN na "
        "rozpiętości 4 m. Od czego zacząć obliczenia?",
    ),
    (
        "pl",
        "engineering",
        "Po co w mostach stosuje się dylatacje i co mogłoby się stać bez nich?",
    ),
    (
        "pl",
        "engineering",
        "Projektuję prosty zasilacz 5 V z transformatorem. Jaki mostek prostowniczy i "
        "kondensator filtrujący wybrać?",
    ),
    (
        "pl",
        "engineering",
        "Porównaj przekładnię zębatą walcową i ślimakową pod kątem sprawności i "
        "zastosowań w maszynach.",
    ),
    (
        "pl",
        "health",
        "Od trzech dni boli mnie gardło i mam lekką gorączkę. Kiedy powinienem pójść do lekarza?",
    ),
    (
        "pl",
        "health",
        "Ile godzin snu potrzebuje dorosły człowiek, żeby rano czuć się wypoczętym?",
    ),
    (
        "pl",
        "health",
        "Czy picie trzech kaw dziennie może w dłuższej perspektywie szkodzić sercu?",
    ),
    (
        "pl",
        "health",
        "Podpowiedz, jak stopniowo zacząć biegać po czterdziestce, nie nabawiając się "
        "kontuzji kolan.",
    ),
    (
        "pl",
        "history",
        "Zamach w Sarajewie to podobno tylko iskra. Jakie były głębsze przyczyny wybuchu "
        "pierwszej wojny światowej?",
    ),
    (
        "pl",
        "history",
        "Opowiedz krótko o Konstytucji 3 maja i jej znaczeniu dla Rzeczypospolitej.",
    ),
    (
        "pl",
        "history",
        "Jakie czynniki doprowadziły do upadku Cesarstwa Zachodniorzymskiego w V wieku?",
    ),
    (
        "pl",
        "history",
        "W którym wieku zaczęto budować katedry gotyckie i z jakiego regionu wywodzi się ten styl?",
    ),
    (
        "pl",
        "law",
        "Wynajmuję mieszkanie, a właściciel chce mnie wyrzucić bez wypowiedzenia. Jakie "
        "mam prawa jako najemca?",
    ),
    (
        "pl",
        "law",
        "Testament własnoręczny czy notarialny – który jest bezpieczniejszy i czym się "
        "właściwie różnią?",
    ),
    (
        "pl",
        "law",
        "Kupiłam buty przez internet i okazały się za małe. Czy mogę je zwrócić bez "
        "podania przyczyny?",
    ),
    (
        "pl",
        "law",
        "Po ilu latach przedawnia się zwykły dług między osobami prywatnymi w Polsce?",
    ),
    (
        "pl",
        "math",
        "Potrzebuję obliczyć pole trapezu: podstawy mają 7 i 11 cm, a wysokość 5 cm. Jak "
        "to zrobić?",
    ),
    (
        "pl",
        "math",
        "Rozwiąż równanie kwadratowe x² − 5x + 6 = 0 i pokaż wszystkie kroki.",
    ),
    (
        "pl",
        "math",
        "W pudełku jest 5 czerwonych i 3 niebieskie kulki. Jakie jest prawdopodobieństwo "
        "wylosowania dwóch czerwonych bez zwracania?",
    ),
    (
        "pl",
        "math",
        "Po co w ogóle liczy się pochodne funkcji i co one oznaczają w praktyce?",
    ),
    (
        "pl",
        "philosophy",
        "Czy kłamstwo w dobrej wierze, żeby oszczędzić komuś przykrości, jest moralnie "
        "usprawiedliwione?",
    ),
    (
        "pl",
        "philosophy",
        "Na czym polega imperatyw kategoryczny Kanta i jak stosować go w codziennych wyborach?",
    ),
    (
        "pl",
        "philosophy",
        "Znalazłem na ulicy portfel pełen gotówki, a sam ledwo wiążę koniec z końcem. Czy "
        "moralnie mam prawo zatrzymać choć część?",
    ),
    (
        "pl",
        "philosophy",
        "Empiryzm a racjonalizm w teorii poznania – przedstaw główne różnice i "
        "najważniejszych przedstawicieli.",
    ),
    (
        "pl",
        "physics",
        "Samochód rusza z miejsca i w ciągu 8 sekund osiąga prędkość 24 m/s. Jakie ma "
        "przyspieszenie?",
    ),
    (
        "pl",
        "physics",
        "Skąd bierze się niebieski kolor nieba i czerwona barwa zachodzącego słońca?",
    ),
    (
        "pl",
        "physics",
        "Wyjaśnij zasadę zachowania pędu na przykładzie zderzenia kul bilardowych.",
    ),
    (
        "pl",
        "physics",
        "Z jakiej wysokości trzeba upuścić kamień, żeby spadał dokładnie 3 sekundy, "
        "pomijając opór powietrza?",
    ),
    (
        "pl",
        "psychology",
        "Dlaczego ciągle odkładam ważne sprawy na później, nawet gdy wiem, że to mi szkodzi?",
    ),
    (
        "pl",
        "psychology",
        "Co to jest dysonans poznawczy? Podaj przykład z codziennego życia.",
    ),
    (
        "pl",
        "psychology",
        "Moja nastoletnia córka zamknęła się w sobie i prawie nie rozmawia. Jak do niej "
        "dotrzeć, nie naciskając?",
    ),
    (
        "pl",
        "psychology",
        "Efekt potwierdzenia – jak go rozpoznać u siebie i jak ograniczyć jego wpływ na decyzje?",
    ),
    (
        "pl",
        "other",
        "Podaj przepis na domowe pierogi ruskie dla czterech osób.",
    ),
    (
        "pl",
        "other",
        "Planuję tygodniowy wyjazd w Bieszczady we wrześniu. Co koniecznie zabrać do plecaka?",
    ),
    (
        "pl",
        "other",
        "Co ile dni podlewać storczyka, który stoi na południowym parapecie?",
    ),
    (
        "pl",
        "other",
        "Mój pies ciągnie na smyczy jak szalony. Masz jakieś sposoby na naukę spokojnego spaceru?",
    ),
    (
        "tr",
        "biology",
        "Sonbaharda ağaç yapraklarının sararıp dökülmesinin arkasındaki biyolojik süreç nedir?",
    ),
    (
        "tr",
        "biology",
        "DNA ile RNA arasındaki temel farkları bir lise öğrencisine anlatır gibi açıklar mısın?",
    ),
    (
        "tr",
        "biology",
        "Arılar çiçek özünü bala dönüştürürken hangi enzimleri kullanıyor, süreç kovanda "
        "nasıl işliyor?",
    ),
    (
        "tr",
        "biology",
        "Kedimin gözleri karanlıkta neden parlıyor? Bunun göz yapısıyla bir ilgisi var mı?",
    ),
    (
        "tr",
        "business",
        "Küçük bir online takı mağazası açtım. İlk müşterileri bulmak için hangi "
        "pazarlama kanallarına odaklanmalıyım?",
    ),
    (
        "tr",
        "business",
        "Bir girişim için yatırımcı sunumunda mutlaka bulunması gereken slaytlar hangileri?",
    ),
    (
        "tr",
        "business",
        "Çalışanlarımın motivasyonu düştü; ekip yöneticisi olarak performansı artırmak "
        "için ne tür adımlar atabilirim?",
    ),
    (
        "tr",
        "business",
        "Restoranımın kâr marjını hesaplamak ve maliyetleri düşürmek için bana yol gösterir misin?",
    ),
    (
        "tr",
        "chemistry",
        "Demir neden paslanır ve bu tepkimenin kimyasal denklemi nasıl yazılır?",
    ),
    (
        "tr",
        "chemistry",
        "pH değeri 3 olan bir çözelti, pH değeri 5 olan bir çözeltiden kaç kat daha asidiktir?",
    ),
    (
        "tr",
        "chemistry",
        "İyonik bağ ile kovalent bağ arasındaki farkı sofra tuzu ve su örnekleriyle anlatır mısın?",
    ),
    (
        "tr",
        "chemistry",
        "Karbonatla sirkeyi karıştırdığımda neden köpürüyor, açığa çıkan gaz hangisi?",
    ),
    (
        "tr",
        "computer science",
        "Python'da liste ile demet (tuple) arasındaki fark nedir, hangisini ne zaman "
        "kullanmalıyım?",
    ),
    (
        "tr",
        "computer science",
        "İkili arama algoritmasının neden doğrusal aramadan daha hızlı olduğunu bir "
        "örnekle göster.",
    ),
    (
        "tr",
        "computer science",
        "HTTPS bağlantısı kurulurken arka planda neler oluyor? Adım adım öğrenmek istiyorum.",
    ),
    (
        "tr",
        "computer science",
        "Özyinelemeli bir fonksiyonla faktöriyel hesaplayan kısa bir JavaScript kodu "
        "yazabilir misin?",
    ),
    (
        "tr",
        "economics",
        "Enflasyon yükseldiğinde merkez bankalarının politika faizini artırmasının mantığı nedir?",
    ),
    (
        "tr",
        "economics",
        "Arz ve talep eğrileri kesiştiğinde oluşan denge fiyatını basit bir örnekle açıkla.",
    ),
    (
        "tr",
        "economics",
        "Türk lirası değer kaybettiğinde ihracatçılar ve ithalatçılar bundan nasıl etkilenir?",
    ),
    (
        "tr",
        "economics",
        "Fırsat maliyeti kavramını günlük hayattan bir seçim üzerinden anlatabilir misin?",
    ),
    (
        "tr",
        "engineering",
        "Evimin çatısına güneş paneli kuracağım; 3 kW'lık bir sistem için invertör "
        "seçerken nelere dikkat etmeliyim?",
    ),
    (
        "tr",
        "engineering",
        "Betonarme bir binada kolonların kirişlerden daha güçlü tasarlanması neden önemlidir?",
    ),
    (
        "tr",
        "engineering",
        "Arduino ile bir DC motorun hızını kontrol etmek için hangi sürücü devresini "
        "kullanmalıyım?",
    ),
    (
        "tr",
        "engineering",
        "Bir asma köprü tasarımında rüzgâr yüklerinin hesaba katılmaması ne gibi sonuçlar "
        "doğurabilir?",
    ),
    (
        "tr",
        "health",
        "Sabahları sık sık baş ağrısıyla uyanıyorum. Bunun olası nedenleri neler olabilir "
        "ve ne zaman doktora gitmeliyim?",
    ),
    (
        "tr",
        "health",
        "Yetişkin biri günde kaç bardak su içmeli, bu miktar yaz aylarında değişir mi?",
    ),
    (
        "tr",
        "health",
        "Kış aylarında D vitamini eksikliği yaşamamak için beslenmeme neler eklemeliyim?",
    ),
    (
        "tr",
        "health",
        "Masa başında çalıştığım için belim ağrıyor; evde yapabileceğim basit egzersizler "
        "önerir misin?",
    ),
    (
        "tr",
        "history",
        "Osmanlı Devleti'nin 1453'te İstanbul'u fethetmesi dünya tarihinde neden bir "
        "dönüm noktası sayılır?",
    ),
    (
        "tr",
        "history",
        "Sanayi Devrimi'nin ilk olarak İngiltere'de başlamasının sebepleri nelerdi?",
    ),
    (
        "tr",
        "history",
        "Kurtuluş Savaşı sırasında yapılan Sakarya Meydan Muharebesi'ni kısaca özetler misin?",
    ),
    (
        "tr",
        "history",
        "Antik Mısır'da piramitler hangi amaçla ve nasıl inşa edildi?",
    ),
    (
        "tr",
        "law",
        "Kiracıyım ve ev sahibim kirayı yasal sınırın üzerinde artırmak istiyor. Haklarım "
        "nelerdir?",
    ),
    (
        "tr",
        "law",
        "İnternetten aldığım ürün ayıplı çıktı; tüketici hakem heyetine nasıl başvurabilirim?",
    ),
    (
        "tr",
        "law",
        "İş sözleşmem haksız yere feshedilirse kıdem tazminatı almaya hak kazanır mıyım?",
    ),
    (
        "tr",
        "law",
        "Vasiyetname hazırlarken noterde yapılan ile el yazısıyla yazılan arasında "
        "geçerlilik farkı var mı?",
    ),
    (
        "tr",
        "math",
        "Yarıçapı 7 cm olan bir dairenin alanını ve çevresini nasıl hesaplarım?",
    ),
    (
        "tr",
        "math",
        "2x + 3y = 12 ve x − y = 1 denklem sistemini adım adım çözer misin?",
    ),
    (
        "tr",
        "math",
        "Bir sınıftaki 30 öğrenciden 3 kişilik bir komite kaç farklı şekilde seçilebilir?",
    ),
    (
        "tr",
        "math",
        "Logaritma kavramını hiç kavrayamadım; sıfırdan, bol örnekle öğretebilir misin?",
    ),
    (
        "tr",
        "philosophy",
        "Raylardaki beş kişiyi kurtarmak için makası çevirip bir kişinin ölümüne neden "
        "olmak ahlaken savunulabilir mi?",
    ),
    (
        "tr",
        "philosophy",
        "Sokrates'in 'Kendini bil' sözü felsefi açıdan ne anlama geliyor?",
    ),
    (
        "tr",
        "philosophy",
        "Özgür irade gerçekten var mı, yoksa tüm kararlarımız önceden belirlenmiş mi?",
    ),
    (
        "tr",
        "philosophy",
        "Arkadaşımın sınavda kopya çektiğini gördüm. Öğretmene söylemek mi yoksa susmak "
        "mı daha etik?",
    ),
    (
        "tr",
        "physics",
        "10 metre yükseklikten serbest bırakılan bir top yere hangi hızla çarpar? Hava "
        "direncini ihmal edelim.",
    ),
    (
        "tr",
        "physics",
        "Yay sabiti 200 N/m olan bir yayı 5 cm sıkıştırmak için ne kadar kuvvet gerekir?",
    ),
    (
        "tr",
        "physics",
        "Işık hızının sabit olması zamanın genişlemesine nasıl yol açıyor?",
    ),
    (
        "tr",
        "physics",
        "Gökkuşağı neden oluşur ve renkler hep aynı sırada mı dizilir?",
    ),
    (
        "tr",
        "psychology",
        "Kalabalık ortamlarda konuşurken neden bu kadar kaygılanıyorum, bununla başa "
        "çıkmanın yolları var mı?",
    ),
    (
        "tr",
        "psychology",
        "Maslow'un ihtiyaçlar hiyerarşisi modern psikolojide hâlâ geçerli kabul ediliyor mu?",
    ),
    (
        "tr",
        "psychology",
        "Çocukluk dönemindeki bağlanma stillerinin yetişkin ilişkilerine etkisini açıklar mısın?",
    ),
    (
        "tr",
        "psychology",
        "Sürekli telefona bakma dürtüsünün arkasında hangi psikolojik mekanizmalar yatıyor?",
    ),
    (
        "tr",
        "other",
        "Dört kişilik bir karnıyarık tarifi verir misin? Patlıcanları kızartmadan yapmak "
        "istiyorum.",
    ),
    (
        "tr",
        "other",
        "Kapadokya'ya üç günlük bir gezi planlıyorum; mutlaka görmem gereken yerler neler?",
    ),
    (
        "tr",
        "other",
        "Satrançta açılışları ezberlemeden oyunumu geliştirmek için ne önerirsin?",
    ),
    (
        "tr",
        "other",
        "Beyaz gömleklerdeki sarı ter lekelerini çıkarmanın etkili bir yolu var mı?",
    ),
    (
        "sv",
        "biology",
        "Vissa katter har olikfärgade ögon – beror det på genetik, och går det i arv?",
    ),
    (
        "sv",
        "biology",
        "Förklara hur fotosyntesen fungerar, steg för steg, som om jag gick i högstadiet.",
    ),
    (
        "sv",
        "biology",
        "Dominanta och recessiva gener – kan du reda ut skillnaden med ögonfärg som exempel?",
    ),
    (
        "sv",
        "biology",
        "Hur klarar sig björnar utan mat under hela vintern när de ligger i ide?",
    ),
    (
        "sv",
        "business",
        "Jag funderar på att starta ett litet kafé. Kan du hjälpa mig räkna fram en "
        "rimlig budget för första året?",
    ),
    (
        "sv",
        "business",
        "Vilka sociala medier passar bäst för att marknadsföra ett lokalt hantverksföretag?",
    ),
    (
        "sv",
        "business",
        "Skriv ett kort säljmejl till en potentiell kund som vi träffade på en mässa förra veckan.",
    ),
    (
        "sv",
        "business",
        "När lönar det sig för en enskild firma att anställa sin första medarbetare?",
    ),
    (
        "sv",
        "chemistry",
        "Det fräser när man blandar bikarbonat och ättika – vilken reaktion är det som sker?",
    ),
    (
        "sv",
        "chemistry",
        "Räkna ut hur många mol som finns i 36 gram vatten och visa uträkningen.",
    ),
    (
        "sv",
        "chemistry",
        "Kan du förklara vad oxidationstal är och hur man bestämmer dem i en förening?",
    ),
    (
        "sv",
        "chemistry",
        "Exoterma reaktioner – vad betyder det, och finns det några vardagliga exempel?",
    ),
    (
        "sv",
        "computer science",
        "Skriv en funktion i Python som räknar hur många gånger varje ord förekommer i en text.",
    ),
    (
        "sv",
        "computer science",
        "Kompilator eller interpretator: vilken är egentligen skillnaden mellan dem?",
    ),
    (
        "sv",
        "computer science",
        "Min rekursiva Fibonacci-funktion blir extremt långsam för stora tal. Varför, och "
        "hur kan jag snabba upp den?",
    ),
    (
        "sv",
        "computer science",
        "Beskriv hur en hashtabell fungerar och vad som händer vid en kollision.",
    ),
    (
        "sv",
        "economics",
        "På vilket sätt påverkar Riksbankens styrränta bolåneräntorna och hushållens ekonomi?",
    ),
    (
        "sv",
        "economics",
        "Ricardos teori om komparativa fördelar – varför tjänar båda länderna på handel?",
    ),
    (
        "sv",
        "economics",
        "Om kronan försvagas mot euron, vad händer då med svenska exportföretag och med "
        "priserna i butikerna?",
    ),
    (
        "sv",
        "economics",
        "Förklara begreppet externa effekter med ett exempel från miljöområdet.",
    ),
    (
        "sv",
        "engineering",
        "Vilken tjocklek på isoleringen behövs i en yttervägg för att nå ett U-värde på "
        "0,18 W/m²K?",
    ),
    (
        "sv",
        "engineering",
        "Jag ska bygga en enkel LED-krets med ett 9 V-batteri. Vilket "
        "förkopplingsmotstånd behöver jag?",
    ),
    (
        "sv",
        "engineering",
        "Till vår nya altan behöver vi träbalkar. Hur dimensionerar man dem så att de "
        "klarar snölasten?",
    ),
    (
        "sv",
        "engineering",
        "Vilka för- och nackdelar har kugghjulsväxlar jämfört med remdrift i industrimaskiner?",
    ),
    (
        "sv",
        "health",
        "Jag har svårt att somna på kvällarna. Finns det några råd som inte innebär sömntabletter?",
    ),
    (
        "sv",
        "health",
        "Hur mycket protein behöver en vuxen kvinna som styrketränar tre gånger i veckan?",
    ),
    (
        "sv",
        "health",
        "Är det farligt att träna när man är förkyld, eller kan lätt motion faktiskt hjälpa?",
    ),
    (
        "sv",
        "health",
        "Vilka tidiga tecken på typ 2-diabetes bör man vara uppmärksam på?",
    ),
    (
        "sv",
        "history",
        "Berätta om hur Gustav Vasa tog makten i Sverige på 1520-talet.",
    ),
    (
        "sv",
        "history",
        "Sverige var neutralt under andra världskriget, men hur neutralt var landet egentligen?",
    ),
    (
        "sv",
        "history",
        "Vilka följder fick digerdöden för samhället i medeltidens Europa?",
    ),
    (
        "sv",
        "history",
        "Sammanfatta de viktigaste orsakerna till att Berlinmuren föll 1989.",
    ),
    (
        "sv",
        "law",
        "Min hyresvärd vill höja hyran kraftigt utan förhandling. Får hen göra så enligt "
        "svensk lag?",
    ),
    (
        "sv",
        "law",
        "Gäller ångerrätten även när man handlar rea-kläder på nätet?",
    ),
    (
        "sv",
        "law",
        "Behöver man ha ett skriftligt samboavtal för att skydda sig om förhållandet tar slut?",
    ),
    (
        "sv",
        "law",
        "Förklara skillnaden mellan brottmål och tvistemål i det svenska domstolsväsendet.",
    ),
    (
        "sv",
        "math",
        "Hur räknar jag ut volymen av en cylinder som är 20 cm hög och har diametern 10 cm?",
    ),
    (
        "sv",
        "math",
        "Lös ekvationen 3x − 7 = 2x + 5 och förklara varje steg.",
    ),
    (
        "sv",
        "math",
        "En jacka kostar 800 kronor efter 20 % rabatt. Vad var originalpriset?",
    ),
    (
        "sv",
        "math",
        "Integraler förstår jag inte alls. Hur hänger de ihop med arean under en kurva?",
    ),
    (
        "sv",
        "philosophy",
        "Är det moraliskt fel att äta kött om man kan leva bra utan det?",
    ),
    (
        "sv",
        "philosophy",
        "Vad menade Descartes med 'Jag tänker, alltså är jag', och varför blev det så viktigt?",
    ),
    (
        "sv",
        "philosophy",
        "Min kollega tar åt sig äran för mitt arbete. Är det etiskt rätt att avslöja det "
        "inför chefen även om det skadar hen?",
    ),
    (
        "sv",
        "philosophy",
        "Kan en handling vara god om den görs av själviska skäl? Jämför gärna utilitarism "
        "och pliktetik.",
    ),
    (
        "sv",
        "physics",
        "En bil som väger 1 200 kg accelererar från 0 till 100 km/h på 10 sekunder. Hur "
        "stor är den genomsnittliga kraften?",
    ),
    (
        "sv",
        "physics",
        "Varför flyter ett stort stålfartyg när en liten stålkula sjunker?",
    ),
    (
        "sv",
        "physics",
        "Beskriv kort vad kvantsammanflätning är utan att använda för mycket matematik.",
    ),
    (
        "sv",
        "physics",
        "Ungefär hur lång tid tar det för solljuset att nå jorden?",
    ),
    (
        "sv",
        "psychology",
        "Varför minns vi pinsamma ögonblick så tydligt i många år efteråt?",
    ),
    (
        "sv",
        "psychology",
        "Min tonåring verkar ha tappat all motivation för skolan. Vad kan ligga bakom det "
        "ur ett psykologiskt perspektiv?",
    ),
    (
        "sv",
        "psychology",
        "Vad innebär kognitiv beteendeterapi och för vilka problem brukar den användas?",
    ),
    (
        "sv",
        "psychology",
        "Ge exempel på hur grupptryck påverkar våra beslut, gärna med något känt experiment.",
    ),
    (
        "sv",
        "other",
        "Ge mig ett recept på kanelbullar som blir riktigt saftiga och luftiga.",
    ),
    (
        "sv",
        "other",
        "Vi ska vandra Kungsleden i augusti. Vad bör finnas i packningen?",
    ),
    (
        "sv",
        "other",
        "Guldfiskarna i vårt akvarium – hur ofta behöver vi byta vattnet?",
    ),
    (
        "sv",
        "other",
        "Har du tips på brädspel som funkar bra för fyra vuxna en fredagskväll?",
    ),
    (
        "cs",
        "biology",
        "Proč mají zebry pruhy? Slyšel jsem, že to nějak souvisí s mouchami.",
    ),
    (
        "cs",
        "biology",
        "Jak se dědí krevní skupiny? Může mít dítě dvou rodičů se skupinou A krevní skupinu 0?",
    ),
    (
        "cs",
        "biology",
        "Čím se liší rostlinná buňka od živočišné a k čemu slouží chloroplasty?",
    ),
    (
        "cs",
        "biology",
        "Vajíčko, housenka, kukla, motýl – co přesně se v těch fázích proměny odehrává?",
    ),
    (
        "cs",
        "business",
        "Chci začít prodávat ručně vyráběné svíčky přes e-shop. Jak si spočítat, za kolik "
        "je prodávat?",
    ),
    (
        "cs",
        "business",
        "Napiš mi osnovu podnikatelského plánu pro malou autoservisní dílnu.",
    ),
    (
        "cs",
        "business",
        "Pomoz mi sestavit SWOT analýzu pro rodinné pekařství v malém městě.",
    ),
    (
        "cs",
        "business",
        "Náš tým má problém dodržovat termíny projektů. Jaké metody řízení by nám mohly pomoct?",
    ),
    (
        "cs",
        "chemistry",
        "Kolik gramů chloridu sodného je ve 200 ml fyziologického roztoku o koncentraci 0,9 %?",
    ),
    (
        "cs",
        "chemistry",
        "Železo na vzduchu rezaví, zatímco hliník skoro vůbec. Čím to je?",
    ),
    (
        "cs",
        "chemistry",
        "Vysvětli rozdíl mezi kyselinou a zásadou podle Brønstedovy teorie.",
    ),
    (
        "cs",
        "chemistry",
        "Jaký je rozdíl mezi izotopy a izomery? Pořád si to pletu.",
    ),
    (
        "cs",
        "computer science",
        "Garbage collector v Javě – jak funguje a kdy se vlastně spouští?",
    ),
    (
        "cs",
        "computer science",
        "Napiš v C funkci, která obrátí pořadí prvků v poli bez použití dalšího pole.",
    ),
    (
        "cs",
        "computer science",
        "Co znamená, že je problém NP-úplný? Potřebuju to pochopit ke zkoušce.",
    ),
    (
        "cs",
        "computer science",
        "Omylem jsem do Gitu commitnul soubor s přístupovými údaji. Jak ho odstranit z "
        "celé historie?",
    ),
    (
        "cs",
        "economics",
        "Česká národní banka při vysoké inflaci zvedá úrokové sazby. Jak to má inflaci zbrzdit?",
    ),
    (
        "cs",
        "economics",
        "Nabídka a poptávka – jak spolu určují cenu na trhu? Stačí jednoduchý příklad.",
    ),
    (
        "cs",
        "economics",
        "Jaký vliv má stárnutí populace na důchodový systém a hospodářský růst?",
    ),
    (
        "cs",
        "economics",
        "Co je to deflace a proč se jí centrální banky bojí možná ještě víc než inflace?",
    ),
    (
        "cs",
        "engineering",
        "Navrhuji dřevěnou lávku přes potok s rozpětím 6 metrů. Jaký profil nosníků zvolit?",
    ),
    (
        "cs",
        "engineering",
        "K čemu slouží v elektrickém obvodu pojistka a jak správně dimenzovat její hodnotu?",
    ),
    (
        "cs",
        "engineering",
        "Jaké jsou výhody a nevýhody svařování oproti šroubovým spojům u ocelových konstrukcí?",
    ),
    (
        "cs",
        "engineering",
        "Popiš jednotlivé takty čtyřdobého spalovacího motoru a co se při nich děje.",
    ),
    (
        "cs",
        "health",
        "Mám často pálení žáhy po jídle. Které potraviny bych měl omezit?",
    ),
    (
        "cs",
        "health",
        "Je bezpečné kombinovat ibuprofen a paracetamol, když mám silnou bolest hlavy?",
    ),
    (
        "cs",
        "health",
        "Kolik kroků denně je opravdu potřeba pro zdraví, nebo je těch deset tisíc jen mýtus?",
    ),
    (
        "cs",
        "health",
        "Po celém dni u počítače mě pálí a slzí oči. Poraď, jak je šetřit.",
    ),
    (
        "cs",
        "history",
        "Co se stalo v Praze v srpnu 1968 a proč vojska Varšavské smlouvy vůbec přišla?",
    ),
    (
        "cs",
        "history",
        "Jakou roli sehrál Karel IV. v rozvoji Prahy a českého království?",
    ),
    (
        "cs",
        "history",
        "Shrň hlavní příčiny a důsledky třicetileté války pro české země.",
    ),
    (
        "cs",
        "history",
        "Popiš každodenní život obyčejných lidí ve starověkém Římě.",
    ),
    (
        "cs",
        "law",
        "Soused nechal přerůst strom přes plot na můj pozemek. Můžu větve sám ořezat?",
    ),
    (
        "cs",
        "law",
        "Jaká je výpovědní doba, když chci ukončit pracovní poměr na dobu neurčitou?",
    ),
    (
        "cs",
        "law",
        "Dostal jsem pokutu za parkování, ale značka nebyla vidět. Má smysl se odvolat?",
    ),
    (
        "cs",
        "law",
        "Vysvětli, co je to věcné břemeno a jak se zapisuje do katastru nemovitostí.",
    ),
    (
        "cs",
        "math",
        "Jak vypočítat obsah kruhu, když znám jen jeho obvod 31,4 cm?",
    ),
    (
        "cs",
        "math",
        "Urči derivaci funkce f(x) = x³ · sin x a vysvětli použité pravidlo.",
    ),
    (
        "cs",
        "math",
        "Tři dělníci postaví zeď za 12 dní. Za kolik dní ji postaví čtyři dělníci stejným tempem?",
    ),
    (
        "cs",
        "math",
        "Dokaž mi, že odmocnina ze dvou je iracionální číslo, a vysvětli každý krok.",
    ),
    (
        "cs",
        "philosophy",
        "Je morálně přípustné lhát umírajícímu příteli, aby odcházel klidnější?",
    ),
    (
        "cs",
        "philosophy",
        "Platón a Aristotelés – v čem se zásadně lišily jejich názory na ideje a skutečnost?",
    ),
    (
        "cs",
        "philosophy",
        "Má život smysl, pokud ho člověk sám nevytvoří? Jak to viděli existencialisté?",
    ),
    (
        "cs",
        "philosophy",
        "Zaměstnavatel po mně chce zamlčet zákazníkům drobnou vadu výrobku. Je etické "
        "poslechnout, abych neztratil práci?",
    ),
    (
        "cs",
        "physics",
        "Míč je vržen svisle vzhůru rychlostí 15 m/s. Do jaké výšky vystoupá?",
    ),
    (
        "cs",
        "physics",
        "Proč se kovová lžička v horkém čaji zahřeje rychleji než dřevěná?",
    ),
    (
        "cs",
        "physics",
        "Jaderná fúze ve Slunci funguje miliardy let. Proč ji na Zemi zatím neumíme "
        "využít v elektrárně?",
    ),
    (
        "cs",
        "physics",
        "Jaký odpor má žárovka, kterou při napětí 230 V protéká proud 0,5 A?",
    ),
    (
        "cs",
        "psychology",
        "Před zkouškou mívám takovou trému, že zapomenu i to, co umím. Čím to je?",
    ),
    (
        "cs",
        "psychology",
        "Co je to syndrom vyhoření a jak poznám, že se mě týká?",
    ),
    (
        "cs",
        "psychology",
        "Jak si v dospělosti vytvořit nový zvyk, aby vydržel déle než dva týdny?",
    ),
    (
        "cs",
        "psychology",
        "Milgramův experiment s poslušností – o co v něm šlo a co říká o lidské povaze?",
    ),
    (
        "cs",
        "other",
        "Potřebuju recept na svíčkovou na smetaně, jakou dělávala babička.",
    ),
    (
        "cs",
        "other",
        "Jedeme s dětmi na týden do Krkonoš. Jaké výlety bys doporučil?",
    ),
    (
        "cs",
        "other",
        "Kdy je nejlepší doba na stříhání rybízu na zahradě?",
    ),
    (
        "cs",
        "other",
        "Naše štěně pořád okusuje nohy od stolu a židlí. Jak ho to odnaučit?",
    ),
    (
        "el",
        "biology",
        "Γιατί οι μέλισσες πεθαίνουν αφού τσιμπήσουν, ενώ οι σφήκες όχι;",
    ),
    (
        "el",
        "biology",
        "Τι ακριβώς κάνουν τα ριβοσώματα στο κύτταρο και πώς συνδέονται με το DNA;",
    ),
    (
        "el",
        "biology",
        "Τα χελιδόνια διανύουν χιλιάδες χιλιόμετρα κάθε χρόνο. Με ποιον τρόπο βρίσκουν "
        "τον δρόμο τους;",
    ),
    (
        "el",
        "biology",
        "Μπορείς να μου περιγράψεις τη διαφορά ανάμεσα σε αυτότροφους και ετερότροφους "
        "οργανισμούς με παραδείγματα;",
    ),
    (
        "el",
        "business",
        "Θέλω να ανοίξω ένα μικρό ενοικιαζόμενο κατάλυμα σε νησί. Τι πρέπει να προβλέψω "
        "στο επιχειρηματικό σχέδιο;",
    ),
    (
        "el",
        "business",
        "Έχω ένα μικρό ηλεκτρονικό κατάστημα και οι πελάτες παραπονιούνται για "
        "καθυστερήσεις. Τι αλλαγές να κάνω στην εξυπηρέτηση;",
    ),
    (
        "el",
        "business",
        "Γράψε μου ένα επαγγελματικό email για να ενημερώσω έναν σταθερό πελάτη για "
        "αύξηση των τιμών μας.",
    ),
    (
        "el",
        "business",
        "Ποια είναι η διαφορά μεταξύ μικτού και καθαρού περιθωρίου κέρδους σε μια επιχείρηση;",
    ),
    (
        "el",
        "chemistry",
        "Τι συμβαίνει σε χημικό επίπεδο όταν το γάλα ξινίζει και κόβει;",
    ),
    (
        "el",
        "chemistry",
        "Πόσα γραμμάρια CO₂ παράγονται από την πλήρη καύση 16 γραμμαρίων μεθανίου;",
    ),
    (
        "el",
        "chemistry",
        "Εξήγησε γιατί τα ευγενή αέρια σχεδόν δεν αντιδρούν με άλλα στοιχεία.",
    ),
    (
        "el",
        "chemistry",
        "Οξείδωση και αναγωγή: μπορείς να μου τις εξηγήσεις με ένα απλό παράδειγμα;",
    ),
    (
        "el",
        "computer science",
        "Γράψε μια συνάρτηση σε Python που βρίσκει τον δεύτερο μεγαλύτερο αριθμό σε μια λίστα.",
    ),
    (
        "el",
        "computer science",
        "TCP ή UDP; Σε ποιες περιπτώσεις προτιμάται το καθένα και γιατί;",
    ),
    (
        "el",
        "computer science",
        "Δεν καταλαβαίνω τι είναι οι δείκτες (pointers) στη C. Μπορείς να το εξηγήσεις απλά;",
    ),
    (
        "el",
        "computer science",
        "Περίγραψε βήμα βήμα τον αλγόριθμο του Dijkstra για την εύρεση της συντομότερης διαδρομής.",
    ),
    (
        "el",
        "economics",
        "Μέσα στην ευρωζώνη η Ελλάδα δεν μπορεί να τυπώσει δικό της χρήμα. Τι σημαίνει "
        "αυτό για την οικονομική πολιτική της;",
    ),
    (
        "el",
        "economics",
        "Δώσε μου ένα παράδειγμα για τον νόμο της φθίνουσας οριακής απόδοσης στη γεωργία.",
    ),
    (
        "el",
        "economics",
        "Αν αυξηθεί ο ΦΠΑ στα τρόφιμα, ποιος επιβαρύνεται περισσότερο, οι καταναλωτές ή "
        "οι παραγωγοί;",
    ),
    (
        "el",
        "economics",
        "Εξήγησέ μου πώς δημιουργείται μια φούσκα στην αγορά ακινήτων.",
    ),
    (
        "el",
        "engineering",
        "Με ποια κριτήρια υπολογίζεται το φορτίο που αντέχει μια πλάκα μπαλκονιού από "
        "οπλισμένο σκυρόδεμα;",
    ),
    (
        "el",
        "engineering",
        "Φτιάχνω ένα ρομποτικό χέρι με σερβοκινητήρες. Πώς επιλέγω τη σωστή ροπή για κάθε άρθρωση;",
    ),
    (
        "el",
        "engineering",
        "Ποιες αντισεισμικές τεχνικές χρησιμοποιούνται στον σχεδιασμό σύγχρονων κτιρίων "
        "σε σεισμογενείς περιοχές;",
    ),
    (
        "el",
        "engineering",
        "Σχεδίασέ μου ένα απλό κύκλωμα με τρανζίστορ που ανάβει ένα LED όταν πέφτει το φως.",
    ),
    (
        "el",
        "health",
        "Έχω συχνά πονοκεφάλους το απόγευμα. Μπορεί να φταίει η αφυδάτωση;",
    ),
    (
        "el",
        "health",
        "Πόσο συχνά πρέπει να κάνει κανείς εξετάσεις αίματος μετά τα σαράντα;",
    ),
    (
        "el",
        "health",
        "Η μεσογειακή διατροφή είναι πράγματι τόσο καλή για την καρδιά;",
    ),
    (
        "el",
        "health",
        "Μετά από πολλές ώρες οδήγησης πιάνεται ο αυχένας μου. Ποιες ασκήσεις βοηθούν;",
    ),
    (
        "el",
        "history",
        "Ποια ήταν τα αίτια του Πελοποννησιακού Πολέμου σύμφωνα με τον Θουκυδίδη;",
    ),
    (
        "el",
        "history",
        "Με λίγα λόγια, τι ήταν η Μικρασιατική Καταστροφή του 1922 και ποιες συνέπειες είχε;",
    ),
    (
        "el",
        "history",
        "Πώς κατάφερε ο Μέγας Αλέξανδρος να δημιουργήσει τόσο μεγάλη αυτοκρατορία σε λίγα χρόνια;",
    ),
    (
        "el",
        "history",
        "Ποιον ρόλο έπαιξε το Βυζάντιο στη διατήρηση της αρχαίας ελληνικής γραμματείας;",
    ),
    (
        "el",
        "law",
        "Ο ιδιοκτήτης δεν μου επιστρέφει την εγγύηση μετά τη λήξη του μισθωτηρίου. Τι "
        "μπορώ να κάνω νομικά;",
    ),
    (
        "el",
        "law",
        "Χρειάζεται οπωσδήποτε συμβολαιογράφος για να κάνω διαθήκη στην Ελλάδα;",
    ),
    (
        "el",
        "law",
        "Με απέλυσαν χωρίς καμία προειδοποίηση μετά από πέντε χρόνια. Δικαιούμαι αποζημίωση;",
    ),
    (
        "el",
        "law",
        "Πλημμέλημα και κακούργημα: πού διαφέρουν και πώς επηρεάζει αυτό την ποινή;",
    ),
    (
        "el",
        "math",
        "Ορθογώνιο τρίγωνο έχει κάθετες πλευρές 6 και 8 εκατοστά. Πώς υπολογίζω την υποτείνουσα;",
    ),
    (
        "el",
        "math",
        "Λύσε την ανίσωση 2x − 5 > 3x + 1 και δείξε τα βήματα.",
    ),
    (
        "el",
        "math",
        "Ένα κατάστημα κάνει έκπτωση 25% και μετά άλλη 10% στην ήδη μειωμένη τιμή. Πόση "
        "είναι η συνολική έκπτωση;",
    ),
    (
        "el",
        "math",
        "Γιατί χρειαζόμαστε τους μιγαδικούς αριθμούς και τη φανταστική μονάδα i;",
    ),
    (
        "el",
        "philosophy",
        "Είναι ηθικά σωστό να καταγγείλω στην αστυνομία έναν φίλο που οδήγησε μεθυσμένος, "
        "αν κανείς δεν τραυματίστηκε;",
    ),
    (
        "el",
        "philosophy",
        "Τι εννοούσε ο Ηράκλειτος με το «τα πάντα ρει»;",
    ),
    (
        "el",
        "philosophy",
        "Μπορεί κάποιος να είναι ευτυχισμένος χωρίς να είναι ενάρετος, κατά τον Αριστοτέλη;",
    ),
    (
        "el",
        "philosophy",
        "Έχουν τα ζώα ηθικά δικαιώματα ή μόνο οι άνθρωποι; Ποια επιχειρήματα υπάρχουν;",
    ),
    (
        "el",
        "physics",
        "Ένα αυτοκίνητο κινείται με 72 km/h και φρενάρει ομαλά μέχρι να σταματήσει σε 5 "
        "δευτερόλεπτα. Πόση απόσταση διανύει;",
    ),
    (
        "el",
        "physics",
        "Γιατί οι αστροναύτες αιωρούνται στον Διεθνή Διαστημικό Σταθμό, αφού η βαρύτητα "
        "εκεί δεν είναι μηδενική;",
    ),
    (
        "el",
        "physics",
        "Πόση θερμότητα χρειάζεται για να ζεσταθούν 2 κιλά νερό από 20 σε 80 βαθμούς Κελσίου;",
    ),
    (
        "el",
        "physics",
        "Εξήγησε απλά την αρχή της αβεβαιότητας του Χάιζενμπεργκ.",
    ),
    (
        "el",
        "psychology",
        "Τα άσχημα σχόλια τα θυμάμαι για χρόνια, ενώ τα καλά τα ξεχνώ γρήγορα. Πού οφείλεται αυτό;",
    ),
    (
        "el",
        "psychology",
        "Το παιδί μου των πέντε ετών έχει συχνά εκρήξεις θυμού. Πώς να αντιδρώ ψύχραιμα;",
    ),
    (
        "el",
        "psychology",
        "Νιώθω συχνά ότι δεν αξίζω τη θέση μου στη δουλειά και ότι κάποια στιγμή θα "
        "«αποκαλυφθώ». Είναι αυτό το σύνδρομο του απατεώνα;",
    ),
    (
        "el",
        "psychology",
        "Η μοναξιά επηρεάζει την ψυχική μας κατάσταση; Τι λέει η έρευνα;",
    ),
    (
        "el",
        "other",
        "Δώσε μου μια συνταγή για γεμιστά με ρύζι χωρίς κιμά.",
    ),
    (
        "el",
        "other",
        "Ποια νησιά των Κυκλάδων αξίζουν για ήσυχες διακοπές με μικρά παιδιά;",
    ),
    (
        "el",
        "other",
        "Ο βασιλικός στη γλάστρα μου ξεραίνεται κάθε καλοκαίρι. Τι κάνω λάθος;",
    ),
    (
        "el",
        "other",
        "Ψάχνω ένα δώρο για φίλο που λατρεύει το ψάρεμα. Τι θα πρότεινες;",
    ),
    (
        "he",
        "biology",
        "איך לטאות מצליחות להצמיח מחדש זנב שנקטע, ולמה בני אדם לא יכולים?",
    ),
    (
        "he",
        "biology",
        "מה ההבדל בין וירוס לחיידק מבחינת המבנה ואופן הרבייה?",
    ),
    (
        "he",
        "biology",
        "הסבר לי מה זה ביטוי גנים ואיך תא יודע אילו חלבונים לייצר.",
    ),
    (
        "he",
        "biology",
        "כמה זמן חיה נמלה מלכה, ואיך מתחלקת העבודה בתוך המושבה?",
    ),
    (
        "he",
        "business",
        "אני רוצה לפתוח עסק קטן של מאפים ביתיים. איך כדאי לתמחר את המוצרים?",
    ),
    (
        "he",
        "business",
        "כתוב לי פסקה קצרה למצגת משקיעים שמסבירה למה הסטארט־אפ שלנו ייחודי.",
    ),
    (
        "he",
        "business",
        "מהם היתרונות והחסרונות של זכיינות לעומת פתיחת עסק עצמאי?",
    ),
    (
        "he",
        "business",
        "העובדים בצוות שלי לא משתפים פעולה, ואני מנהל חדש. מה הצעדים הראשונים לשיפור "
        "העבודה המשותפת?",
    ),
    (
        "he",
        "chemistry",
        "אזן בבקשה את המשוואה של תגובת מגנזיום עם חומצה מלחית, והסבר כל שלב.",
    ),
    (
        "he",
        "chemistry",
        "כמה מולים יש ב־117 גרם של נתרן כלורי? תראה לי את החישוב.",
    ),
    (
        "he",
        "chemistry",
        "פחמן יוצר יותר תרכובות מכמעט כל יסוד אחר. מה הסיבה לכך?",
    ),
    (
        "he",
        "chemistry",
        "במה שונה קשר מימני מקשר קוולנטי, ולמה הוא חשוב לתכונות של מים?",
    ),
    (
        "he",
        "computer science",
        "כתוב פונקציה ב־Python שממיינת רשימה של מילונים לפי מפתח מסוים.",
    ),
    (
        "he",
        "computer science",
        "למידת מכונה – במה היא בעצם שונה מתכנות רגיל?",
    ),
    (
        "he",
        "computer science",
        "האתר שלי נטען לאט מאוד. אילו מבני נתונים או טכניקות מטמון יכולים לעזור?",
    ),
    (
        "he",
        "computer science",
        "תסביר לי מה זה מבוי סתום (deadlock) במערכות הפעלה ואיך מונעים אותו.",
    ),
    (
        "he",
        "economics",
        "מחירי הדירות בישראל עלו מאוד בעשורים האחרונים. אילו גורמים כלכליים עומדים מאחורי זה?",
    ),
    (
        "he",
        "economics",
        "מה ההשפעה של הורדת מכסים על יבוא על המחירים לצרכן?",
    ),
    (
        "he",
        "economics",
        "מדיניות מוניטרית ומדיניות פיסקלית – מי אחראי על כל אחת ומה ההבדל ביניהן?",
    ),
    (
        "he",
        "economics",
        "אם הממשלה מדפיסה עוד כסף, למה זה לא הופך את כולם לעשירים יותר?",
    ),
    (
        "he",
        "engineering",
        "אני בונה מדף מעץ שיחזיק ספרים כבדים. באיזה עובי קרש ובאיזה מרווח בין תומכים כדאי להשתמש?",
    ),
    (
        "he",
        "engineering",
        "מזגן ביתי – מה התפקיד של המדחס ושל המעבה בתהליך הקירור?",
    ),
    (
        "he",
        "engineering",
        "תכנון גשר מעל נהר שמציף בחורף: אילו שיקולים הנדסיים חשובים במיוחד?",
    ),
    (
        "he",
        "engineering",
        "צריך לתכנן מעגל שמפעיל מאוורר כשהטמפרטורה עולה מעל 30 מעלות. אילו רכיבים לבחור?",
    ),
    (
        "he",
        "health",
        "יש לי כאבי בטן אחרי כל ארוחה עם מוצרי חלב. ייתכן שזו רגישות ללקטוז?",
    ),
    (
        "he",
        "health",
        "כמה פעמים בשבוע מומלץ לעשות פעילות אירובית כדי לשמור על לב בריא?",
    ),
    (
        "he",
        "health",
        "האם צום לסירוגין באמת עוזר לרדת במשקל, ולמי הוא לא מתאים?",
    ),
    (
        "he",
        "health",
        "בלי תוספים יקרים, מה אפשר לעשות בחורף כדי לחזק את מערכת החיסון?",
    ),
    (
        "he",
        "history",
        "המרד הגדול ברומאים פרץ בשנת 66 לספירה. מה היו הסיבות העיקריות לו?",
    ),
    (
        "he",
        "history",
        "ספר לי על תקופת הרנסנס באיטליה ועל השינויים שהביאה לאמנות ולמדע.",
    ),
    (
        "he",
        "history",
        "המצאת הדפוס של גוטנברג – עד כמה היא שינתה את אירופה?",
    ),
    (
        "he",
        "history",
        "אילו גורמים כלכליים ופוליטיים הובילו להתפרקות ברית המועצות בשנת 1991?",
    ),
    (
        "he",
        "law",
        "השכן בנה מחסן שחוסם לי את הכניסה לחניה המשותפת. מה אפשר לעשות מבחינה משפטית?",
    ),
    (
        "he",
        "law",
        "עבירה פלילית ותביעה אזרחית – במה הן שונות, ומי מגיש כל אחת מהן?",
    ),
    (
        "he",
        "law",
        "האם מותר למעסיק לפטר עובדת בזמן הריון, ובאילו מקרים חריגים?",
    ),
    (
        "he",
        "law",
        "קניתי מכשיר חשמלי פגום. תוך כמה ימים אני זכאי לבטל את העסקה לפי חוק הגנת הצרכן?",
    ),
    (
        "he",
        "math",
        "איך מחשבים את השטח של משולש כשיודעים רק את אורכי שלוש הצלעות?",
    ),
    (
        "he",
        "math",
        "פתור את מערכת המשוואות x + y = 10 ו־x − y = 4 והראה את הדרך.",
    ),
    (
        "he",
        "math",
        "ברכבת יש 240 נוסעים, ושליש מהם ירדו בתחנה הראשונה. כמה נוסעים נשארו?",
    ),
    (
        "he",
        "math",
        "מה זה גבול של פונקציה, ולמה הוא הבסיס לחשבון דיפרנציאלי?",
    ),
    (
        "he",
        "philosophy",
        "האם מוצדק מוסרית לשבור הבטחה שנתתי אם קיומה יגרום נזק למישהו אחר?",
    ),
    (
        "he",
        "philosophy",
        "מה טען שפינוזה על הקשר בין אלוהים לטבע, ואיך זה השפיע על הפילוסופיה המודרנית?",
    ),
    (
        "he",
        "philosophy",
        "אפשר בכלל לדעת משהו בוודאות מוחלטת, או שכל הידע שלנו הוא רק השערה?",
    ),
    (
        "he",
        "philosophy",
        "הסבר את בעיית הספינה של תזאוס ומה היא מלמדת על זהות לאורך זמן.",
    ),
    (
        "he",
        "physics",
        "כדור נזרק אופקית מגובה 20 מטר במהירות של 5 מטר לשנייה. כמה רחוק מהבסיס הוא ינחת?",
    ),
    (
        "he",
        "physics",
        "למה אנחנו רואים את הברק לפני ששומעים את הרעם, ואיך מחשבים מזה את המרחק?",
    ),
    (
        "he",
        "physics",
        "אפשר הסבר פשוט למושג אנטרופיה ולחוק השני של התרמודינמיקה?",
    ),
    (
        "he",
        "physics",
        "מנוף מרים ארגז של 300 ק״ג לגובה 12 מטר בתוך 20 שניות. מה ההספק שלו?",
    ),
    (
        "he",
        "psychology",
        "למה קשה לי כל כך להגיד 'לא' לאנשים, גם כשאני ממש לא רוצה?",
    ),
    (
        "he",
        "psychology",
        "מהו אפקט דאנינג־קרוגר, ולמה דווקא אנשים עם מעט ידע בטוחים כל כך בעצמם?",
    ),
    (
        "he",
        "psychology",
        "אחרי המעבר לעיר חדשה אני מרגישה בודדה ומתקשה ליצור קשרים. מה אומרת הפסיכולוגיה "
        "על בניית חברויות בגיל מבוגר?",
    ),
    (
        "he",
        "psychology",
        "תאר את ניסוי הכלא של סטנפורד ואת הביקורת שהופנתה אליו.",
    ),
    (
        "he",
        "other",
        "תן לי מתכון לשקשוקה חריפה לארבעה סועדים, כולל מה להגיש לצידה.",
    ),
    (
        "he",
        "other",
        "מתכננים טיול של שבוע בצפון עם ילדים קטנים. אילו מסלולים קלים יש?",
    ),
    (
        "he",
        "other",
        "הקומקום החשמלי שלנו מלא אבנית. יש דרך לנקות אותו בלי חומרים חזקים?",
    ),
    (
        "he",
        "other",
        "החתול שלי מסרב לאכול את המזון החדש. כדאי לעבור אליו בהדרגה?",
    ),
    (
        "hi",
        "biology",
        "पेड़-पौधे रात में ऑक्सीजन छोड़ते हैं या कार्बन डाइऑक्साइड? मुझे इस बारे में हमेशा उलझन रहती है।",
    ),
    (
        "hi",
        "biology",
        "डीएनए की संरचना को आसान शब्दों में समझाइए, खासकर डबल हेलिक्स का मतलब क्या है।",
    ),
    (
        "hi",
        "biology",
        "मेंढक पानी और ज़मीन दोनों पर कैसे रह लेते हैं? उनके शरीर में क्या खास होता है?",
    ),
    (
        "hi",
        "biology",
        "मनुष्य की लाल रक्त कोशिकाओं में केंद्रक क्यों नहीं होता?",
    ),
    (
        "hi",
        "business",
        "मैं अपने शहर में एक छोटी चाय की दुकान खोलना चाहता हूँ। शुरुआती लागत और मुनाफ़े का हिसाब कैसे लगाऊँ?",
    ),
    (
        "hi",
        "business",
        "ऑनलाइन कपड़ों का बिज़नेस शुरू करने के लिए सबसे अच्छी मार्केटिंग रणनीति क्या होगी?",
    ),
    (
        "hi",
        "business",
        "एक स्टार्टअप के लिए सही सह-संस्थापक चुनते समय किन बातों का ध्यान रखना चाहिए?",
    ),
    (
        "hi",
        "business",
        "ग्राहकों की शिकायतें बढ़ रही हैं। कस्टमर सर्विस सुधारने के लिए मुझे एक योजना बनाकर दीजिए।",
    ),
    (
        "hi",
        "chemistry",
        "चूने के पानी में फूँक मारने पर वह दूधिया क्यों हो जाता है?",
    ),
    (
        "hi",
        "chemistry",
        "सोडियम और पानी की अभिक्रिया का संतुलित रासायनिक समीकरण लिखिए और उत्पाद बताइए।",
    ),
    (
        "hi",
        "chemistry",
        "pH स्केल क्या होता है और नींबू का रस अम्लीय क्यों माना जाता है?",
    ),
    (
        "hi",
        "chemistry",
        "0.5 मोल ग्लूकोज़ का द्रव्यमान कितने ग्राम होगा? गणना भी दिखाइए।",
    ),
    (
        "hi",
        "computer science",
        "Python में लिस्ट कॉम्प्रिहेंशन क्या है? एक उदाहरण के साथ समझाइए।",
    ),
    (
        "hi",
        "computer science",
        "ऑपरेटिंग सिस्टम में प्रोसेस और थ्रेड में क्या अंतर होता है?",
    ),
    (
        "hi",
        "computer science",
        "मुझे एक ऐसा प्रोग्राम लिखना है जो किसी संख्या के सभी अभाज्य गुणनखंड निकाले। C++ में कोड दे सकते हैं?",
    ),
    (
        "hi",
        "computer science",
        "बाइनरी सर्च ट्री में किसी नोड को हटाने की प्रक्रिया कदम-दर-कदम बताइए।",
    ),
    (
        "hi",
        "economics",
        "रिज़र्व बैंक रेपो रेट बढ़ाता है तो आम आदमी की ईएमआई पर क्या असर पड़ता है?",
    ),
    (
        "hi",
        "economics",
        "मुद्रास्फीति और अपस्फीति में क्या फ़र्क है, और दोनों में से कौन ज़्यादा खतरनाक है?",
    ),
    (
        "hi",
        "economics",
        "जीडीपी बढ़ने के बावजूद बेरोज़गारी कम क्यों नहीं होती?",
    ),
    (
        "hi",
        "economics",
        "किसी देश की मुद्रा कमज़ोर होने से निर्यात को फ़ायदा कैसे होता है? सरल उदाहरण दीजिए।",
    ),
    (
        "hi",
        "engineering",
        "घर की छत पर पानी की टंकी रखनी है। क्या मौजूदा स्लैब इतना भार सह पाएगा, यह कैसे जाँचें?",
    ),
    (
        "hi",
        "engineering",
        "इलेक्ट्रिक मोटर में स्टेटर और रोटर की भूमिका क्या होती है?",
    ),
    (
        "hi",
        "engineering",
        "एक साधारण वोल्टेज डिवाइडर सर्किट डिज़ाइन करना है जो 12 V से 5 V दे। रेसिस्टर के मान कैसे चुनूँ?",
    ),
    (
        "hi",
        "engineering",
        "पुलों में स्टील के साथ कंक्रीट का इस्तेमाल क्यों किया जाता है, और प्रबलित कंक्रीट कैसे काम करता है?",
    ),
    (
        "hi",
        "health",
        "मुझे रोज़ सुबह उठते ही छींकें आने लगती हैं। क्या यह एलर्जी हो सकती है?",
    ),
    (
        "hi",
        "health",
        "डायबिटीज़ के मरीज़ को नाश्ते में क्या खाना चाहिए और किन चीज़ों से बचना चाहिए?",
    ),
    (
        "hi",
        "health",
        "ब्लड प्रेशर को बिना दवा के नियंत्रित रखने के लिए जीवनशैली में कौन-से बदलाव करें?",
    ),
    (
        "hi",
        "health",
        "बच्चों को किस उम्र में कौन-से टीके लगवाने ज़रूरी होते हैं?",
    ),
    (
        "hi",
        "history",
        "1857 के विद्रोह के मुख्य कारण क्या थे, और अंग्रेज़ों ने उसे कैसे दबाया?",
    ),
    (
        "hi",
        "history",
        "सिंधु घाटी सभ्यता के लोग किस तरह की नगर योजना अपनाते थे?",
    ),
    (
        "hi",
        "history",
        "मुग़ल साम्राज्य के पतन की कहानी संक्षेप में सुनाइए।",
    ),
    (
        "hi",
        "history",
        "भारत के विभाजन के समय लाखों लोग विस्थापित क्यों हुए, और इसका क्या असर रहा?",
    ),
    (
        "hi",
        "law",
        "पिता की वसीयत के बिना मृत्यु हो गई। पैतृक संपत्ति में बेटियों का कितना हक़ होता है?",
    ),
    (
        "hi",
        "law",
        "पुलिस में एफ़आईआर और एनसीआर दर्ज कराने में क्या अंतर है, और कब कौन-सी दर्ज होती है?",
    ),
    (
        "hi",
        "law",
        "सूचना का अधिकार (RTI) के तहत आवेदन कैसे किया जाता है?",
    ),
    (
        "hi",
        "law",
        "किराएदार से मकान खाली करवाने के लिए मकान मालिक को कितने दिन का नोटिस देना ज़रूरी है?",
    ),
    (
        "hi",
        "math",
        "एक आयताकार खेत की लंबाई 40 मीटर और चौड़ाई 25 मीटर है। उसके चारों ओर बाड़ लगाने "
        "के लिए कितने मीटर तार लगेगा?",
    ),
    (
        "hi",
        "math",
        "साधारण ब्याज और चक्रवृद्धि ब्याज की गणना कैसे करते हैं? 10,000 रुपये पर 8% "
        "वार्षिक दर से 2 साल का उदाहरण दीजिए।",
    ),
    (
        "hi",
        "math",
        "द्विघात समीकरण का सूत्र कहाँ से आता है? इसे व्युत्पन्न करके दिखाइए।",
    ),
    (
        "hi",
        "math",
        "पाँच अलग-अलग किताबों को एक शेल्फ़ पर कितने तरीकों से सजाया जा सकता है?",
    ),
    (
        "hi",
        "philosophy",
        "अगर किसी की जान बचाने के लिए चोरी करनी पड़े, तो क्या वह नैतिक रूप से सही होगी?",
    ),
    (
        "hi",
        "philosophy",
        "भगवद गीता में बताए गए निष्काम कर्म का दार्शनिक अर्थ क्या है?",
    ),
    (
        "hi",
        "philosophy",
        "बौद्ध दर्शन में 'अनात्म' की अवधारणा क्या है, और यह आत्मा के विचार से कैसे अलग है?",
    ),
    (
        "hi",
        "philosophy",
        "मेरे दोस्त ने मुझे एक राज़ बताया जिससे किसी और को नुकसान हो सकता है। राज़ रखना सही है या बता देना?",
    ),
    (
        "hi",
        "physics",
        "एक पत्थर को 45 मीटर ऊँचाई से गिराया गया। वह ज़मीन तक पहुँचने में कितना समय लेगा? g = 10 m/s² मानिए।",
    ),
    (
        "hi",
        "physics",
        "चलती बस अचानक रुकती है तो हम आगे की ओर क्यों झुक जाते हैं?",
    ),
    (
        "hi",
        "physics",
        "चुंबक लोहे को क्यों खींचता है लेकिन एल्युमिनियम को नहीं?",
    ),
    (
        "hi",
        "physics",
        "प्रकाश के परावर्तन और अपवर्तन में क्या अंतर है? रोज़मर्रा के उदाहरण दीजिए।",
    ),
    (
        "hi",
        "psychology",
        "सोशल मीडिया पर दूसरों की ज़िंदगी देखकर मुझे अक्सर जलन और उदासी महसूस होती है। ऐसा क्यों होता है?",
    ),
    (
        "hi",
        "psychology",
        "पियाजे के संज्ञानात्मक विकास के चरण कौन-से हैं? संक्षेप में समझाइए।",
    ),
    (
        "hi",
        "psychology",
        "लोग भीड़ में किसी ज़रूरतमंद की मदद करने से क्यों हिचकिचाते हैं? बाइस्टैंडर इफ़ेक्ट के बारे में बताइए।",
    ),
    (
        "hi",
        "psychology",
        "इंटरव्यू से पहले बहुत घबराहट होती है। आत्मविश्वास बढ़ाने के लिए मानसिक रूप से कैसे तैयारी करूँ?",
    ),
    (
        "hi",
        "other",
        "घर पर नरम और फूली हुई रोटियाँ बनाने का तरीका बताइए।",
    ),
    (
        "hi",
        "other",
        "दिसंबर में राजस्थान घूमने जा रहे हैं। पाँच दिनों का यात्रा कार्यक्रम बना दीजिए।",
    ),
    (
        "hi",
        "other",
        "बालकनी में टमाटर उगाने के लिए कौन-सा गमला और मिट्टी सबसे अच्छी रहेगी?",
    ),
    (
        "hi",
        "other",
        "क्रिकेट में डीआरएस यानी अंपायर के फ़ैसले की समीक्षा का नियम कैसे काम करता है?",
    ),
    (
        "th",
        "biology",
        "ทำไมใบของต้นจามจุรีถึงหุบลงตอนกลางคืน กลไกทางชีววิทยาเบื้องหลังคืออะไร",
    ),
    (
        "th",
        "biology",
        "อธิบายความแตกต่างระหว่างเซลล์โพรคาริโอตกับเซลล์ยูคาริโอตให้หน่อย",
    ),
    (
        "th",
        "biology",
        "ช้างสื่อสารกันด้วยเสียงความถี่ต่ำได้อย่างไร และได้ยินกันไกลแค่ไหน",
    ),
    (
        "th",
        "biology",
        "ลูกสาวถามว่าทำไมพ่อแม่ที่ตาสีเข้มทั้งคู่บางครั้งถึงมีลูกตาสีอ่อนได้ ช่วยอธิบายเรื่องยีนให้เข้าใจง่าย ๆ หน่อย",
    ),
    (
        "th",
        "business",
        "อยากเปิดร้านขายข้าวมันไก่ผ่านแอปเดลิเวอรี ควรคำนวณต้นทุนและตั้งราคาอย่างไรให้มีกำไร",
    ),
    (
        "th",
        "business",
        "ช่วยเขียนคำอธิบายสินค้าสำหรับสบู่สมุนไพรทำมือ เพื่อลงขายในร้านค้าออนไลน์",
    ),
    (
        "th",
        "business",
        "การทำการตลาดผ่าน TikTok เหมาะกับธุรกิจขนาดเล็กแบบไหนบ้าง",
    ),
    (
        "th",
        "business",
        "บริษัทเรามีพนักงานลาออกบ่อยมาก ในฐานะผู้จัดการควรแก้ปัญหานี้อย่างไร",
    ),
    (
        "th",
        "chemistry",
        "มะนาวทำให้น้ำอัญชันเปลี่ยนจากสีน้ำเงินเป็นสีม่วงได้ เพราะเกิดปฏิกิริยาเคมีอะไร",
    ),
    (
        "th",
        "chemistry",
        "จงคำนวณมวลโมเลกุลของกรดซัลฟิวริก H₂SO₄ และแสดงวิธีคิดทีละขั้น",
    ),
    (
        "th",
        "chemistry",
        "พันธะโลหะต่างจากพันธะไอออนิกอย่างไร ช่วยยกตัวอย่างสารที่มีพันธะแต่ละแบบ",
    ),
    (
        "th",
        "chemistry",
        "ถ้าผสมสารละลาย HCl 0.1 โมลาร์ 50 มิลลิลิตร กับ NaOH 0.1 โมลาร์ 50 มิลลิลิตร สารละลายที่ได้จะมี pH เท่าไร",
    ),
    (
        "th",
        "computer science",
        "ช่วยเขียนโค้ด Python สำหรับอ่านไฟล์ CSV แล้วหาค่าเฉลี่ยของคอลัมน์หนึ่งให้หน่อย",
    ),
    (
        "th",
        "computer science",
        "Big O notation คืออะไร แล้วทำไมโปรแกรมเมอร์ต้องให้ความสำคัญกับมัน",
    ),
    (
        "th",
        "computer science",
        "อัลกอริทึม quicksort ทำงานอย่างไร และกรณีไหนที่มันทำงานช้าที่สุด",
    ),
    (
        "th",
        "computer science",
        "ฐานข้อมูลแบบ SQL กับ NoSQL ต่างกันอย่างไร ถ้าจะทำแอปพลิเคชันแชทควรเลือกแบบไหน",
    ),
    (
        "th",
        "economics",
        "เวลาเงินบาทแข็งค่า ผู้ส่งออกข้าวมักบ่นว่ารายได้ลดลง เป็นเพราะกลไกทางเศรษฐศาสตร์อะไร",
    ),
    (
        "th",
        "economics",
        "เงินเฟ้อคืออะไร และส่งผลต่อค่าครองชีพของคนทั่วไปอย่างไร",
    ),
    (
        "th",
        "economics",
        "การที่รัฐบาลแจกเงินกระตุ้นเศรษฐกิจช่วยให้เศรษฐกิจโตได้จริงหรือไม่ นักเศรษฐศาสตร์มองเรื่องนี้อย่างไร",
    ),
    (
        "th",
        "economics",
        "ตลาดผูกขาดกับตลาดแข่งขันสมบูรณ์ต่างกันอย่างไรในแง่ของราคาและปริมาณการผลิต",
    ),
    (
        "th",
        "engineering",
        "บ้านสองชั้นที่สร้างบนดินอ่อนในกรุงเทพฯ ควรใช้ฐานรากแบบไหนเพื่อป้องกันการทรุดตัว",
    ),
    (
        "th",
        "engineering",
        "ช่วยออกแบบวงจรชาร์จแบตเตอรี่ลิเธียมจากแผงโซลาร์เซลล์ขนาด 10 วัตต์ ต้องใช้อุปกรณ์อะไรบ้าง",
    ),
    (
        "th",
        "engineering",
        "หลักการทำงานของปั๊มน้ำแบบหอยโข่งเป็นอย่างไร และจะเลือกขนาดมอเตอร์ให้เหมาะกับงานได้อย่างไร",
    ),
    (
        "th",
        "engineering",
        "สะพานแขวนกับสะพานคานยื่นต่างกันอย่างไรในแง่การรับแรงและการใช้งาน",
    ),
    (
        "th",
        "health",
        "กินข้าวเหนียวกับส้มตำบ่อย ๆ จะทำให้น้ำตาลในเลือดสูงไหม สำหรับคนที่เพิ่งเริ่มเป็นเบาหวาน",
    ),
    (
        "th",
        "health",
        "อาการของไข้เลือดออกมีอะไรบ้าง และควรไปพบแพทย์เมื่อไร",
    ),
    (
        "th",
        "health",
        "ผู้สูงอายุควรออกกำลังกายแบบไหนที่ปลอดภัยต่อข้อเข่า",
    ),
    (
        "th",
        "health",
        "ดื่มน้ำมะพร้าวทุกวันดีต่อสุขภาพจริงหรือเปล่า มีข้อควรระวังอะไรไหม",
    ),
    (
        "th",
        "history",
        "การเสียกรุงศรีอยุธยาครั้งที่สองในปี พ.ศ. 2310 เกิดขึ้นได้อย่างไร",
    ),
    (
        "th",
        "history",
        "เล่าเรื่องการปฏิวัติฝรั่งเศสแบบสั้น ๆ ให้ฟังหน่อย ว่าเริ่มต้นและจบลงอย่างไร",
    ),
    (
        "th",
        "history",
        "ประเทศไทยรอดพ้นจากการตกเป็นอาณานิคมของชาติตะวันตกมาได้ด้วยปัจจัยอะไรบ้าง",
    ),
    (
        "th",
        "history",
        "เส้นทางสายไหมมีความสำคัญต่อการค้าและวัฒนธรรมระหว่างตะวันออกกับตะวันตกอย่างไร",
    ),
    (
        "th",
        "law",
        "ถ้าขับรถชนท้ายคันอื่นแล้วคู่กรณีไม่ยอมตกลง ตามกฎหมายใครต้องรับผิดชอบค่าเสียหาย",
    ),
    (
        "th",
        "law",
        "การจดทะเบียนสมรสมีผลทางกฎหมายต่อทรัพย์สินของคู่สมรสอย่างไร",
    ),
    (
        "th",
        "law",
        "ถ้านำเพลงของคนอื่นมาใช้ประกอบคลิปใน YouTube จะผิดกฎหมายลิขสิทธิ์ไหม",
    ),
    (
        "th",
        "law",
        "คนที่อายุต่ำกว่า 20 ปีทำสัญญากู้เงินเองได้หรือไม่ตามกฎหมายไทย",
    ),
    (
        "th",
        "math",
        "จะหาพื้นที่ของวงกลมที่มีเส้นผ่านศูนย์กลาง 14 เซนติเมตรได้อย่างไร",
    ),
    (
        "th",
        "math",
        "ช่วยแก้สมการ 3x² − 12 = 0 และอธิบายทีละขั้นตอน",
    ),
    (
        "th",
        "math",
        "แม่ค้าซื้อมะม่วงมาลูกละ 15 บาท แล้วขายลูกละ 20 บาท กำไรคิดเป็นกี่เปอร์เซ็นต์",
    ),
    (
        "th",
        "math",
        "ความน่าจะเป็นที่จะทอยลูกเต๋าสองลูกแล้วได้ผลรวมเท่ากับ 7 คือเท่าไร",
    ),
    (
        "th",
        "philosophy",
        "ถ้าเพื่อนสนิทขอให้โกหกแทนเพื่อปกปิดความผิดเล็ก ๆ ในที่ทำงาน ในทางจริยธรรมเราควรทำตามหรือไม่",
    ),
    (
        "th",
        "philosophy",
        "แนวคิดเรื่องทางสายกลางในพุทธปรัชญาหมายความว่าอย่างไร",
    ),
    (
        "th",
        "philosophy",
        "ความสุขที่แท้จริงคืออะไรในมุมมองของนักปรัชญากรีกอย่างเอพิคิวรัส",
    ),
    (
        "th",
        "philosophy",
        "การทดลองทางความคิดเรื่องสมองในถังหมายถึงอะไร และบอกอะไรเราเกี่ยวกับความจริง",
    ),
    (
        "th",
        "physics",
        "ลูกบอลมวล 0.5 กิโลกรัมถูกเตะด้วยแรง 50 นิวตันเป็นเวลา 0.1 วินาที ลูกบอลจะมีความเร็วเท่าไร",
    ),
    (
        "th",
        "physics",
        "บนยอดเขาสูง น้ำเดือดที่อุณหภูมิต่ำกว่า 100 องศาเซลเซียส เป็นเพราะอะไร",
    ),
    (
        "th",
        "physics",
        "คลื่นเสียงกับคลื่นแสงต่างกันอย่างไร และทำไมเสียงถึงเดินทางในอวกาศไม่ได้",
    ),
    (
        "th",
        "physics",
        "หม้อหุงข้าวกำลัง 800 วัตต์ ใช้งานวันละ 30 นาที หนึ่งเดือนจะใช้ไฟกี่หน่วย",
    ),
    (
        "th",
        "psychology",
        "ทำไมคนเราถึงชอบซื้อของตอนเครียด การช็อปปิ้งช่วยบรรเทาอารมณ์ได้จริงไหม",
    ),
    (
        "th",
        "psychology",
        "ความจำระยะสั้นกับความจำระยะยาวต่างกันอย่างไรตามหลักจิตวิทยาการรู้คิด",
    ),
    (
        "th",
        "psychology",
        "แรงจูงใจภายในกับแรงจูงใจภายนอกต่างกันอย่างไร และแบบไหนช่วยให้เรียนได้ดีกว่า",
    ),
    (
        "th",
        "psychology",
        "การทดลองตุ๊กตาโบโบ้ของแบนดูราแสดงให้เห็นอะไรเกี่ยวกับการเรียนรู้ของเด็ก",
    ),
    (
        "th",
        "other",
        "ขอสูตรต้มยำกุ้งน้ำข้นสำหรับสี่คนแบบละเอียดหน่อย",
    ),
    (
        "th",
        "other",
        "จะไปเที่ยวเชียงใหม่ช่วงปลายปีสามวันสองคืน ช่วยจัดทริปให้หน่อย",
    ),
    (
        "th",
        "other",
        "แมวที่บ้านชอบข่วนโซฟา มีวิธีไหนช่วยให้เลิกนิสัยนี้ได้บ้าง",
    ),
    (
        "th",
        "other",
        "อยากเริ่มหัดเล่นกีตาร์ด้วยตัวเอง ควรฝึกคอร์ดไหนก่อนดี",
    ),
]
