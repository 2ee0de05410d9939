"""Hand-written questions in the ten languages candidate L5 added (vi, id, ro, hu, da, nb,
fi, ca, sk, hr), for the multilingual branch's domain vote (candidate Y2,
``classifiers/training/branch_bank_rows.py``). Original writing for Prism, by a helper that saw
no evaluation set and no other training data; no public dataset."""

from __future__ import annotations

# (language, domain, text)
ROWS: list[tuple[str, str, str]] = [
    (
        "vi",
        "biology",
        "Tại sao lá cây chuyển sang màu vàng và đỏ vào mùa thu vậy?",
    ),
    (
        "vi",
        "biology",
        "Giải thích giúp mình sự khác nhau giữa nguyên phân và giảm phân một cách dễ hiểu nhé.",
    ),
    (
        "vi",
        "biology",
        "Nếu bố mẹ đều có nhóm máu A thì con có thể mang nhóm máu O không?",
    ),
    (
        "vi",
        "biology",
        "Cá voi là động vật có vú, vậy chúng thở và nuôi con dưới nước như thế nào?",
    ),
    (
        "vi",
        "business",
        "Mình muốn mở một quán cà phê nhỏ, nên lập kế hoạch kinh doanh gồm những phần nào?",
    ),
    (
        "vi",
        "business",
        "Làm thế nào để định giá sản phẩm handmade bán trên mạng mà vẫn có lãi?",
    ),
    (
        "vi",
        "business",
        "Hãy viết giúp tôi một email chuyên nghiệp để đề nghị hợp tác với một nhà cung cấp mới.",
    ),
    (
        "vi",
        "business",
        "Doanh nghiệp nhỏ nên dùng chiến lược marketing nào khi ngân sách quảng cáo rất hạn chế?",
    ),
    (
        "vi",
        "chemistry",
        "Vì sao khi pha loãng axit sunfuric đặc phải rót axit vào nước chứ không làm ngược lại?",
    ),
    (
        "vi",
        "chemistry",
        "Cân bằng giúp mình phương trình phản ứng đốt cháy khí metan trong oxi nhé.",
    ),
    (
        "vi",
        "chemistry",
        "Liên kết ion và liên kết cộng hóa trị khác nhau ở những điểm nào?",
    ),
    (
        "vi",
        "chemistry",
        "Tính số mol có trong 11,7 gam muối ăn NaCl, biết Na = 23 và Cl = 35,5.",
    ),
    (
        "vi",
        "computer science",
        "Độ phức tạp thời gian của thuật toán sắp xếp nhanh trong trường hợp xấu nhất là "
        "bao nhiêu?",
    ),
    (
        "vi",
        "computer science",
        "Giải thích giúp mình đệ quy là gì và cho một ví dụ đơn giản bằng Python.",
    ),
    (
        "vi",
        "computer science",
        "Sự khác nhau giữa ngăn xếp và hàng đợi trong cấu trúc dữ liệu là gì?",
    ),
    (
        "vi",
        "computer science",
        "Tại sao các trang web nên lưu mật khẩu dưới dạng băm thay vì văn bản thuần?",
    ),
    (
        "vi",
        "economics",
        "Khi lạm phát tăng cao thì ngân hàng trung ương thường làm gì để kiểm soát?",
    ),
    (
        "vi",
        "economics",
        "Giải thích khái niệm chi phí cơ hội bằng một ví dụ trong đời sống hằng ngày.",
    ),
    (
        "vi",
        "economics",
        "Vì sao khi đồng nội tệ mất giá thì hàng xuất khẩu lại có lợi thế hơn?",
    ),
    (
        "vi",
        "economics",
        "GDP danh nghĩa và GDP thực tế khác nhau như thế nào, cái nào phản ánh đúng tăng "
        "trưởng hơn?",
    ),
    (
        "vi",
        "engineering",
        "Khi thiết kế một cây cầu dây văng, kỹ sư tính toán tải trọng gió như thế nào?",
    ),
    (
        "vi",
        "engineering",
        "Tại sao dầm thép chữ I lại được dùng phổ biến trong kết cấu nhà xưởng?",
    ),
    (
        "vi",
        "engineering",
        "Mình cần thiết kế mạch hạ áp từ 12V xuống 5V cho vi điều khiển, nên dùng linh kiện gì?",
    ),
    (
        "vi",
        "engineering",
        "Hộp số trên ô tô hoạt động ra sao để thay đổi mô-men xoắn truyền tới bánh xe?",
    ),
    (
        "vi",
        "health",
        "Mình hay bị mất ngủ vì làm việc khuya, có cách nào cải thiện giấc ngủ tự nhiên không?",
    ),
    (
        "vi",
        "health",
        "Người bị huyết áp cao nên hạn chế những loại thực phẩm nào trong bữa ăn?",
    ),
    (
        "vi",
        "health",
        "Mỗi ngày một người trưởng thành nên uống bao nhiêu nước là đủ?",
    ),
    (
        "vi",
        "health",
        "Triệu chứng nào giúp phân biệt cảm cúm thông thường với sốt xuất huyết?",
    ),
    (
        "vi",
        "history",
        "Chiến thắng Điện Biên Phủ năm 1954 có ý nghĩa như thế nào đối với phong trào "
        "giải phóng dân tộc?",
    ),
    (
        "vi",
        "history",
        "Nguyên nhân chính dẫn tới sự sụp đổ của Đế chế La Mã phương Tây là gì?",
    ),
    (
        "vi",
        "history",
        "Kể cho mình nghe về con đường tơ lụa và vai trò của nó trong giao thương thời cổ đại.",
    ),
    (
        "vi",
        "history",
        "Cách mạng công nghiệp ở Anh bắt đầu từ khi nào và vì sao lại nổ ra ở đó trước tiên?",
    ),
    (
        "vi",
        "law",
        "Nếu chủ nhà đòi lại nhà trước khi hết hạn hợp đồng thuê thì người thuê có những quyền gì?",
    ),
    (
        "vi",
        "law",
        "Hợp đồng miệng có giá trị pháp lý không, hay bắt buộc phải lập thành văn bản?",
    ),
    (
        "vi",
        "law",
        "Người lao động bị sa thải mà không được báo trước thì có được bồi thường không?",
    ),
    (
        "vi",
        "law",
        "Phân biệt giúp tôi tội cố ý gây thương tích và vô ý gây thương tích theo luật hình sự.",
    ),
    (
        "vi",
        "math",
        "Giải phương trình bậc hai x² − 5x + 6 = 0 và giải thích từng bước giúp mình.",
    ),
    (
        "vi",
        "math",
        "Xác suất để tung hai con xúc xắc được tổng bằng 7 là bao nhiêu?",
    ),
    (
        "vi",
        "math",
        "Đạo hàm của hàm số y = x² · sin(x) bằng bao nhiêu, trình bày cách làm giúp mình?",
    ),
    (
        "vi",
        "math",
        "Một hình chữ nhật có chu vi 30 cm và chiều dài hơn chiều rộng 3 cm, hãy tính diện tích.",
    ),
    (
        "vi",
        "philosophy",
        "Nói dối để bảo vệ cảm xúc của người khác có phải là việc làm đúng đắn không?",
    ),
    (
        "vi",
        "philosophy",
        "Khổng Tử quan niệm thế nào về chữ 'nhân' và vai trò của nó trong xã hội?",
    ),
    (
        "vi",
        "philosophy",
        "Nếu có thể cứu năm người bằng cách hy sinh một người, về mặt đạo đức ta có nên làm không?",
    ),
    (
        "vi",
        "philosophy",
        "Chủ nghĩa hiện sinh của Sartre cho rằng con người tự do theo nghĩa như thế nào?",
    ),
    (
        "vi",
        "physics",
        "Một ô tô tăng tốc từ 0 lên 72 km/h trong 10 giây, gia tốc trung bình của nó là bao nhiêu?",
    ),
    (
        "vi",
        "physics",
        "Tại sao bầu trời có màu xanh vào ban ngày nhưng lại ngả màu cam lúc hoàng hôn?",
    ),
    (
        "vi",
        "physics",
        "Giải thích định luật bảo toàn động lượng qua ví dụ hai viên bi va chạm vào nhau.",
    ),
    (
        "vi",
        "physics",
        "Vì sao khi đứng trong thang máy đang bắt đầu đi lên, mình cảm thấy người nặng hơn?",
    ),
    (
        "vi",
        "psychology",
        "Tại sao mình hay trì hoãn công việc dù biết rõ hậu quả sẽ không tốt?",
    ),
    (
        "vi",
        "psychology",
        "Hiệu ứng Dunning–Kruger là gì và nó ảnh hưởng thế nào đến cách con người tự đánh "
        "giá bản thân?",
    ),
    (
        "vi",
        "psychology",
        "Làm sao để giúp một đứa trẻ vượt qua nỗi sợ khi phải nói trước đám đông?",
    ),
    (
        "vi",
        "psychology",
        "Thuyết tháp nhu cầu của Maslow giải thích động lực của con người ra sao?",
    ),
    (
        "vi",
        "other",
        "Chỉ mình cách nấu phở bò tại nhà sao cho nước dùng trong và thơm.",
    ),
    (
        "vi",
        "other",
        "Đi Đà Lạt ba ngày hai đêm thì nên lên lịch trình tham quan thế nào cho hợp lý?",
    ),
    (
        "vi",
        "other",
        "Con mèo nhà mình cứ cào ghế sofa, có mẹo nào để nó bỏ thói quen này không?",
    ),
    (
        "vi",
        "other",
        "Gợi ý vài bài tập chạy bộ cho người mới bắt đầu muốn chạy được 5 km.",
    ),
    (
        "id",
        "biology",
        "Bagaimana cara lebah membantu penyerbukan bunga, dan kenapa itu penting bagi tanaman?",
    ),
    (
        "id",
        "biology",
        "Jelaskan perbedaan sel prokariota dan eukariota dengan bahasa yang sederhana.",
    ),
    (
        "id",
        "biology",
        "Kenapa bunglon bisa berubah warna? Apakah itu hanya untuk kamuflase?",
    ),
    (
        "id",
        "biology",
        "Apa fungsi mitokondria di dalam sel dan mengapa disebut pembangkit energi sel?",
    ),
    (
        "id",
        "business",
        "Saya baru membuka toko online batik, bagaimana cara menarik pelanggan pertama "
        "tanpa biaya iklan besar?",
    ),
    (
        "id",
        "business",
        "Apa saja yang perlu dicantumkan dalam proposal bisnis untuk calon investor?",
    ),
    (
        "id",
        "business",
        "Bagaimana cara menghitung titik impas untuk usaha katering rumahan saya?",
    ),
    (
        "id",
        "business",
        "Tolong bantu saya menyusun analisis SWOT untuk kedai kopi kecil di dekat kampus.",
    ),
    (
        "id",
        "chemistry",
        "Mengapa besi bisa berkarat kalau dibiarkan di udara terbuka yang lembap?",
    ),
    (
        "id",
        "chemistry",
        "Berapa pH larutan HCl dengan konsentrasi 0,01 M? Tolong jelaskan cara menghitungnya.",
    ),
    (
        "id",
        "chemistry",
        "Apa yang dimaksud dengan katalis dan bagaimana katalis mempercepat reaksi kimia?",
    ),
    (
        "id",
        "chemistry",
        "Kenapa minyak dan air tidak bisa bercampur walaupun sudah dikocok kuat-kuat?",
    ),
    (
        "id",
        "computer science",
        "Apa perbedaan antara bahasa pemrograman yang dikompilasi dan yang diinterpretasi?",
    ),
    (
        "id",
        "computer science",
        "Tolong jelaskan cara kerja algoritma pencarian biner beserta contoh kodenya.",
    ),
    (
        "id",
        "computer science",
        "Bagaimana cara kerja basis data relasional dan apa yang dimaksud dengan kunci primer?",
    ),
    (
        "id",
        "computer science",
        "Kenapa program saya error 'index out of range' saat mengakses elemen terakhir "
        "list di Python?",
    ),
    (
        "id",
        "economics",
        "Kenapa harga cabai bisa naik tajam menjelang hari raya? Jelaskan dari sisi "
        "penawaran dan permintaan.",
    ),
    (
        "id",
        "economics",
        "Apa dampak kenaikan suku bunga Bank Indonesia terhadap konsumsi masyarakat?",
    ),
    (
        "id",
        "economics",
        "Jelaskan apa itu elastisitas harga permintaan dan berikan contohnya.",
    ),
    (
        "id",
        "economics",
        "Mengapa negara berkembang sering mengalami defisit neraca perdagangan?",
    ),
    (
        "id",
        "engineering",
        "Bagaimana cara menentukan ukuran balok beton bertulang untuk rumah dua lantai?",
    ),
    (
        "id",
        "engineering",
        "Apa fungsi sistem suspensi pada mobil dan apa bedanya tipe MacPherson dengan "
        "double wishbone?",
    ),
    (
        "id",
        "engineering",
        "Saya ingin memasang panel surya di rumah, bagaimana menghitung kapasitas "
        "inverter dan baterai yang dibutuhkan?",
    ),
    (
        "id",
        "engineering",
        "Kenapa bendungan biasanya dibuat lebih tebal di bagian bawah daripada di bagian atas?",
    ),
    (
        "id",
        "health",
        "Apa saja gejala awal diabetes tipe 2 yang perlu diwaspadai?",
    ),
    (
        "id",
        "health",
        "Berapa lama sebaiknya berolahraga setiap minggu agar jantung tetap sehat?",
    ),
    (
        "id",
        "health",
        "Anak saya demam 38,5 derajat sejak semalam, kapan saya harus membawanya ke dokter?",
    ),
    (
        "id",
        "health",
        "Apakah benar makan malam terlalu larut bisa menyebabkan asam lambung naik?",
    ),
    (
        "id",
        "history",
        "Apa latar belakang terjadinya peristiwa Sumpah Pemuda pada tahun 1928?",
    ),
    (
        "id",
        "history",
        "Bagaimana Kerajaan Majapahit bisa menjadi kerajaan yang begitu besar di Nusantara?",
    ),
    (
        "id",
        "history",
        "Ceritakan secara singkat apa saja penyebab pecahnya Perang Dunia Pertama.",
    ),
    (
        "id",
        "history",
        "Mengapa bangsa Eropa berdatangan ke Kepulauan Maluku pada abad ke-16?",
    ),
    (
        "id",
        "law",
        "Apa saja syarat sahnya suatu perjanjian menurut hukum perdata di Indonesia?",
    ),
    (
        "id",
        "law",
        "Jika saya membeli barang online dan barangnya tidak sesuai, apa hak saya sebagai "
        "konsumen?",
    ),
    (
        "id",
        "law",
        "Apa perbedaan antara hak cipta dan merek dagang dalam hukum kekayaan intelektual?",
    ),
    (
        "id",
        "law",
        "Bagaimana prosedur pembagian harta warisan jika pewaris tidak meninggalkan surat wasiat?",
    ),
    (
        "id",
        "math",
        "Berapa hasil integral dari (3x² + 2x) dx? Tolong tunjukkan langkah-langkahnya.",
    ),
    (
        "id",
        "math",
        "Sebuah toko memberi diskon 20% lalu diskon tambahan 10%. Berapa total diskon sebenarnya?",
    ),
    (
        "id",
        "math",
        "Bagaimana cara membuktikan bahwa akar dua adalah bilangan irasional?",
    ),
    (
        "id",
        "math",
        "Tentukan nilai x dan y dari sistem persamaan 2x + y = 7 dan x − y = 2.",
    ),
    (
        "id",
        "philosophy",
        "Apakah manusia benar-benar memiliki kehendak bebas, atau semua tindakan kita "
        "sudah ditentukan?",
    ),
    (
        "id",
        "philosophy",
        "Bolehkah saya melaporkan teman sendiri yang menyontek saat ujian, atau itu "
        "sebuah pengkhianatan?",
    ),
    (
        "id",
        "philosophy",
        "Apa inti pemikiran Immanuel Kant tentang imperatif kategoris?",
    ),
    (
        "id",
        "philosophy",
        "Menurut filsafat, apa sebenarnya yang membuat hidup seseorang terasa bermakna?",
    ),
    (
        "id",
        "physics",
        "Sebuah bola dilempar vertikal ke atas dengan kecepatan 20 m/s. Berapa tinggi "
        "maksimum yang dicapai?",
    ),
    (
        "id",
        "physics",
        "Kenapa kapal laut yang terbuat dari baja bisa mengapung di air?",
    ),
    (
        "id",
        "physics",
        "Apa bedanya massa dan berat? Apakah berat saya akan berubah kalau berada di Bulan?",
    ),
    (
        "id",
        "physics",
        "Bagaimana proses terbentuknya pelangi setelah hujan, dan kenapa urutan warnanya "
        "selalu sama?",
    ),
    (
        "id",
        "psychology",
        "Kenapa saya merasa cemas setiap kali harus menelepon orang yang belum saya kenal?",
    ),
    (
        "id",
        "psychology",
        "Apa itu bias konfirmasi dan bagaimana pengaruhnya terhadap cara kita mengambil keputusan?",
    ),
    (
        "id",
        "psychology",
        "Bagaimana cara membangun kebiasaan baru supaya saya tidak cepat menyerah?",
    ),
    (
        "id",
        "psychology",
        "Apakah urutan kelahiran anak dalam keluarga benar-benar memengaruhi kepribadiannya?",
    ),
    (
        "id",
        "other",
        "Bagaimana cara membuat rendang daging yang empuk dan bumbunya meresap?",
    ),
    (
        "id",
        "other",
        "Rekomendasikan tempat wisata di Yogyakarta untuk liburan keluarga selama tiga hari.",
    ),
    (
        "id",
        "other",
        "Tanaman cabai di pot saya daunnya keriting, apa yang harus saya lakukan?",
    ),
    (
        "id",
        "other",
        "Bagaimana cara mencuci sepatu putih agar tidak menguning setelah kering?",
    ),
    (
        "ro",
        "biology",
        "De ce unele animale hibernează iarna, iar altele rămân active tot anul?",
    ),
    (
        "ro",
        "biology",
        "Explică-mi cum funcționează fotosinteza și ce rol are clorofila în acest proces.",
    ),
    (
        "ro",
        "biology",
        "Care este diferența dintre un virus și o bacterie din punct de vedere biologic?",
    ),
    (
        "ro",
        "biology",
        "Cum se transmit caracterele ereditare de la părinți la copii, conform legilor lui Mendel?",
    ),
    (
        "ro",
        "business",
        "Vreau să deschid o mică brutărie în cartier. Ce costuri inițiale ar trebui să "
        "iau în calcul?",
    ),
    (
        "ro",
        "business",
        "Cum pot negocia un contract mai bun cu un furnizor fără să stric relația cu el?",
    ),
    (
        "ro",
        "business",
        "Ce înseamnă cash-flow negativ și de ce poate duce o firmă profitabilă la faliment?",
    ),
    (
        "ro",
        "business",
        "Ajută-mă să scriu o descriere convingătoare pentru pagina de prezentare a firmei "
        "mele de curățenie.",
    ),
    (
        "ro",
        "chemistry",
        "De ce bicarbonatul de sodiu face spumă atunci când îl amesteci cu oțet?",
    ),
    (
        "ro",
        "chemistry",
        "Ce sunt izotopii și prin ce se deosebesc atomii aceluiași element chimic?",
    ),
    (
        "ro",
        "chemistry",
        "Calculează masa molară a glucozei, C6H12O6, și explică-mi fiecare pas.",
    ),
    (
        "ro",
        "chemistry",
        "Care este diferența dintre o reacție exotermă și una endotermă? Dă-mi câte un exemplu.",
    ),
    (
        "ro",
        "computer science",
        "Cum funcționează o tabelă hash și de ce căutarea în ea este atât de rapidă?",
    ),
    (
        "ro",
        "computer science",
        "Explică-mi diferența dintre programarea orientată pe obiecte și programarea funcțională.",
    ),
    (
        "ro",
        "computer science",
        "Ce este o interogare SQL cu JOIN și când folosesc LEFT JOIN în loc de INNER JOIN?",
    ),
    (
        "ro",
        "computer science",
        "De ce primesc eroarea stack overflow când rulez funcția mea recursivă?",
    ),
    (
        "ro",
        "economics",
        "Cum influențează cursul euro-leu prețurile produselor din magazinele din România?",
    ),
    (
        "ro",
        "economics",
        "Ce este deficitul bugetar și de ce contează atât de mult pentru economia unei țări?",
    ),
    (
        "ro",
        "economics",
        "Explică legea cererii și ofertei pe exemplul chiriilor din orașele universitare.",
    ),
    (
        "ro",
        "economics",
        "De ce aleg unele țări să majoreze salariul minim și ce efecte poate avea asupra "
        "șomajului?",
    ),
    (
        "ro",
        "engineering",
        "Cum se calculează armătura necesară pentru o placă de beton la o casă cu etaj?",
    ),
    (
        "ro",
        "engineering",
        "Ce avantaje are un motor electric față de unul cu ardere internă din punct de "
        "vedere al randamentului?",
    ),
    (
        "ro",
        "engineering",
        "Proiectez o structură metalică pentru o copertină; cum verific dacă rezistă la "
        "încărcarea din zăpadă?",
    ),
    (
        "ro",
        "engineering",
        "Cum funcționează sistemul de frânare ABS la automobile și ce componente are?",
    ),
    (
        "ro",
        "health",
        "Ce alimente sunt bogate în fier pentru cineva care are anemie ușoară?",
    ),
    (
        "ro",
        "health",
        "Cât de des ar trebui să-mi fac analizele de sânge de rutină după 40 de ani?",
    ),
    (
        "ro",
        "health",
        "Mă doare spatele după o zi întreagă la birou; ce exerciții m-ar putea ajuta?",
    ),
    (
        "ro",
        "health",
        "Este periculos să iau ibuprofen pe stomacul gol, fără să mănânc nimic înainte?",
    ),
    (
        "ro",
        "history",
        "Care au fost principalele consecințe ale Marii Uniri din 1918 pentru România?",
    ),
    (
        "ro",
        "history",
        "Cine a fost Ștefan cel Mare și de ce este considerat atât de important în "
        "istoria Moldovei?",
    ),
    (
        "ro",
        "history",
        "De ce a căzut Zidul Berlinului în 1989 și ce a urmat în Europa de Est?",
    ),
    (
        "ro",
        "history",
        "Explică-mi pe scurt care au fost cauzele Revoluției Franceze din 1789.",
    ),
    (
        "ro",
        "law",
        "Proprietarul nu vrea să-mi returneze garanția de la chirie; ce pot face legal?",
    ),
    (
        "ro",
        "law",
        "Care este diferența dintre o contravenție și o infracțiune în dreptul românesc?",
    ),
    (
        "ro",
        "law",
        "Am primit o amendă pe care o consider nedreaptă. Cum fac plângere și în cât timp?",
    ),
    (
        "ro",
        "law",
        "Poate angajatorul să-mi modifice salariul fără acordul meu scris?",
    ),
    (
        "ro",
        "math",
        "Cât face suma primelor 100 de numere naturale și cum se demonstrează formula?",
    ),
    (
        "ro",
        "math",
        "În câte moduri pot așeza 8 cărți diferite pe un raft? Explică-mi formula folosită.",
    ),
    (
        "ro",
        "math",
        "Rezolvă ecuația logaritmică log₂(x + 3) = 4 și arată-mi toți pașii.",
    ),
    (
        "ro",
        "math",
        "Ce este o matrice inversabilă și cum calculez inversa unei matrice 2x2?",
    ),
    (
        "ro",
        "philosophy",
        "Este moral să mănânci carne dacă poți trăi la fel de sănătos și fără ea?",
    ),
    (
        "ro",
        "philosophy",
        "Ce a vrut să spună Descartes prin celebra afirmație „Cuget, deci exist”?",
    ),
    (
        "ro",
        "philosophy",
        "Dacă găsesc un portofel plin de bani și nimeni nu m-a văzut, de ce ar trebui "
        "să-l returnez?",
    ),
    (
        "ro",
        "philosophy",
        "Care e diferența dintre utilitarism și etica virtuții atunci când judecăm o faptă?",
    ),
    (
        "ro",
        "physics",
        "O piatră cade liber de la 45 de metri; în cât timp atinge solul, dacă neglijăm "
        "frecarea cu aerul?",
    ),
    (
        "ro",
        "physics",
        "De ce un cuptor cu microunde încălzește mâncarea, dar farfuria de ceramică "
        "rămâne aproape rece?",
    ),
    (
        "ro",
        "physics",
        "Explică-mi ce este entropia într-un mod pe care să-l înțeleagă un elev de liceu.",
    ),
    (
        "ro",
        "physics",
        "De ce auzim sirena ambulanței mai ascuțit când se apropie și mai grav când se "
        "îndepărtează?",
    ),
    (
        "ro",
        "psychology",
        "De ce ne amintim mai ușor momentele jenante decât pe cele plăcute?",
    ),
    (
        "ro",
        "psychology",
        "Cum pot să-mi gestionez anxietatea înainte de un interviu de angajare?",
    ),
    (
        "ro",
        "psychology",
        "Ce este disonanța cognitivă? Dă-mi un exemplu din viața de zi cu zi.",
    ),
    (
        "ro",
        "psychology",
        "Fiul meu adolescent s-a închis în sine în ultima vreme; cum pot comunica mai bine cu el?",
    ),
    (
        "ro",
        "other",
        "Cum fac sarmale ca la bunica, cu varză murată și carne de porc?",
    ),
    (
        "ro",
        "other",
        "Ce trasee montane ușoare îmi recomanzi în Bucegi pentru un weekend de vară?",
    ),
    (
        "ro",
        "other",
        "Ce plante de apartament rezistă bine într-o cameră cu foarte puțină lumină?",
    ),
    (
        "ro",
        "other",
        "Câinele meu latră de fiecare dată când rămâne singur acasă; cum îl pot dezvăța?",
    ),
    (
        "hu",
        "biology",
        "Miért vándorolnak a fecskék ősszel délre, és honnan tudják, merre kell repülniük?",
    ),
    (
        "hu",
        "biology",
        "Magyarázd el egyszerűen, hogyan másolódik a DNS a sejtosztódás előtt!",
    ),
    (
        "hu",
        "biology",
        "Mi a különbség a növényi és az állati sejt felépítése között?",
    ),
    (
        "hu",
        "biology",
        "Hogyan képesek egyes gyíkok újranöveszteni a leszakadt farkukat?",
    ),
    (
        "hu",
        "business",
        "Kisvállalkozóként hogyan érdemes kiválasztani a megfelelő könyvelőt, és mire "
        "figyeljek közben?",
    ),
    (
        "hu",
        "business",
        "Webshopot indítok kézműves szappanokkal. Milyen marketingcsatornákkal érdemes kezdeni?",
    ),
    (
        "hu",
        "business",
        "Hogyan készítsek árajánlatot egy nagyobb céges megrendelőnek úgy, hogy "
        "versenyképes maradjak?",
    ),
    (
        "hu",
        "business",
        "Mit jelent a franchise, és megéri-e franchise-rendszerben nyitni egy gyorséttermet?",
    ),
    (
        "hu",
        "chemistry",
        "Miért oldja a mosogatószer a zsírt, amikor a víz önmagában erre nem képes?",
    ),
    (
        "hu",
        "chemistry",
        "Hány gramm oxigén szükséges 4 gramm hidrogén teljes elégetéséhez?",
    ),
    (
        "hu",
        "chemistry",
        "Mi az oxidációs szám, és hogyan állapítom meg egy vegyületben?",
    ),
    (
        "hu",
        "chemistry",
        "Miért színeződik zöldre a rézből készült tető az évek során?",
    ),
    (
        "hu",
        "computer science",
        "Mi a különbség a TCP és az UDP protokoll között, és mikor melyiket használják?",
    ),
    (
        "hu",
        "computer science",
        "Magyarázd el, hogyan működik a Dijkstra-algoritmus a legrövidebb út keresésére!",
    ),
    (
        "hu",
        "computer science",
        "Miért lassú a programom, ha egy listában sokszor keresek egymás után? Mit "
        "használjak helyette?",
    ),
    (
        "hu",
        "computer science",
        "Mit jelent pontosan az, hogy egy probléma NP-teljes, és miért fontos ez?",
    ),
    (
        "hu",
        "economics",
        "Hogyan hat a forint gyengülése a hazai infláció alakulására?",
    ),
    (
        "hu",
        "economics",
        "Mi a különbség a mikroökonómia és a makroökonómia között? Adj példákat is!",
    ),
    (
        "hu",
        "economics",
        "Miért vezethet az árplafon bevezetése hiányhoz egyes termékekből?",
    ),
    (
        "hu",
        "economics",
        "Magyarázd el, mit jelent a munkanélküliségi ráta, és hogyan számolják ki!",
    ),
    (
        "hu",
        "engineering",
        "Hogyan méretezzek egy acélkonzolt, amelyre egy 200 kilogrammos gépet szerelünk fel?",
    ),
    (
        "hu",
        "engineering",
        "Miért hagynak a mérnökök dilatációs hézagokat a hidak és nagy betonfelületek építésénél?",
    ),
    (
        "hu",
        "engineering",
        "Hogyan működik egy levegő-víz hőszivattyú, és mitől függ a hatékonysága egy "
        "családi háznál?",
    ),
    (
        "hu",
        "engineering",
        "Egy Arduinós projekthez motorvezérlő áramkört tervezek. Miért kell dióda a "
        "motorral párhuzamosan?",
    ),
    (
        "hu",
        "health",
        "Mennyi D-vitamint érdemes szedni télen egy átlagos felnőttnek, és kell-e hozzá "
        "vérvizsgálat?",
    ),
    (
        "hu",
        "health",
        "Gyakran fáj a fejem délután a képernyő előtt. Mi okozhatja, és mit tehetek ellene?",
    ),
    (
        "hu",
        "health",
        "Milyen jelei vannak a kiszáradásnak idősebb embereknél, és hogyan előzhető meg?",
    ),
    (
        "hu",
        "health",
        "Biztonságos-e futni enyhe megfázással, vagy inkább pihenjek néhány napot?",
    ),
    (
        "hu",
        "history",
        "Mi vezetett az 1848–49-es forradalom és szabadságharc kitöréséhez?",
    ),
    (
        "hu",
        "history",
        "Milyen következményekkel járt Magyarországra nézve a trianoni békeszerződés?",
    ),
    (
        "hu",
        "history",
        "Hogyan élték a mindennapjaikat az emberek az ókori Egyiptomban?",
    ),
    (
        "hu",
        "history",
        "Miért tekintik fordulópontnak a mohácsi csatát a magyar történelemben?",
    ),
    (
        "hu",
        "law",
        "Mennyi a felmondási idő, ha a munkáltató szünteti meg a határozatlan idejű munkaviszonyt?",
    ),
    (
        "hu",
        "law",
        "Jogszerű-e, ha a szomszéd biztonsági kamerája az én kertemet is veszi?",
    ),
    (
        "hu",
        "law",
        "Mi a különbség a végrendelet és az öröklési szerződés között?",
    ),
    (
        "hu",
        "law",
        "Ha hibás terméket vettem, meddig érvényesíthetem a szavatossági jogaimat?",
    ),
    (
        "hu",
        "math",
        "Mennyi az esélye, hogy egy 52 lapos pakliból két ászt húzok egymás után "
        "visszatevés nélkül?",
    ),
    (
        "hu",
        "math",
        "Hogyan kell kiszámolni egy háromszög területét, ha csak a három oldalát ismerem?",
    ),
    (
        "hu",
        "math",
        "Oldd meg a 3x − 7 > 2x + 5 egyenlőtlenséget, és ábrázold a megoldást számegyenesen!",
    ),
    (
        "hu",
        "math",
        "Mi a határértéke az (1 + 1/n)^n sorozatnak, ha n a végtelenbe tart?",
    ),
    (
        "hu",
        "philosophy",
        "Helyes-e elárulni egy barát titkát, ha ezzel megóvhatunk valakit a bajtól?",
    ),
    (
        "hu",
        "philosophy",
        "Mit akart kifejezni Platón a barlanghasonlattal, és mit üzen ma nekünk?",
    ),
    (
        "hu",
        "philosophy",
        "Létezhet-e objektív erkölcs vallás nélkül, vagy minden érték csak megegyezés kérdése?",
    ),
    (
        "hu",
        "philosophy",
        "Mi a különbség az empirizmus és a racionalizmus között a tudás eredetét illetően?",
    ),
    (
        "hu",
        "physics",
        "Mekkora erővel kell tolni egy 50 kg-os ládát, hogy súrlódás nélkül 2 m/s² "
        "gyorsulással mozogjon?",
    ),
    (
        "hu",
        "physics",
        "Miért látjuk előbb a villámot, mint ahogy halljuk a mennydörgést?",
    ),
    (
        "hu",
        "physics",
        "Magyarázd el közérthetően, mi az a fekete lyuk, és miért nem szökhet ki belőle a fény!",
    ),
    (
        "hu",
        "physics",
        "Miért lesz hideg a dezodoros flakon, ha hosszan fújjuk belőle a sprayt?",
    ),
    (
        "hu",
        "psychology",
        "Miért érezzük úgy, hogy az idő gyorsabban telik, ahogy idősebbek leszünk?",
    ),
    (
        "hu",
        "psychology",
        "Hogyan segíthetek egy barátomnak, aki a kiégés jeleit mutatja a munkahelyén?",
    ),
    (
        "hu",
        "psychology",
        "Mi a különbség egy introvertált és egy félénk ember között?",
    ),
    (
        "hu",
        "psychology",
        "Mit mutatott ki Pavlov híres kísérlete a klasszikus kondicionálásról?",
    ),
    (
        "hu",
        "other",
        "Hogyan főzzek igazi bográcsgulyást egy nyári kerti bulira?",
    ),
    (
        "hu",
        "other",
        "Milyen társasjátékot ajánlanál négy felnőttnek egy hosszú téli estére?",
    ),
    (
        "hu",
        "other",
        "Mikor és hogyan érdemes visszametszeni a rózsákat a kertben?",
    ),
    (
        "hu",
        "other",
        "Balatoni nyaraláshoz milyen programokat javasolsz esős napokra kisgyerekekkel?",
    ),
    (
        "da",
        "biology",
        "Hvorfor har zebraer striber, og hvilken fordel giver det dem i naturen?",
    ),
    (
        "da",
        "biology",
        "Hvordan laver bier honning, og hvilke roller har de forskellige bier i bistadet?",
    ),
    (
        "da",
        "biology",
        "Hvad er forskellen på dominante og recessive gener? Giv gerne et eksempel.",
    ),
    (
        "da",
        "biology",
        "Hvordan optager planter vand fra jorden og transporterer det helt op til bladene?",
    ),
    (
        "da",
        "business",
        "Jeg overvejer at starte enkeltmandsvirksomhed som grafisk designer. Hvordan "
        "finder jeg mine første kunder?",
    ),
    (
        "da",
        "business",
        "Hvad er forskellen på omsætning, dækningsbidrag og overskud i et regnskab?",
    ),
    (
        "da",
        "business",
        "Hjælp mig med at skrive en kort elevatortale til min app, der skal mindske madspild.",
    ),
    (
        "da",
        "business",
        "Hvordan kan en lille webshop konkurrere med de store kæder på levering og service?",
    ),
    (
        "da",
        "chemistry",
        "Hvorfor kan eddike fjerne kalkaflejringer i en elkedel? Hvilken reaktion sker der?",
    ),
    (
        "da",
        "chemistry",
        "Hvorfor kaldes saltsyre en stærk syre, mens eddikesyre regnes for en svag syre?",
    ),
    (
        "da",
        "chemistry",
        "Hvordan udregner jeg den molære koncentration, hvis jeg opløser 5,85 g NaCl i "
        "500 ml vand?",
    ),
    (
        "da",
        "chemistry",
        "Hvorfor er ædelgasser så lidt reaktive sammenlignet med andre grundstoffer?",
    ),
    (
        "da",
        "computer science",
        "Hvad betyder det helt konkret, at en algoritme har en køretid på O(n log n)?",
    ),
    (
        "da",
        "computer science",
        "Forklar mig forskellen på git merge og git rebase, og hvornår man bør bruge hvad.",
    ),
    (
        "da",
        "computer science",
        "Hvordan fungerer kryptering med offentlige nøgler, som bruges når jeg besøger en "
        "https-side?",
    ),
    (
        "da",
        "computer science",
        "Min Python-løkke er meget langsom på store datamængder. Hvordan kan jeg optimere den?",
    ),
    (
        "da",
        "economics",
        "Hvorfor har Danmark valgt at holde kronen fast over for euroen?",
    ),
    (
        "da",
        "economics",
        "Hvad betyder det egentlig, når man siger, at økonomien er i recession?",
    ),
    (
        "da",
        "economics",
        "Forklar begrebet marginalnytte med et eksempel fra hverdagen.",
    ),
    (
        "da",
        "economics",
        "Hvordan påvirker høje boligpriser det samlede forbrug i en økonomi?",
    ),
    (
        "da",
        "engineering",
        "Hvordan er vindmøllevinger konstrueret, så de kan holde til kraftige storme?",
    ),
    (
        "da",
        "engineering",
        "Hvad skal man tage højde for, når man dimensionerer en trappe af træ?",
    ),
    (
        "da",
        "engineering",
        "Hvordan virker varmeveksleren i et ventilationsanlæg med varmegenvinding?",
    ),
    (
        "da",
        "engineering",
        "Jeg bygger en robotarm; hvordan vælger jeg den rigtige servomotor til leddene?",
    ),
    (
        "da",
        "health",
        "Hvor mange skridt om dagen skal man gå for at mærke en sundhedsmæssig effekt?",
    ),
    (
        "da",
        "health",
        "Jeg får ofte halsbrand om aftenen. Hvad kan jeg selv gøre for at undgå det?",
    ),
    (
        "da",
        "health",
        "Hvad er symptomerne på lavt blodsukker, og hvad skal man gøre ved det?",
    ),
    (
        "da",
        "health",
        "Hvor længe skal man blive hjemme fra arbejde, når man har haft maveinfluenza?",
    ),
    (
        "da",
        "history",
        "Hvad skete der i Danmark under den tyske besættelse fra 1940 til 1945?",
    ),
    (
        "da",
        "history",
        "Hvorfor tog vikingerne på plyndringstogter til England og Frankrig?",
    ),
    (
        "da",
        "history",
        "Hvad var årsagerne til den kolde krig mellem USA og Sovjetunionen?",
    ),
    (
        "da",
        "history",
        "Hvordan påvirkede opfindelsen af bogtrykkerkunsten Europa i 1500-tallet?",
    ),
    (
        "da",
        "law",
        "Må min udlejer gå ind i min lejlighed, når jeg ikke er hjemme?",
    ),
    (
        "da",
        "law",
        "Hvad er reglerne for fortrydelsesret, når jeg køber noget på nettet?",
    ),
    (
        "da",
        "law",
        "Hvordan deles en fælles bolig, hvis ugifte samlevere har købt den sammen og går "
        "fra hinanden?",
    ),
    (
        "da",
        "law",
        "Hvad er forskellen på en civil sag og en straffesag ved domstolene?",
    ),
    (
        "da",
        "math",
        "Hvordan finder jeg toppunktet for parablen y = 2x² − 8x + 3?",
    ),
    (
        "da",
        "math",
        "Hvis jeg sætter 10.000 kr. ind til 3 % rente om året, hvor meget har jeg så efter 5 år?",
    ),
    (
        "da",
        "math",
        "Forklar mig, hvad en vektor er, og hvordan man lægger to vektorer sammen.",
    ),
    (
        "da",
        "math",
        "Hvad er sandsynligheden for at få mindst én sekser, hvis jeg kaster med fire terninger?",
    ),
    (
        "da",
        "philosophy",
        "Er det etisk forsvarligt at holde vilde dyr i zoologiske haver?",
    ),
    (
        "da",
        "philosophy",
        "Hvad mente Kierkegaard med begrebet angst, og hvorfor er det stadig relevant?",
    ),
    (
        "da",
        "philosophy",
        "Min ven har bedt mig lyve for hans kæreste. Er loyalitet vigtigere end ærlighed?",
    ),
    (
        "da",
        "philosophy",
        "Hvad går paradokset om Theseus' skib ud på, og hvad siger det om identitet over tid?",
    ),
    (
        "da",
        "physics",
        "En cyklist kører 15 km på 30 minutter. Hvad er hans gennemsnitsfart i meter per sekund?",
    ),
    (
        "da",
        "physics",
        "Hvordan kan en satellit blive i kredsløb om Jorden uden at falde ned?",
    ),
    (
        "da",
        "physics",
        "Hvad er forskellen på fission og fusion i kernefysik?",
    ),
    (
        "da",
        "physics",
        "Hvorfor føles metal koldere end træ, selvom de har præcis samme temperatur?",
    ),
    (
        "da",
        "psychology",
        "Hvorfor får vi ofte de bedste idéer, når vi går en tur eller står under bruseren?",
    ),
    (
        "da",
        "psychology",
        "Hvordan kan jeg lære at sige nej uden at få dårlig samvittighed bagefter?",
    ),
    (
        "da",
        "psychology",
        "Hvad er tilknytningsteori, og hvordan påvirker tidlige relationer os som voksne?",
    ),
    (
        "da",
        "psychology",
        "Hvorfor gør folk ting i en gruppe, som de aldrig ville gøre alene?",
    ),
    (
        "da",
        "other",
        "Hvordan laver jeg den perfekte flæskesteg med sprød svær til jul?",
    ),
    (
        "da",
        "other",
        "Hvad skal jeg pakke til en uges cykelferie rundt om Bornholm?",
    ),
    (
        "da",
        "other",
        "Hvordan får jeg min hundehvalp til at holde op med at bide i møblerne?",
    ),
    (
        "da",
        "other",
        "Hvilke grøntsager kan jeg allerede så i mit drivhus i marts?",
    ),
    (
        "nb",
        "biology",
        "Hvordan klarer laksen å finne tilbake til elva der den ble født?",
    ),
    (
        "nb",
        "biology",
        "Forklar hvordan celleånding fungerer, og hva som er forskjellen fra fotosyntese.",
    ),
    (
        "nb",
        "biology",
        "Hvorfor kan noen hunder og katter ha to forskjellige øyenfarger?",
    ),
    (
        "nb",
        "biology",
        "Hva er en økologisk nisje, og kan to arter dele den samme nisjen?",
    ),
    (
        "nb",
        "business",
        "Hvordan setter jeg opp et enkelt budsjett for mitt første år som selvstendig frisør?",
    ),
    (
        "nb",
        "business",
        "Hva bør jeg tenke på før jeg tar inn en partner i det lille firmaet mitt?",
    ),
    (
        "nb",
        "business",
        "Skriv et utkast til en stillingsannonse for en butikkmedarbeider i en sportsbutikk.",
    ),
    (
        "nb",
        "business",
        "Hvordan kan vi øke kundelojaliteten i en liten kafé uten å senke prisene?",
    ),
    (
        "nb",
        "chemistry",
        "Hvorfor reagerer natrium så voldsomt når det kommer i kontakt med vann?",
    ),
    (
        "nb",
        "chemistry",
        "Hvordan balanserer jeg redoksreaksjoner i sur løsning steg for steg?",
    ),
    (
        "nb",
        "chemistry",
        "Hva er forskjellen mellom organisk og uorganisk kjemi, med noen eksempler?",
    ),
    (
        "nb",
        "chemistry",
        "Hvorfor har vann så høyt kokepunkt sammenlignet med andre små molekyler?",
    ),
    (
        "nb",
        "computer science",
        "Hva er forskjellen mellom en prosess og en tråd i et operativsystem?",
    ),
    (
        "nb",
        "computer science",
        "Kan du forklare hvordan et nevralt nettverk lærer ved hjelp av tilbakepropagering?",
    ),
    (
        "nb",
        "computer science",
        "Jeg får en «NullPointerException» i Java-programmet mitt. Hva betyr det, og "
        "hvordan finner jeg feilen?",
    ),
    (
        "nb",
        "computer science",
        "Hvorfor er det så vanskelig å lage ekte tilfeldige tall på en datamaskin?",
    ),
    (
        "nb",
        "economics",
        "Hvorfor påvirker oljeprisen den norske kronekursen så mye som den gjør?",
    ),
    (
        "nb",
        "economics",
        "Hva er handlingsregelen for bruk av oljepenger, og hvorfor ble den innført?",
    ),
    (
        "nb",
        "economics",
        "Forklar forskjellen mellom finanspolitikk og pengepolitikk på en enkel måte.",
    ),
    (
        "nb",
        "economics",
        "Hvorfor kan det være skadelig for økonomien når prisene faller over lang tid?",
    ),
    (
        "nb",
        "engineering",
        "Hvordan dimensjonerer man takstoler slik at de tåler tung snølast på en hytte i fjellet?",
    ),
    (
        "nb",
        "engineering",
        "Hva er fordelene med tunnelboremaskiner sammenlignet med boring og sprengning "
        "når man bygger tunneler?",
    ),
    (
        "nb",
        "engineering",
        "Hvordan fungerer regenerativ bremsing på en elbil, og hvor mye energi kan den gjenvinne?",
    ),
    (
        "nb",
        "engineering",
        "Jeg vil lage en liten vannturbin i bekken ved hytta. Hvordan beregner jeg "
        "effekten jeg kan få ut?",
    ),
    (
        "nb",
        "health",
        "Hvor mye protein trenger jeg daglig hvis jeg trener styrke tre ganger i uken?",
    ),
    (
        "nb",
        "health",
        "Jeg har hatt tett nese i tre uker nå. Kan det være bihulebetennelse?",
    ),
    (
        "nb",
        "health",
        "Hva er de vanligste tegnene på hjerneslag, og hvorfor er det viktig å reagere raskt?",
    ),
    (
        "nb",
        "health",
        "Er det farlig å sove med kontaktlinser i øynene av og til?",
    ),
    (
        "nb",
        "history",
        "Hvorfor ble unionen mellom Norge og Sverige oppløst i 1905?",
    ),
    (
        "nb",
        "history",
        "Hvordan levde folk i Norge da svartedauden herjet på 1300-tallet?",
    ),
    (
        "nb",
        "history",
        "Hva var betydningen av Grunnloven av 1814 for Norge som nasjon?",
    ),
    (
        "nb",
        "history",
        "Hvordan klarte Romerriket å styre et så stort område i så mange hundre år?",
    ),
    (
        "nb",
        "law",
        "Hvor lang oppsigelsestid har jeg hvis jeg vil si opp en fast stilling i Norge?",
    ),
    (
        "nb",
        "law",
        "Hva er reklamasjonsfristen på en mobiltelefon som er kjøpt i butikk?",
    ),
    (
        "nb",
        "law",
        "Kan naboen kreve at jeg feller et tre som skygger for hagen hans?",
    ),
    (
        "nb",
        "law",
        "Hva innebærer det å være vitne i en rettssak, og må jeg møte hvis jeg blir innkalt?",
    ),
    (
        "nb",
        "math",
        "Hvordan deriverer jeg en brøk med kvotientregelen? Vis gjerne med et eksempel.",
    ),
    (
        "nb",
        "math",
        "Hvor mange diagonaler har en regulær tikant, og finnes det en generell formel?",
    ),
    (
        "nb",
        "math",
        "Et rektangulært område på 400 kvadratmeter skal gjerdes inn med minst mulig "
        "gjerde. Hvilke mål gir det?",
    ),
    (
        "nb",
        "math",
        "Hva er forskjellen mellom median og gjennomsnitt, og når er medianen mest nyttig?",
    ),
    (
        "nb",
        "philosophy",
        "Er det galt å kjøpe billige klær hvis man vet at de er laget under dårlige "
        "arbeidsforhold?",
    ),
    (
        "nb",
        "philosophy",
        "Hva er forskjellen mellom pliktetikk og konsekvensetikk, forklart med et enkelt eksempel?",
    ),
    (
        "nb",
        "philosophy",
        "Kan en kunstig intelligens noen gang ha bevissthet, eller kan den bare etterligne den?",
    ),
    (
        "nb",
        "philosophy",
        "Hvorfor mente Sokrates at et uransaket liv ikke er verdt å leve?",
    ),
    (
        "nb",
        "physics",
        "En kule på 2 kg henger i en snor og svinger. Hvordan påvirker massen svingetiden "
        "til pendelen?",
    ),
    (
        "nb",
        "physics",
        "Hvorfor oppstår nordlys, og hvorfor ser vi det mest langt nord?",
    ),
    (
        "nb",
        "physics",
        "Hvor mye energi trengs for å varme opp 2 liter vann fra 20 til 100 grader?",
    ),
    (
        "nb",
        "physics",
        "Hva er egentlig lysets hastighet, og hvorfor kan ingenting bevege seg fortere?",
    ),
    (
        "nb",
        "psychology",
        "Hvorfor husker vi ofte feil, selv når vi er helt sikre på at vi husker riktig?",
    ),
    (
        "nb",
        "psychology",
        "Hvordan kan jeg hjelpe datteren min, som gruer seg til å begynne på ny skole?",
    ),
    (
        "nb",
        "psychology",
        "Hva er «flyt» i psykologien, og hvordan kan jeg oppnå det oftere i arbeidet?",
    ),
    (
        "nb",
        "psychology",
        "Hvorfor blir vi så påvirket av hva andre mener om oss på sosiale medier?",
    ),
    (
        "nb",
        "other",
        "Hvordan smører jeg langrennsski riktig til kald og tørr snø?",
    ),
    (
        "nb",
        "other",
        "Gi meg en god oppskrift på fårikål til seks personer.",
    ),
    (
        "nb",
        "other",
        "Hva er lurt å ha med seg på en overnattingstur i fjellet om høsten?",
    ),
    (
        "nb",
        "other",
        "Hvordan kan jeg lære meg å strikke en enkel lue som nybegynner?",
    ),
    (
        "fi",
        "biology",
        "Miksi karhu pystyy nukkumaan talviunta koko talven ilman ruokaa ja juomaa?",
    ),
    (
        "fi",
        "biology",
        "Selitä yksinkertaisesti, miten proteiinisynteesi tapahtuu solussa ja mikä on "
        "ribosomien tehtävä.",
    ),
    (
        "fi",
        "biology",
        "Mitä luonnonvalinta tarkoittaa, ja miten se selittää lajien sopeutumisen ympäristöönsä?",
    ),
    (
        "fi",
        "biology",
        "Miksi jäkäliä pidetään hyvänä ilmanlaadun mittarina metsissä ja kaupungeissa?",
    ),
    (
        "fi",
        "business",
        "Olen perustamassa toiminimeä valokuvaajana. Miten hinnoittelen palveluni niin, "
        "että toiminta on kannattavaa?",
    ),
    (
        "fi",
        "business",
        "Miten asiakaspalautetta kannattaa kerätä ja hyödyntää pienessä verkkokaupassa?",
    ),
    (
        "fi",
        "business",
        "Kirjoita minulle lyhyt ja ammattimainen tarjous siivouspalvelusta taloyhtiölle.",
    ),
    (
        "fi",
        "business",
        "Kannattaako pienen yrityksen ulkoistaa kirjanpito vai hoitaa se itse, ja mihin "
        "päätös kannattaa perustaa?",
    ),
    (
        "fi",
        "chemistry",
        "Miksi kahvinkeitin ja vedenkeitin kalkkeutuvat nopeammin alueilla, joilla vesi on kovaa?",
    ),
    (
        "fi",
        "chemistry",
        "Kuinka monta grammaa hiilidioksidia syntyy, kun 16 grammaa metaania palaa täydellisesti?",
    ),
    (
        "fi",
        "chemistry",
        "Selitä, mitä elektronegatiivisuus tarkoittaa ja miten se vaihtelee jaksollisessa "
        "järjestelmässä.",
    ),
    (
        "fi",
        "chemistry",
        "Mikä on puskuriliuos, ja miksi se pitää liuoksen pH:n melko vakaana?",
    ),
    (
        "fi",
        "computer science",
        "Mikä ero on pinolla ja keolla ohjelman muistinhallinnassa, ja miksi sillä on väliä?",
    ),
    (
        "fi",
        "computer science",
        "Selitä, miten automaattinen roskienkeruu toimii esimerkiksi Java- tai Python-kielessä.",
    ),
    (
        "fi",
        "computer science",
        "Miten kirjoitan SQL-kyselyn, joka laskee jokaisen asiakkaan tilausten kokonaissumman?",
    ),
    (
        "fi",
        "computer science",
        "Mitä tarkoittaa, että salausalgoritmi on kvanttiturvallinen, ja miksi siitä "
        "puhutaan nyt niin paljon?",
    ),
    (
        "fi",
        "economics",
        "Miksi Euroopan keskuspankki nosti korkoja, ja miten se näkyy asuntolainojen maksuissa?",
    ),
    (
        "fi",
        "economics",
        "Mitä ulkoisvaikutus tarkoittaa, ja miksi päästökauppaa pidetään yhtenä ratkaisuna siihen?",
    ),
    (
        "fi",
        "economics",
        "Miksi Suomen kaltaiselle pienelle avoimelle taloudelle on tärkeää viedä "
        "tuotteita ulkomaille?",
    ),
    (
        "fi",
        "economics",
        "Selitä Phillipsin käyrä ja työttömyyden ja inflaation välinen yhteys.",
    ),
    (
        "fi",
        "engineering",
        "Miten talon perustukset suunnitellaan routivalle maalle, jotta ne eivät liiku talvella?",
    ),
    (
        "fi",
        "engineering",
        "Millä perusteella teollisuuden sähkömoottorille valitaan sopiva taajuusmuuttaja, "
        "ja mitä mitoituksessa pitää huomioida?",
    ),
    (
        "fi",
        "engineering",
        "Miksi lentokoneen siivet on suunniteltu taipumaan ylöspäin lennon aikana, ja "
        "miten niiden lujuus testataan?",
    ),
    (
        "fi",
        "engineering",
        "Suunnittelen puista kävelysiltaa mökin puron yli. Miten lasken tarvittavan palkin koon?",
    ),
    (
        "fi",
        "health",
        "Kuinka usein aikuisen kannattaisi käydä hammastarkastuksessa, jos hampaat "
        "tuntuvat terveiltä?",
    ),
    (
        "fi",
        "health",
        "Olen väsynyt koko ajan, vaikka nukun kahdeksan tuntia yössä. Mistä se voisi johtua?",
    ),
    (
        "fi",
        "health",
        "Mitkä ovat punkin levittämän borrelioosin ensimmäiset oireet, ja milloin pitää "
        "hakeutua lääkäriin?",
    ),
    (
        "fi",
        "health",
        "Onko saunominen turvallista, jos minulla on todettu korkea verenpaine?",
    ),
    (
        "fi",
        "history",
        "Miksi talvisota syttyi vuonna 1939, ja miten Suomi onnistui säilyttämään itsenäisyytensä?",
    ),
    (
        "fi",
        "history",
        "Millaista tavallisen ihmisen elämä oli Suomessa Ruotsin vallan aikana 1600-luvulla?",
    ),
    (
        "fi",
        "history",
        "Mitkä tekijät johtivat lopulta Neuvostoliiton hajoamiseen vuonna 1991? Kerro lyhyesti.",
    ),
    (
        "fi",
        "history",
        "Kerro, miksi Kalevalan julkaisulla oli niin suuri merkitys suomalaiselle "
        "kansallisaatteelle 1800-luvulla.",
    ),
    (
        "fi",
        "law",
        "Saako vuokranantaja korottaa vuokraa kesken määräaikaisen sopimuksen, jos siitä "
        "ei ole sovittu?",
    ),
    (
        "fi",
        "law",
        "Mitä jokamiehenoikeudet tarkoittavat, ja saako toisen omistamasta metsästä "
        "poimia marjoja?",
    ),
    (
        "fi",
        "law",
        "Miten perunkirjoitus tehdään, ja kuka on vastuussa sen järjestämisestä?",
    ),
    (
        "fi",
        "law",
        "Jos saan työpaikalla kirjallisen varoituksen, mitä oikeuksia minulla on työntekijänä?",
    ),
    (
        "fi",
        "math",
        "Laske ympyrän pinta-ala, kun sen halkaisija on 12 senttimetriä, ja selitä välivaiheet.",
    ),
    (
        "fi",
        "math",
        "Miten ratkaisen toisen asteen yhtälön, jos diskriminantti on negatiivinen?",
    ),
    (
        "fi",
        "math",
        "Todista induktiolla, että 1 + 3 + 5 + … + (2n − 1) = n² kaikilla positiivisilla "
        "kokonaisluvuilla n.",
    ),
    (
        "fi",
        "math",
        "Mitä keskihajonta tarkoittaa, ja miten se lasketaan pienestä aineistosta käsin?",
    ),
    (
        "fi",
        "philosophy",
        "Onko oikein syödä eläimiä, jos ne ovat eläneet hyvän elämän ennen teurastusta?",
    ),
    (
        "fi",
        "philosophy",
        "Mitä Aristoteles tarkoitti kultaisella keskitiellä puhuessaan hyveistä, ja onko "
        "ajatus yhä käyttökelpoinen?",
    ),
    (
        "fi",
        "philosophy",
        "Jos itseohjautuva auto joutuu valitsemaan kahden onnettomuuden välillä, kenen "
        "turvallisuus pitäisi asettaa etusijalle?",
    ),
    (
        "fi",
        "philosophy",
        "Voiko ihminen koskaan tietää mitään täysin varmasti, vai onko kaikki tieto epävarmaa?",
    ),
    (
        "fi",
        "physics",
        "Kuinka suuri on 70-kiloisen ihmisen potentiaalienergia, kun hän seisoo 10 metriä "
        "maanpinnan yläpuolella?",
    ),
    (
        "fi",
        "physics",
        "Miksi järvet jäätyvät pinnasta alaspäin eivätkä pohjasta ylöspäin?",
    ),
    (
        "fi",
        "physics",
        "Selitä suhteellisuusteorian aikadilataatio niin, että lukiolainenkin ymmärtää "
        "sen ilman kaavoja.",
    ),
    (
        "fi",
        "physics",
        "Miksi kitara kuulostaa erilaiselta kuin piano, vaikka molemmat soittavat saman sävelen?",
    ),
    (
        "fi",
        "psychology",
        "Miksi ihmiset katsovat huonon elokuvan loppuun, vaikka se ei kiinnosta heitä lainkaan?",
    ),
    (
        "fi",
        "psychology",
        "Miten voin tukea ystävää, joka kärsii vaikeasta surusta läheisen kuoleman jälkeen?",
    ),
    (
        "fi",
        "psychology",
        "Mitä tarkoittaa opittu avuttomuus, ja miten siitä voi päästä eroon?",
    ),
    (
        "fi",
        "psychology",
        "Miksi pikkulapset saavat raivokohtauksia, ja miten vanhemman kannattaa reagoida niihin?",
    ),
    (
        "fi",
        "other",
        "Miten teen karjalanpiirakoita alusta alkaen, ja mikä on paras täyte niihin?",
    ),
    (
        "fi",
        "other",
        "Mitä kannattaa ottaa mukaan kolmen päivän vaellukselle Lappiin syyskuussa?",
    ),
    (
        "fi",
        "other",
        "Miten hoidan nahkasohvaa, jotta se ei halkeile kuivan talvi-ilman vuoksi?",
    ),
    (
        "fi",
        "other",
        "Suosittele muutamia lautapelejä, joita voi pelata kahdestaan pitkinä talvi-iltoina.",
    ),
    (
        "ca",
        "biology",
        "Per què els pops poden canviar de color tan ràpidament?",
    ),
    (
        "ca",
        "biology",
        "Com es reprodueixen les falgueres si no tenen flors ni llavors?",
    ),
    (
        "ca",
        "biology",
        "Quina diferència hi ha entre l'ADN i l'ARN, i quina funció té cadascun a la cèl·lula?",
    ),
    (
        "ca",
        "biology",
        "Per què les formigues segueixen sempre el mateix camí fins al menjar?",
    ),
    (
        "ca",
        "business",
        "Vull obrir una botiga de bicicletes a Girona. Com puc fer un estudi de mercat senzill?",
    ),
    (
        "ca",
        "business",
        "Quins indicadors clau hauria de seguir per saber si el meu restaurant va bé?",
    ),
    (
        "ca",
        "business",
        "Redacta'm un correu amb to cordial per demanar a un client que pagui una factura "
        "endarrerida.",
    ),
    (
        "ca",
        "business",
        "Val la pena vendre els meus productes a través d'un gran marketplace o és millor "
        "tenir botiga en línia pròpia?",
    ),
    (
        "ca",
        "chemistry",
        "Per què la sal fa que el gel de la carretera es fongui encara que faci "
        "temperatures sota zero?",
    ),
    (
        "ca",
        "chemistry",
        "Com s'anomena el compost H2SO4 i quines propietats químiques té?",
    ),
    (
        "ca",
        "chemistry",
        "Explica'm què és un mol amb un exemple que pugui entendre fàcilment.",
    ),
    (
        "ca",
        "chemistry",
        "Quants grams d'aigua es formen si reaccionen completament 2 mols d'hidrogen amb oxigen?",
    ),
    (
        "ca",
        "computer science",
        "Quina diferència hi ha entre la memòria RAM i l'emmagatzematge SSD d'un ordinador?",
    ),
    (
        "ca",
        "computer science",
        "Explica'm què és una API REST i com es comunica el client amb el servidor.",
    ),
    (
        "ca",
        "computer science",
        "Com puc invertir una llista enllaçada en Python sense fer servir memòria addicional?",
    ),
    (
        "ca",
        "computer science",
        "Què vol dir que un llenguatge de programació tingui tipatge dinàmic?",
    ),
    (
        "ca",
        "economics",
        "Per què el preu del lloguer a Barcelona ha pujat tant els darrers anys?",
    ),
    (
        "ca",
        "economics",
        "Què és el producte interior brut per càpita i per què no mesura bé el benestar?",
    ),
    (
        "ca",
        "economics",
        "Com afecta el turisme massiu l'economia local, tant positivament com negativament?",
    ),
    (
        "ca",
        "economics",
        "Explica'm la diferència entre inflació i deflació i quina de les dues és més perillosa.",
    ),
    (
        "ca",
        "engineering",
        "Com es calcula la secció del cable elèctric per a una instal·lació domèstica de 5 kW?",
    ),
    (
        "ca",
        "engineering",
        "Com aconsegueixen els gratacels resistir els terratrèmols sense esfondrar-se?",
    ),
    (
        "ca",
        "engineering",
        "Quins materials són millors per aïllar tèrmicament els murs d'una casa antiga de pedra?",
    ),
    (
        "ca",
        "engineering",
        "Estic dissenyant un tren d'engranatges per a una maqueta. Com calculo la relació "
        "de transmissió?",
    ),
    (
        "ca",
        "health",
        "És normal tenir mal de cap després de fer exercici intens?",
    ),
    (
        "ca",
        "health",
        "Quins aliments m'ajuden a baixar el colesterol de manera natural?",
    ),
    (
        "ca",
        "health",
        "Cada quant temps m'hauria de tornar a posar crema solar a la platja?",
    ),
    (
        "ca",
        "health",
        "Tinc al·lèrgia al pol·len a la primavera. Què puc fer per reduir els símptomes?",
    ),
    (
        "ca",
        "history",
        "Què va passar a Barcelona l'Onze de Setembre de 1714 i per què se'n fa commemoració?",
    ),
    (
        "ca",
        "history",
        "Com era la vida quotidiana a la península Ibèrica durant l'època romana?",
    ),
    (
        "ca",
        "history",
        "Per què va començar la Guerra Civil espanyola l'any 1936?",
    ),
    (
        "ca",
        "history",
        "Quin paper van tenir els templers durant les croades a Terra Santa?",
    ),
    (
        "ca",
        "law",
        "Quins drets tinc si la companyia aèria cancel·la el meu vol amb poca antelació?",
    ),
    (
        "ca",
        "law",
        "És legal gravar una conversa telefònica sense avisar l'altra persona?",
    ),
    (
        "ca",
        "law",
        "Quina diferència hi ha entre un contracte laboral temporal i un d'indefinit?",
    ),
    (
        "ca",
        "law",
        "Què he de fer per registrar legalment la marca del meu negoci?",
    ),
    (
        "ca",
        "math",
        "Com es calcula el volum d'un con de 6 cm de radi i 10 cm d'alçada?",
    ),
    (
        "ca",
        "math",
        "Si tinc 5 camises i 3 pantalons, quantes combinacions diferents puc fer?",
    ),
    (
        "ca",
        "math",
        "Explica'm què és una derivada amb un exemple gràfic senzill.",
    ),
    (
        "ca",
        "math",
        "Troba el terme general de la progressió aritmètica 4, 9, 14, 19… i la suma dels "
        "primers 20 termes.",
    ),
    (
        "ca",
        "philosophy",
        "Si un amic em demana que menteixi per cobrir-lo davant del seu cap, què és correcte fer?",
    ),
    (
        "ca",
        "philosophy",
        "Què volia dir Nietzsche amb la idea de l'etern retorn?",
    ),
    (
        "ca",
        "philosophy",
        "La bellesa és una cosa objectiva o depèn de qui la mira?",
    ),
    (
        "ca",
        "philosophy",
        "Quina diferència hi ha entre l'estoïcisme i l'epicureisme a l'hora d'entendre la "
        "felicitat?",
    ),
    (
        "ca",
        "physics",
        "Un cotxe de 1.200 kg circula a 20 m/s. Quina energia cinètica té?",
    ),
    (
        "ca",
        "physics",
        "Com pot sostenir-se a l'aire un avió de tantes tones? Explica'm la força de sustentació.",
    ),
    (
        "ca",
        "physics",
        "Què és la gravetat i per què la Lluna no cau sobre la Terra?",
    ),
    (
        "ca",
        "physics",
        "Per què un llapis sembla trencat quan el poso dins d'un got d'aigua?",
    ),
    (
        "ca",
        "psychology",
        "Per què tinc tanta por de fer el ridícul quan parlo en públic?",
    ),
    (
        "ca",
        "psychology",
        "Com s'explica l'efecte placebo des de la psicologia i per què pot funcionar?",
    ),
    (
        "ca",
        "psychology",
        "Com puc motivar-me per estudiar quan estic cansat i no en tinc ganes?",
    ),
    (
        "ca",
        "psychology",
        "Per què els nens petits de dos anys diuen «no» a tot?",
    ),
    (
        "ca",
        "other",
        "Com es fa una bona escalivada al forn de casa?",
    ),
    (
        "ca",
        "other",
        "Quines excursions pel Pirineu em recomanes per fer amb nens petits?",
    ),
    (
        "ca",
        "other",
        "Com puc treure una taca de vi negre d'unes estovalles blanques?",
    ),
    (
        "ca",
        "other",
        "Quins consells em dones per començar a tocar la guitarra de manera autodidacta?",
    ),
    (
        "sk",
        "biology",
        "Prečo majú žirafy taký dlhý krk a ako to vysvetľuje evolúcia?",
    ),
    (
        "sk",
        "biology",
        "Vysvetli mi jednoducho, čo sú chromozómy a koľko ich má človek.",
    ),
    (
        "sk",
        "biology",
        "Ako sa líšia huby od rastlín, keď obe rastú v lese?",
    ),
    (
        "sk",
        "biology",
        "Prečo listnaté stromy na jeseň zhadzujú listy, a ihličnany väčšinou nie?",
    ),
    (
        "sk",
        "business",
        "Chcem si otvoriť malý e-shop s čajom. Aké sú prvé kroky, ktoré by som mal urobiť?",
    ),
    (
        "sk",
        "business",
        "Ako vypočítam maržu a prirážku pri predaji tovaru v obchode?",
    ),
    (
        "sk",
        "business",
        "Pomôž mi pripraviť krátku prezentáciu pre investorov o našom startupe.",
    ),
    (
        "sk",
        "business",
        "Ako motivovať malý tím zamestnancov, keď si nemôžem dovoliť zvýšiť platy?",
    ),
    (
        "sk",
        "chemistry",
        "Prečo pri reakcii kyseliny so zásadou vznikne soľ a voda?",
    ),
    (
        "sk",
        "chemistry",
        "Ako určím počet protónov, neutrónov a elektrónov v atóme železa?",
    ),
    (
        "sk",
        "chemistry",
        "Prečo sa cukor rozpúšťa rýchlejšie v teplom čaji ako v studenom?",
    ),
    (
        "sk",
        "chemistry",
        "Čo je polymerizácia a ktoré bežné plasty takto vznikajú?",
    ),
    (
        "sk",
        "computer science",
        "Aký je rozdiel medzi objektom a triedou v objektovo orientovanom programovaní?",
    ),
    (
        "sk",
        "computer science",
        "Vysvetli mi krok za krokom, ako funguje algoritmus triedenia zlučovaním.",
    ),
    (
        "sk",
        "computer science",
        "Prečo je dvojková sústava základom fungovania všetkých dnešných počítačov?",
    ),
    (
        "sk",
        "computer science",
        "Môj program v C++ padá s chybou segmentation fault. Čo to zvyčajne znamená?",
    ),
    (
        "sk",
        "economics",
        "Čo znamená pre bežných ľudí, keď Európska centrálna banka zvyšuje úrokové sadzby?",
    ),
    (
        "sk",
        "economics",
        "Prečo má automobilový priemysel taký veľký podiel na slovenskom exporte a aké to "
        "prináša riziká?",
    ),
    (
        "sk",
        "economics",
        "Vysvetli mi, čo je monopol a prečo ho štáty regulujú.",
    ),
    (
        "sk",
        "economics",
        "Ako súvisí miera nezamestnanosti s hospodárskym cyklom a recesiou?",
    ),
    (
        "sk",
        "engineering",
        "Ako sa navrhuje oporný múr, aby odolal tlaku zeminy zo svahu?",
    ),
    (
        "sk",
        "engineering",
        "Aký je rozdiel medzi sériovým a paralelným zapojením článkov pri stavbe batérie "
        "pre elektrobicykel?",
    ),
    (
        "sk",
        "engineering",
        "Ako funguje prevodovka s dvojitou spojkou v moderných autách?",
    ),
    (
        "sk",
        "engineering",
        "Prečo sa pri stavbe mostov často používa predpätý betón?",
    ),
    (
        "sk",
        "health",
        "Koľko hodín spánku potrebuje dospievajúci, aby sa cítil oddýchnutý?",
    ),
    (
        "sk",
        "health",
        "Mám často studené ruky a nohy. Môže to súvisieť so zlým krvným obehom?",
    ),
    (
        "sk",
        "health",
        "Aký je rozdiel medzi vírusovou a bakteriálnou angínou a kedy treba antibiotiká?",
    ),
    (
        "sk",
        "health",
        "Je vhodné cvičiť každý deň, alebo telo potrebuje dni na regeneráciu?",
    ),
    (
        "sk",
        "history",
        "Aký význam malo Slovenské národné povstanie v roku 1944?",
    ),
    (
        "sk",
        "history",
        "Kto boli Cyril a Metod a čo priniesli na Veľkú Moravu?",
    ),
    (
        "sk",
        "history",
        "Prečo sa Československo v roku 1993 rozdelilo pokojnou cestou?",
    ),
    (
        "sk",
        "history",
        "Ako ovplyvnil mor v stredoveku obyvateľstvo a hospodárstvo Európy?",
    ),
    (
        "sk",
        "law",
        "Môže mi zamestnávateľ nariadiť prácu nadčas bez môjho súhlasu?",
    ),
    (
        "sk",
        "law",
        "Aká dlhá je záručná doba na elektroniku a čo robiť, keď predajca zamietne reklamáciu?",
    ),
    (
        "sk",
        "law",
        "Aký je rozdiel medzi darovacou a kúpnou zmluvou pri prevode bytu?",
    ),
    (
        "sk",
        "law",
        "Čo mám robiť, ak mi sused postavil plot na mojom pozemku?",
    ),
    (
        "sk",
        "math",
        "Vypočítaj súčet vnútorných uhlov pravidelného šesťuholníka a vysvetli postup.",
    ),
    (
        "sk",
        "math",
        "Ako sa počíta percentuálna zmena, ak cena stúpla z 80 na 92 eur?",
    ),
    (
        "sk",
        "math",
        "Nájdi všetky riešenia rovnice sin x = 1/2 na intervale od 0 do 2π.",
    ),
    (
        "sk",
        "math",
        "Čo hovorí Pytagorova veta a ako ju môžem dokázať pomocou obrázka?",
    ),
    (
        "sk",
        "philosophy",
        "Je správne porušiť sľub, ak by jeho dodržanie niekomu ublížilo?",
    ),
    (
        "sk",
        "philosophy",
        "Čo tvrdil Hume o príčinnosti a prečo to bolo také prevratné?",
    ),
    (
        "sk",
        "philosophy",
        "Môžeme vôbec vedieť, či svet okolo nás nie je len simulácia?",
    ),
    (
        "sk",
        "philosophy",
        "Aký je rozdiel medzi morálnym relativizmom a morálnym absolutizmom?",
    ),
    (
        "sk",
        "physics",
        "Teleso s hmotnosťou 5 kg leží na naklonenej rovine so sklonom 30°. Aká je zložka "
        "tiažovej sily pozdĺž roviny?",
    ),
    (
        "sk",
        "physics",
        "Prečo bicykel počas jazdy nespadne, ale keď stojí, hneď sa prevráti?",
    ),
    (
        "sk",
        "physics",
        "Ako funguje magnet a prečo priťahuje železo, ale hliník nie?",
    ),
    (
        "sk",
        "physics",
        "Vysvetli mi prvý termodynamický zákon na príklade hrnca s vodou na sporáku.",
    ),
    (
        "sk",
        "psychology",
        "Prečo si niektorí ľudia stále kontrolujú telefón, aj keď im nič neprišlo?",
    ),
    (
        "sk",
        "psychology",
        "Ako sa vyrovnať s pocitom, že v práci nie som dosť dobrý?",
    ),
    (
        "sk",
        "psychology",
        "Čo je efekt prizerajúceho sa a prečo ľudia v dave často nepomôžu?",
    ),
    (
        "sk",
        "psychology",
        "Ako sa u detí vyvíja schopnosť chápať, čo si myslia a cítia iní ľudia?",
    ),
    (
        "sk",
        "other",
        "Ako upiecť domáci kváskový chlieb, ktorý bude mať chrumkavú kôrku?",
    ),
    (
        "sk",
        "other",
        "Čo by som si mal zbaliť na týždennú túru po Vysokých Tatrách?",
    ),
    (
        "sk",
        "other",
        "Ako naučím svojho psa chodiť na vôdzke tak, aby neťahal?",
    ),
    (
        "sk",
        "other",
        "Aké farby košele a kravaty sa hodia k sivému obleku na letnú svadbu?",
    ),
    (
        "hr",
        "biology",
        "Kako dupini spavaju, a da pritom ne prestanu disati i ne utope se?",
    ),
    (
        "hr",
        "biology",
        "Objasni mi razliku između genotipa i fenotipa na jednostavnom primjeru.",
    ),
    (
        "hr",
        "biology",
        "Kako se gljive razmnožavaju i zašto ih ne ubrajamo u biljke?",
    ),
    (
        "hr",
        "biology",
        "Što se događa u tijelu gusjenice dok se pretvara u leptira?",
    ),
    (
        "hr",
        "business",
        "Kako napisati poslovni plan za mali obiteljski smještaj u turizmu na moru?",
    ),
    (
        "hr",
        "business",
        "Koje su prednosti i nedostaci angažiranja vanjskih suradnika umjesto stalnih zaposlenika?",
    ),
    (
        "hr",
        "business",
        "Kako mogu povećati prodaju u svom malom butiku preko društvenih mreža?",
    ),
    (
        "hr",
        "business",
        "Što je povrat na ulaganje i kako ga izračunati za novu marketinšku kampanju?",
    ),
    (
        "hr",
        "chemistry",
        "Zašto se pri elektrolizi vode na katodi izdvaja vodik, a na anodi kisik?",
    ),
    (
        "hr",
        "chemistry",
        "Koliko je grama kalcijeva karbonata potrebno za dobivanje 56 grama kalcijeva oksida?",
    ),
    (
        "hr",
        "chemistry",
        "Objasni mi što su alkoholi u organskoj kemiji i kako se imenuju.",
    ),
    (
        "hr",
        "chemistry",
        "Zašto iz boce gazirane vode počnu izlaziti mjehurići čim je otvorimo?",
    ),
    (
        "hr",
        "computer science",
        "Kako radi DNS i što se događa kad u preglednik upišem adresu stranice?",
    ),
    (
        "hr",
        "computer science",
        "Objasni mi razliku između nadziranog i nenadziranog strojnog učenja.",
    ),
    (
        "hr",
        "computer science",
        "Kako u JavaScriptu mogu pričekati da se asinkrona funkcija završi prije nastavka "
        "izvođenja?",
    ),
    (
        "hr",
        "computer science",
        "Zašto je mjehuričasto sortiranje tako sporo za velike nizove podataka?",
    ),
    (
        "hr",
        "economics",
        "Kako je uvođenje eura utjecalo na cijene u Hrvatskoj?",
    ),
    (
        "hr",
        "economics",
        "Što je kupovna moć i kako se uspoređuje između različitih zemalja?",
    ),
    (
        "hr",
        "economics",
        "Što su ekonomije razmjera i zašto velike tvrtke mogu proizvoditi jeftinije?",
    ),
    (
        "hr",
        "economics",
        "Kako porez na dodanu vrijednost utječe na krajnje cijene proizvoda?",
    ),
    (
        "hr",
        "engineering",
        "Kako se izračunava nosivost drvene grede za krovište obiteljske kuće?",
    ),
    (
        "hr",
        "engineering",
        "Zašto se kod dugih mostova preko mora često koriste konstrukcije s kosim zategama?",
    ),
    (
        "hr",
        "engineering",
        "Kako radi turbopunjač u dizelskom motoru i zašto povećava snagu?",
    ),
    (
        "hr",
        "engineering",
        "Trebam projektirati jednostavan sklop za punjenje litijske baterije. Na što moram paziti?",
    ),
    (
        "hr",
        "health",
        "Što mogu učiniti kad me boli grlo, a ne želim odmah uzimati lijekove?",
    ),
    (
        "hr",
        "health",
        "Je li zdravo piti kavu svaki dan i koliko je šalica previše?",
    ),
    (
        "hr",
        "health",
        "Koji su simptomi toplinskog udara i kako pomoći nekome tko ga ima?",
    ),
    (
        "hr",
        "health",
        "Trebam li se cijepiti protiv gripe ako sam mlad i zdrav?",
    ),
    (
        "hr",
        "history",
        "Zašto je Dubrovačka Republika tako dugo uspijevala sačuvati svoju neovisnost?",
    ),
    (
        "hr",
        "history",
        "Ukratko mi opiši ključne događaje Domovinskog rata od 1991. do 1995. godine.",
    ),
    (
        "hr",
        "history",
        "Koji su bili glavni uzroci Drugog svjetskog rata u Europi?",
    ),
    (
        "hr",
        "history",
        "Kako su stari Grci organizirali demokraciju u Ateni?",
    ),
    (
        "hr",
        "law",
        "Kako se podnosi tužba za naknadu štete nakon prometne nesreće?",
    ),
    (
        "hr",
        "law",
        "Imam li pravo na godišnji odmor ako radim na određeno vrijeme?",
    ),
    (
        "hr",
        "law",
        "Što točno znači presumpcija nevinosti u kaznenom postupku?",
    ),
    (
        "hr",
        "law",
        "Trebam li ovjeriti ugovor o najmu stana kod javnog bilježnika?",
    ),
    (
        "hr",
        "math",
        "Izračunaj opseg i površinu kruga polumjera 7 cm i objasni formule.",
    ),
    (
        "hr",
        "math",
        "Koliko ima troznamenkastih brojeva kojima su sve znamenke različite?",
    ),
    (
        "hr",
        "math",
        "Kako riješiti sustav od tri jednadžbe s tri nepoznanice Gaussovom metodom?",
    ),
    (
        "hr",
        "math",
        "Što je logaritam i zašto je log 1000 jednako 3?",
    ),
    (
        "hr",
        "philosophy",
        "Je li etično koristiti umjetnu inteligenciju za pisanje seminarskih radova?",
    ),
    (
        "hr",
        "philosophy",
        "Što je Marko Aurelije poručivao o prihvaćanju stvari koje ne možemo promijeniti?",
    ),
    (
        "hr",
        "philosophy",
        "Ako u požaru mogu spasiti samo nepoznatu osobu ili vlastitog psa, koga je "
        "moralno ispravno spasiti?",
    ),
    (
        "hr",
        "philosophy",
        "Što je problem odnosa uma i tijela u filozofiji?",
    ),
    (
        "hr",
        "physics",
        "Koliko dugo treba svjetlosti sa Sunca da stigne do Zemlje i kako se to računa?",
    ),
    (
        "hr",
        "physics",
        "Tijelo klizi niz glatku kosinu visine 5 m. Kolika je njegova brzina na dnu?",
    ),
    (
        "hr",
        "physics",
        "Što je kvantna isprepletenost i može li se njome slati informacija brže od svjetlosti?",
    ),
    (
        "hr",
        "physics",
        "Zašto u planinama čujemo jeku, a u stanu obično ne?",
    ),
    (
        "hr",
        "psychology",
        "Zašto je ljudima tako teško promijeniti loše navike, čak i kad to žele?",
    ),
    (
        "hr",
        "psychology",
        "Kako mogu pomoći partneru koji ima napadaje panike?",
    ),
    (
        "hr",
        "psychology",
        "Što je bio Stanfordski zatvorski eksperiment i zašto je bio kontroverzan?",
    ),
    (
        "hr",
        "psychology",
        "Zašto se često osjećamo sretnije kad trošimo novac na iskustva nego na stvari?",
    ),
    (
        "hr",
        "other",
        "Kako pripremiti pravu dalmatinsku pašticadu za nedjeljni ručak?",
    ),
    (
        "hr",
        "other",
        "Koji su najljepši otoci za obilazak jedrilicom u tjedan dana?",
    ),
    (
        "hr",
        "other",
        "Kako se brinuti za masline u dvorištu tijekom zime?",
    ),
    (
        "hr",
        "other",
        "Koje vježbe mogu raditi kod kuće da poboljšam svoj servis u tenisu?",
    ),
]
