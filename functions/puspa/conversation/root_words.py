"""Indonesian root words of five letters or more: ordinary words, which search never reads as a
misspelt card word ("makan" is not "makam", "rekan" is not "rekam").

Kept as one text per first letter and searched as text: nothing is built at import or on the first
message (a set of all 26693 words would cost a new instance about 8 ms), and a look-up reads one
letter's text (a few µs). Search asks only about words that are not already a card's word.

Data: the root-word list (kata-dasar.txt) of Sastrawi, PySastrawi 1.2.1 on PyPI, words of five
letters a-z or more. Sastrawi is MIT-licensed:

    Copyright (c) 2016 Hanif Amal Robbani. Permission is hereby granted, free of charge, to any person
    obtaining a copy of this software and associated documentation files (the "Software"), to deal in
    the Software without restriction, including without limitation the rights to use, copy, modify,
    merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
    to whom the Software is furnished to do so, subject to the following conditions: The above
    copyright notice and this permission notice shall be included in all copies or substantial
    portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
    OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
    PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
    LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
    OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
    THE SOFTWARE.

Regenerated with: pip download --no-deps PySastrawi==1.2.1, unzip, keep the lines of
Sastrawi/Stemmer/data/kata-dasar.txt that match ^[a-z]{5,}$, sorted, grouped by first letter.
"""

from __future__ import annotations


def is_root_word(word: str) -> bool:
    """True for an Indonesian root word of five letters or more ("makan", "rekan"); False otherwise."""
    return bool(word) and f" {word} " in _letter(word[0])


def _letter(first: str) -> str:
    text = _SPACED.get(first)
    if text is None:
        text = _SPACED[first] = f" {_BY_FIRST_LETTER.get(first, '').replace(chr(10), ' ')} "
    return text


_SPACED: dict[str, str] = {}

_BY_FIRST_LETTER = {
    "a": """
abadi abadiah abaimana abaka abaktinal abakus abang abangan abangga abatoar abdas abdikasi abdomen abdominal
abduksi abduktor abece aberasi abian abidin abilah abing abiogenesis abiosfer abiotik abisal abiseka abiturien
abjad abjadiah ablasi ablaut ablepsia abnormal abnormalitas abnus abolisi abonemen aborsi abortif abortiva
abortus abrak abrakadabra abrar abras abrasi abreaksi abrek abreviasi abrikos abrosfer absah absen absensi
absensia absente absenteisme abses absis absolusi absolut absolutisme absonan absorb absorben absorbir
absorpsi absorpsiometer absorptif abstain abstinensi abstrak abstraksi absurd absurdisme abtar abuan abulhayat
abulia abyad acala acang acara acaram acawi acerang acung adagio adagium adakala adakalanya adakan adaks
adaktil adalah adalat adang adaptabel adaptabilitas adaptasi adaptif adaptometer adaptor adapun adati adegan
adekuat adempauze adendum adenoid adenoma adenosis adhesi adhesif adiabatik adiabatis adiaktinik adibangkit
adibintang adiboga adibusana adicita adidaya adigang adiguna adigung adika adikara adikarya adikodrati adikong
adiksi adiktif adikuasa adiluhung adimarga adinda ading adipati adipenghantar adiposa adipositas adipura
adiraja adiratna adisi adisional adisiswa aditif aditokoh adiwangsa adiwarna adiwidia adjektif adjektiva
adjektival adjuvan administrasi administratif administrator admiral admisi admitans adnan adolesens adopsi
adoptif adpertensi adrenal adrenalin adrenergik adres adsorben adsorpi adsorpsi adstringen aduhai aduksi
aduktor adveksi adven adventisia adventisius adverbia adverbial advertensi advis advokad advokasi advokat
aerasi aerator aerob aerobatik aerobik aerobika aerodinamik aerodinamika aerofisika aerofisiologi aerofon
aerogram aerolit aerologi aerometer aeromovel aeronautika aeroplangton aeroplankton aeroskop aerosol aerostat
aerostatika aestetika afair afasia afdal afdeling afdruk afeksi afektif aferesis afiat afidavit afiks afiksasi
afiliasi afinitas afirmasi afirmatif afonia aforisme afotik afrasia afrikat afrit afrodisiak afsun afwah
agalaksia agama agamais agamawi agamen agamet agami agamogenesis agape agenda agens agentif agiria agitasi
agitatif agitator aglikon aglomerasi aglomerat aglutinasi aglutinat aglutinatif aglutinin agnosia agnostik
agnostisisme agogo agometer agonia agonis agonistik agorafobia agradasi agrafia agraria agraris agregasi
agregat agregatif agresi agresif agresivitas agresor agriologi agripnia agrisilvikultur agrobis agrobisnis
agroekonomi agroekosistem agrogeologi agroikos agroindustri agrokimia agronom agronomi agrostologi agrowisata
agung agustus ahadiat ahimsa ahistoris ahkam ahlan ahlulbait ahlulkitab ahlulkubur ahlunujum ahlusuluk
ahlusunah ahmak ahmar ahsan ahwal ainulbanat ainulyakin ainunjariah ajaib ajaibkhanah ajang ajektifa ajektiva
ajengan ajigineng ajimumpung ajisaka ajnabi ajnas ajojing ajudan ajufan ajujah ajung ajuster akademi akademik
akademikus akademis akademisi akaid akang akapela akasia akatalepsia akbar akene akhbar akhir akhirat
akhirulkalam akhlak akhlaki akhwan akibat akidah akikah aklamasi aklasia akliah aklimasi aklimatisasi akmal
akolade akomodasi akomodatif akordeon akrab akrawati akreditasi akriflavina akrilat akrilik akrobat akrobatik
akrofobia akromegali akrometer akromion akronim aksara akseleran akselerasi akselerator akselerometer aksen
aksentologi aksentuasi aksep akseptabel akseptabilitas akseptasi akseptor akses aksesibilitas aksesori
aksidental aksila aksiologi aksioma aksiomatis aksis akson aksostil aktentas aktif akting aktinida aktinik
aktinisme aktinium aktinokimia aktinolit aktinometer aktiva aktivis aktivisme aktivitas aktor aktris aktual
aktualisasi aktuaria aktuaris akuades akuaduk akuakultur akualung akuamarin akuan akuarel akuaris akuarium
akuarius akuatik akuifer akuisisi akulturasi akumulasi akumulatif akumulator akuntabel akuntabilitas akuntan
akuntansi akupungtur akupungturis akupunktur akurasi akurat akusatif akustik akustika akwal alabangka alabio
alaihisalam alaika alaikum alalia alamah alamak alamanda alamas alamat alamatulhayat alami alamiah alamin
alang alangkah alantois alarm alawar alazon albanat albas albatros albedo albedometer albinisme albino
albinoid albit albuginea album albumen albumin albuminoit albuminometer albuminuria aldehida alegori alegoris
aleksandrit aleksia aleksin alergen alergi alergis alfabet alfabetis alfaktorius alfanumerik alferes algilik
algoid algojo algologi algometer algoritme algrafi alhamdulillah alhasil aliansi alias aliase alibi alienasi
alifatik alifbata alihragam alikuot alimbubu alimentasi alimenter alimiah alimiat alimun alinea aling
alisiklik aliterasi alizarin aljabar aljalil alkabir alkadim alkadir alkah alkali alkalinitas alkalis alkaloid
alkalometri alkamar alkana alkari alkasyaf alkausar alkena alkil alkimia alkisah alkitab alkohol alkoholis
alkoholisasi alkoholisme alkoholometer alkuna alkus allah allahu allahuma almaktub almalik almalun almamater
almanak almandin almandina almandit almarhum almarhumah almasih almuazam almukhlis alobar alofon alograf
alokasi alokron aloleks alomerisme alomorf alonim alopati alopesia alotropi alpaka alperes alpukah alquran
altar alter alteratif alternasi alternatif alternator altimeter altokumulus altostratus altruis altruisme
altruistis alufiru alumina aluminium alumni alumnus alung alusi aluvial aluvium alveolar alveolum alveolus
alwah alwasi alwasia amabakdu amalgam amalgamasi amalgamator amaliah amanah amanat amandel amandemen amang
amanitin amarilis amatir amatirisme amatol ambah ambai ambak ambal ambalang ambalela ambang ambar ambarau
ambasade ambasador ambau ambeien ambek amben amberal ambergris amberit ambet ambigu ambiguitas ambil
ambilingual ambin ambing ambisi ambisius ambivalen ambivalensi amblas amblek ambles ambliobia amboi ambring
ambrol ambruk ambuh ambul ambulakral ambulans ambulatori ambung ambur amburadul ambyar ameba amebiasis ameboid
amebosit ameliorasi amelioratif amendemen amenorea amensalisme amenta amerisium amerospora amerta ametabola
ametis ametobola amfetamin amfiartrosis amfibi amfibol amfibolisme amfiston amfiteater amfoterik amigdalin
amikal amilase amilopektin amina aminisasi amino amirulbahar amirulhaj amirulmukminin amitosir ammeter amnesia
amnesti amnion amniotik amonia amonifikasi amonit amonium amoral amorf amortisasi ampai ampang ampas ampat
ampean ampek ampel ampela ampelam ampelas ampere amperemeter amperometri ampisilin amplas amplifikasi
amplitudo amplop amprok amprung ampuh ampuk ampul ampula ampun amput amputasi amril amsal amtenar amuba amulet
amung amunisi anabasis anabiosis anabolisme anadrom anaerob anaerobik anafilaksis anafora anaforis
anafrodisiak anaglif anakoluton anakronisme anakronistis anakrus analekta analeptik analgesik analis analisis
analitis analog analogi analseks analsit anamel anamnesis anamorfosis ananda anang anani anapes anaptiksis
anarki anarkis anarkisme anarkistis anasional anasir anastomosis anatase anatomi anatomis anbia ancai ancak
ancala ancam ancang ancoa ancol ancuk andai andak andaka andal andalas andalusit andam andan andang andapita
andar andarah anderak andesit andewi andika andiko andil andilau andok andong andragogi andrawina androgen
androgini androgogi androlog andrologi anduh andur aneka anekdot aneksasi anemer anemia anemofili anemograf
anemogram anemometer aneroid anestesi anestesia anestesiolog anestetis aneuploid aneurisme anfas angah angan
angel angga anggai anggak anggal anggan anggap anggar anggara anggau anggerka anggit angglap anggorokasih
anggota anggrek angguh angguk anggul anggun anggung anggur anggut anghun angin angina angiogenesis angiologi
angiosperma angit angka angkak angkara angkasa angkat angkel angker angket angkin angkit angklung angkong
angkring angku angkuh angkuk angkup angkur angkus angkusa angkut angler anglo anglong anglung angon angop
angot angpau angsa angsana angsoka angsu angsur angus angut anhidrosis aniaya anilina animasi animis animisme
animo anion aniridia anisogamet anisogami anisokoria anisotropis anjak anjal anjang anjangkarya anjangsana
anjar anjiman anjing anjir anjlok anjung anjur ankilosis anode anodin anofeles anoksemia anoksik anomali anomi
anonim anonimitas anoreksia anorganik anorgastik anortopia anosmia anotasi ansambel ansar ansari antagonis
antagonisme antagonistis antah antakesuma antalas antalkali antamir antan antap antar antara antarbangsa
antarbenua antardaerah antari antariksa antarkelompok antarlingkungan antarmaster antarmolekul antarmuka
antarnegara antarplanet antarpribadi antarpulau antarras antarruang antarsel antarsuku antartika antarwilayah
antasid antasida antawacana antedilivium antediluvium antefiks antek anteken antelas anteliks antelmintik
antelop antem antemeridiem antena antenatal anteng antenul antep anter antera anteridium anterior antero
anteseden antianemia antiartritik antibarion antibeku antibiosis antibiotik antibodi antidepresan antidioksida
antidiuretik antidot antienzim antiflogistik antigen antigravitasi antih antihistamin antijasad antik
antikarat antikatalis antiklimaks antiklin antiklinal antiklor antikonsepsi antikristus antikuari antikuariat
antimateri antimetari antimonium antimuntah anting antinomi antinovel antipartikel antipati antipenawar
antipiretik antipode antiproton antipruritik antisemitisme antisepsis antiseptik antisiklogenesis antisiklon
antisiklonal antisiklonis antisimpul antisipasi antisipatif antitank antitesis antitoksin antitragus
antiwirawan antizarah antoi antologi antonim antonimi antop antosian antraknosa antraks antrasena antrasian
antrasit antre antri antromometer antromorfis antropobiologi antropoda antropofagi antropogeografi antropoid
antropolog antropologi antropometer antropomorfisme antroponimi antroposentris antroposentrisme antroposofi
antuk antul antun antup anturium antusias antusiasme anual anugerah anuitas anulir anulus anumerta anunasika
anuresis anuria anuswara anyak anyam anyang anyar anyel anyelir anyep anyes anyik anyir aorta apabila apakah
apakala apalagi apanase aparat aparatur aparatus apartemen apartemenisasi apartheid apartotel apatah apati
apatis apatride apelativa apendektomi apendiks apendisitis apepsi apersepsi aphelion apheliotropisme apikal
apikultur apilan aping apion apium apkir aplasi aplaus aplikasi aplikatif aplus apnea apodal apoenzim apogami
apoge apograf apokalips apokaliptik apokope apokrifa apokrin apokromatik apolitis apologetika apologetis
apologi apologia apomiksis apomorfin apopleksi aposematik aposiopesis aposisi aposisional apositif apostasi
apostel aposteriori apostolik apostrof apotek apoteker apotik apraksi apraksia apresiasi apresiatif apresorium
april apriori aprit apron apsara apsari aptasi aptiklus apung apuran arababu arabahu arabes arabesk arabika
aragonit araknitis araknoid aramba arang aransemen ararut arasy arbaa arbab arbei arbiter arbitrase arbitrer
arboreal arboretum arborikultur arcas areal arena areografi areola areometer arerut arestasi areta argari
argentit argentum argirodit argol argometer argon argot argumen argumentasi argumentatif aries arifin aring
ariningsun arisan aristokrasi aristokrat aristokratis aristotipe aritenoid aritmetika arkade arkais arkaisme
arkan arkati arkegonium arkeolog arkeologi arkeologis arkeozoikum arketipe arkian arkifonem arkileksem
arkitraf arktika arloji armada arnal arogan arogansi aroma aromatik arombai arpus arsenal arsenik arsenikum
arsip arsipelago arsir arsis arsitek arsitektur artefak arteri arteriografi arteriola arteriosklerosis artesis
artetis articok artifak artifisial artik artikel artikulasi artikulator artileri artiodaktil artis artisan
artistik artisyok artona artotek artrobrankium artropoda aruan aruda arumba arung arwah arwana aryaduta arzak
asabat asabiah asabiyah asali asana asasi asbak asbes asbut aseksual asemble asembling asepsis aseptik aseran
asese asetabulum asetat asetilena asetimeter aseton asfal asfar asfiksia asibilan asibilasi asidimeter
asidosis asiklik asilabis asimetris asimilasi asimilatif asimtot asimus asindeton asing asinyor asiri asisten
asistensi askar askariasis askarid askese asket asketisisme askon askriptif asmara asmaradanta asmaragama
asmaraloka asmarandana asnad asonansi asong asortimen asosial asosiasi asosiatif aspal asparaga asparagus
aspartame aspek asperses aspiran aspirasi aspirasional aspirat aspiratif aspirator aspirin asprak asrama asrar
assalamualaikum astadikpala astaga astagfirullah astaka astakona astana astasia astatik astatin astenia
astenik astenopia asteositoma aster asteroid astigmatis astra astral astringen astrofisika astrolab astrolog
astrologi astronaut astronautika astronom astronomi astronomis astrosit asumsi asumtif asung asurador asuransi
asusila aswad aswasada asyera asyik asytoret asyura ataksia atase atavisme atebrin ateis ateisme ateistis
atelir atensi atenuasi ateret atfal atlas atlet atletik atman atmolisis atmologi atmometer atmosfer atmosferis
atomisasi atomistis atowa atraksi atraktan atraktif atresia atret atribut atributif atrisi atrium atrofi
atropin atung aubade audiensi audio audiofil audiofon audiograf audiogram audiolingual audiologi audiometer
audiovisual audit auditor auditorium augmentatif auksanometer auksi auksin aulia aural aurat aurikularia
aurora aurum auskultasi autad autarki autarkis autentik autentikasi autentisitas autisme autistik autobiograf
autobiografi autodidak autodidaktik autodin autofon autogami autogen autograf autografi autogram autoklaf
autoklastik autokrasi autokrat autokton autoktonos autolisis autolitograf autologi automaton automobil
automotif autopsi autoskop autosom autotoksin autotrof autotrofik autotrop autotropik auzubillah avalans
aversi avertebrata avesta avgas aviari aviasi aviator avifauna avikultur avirulen avitaminosis avokad avontur
avonturir avtur avunkulokal awaair awaarang awabau awabeku awabulu awabusa awadara awahama awalengas
awamineral awanama awang awaracun awasenjata awawarna awewe ayahan ayahanda ayanda ayatullah ayeng ayunda
azali azeotrop azimat azimut azmat azoikum azospermi azurit
""",
    "b": """
babad babah babak babakan babal baban babang babar babaring babas babat babatan babesiasis babet babil babit
bablas babon babun babur babut bacah bacak bacang bacar bacek bacem bacik bacin bacok bacot bacul bacut badai
badak badal badam badan badang badani badar badari badasi badau badik badminton badong badui baduk badung
badur badut baduyut bafta bagai bagaimana bagak bagal bagan bagang bagar bagas bagasi bagat bagau bagea
baginda bagong bagor baguk bagul bagur bagus bahadur bahaduri bahagia bahak bahala bahalan baham bahan bahana
bahang bahar bahara bahari baharu bahas bahasa bahaya bahenol baheula bahimiah bahkan bahri bahrulhayat
bahtera bahuku bahwa bahwasanya baiat baiduri bainah baitulharam baitullah baitulmakdis baitulmakmur baitulmal
baitulmukadas baitulmukadis bajaj bajak bajan bajang bajar bajau bajetah bajigur bajik bajing bajul bakak
bakal bakalaureat bakam bakap bakar bakarat bakas bakat bakau bakda bakdahu bakdu bakdul bakelit bakero bakhil
bakiak bakik bakir bakmi bakpao bakpia baksi baksis bakso baktau bakteremia bakteri bakterin bakteriofag
bakteriolisis bakteriolog bakteriologi bakteriostatik bakterisida bakti bakul bakung bakup bakut bakwan
balabad balad balada balah balai balairung balak balalaika balam balan balang balangkep balans balap balar
balas balau balela balen balerina balerong balet balgam balian balig baliho balik baling balistik balistika
baliu balkas balkon balneologi balneoterapi balok balon balong balot balsam balseros baluarti baluh balui
baluk balun balung balur balut bambam bambang bambu bambung banal banang banar banat bancak bancang bancar
bancet banci bancik bancuh bancut banda bandan bandang bandar bandara bandarsah bandasrayan bandea bandel
bandela bandeng bandering banderol banding bandit banditisme bando bandongan bandos bandot bandrek bandu
bandul bandung bandusa bandut bangai bangan bangang bangar bangas bangat bangau bangbung banget bangga banggan
bangir bangka bangkah bangkai bangkal bangkang bangkar bangkas bangkasan bangkeh bangket bangking bangkir
bangkis bangkit bangkong bangkot bangkrut bangku bangkut banglas bangle banglo bango bangor bangpak bangsa
bangsai bangsal bangsat bangsi bangun bangus banian baning banir banjang banjar banjaran banji banjir banjur
bankir bantah bantai bantal bantam bantar bantaran bantat bantau banteng banter banting bantu bantun bantut
banua banyak banyo banyol banyu banyun banzai bapak bapakisme bapanda bapang bapet baplang baptis baraat
baragajul barah barai barak barakat barakatuh baran barang barangan barangkali barap baras barat barbar
barbarisme barbel barber barbital barbiton barbiturat barbur bardi barel bareng barep baret barga barid barier
barik barikade baring baringan barion baris barisfer barit barita bariton barium barjad barkas barkometer
barli barograf barogram barok barologi barometer barometri baron barong barongan barongsai baroskop
barotermograf barso barter barua baruh baruje baruna barusan barut barzakh barzanji basah basal basalioma
basanit basat basau basil basilari basilika basilus basin basir basirah basis basit baskara baskat basket
baskom basmi bastar basuh basung basut batagor batai batak batako batal batalion batalyon batang batara batari
batas batekeng batel batela baterai batih batik batil batila batimetri batin batiplankton batis batisfer batok
batolit baton batuk batun batung bauksit baung baureksa bausastra bausuku bawab bawah bawak bawal bawang
bawasir bawat bawel bawon bayak bayam bayan bayang bayangkara bayangkari bayar bayas bayat bayata bayati bayem
bayonet bayong bayuh bayun bayung bayur bazar bazoka beasiswa beatifikasi bebal beban bebandos bebang bebar
bebaru bebas bebat bebek bebekel bebekisme bebel bebenah beber beberapa beberas bebesaran bebodoran bebotoh
bebrek bebuyutan becak becek beceng becokok becuk becus bedah bedak bedal bedama bedan bedar bedaru bedawi
bedaya bedebah bedegap bedegong bedel bedeng bedil bedinde bedol bedudak beduk bedukang bedung beeng begadang
begah begal begana begandering begandring begap begar begawan begini begitu begonia begroting beguk begundal
behandel behena bejana bejat bekah bekakak bekakas bekal bekam bekantan bekap bekas bekat bekatul bekel beken
beker bekerma bekicot bekil beking bekisar bekleding bekles beklit beksan bekuk bekuku bekukung belabas
belacak belacan belacu belada beladau beladu belah belahak belahong belai belak belaka belakang belako belalah
belalai belalak belalang belam belambang belan belanak belanda belandang belandar belandong belandung belang
belanga belangah belangir belangkas belangkin belangkon belanja belantai belantan belantara belantik belantika
belantuk belar belarak belas belasah belasting belasungkawa belasut belat belata belater belati belatik
belatuk belatung belau belawan beldu belebas belebat belecak beleda beledang beledi beledu beleid belek
belekek belekok belel belelang belembang belencong belendong belendung beleng belenggu belengket belengkok
belengkong belengset belenting belentung belepas belera belerang belerong beleter belia beliak belian beliau
belibas belibat belibis belida beligat beligo belik belikan belikat beliku belimbing belincong beling
belingkang belingsat belingut belinjo belintang belis belit belitung beliung beliut beloan belobor belodok
beloh belok belokok belolang belolok belolong belon belonggok belongkang belongkeng belongkot belongkotan
belongsong belontang beloon belot belotong beluam beluas belubu belubur beludak beludar beludru beluhan beluk
belukap belukar beluku belukut belulang beluluk belulung belum belumpai belungkang belungkur belungsing
belunjur beluntas beluru belus belusuk belut beluwek bembam bemban bembar bembarap bembet bemper benah benak
benalu benam benang benar benara benatu bencah bencana bencat benci bencol bencong benda bendahara bendahari
bendala bendalu bendang bendar bendara bendari bendawat bendawi bende bendel bendela bendera benderang
benderung bendesa bendi bendir bendo bendoro bendu benduan bendul bendung benefaktif bengah bengal bengang
bengap bengawan bengek bengep benggal benggala benggang benggil benggol bengis bengkah bengkak bengkal
bengkalai bengkar bengkarak bengkarap bengkaras bengkarung bengkatak bengkawan bengkawang bengkayang bengkel
bengkelai bengkeng bengker bengkerap bengkil bengkok bengkol bengkong bengkos bengku bengkuang bengkudu
bengkunang bengkung bengoh bengok bengong bengot bengu benguk bengul bengung benian benih bening benitan
benjol benjut benkap bensin benta bentak bentala bentan bentang bentangkan bentangur bentar bentara bentaus
benteh benteng bentes bentet bentik bentoh bentok bentol bentong bentonit bentos bentrok bentuk bentul bentulu
bentur benturung bentus benua benuang benuaron benulung benum benur benyai benyek benyoh benyot benzedrin
benzena benzil benzoat benzoil benzoin benzol berabe beragan berahi berai beraja berak berakah beraksa beram
berambang beramin beranang beranda berandal berandang berang berangai berangan berangas berangasan berangga
berangkal berangkat berangsang berangta berangus berani beranta berantak berantas berapa beras berat bercak
berdikari berdus berebes beredel beremban berembang berendeng berengau berenggil berengos berengsek berengut
berentang bereo bererot beres beresok beret berewok bergajul bergas berguk berhala beriang beriani berida
berik beril berilium berinda beringas beringin beringsang berisik berita berkah berkas berkat berkelium berkik
berkil berko berkung berlau berlian berma bermat bermi bernas bernga beroci beroga berok berokat beron
beronang berondok berondong berong berongkos berongsang berongsong beronjong beronok beronsang berontak
berosot beroti beroya bersat bersih bersil bersin bersit bersut bertam bertih beruang beruas berubuh berudu
berui beruju berujul beruk berumbun berumbung berunai berunang berungut beruntus beruri berus berwari berzanji
besalen besan besar besek besel besengek beser besero beset besikal besing besit beskal beskap beskat beslah
beslit besok besot bestari bestek bestel bestialitas bestik bestir bestral besuk besusu besut besuta betah
betahak betang betapa betara betari betas betatas betatron betau betet betik betina beting betinga betis betok
beton betonisasi betot betul betung betutu bewok bhayangkara biadab biadat biadi biang bianglala biaperi biara
biarpet biarpun biasa biawak biawan biawas biaya bibel bibinda bibir bibit biblio bibliografi bibliomania
bibliotek bicana bicara bicokok bidadari bidah bidai bidak bidal bidan bidang bidar bidara bidari bidas bidet
bidik biduan biduanda biduanita biduk bidur biduri bienial biennale bifasial bifida bigair bigami bigamis
bihun bijak bijaksana bijan bijana bijih bikameral bikang bikarbonat bikin bikini bikir bikonkaf bikonveks
bikromat biksah biksu biksuni bilabial bilah bilai bilakmata bilal bilamana bilamasa bilang bilas bilateral
bilateralisme bilga bilhak biliar bilik bilineal bilingual bilingualisme bilis biliun billahi bilokal bilur
bilyet bimasakti bimbang bimbing bimbit bimetal binal binar binara binaraga binasa binatak binatang binatu
binawah binayah bincacak bincang bincu bincul bincut bindam bindeng binder bindu bineka binen biner bingas
bingit bingka bingkah bingkai bingkas bingkatak bingkis bingung binjai binjat binokular binomial bintak bintal
bintalak bintan bintang bintara binti bintik bintil bintit bintul bintulbahar bintur binturung biodata biodin
biofera biofilm biofilter biofisik biofisika biogas biogenesis biogenik biogeografi biografi biokimia
bioklimatologi biola biolinguistik biolit biolog biologi biologis bioluminesensi biomassa biomekani
biometeorologi biometri biometrika bionomika biopendar bioplasma biopsi bioritme bioritmik biosekuen biosfer
biosida bioskop biostatika biota biotek bioteknologi biotik biotin biotoksin biotron bipatride bipolar
bipolaritas bipolisentrisme biprisma birah birai biram birama birang biras birat biring birit birofaks
birokrasi birokrat birokratis birokratisasi birokratisme birsam bisai bisan bisawab bisbol biseksual bisektris
biseps bisik bising bisinosis biskuit bismillah bismut bisnis bison bissu bistik bisul biting bitisik bitumen
biuku biumbai bivak biverbal bizurai blabar blabitisme blakblakan blangko blantik blantika blaster blastostil
blazer blekek blekok blenda blender blepot blewah blirik bloger blokade blokir bloknot blong blower bludrek
blues blustru bobato bobok bobol bobos bobot bobotok bobrok bocah bocok bocong bocor bodhi bodhisatwa bodoh
bodok bodong bodor bogam bogel bogem bogol bogor bogot bohemian bohlam bohong bohorok bohsia boikot bokar
bokca bokek bokoh bokong bokop bokor boksen bokser bokset boksu bolak boleh bolero bolide boling bolometer
bolong bolos bolot bolotu bolpoin bolsak bombai bombardemen bombardir bombas bombastis bomber bomoh bomseks
bonafide bonafiditas bonang bonanza bonar bonbon boncel bonceng boncol boncong bondol bondong bondot boneka
bonet bongak bonggol bongkah bongkak bongkar bongkin bongko bongkol bongkong bongkor bongkot bongkrek bonglai
bongmeh bongo bongok bongsang bongsor bonjol bonjor bonsai bontak bonto bontok bontot bonus bonyok bopeng
boplang bopok bopong borak boraks borang borat borci border bordes bordil bordir bordu boreal boreh borek
borgol borhan borjuasi borjuis borkol borok boron borong boros bortel bosan boseta bosman boson bosor bosun
botak botang botani botanikus botanis botelir botlir botoh botok botol botor botridium botulisme boyak boyas
boyong boyongan bozah bradikardi brahma brahmana brahmani brahmi brahmin braille brakiasi brakilogi
brakisefalik brakistokron brakiurus braktea bramacorah brambang brana brander brankar brankas branwir braseri
brata bratawali bredel breksi breksia brendi brengsek bretel brevet brifing brigade brigadir brigidig briket
brilian briofita briologi briozoa brisan broiler brokade brokat broker brokoli bromat bromida bromin bromisme
brompit brongkos bronkioli bronkitis bronkodilator bronkotomi bronkus brontosaurus brosur browser bruder
brunai brutal brutalisme bruto buana buang buani buari buaya bubar bubuh bubuhan bubuk bubul bubun bubung
bubur bubus bubut budak budanco budaya buddha buddhis buddhisme budek budian budiman buduk budur bueng bufer
bufet bugar bugenfil bugenvil bugil buhuk buhul bujal bujam bujang bujangga bujet bujeter bujuk bujur bujut
bukan bukankah bukantah bukat bukau buket bukit buklet bukti bukung bukur bukut bulai bulak bulan bulang
bulangan bular bulat bulbul buldan buldog buldoser buleng buletin bulevar bulgur bulian bulimia bulir bulsak
bulug buluh buluk bulur bulus bumantara bumban bumbu bumbun bumbung bumel bumerang bumiah bumiputra bumper
bumpet bumping bunbunan buncah buncak buncang buncis buncit bunda bundak bundar bundas bundel bunduk bundung
bunga bungalo bungar bungkal bungkam bungkang bungkas bungker bungkil bungking bungkuk bungkul bungkus bunglai
bunglon bungsil bungsu bungur bunian bunjai buntak buntal buntang buntar buntat buntek buntel buntet buntil
bunting buntu buntung buntut bunuh bunut bunyi bupala bupati bupet burai burak burakah buraksa buram buras
burat burayak burdah bureng buret burgundi burhan burik burit burjusumbulat burkak burnout buron bursa buruh
buruj buruk burun burung burut busai busana busar buset bushido busik bustan buster busuk busung busur busut
butadiena butala butana butang butarepan butbut butek butik butir butirat butongpai butuh butul butun butut
buwuh buyar buyung buyur buyut byarpet
""",
    "c": """
cabai cabak cabang cabar cabau cabik cabir cabuh cabuk cabul cabur cabut cacah cacak cacap cacar cacat cacau
cacibar cacil cacing cadai cadang cadar cadas cadel cadik cadok caduk cadung cagak cagar cagil caguh cagun
cagut cahang cahar cahari cahaya cailah caima caing caisim cakah cakak cakalang cakalele cakap cakar cakawari
cakela cakep cakiak cakil cakmar cakra cakrabirawa cakrabuana cakram cakrawala cakruk cakup cakur cakus
calabikang caladi calak calang calar calecer calempong caling calir calit calon calui caluk calung calus camar
camat camau cambahan cambang cambuk cambul cambung camca camil campa campah campak campang campin camping
camplungan campuh campung campur camuk camur canai canak canang cancan cancang cancut canda candai candak
candala candang candat candi candik candit candra candradimuka candramawa candrasa candrasengkala candu
candung cangah cangak cangam cangap cangar cangcang cangga canggaan canggah canggai canggal cangget canggih
canggu canggung cangkang cangkat cangkel cangkih cangking cangkir cangklong cangkok cangkol cangkrang cangkrim
cangkriman cangkring cangkuk cangkul cangkulan cangkum cangkung cangkup canguk cangut cantas cante cantel
canteng cantik canting cantol cantrik cantum capah capai capak capal capang capar capcai capek capelin capgome
capik capil caping capit capjiki caplak caplok capuk capung carah carak caraka caram caran carang caren carik
caring carter caruk carut casciscus catat catek catuk catur caturjalma caturlarik caturtunggal caturwangsa
caturwarga caturwarna caturwulan catut caung cawai cawak cawan cawangan cawat cawis cebak ceban cebik cebikas
cebil cebir cebis cebok cebol cebong cebur cecah cecak cecap cecar cecawi ceceh ceceng cecengklok cecer cecere
cecok cecongor cecunguk cedal cedayam cedera ceding cedok cedong ceduk cegah cegak cegar cegat ceguk cekah
cekak cekakak cekakan cekal cekam cekang cekarau cekat cekau cekcekcek cekcok cekdam cekdel cekek cekel ceker
cekeram cekibar cekih cekik cekikik ceking cekit ceklek cekluk cekok cekrem cekres cekuh cekuk cekung cekup
cekur cekut celaga celah celak celaka celampak celana celang celangak celangap celapak celar celari celas
celat celatuk celebuk celek celekeh celemek celemotan celempong celempung celeng celengan celengkang celentang
celep celepik celepuk celetuk celih celik celinguk celingus celis celok celomes celomok celonok celopar
celorot celoteh celsius celuk celum celung celup celupak celur celuring celurit celurut celus celutak celutuk
cemani cemar cemara cemas cemat cembeng cemberut cembul cembung cemburu cemeeh cemeh cemek cemekian cemengkian
cemer cemerlang cemeti cemetuk cemomot cemong cemooh cempa cempaka cempal cempala cempana cempe cempedak
cempek cempelik cempelung cempeng cempera cemperai cemperling cempiang cempil cempin cemping cemplang cemplung
cempor cempreng cempres cempuling cempung cempurit cemuas cemuk cenak cenangau cenangga cenangkas cenayang
cencala cencaluk cencang cencaru cencawan cencawi cendala cendana cendang cendawan cendekia cendera cenderai
cenderasa cenderawasih cenderung cendok cendol cenduai cenela cengal cengam cengang cengap cengbeng cengeh
cengek cengeng cengengesan cenggek cengger cenggeret cengi cengis cengkal cengkam cengkar cengkaruk cengkau
cengkedi cengkeh cengkek cengkelong cengkeram cengkerama cengkerawak cengkerik cengkering cengkerung cengki
cengkiak cengkih cengking cengkir cengkiwing cengkok cengkol cengkong cengkung cengkurai cengli cengung cengut
centang centangan centeng centet centil centong centung cenung cepak cepal cepat cepek cepeng cepengan ceper
cepiau ceples ceplok ceplos cepol cepuk cerabah cerabih cerabut ceracak ceracam ceracap ceracau cerah cerai
cerak ceraka cerakin ceramah cerana cerancang cerang ceranggah cerangka cerap cerat ceratai ceratuk cerau
cerawat cerbak cerca cercah cercak cercap cerdas cerdik cerecek cerek ceremai cerempung cerepu ceret cerewet
cergas ceria cericap cericau cericip ceriga cerih cerita ceriwis cerkam cerkau cerlang cerlih cerling cermai
cermat cermin cerna ceroboh cerobong cerocok cerocos cerompong ceronggah ceropong ceroteh cerowok cerpelai
cerpen cerpenis cerpu cerucuh cerucup ceruh ceruk cerun cerup cerut cerutu cespleng cetai cetak cetar cetek
ceteng ceter cetera ceteri ceteria cetok cetus ceuki cewang cewek cialat cibir cibit ciblon cibuk cicik cicil
cicinda cicip cicit cidomo ciduk cigak cihui cikadas cikal cikar cikok cikrak cikun cikut cilap cilawagi cilik
ciling cilok ciluk cilukba cimplong cincang cincau cincin cincong cincu cinda cindai cindaku cinde cindil
cindur cingak cingam cingangah cingge cingkat cingkeh cingkrang cingur cinta cintamani cinteng cintrong cipai
cipan ciplak cipok ciprat cipta circir cirit ciriwangi citra citraleka coang coban cobek coblos cocok cocol
cocor codak codet codot cogah cogan cogok cokar cokek cokelat coket coklat cokmar cokok cokol cokor cokorda
colak colek coleng colet colok colong colot comberan comblang combong comek comel comor comot compeng compes
compoh compreng comro concong condong conet congak congeh congek congget conggok congkak congkel congki
congklak congklang congkok congkong congo congok congol congor congsam contek conteng contoh contong copet
coplok copot corak corek coreng coret corob corong corot cotet cotok cowok cowokan criping cuaca cuang cubit
cublik cubung cucakrawa cucuh cucuk cucun cucunda cucung cucup cucur cucurut cucut cudang cugat cukai cukil
cukimai cukin cukit cukong cukup cukur culak culan culas culiah culik culika culim culun cuman cumbu
cumengkling cumepak cumil cuming cunam cundang cundrik cunduk cungap cungkil cungkup cungo cungul cungur cunia
cupai cupak cupang cupar cupet cuping cuplik cupul curah curai curam curang curat cureng curiah curiga curik
curna cutak cutbrai cutel cuwil
""",
    "d": """
daayah dabak dabal dabat dabih dabik dabing dabir dabit dablek dabol dabung dabus dacin dadah dadaisme dadak
dadal dadali dadap dadar dadek dadih dading daduh daduk dadung daeng daerah daerahisme dafnah daftar dagang
dagel daging dahaga dahagi dahak daham dahan dahanam dahar dahiat dahina dahlia dahriah dahsyat dahulu daidan
daidanco daiman daing daitia dajal dakah dakaik dakar dakhil dakik dakocan dakon dakron daksa daksina daktil
daktilitis daktilologi daktiloskopi dakwa dakwah dalal dalalah dalalat dalam dalang daldaru dalem dalfin dalih
dalil daltonisme daluang dalung damah damai damak damal daman damar damaru damas damat damba dambin dambir
damen damik damotin dampak dampal dampan dampar dampeng dampil damping dampit damprat dampung danau danawa
danda dandan dandang dandanggula dandapati dandi dangai dangar dangau dangdut dange danghyang dangir dangka
dangkal dangkap dangkar dangkung danguk dansa dansanak danta danuh danur danyang dapar dapat dapra dapur darab
darah daras darat darau dargah daripada darji darma darmabakti darmakelana darmasiswa darmatirta darmawisata
darpana darulaitam darulakhirat darulbaka darulfana daruljalal darun darunu darurat darusalam darwis dasalomba
dasar dasarian dasasila dasatitah dasawarsa dasbor dasin daster dasun datang datar datatamak datif datuk datum
datung daulat dawai dawan dawat dawet dayah dayang dayuh dayuk dayung dayus dealat deaneksasi debah debak
debam debap debar debarkasi debas debat debet debik debil debing debirokratisasi debit debitase debitor
debitur debris debug debuk debum debun debung debup debur debus debut decak decap deceh decing decit decup
decur decut dedah dedai dedak dedal dedalu dedap dedar dedara dedare dedas dedau dedek dedel dedemit dedengkot
deder dederuk dedes dedikasi dedikatif deduksi deduktif dedulang deeskalasi defaitisme defekasi defender
defensi defensif deferens defile definisi definit definitif defisien defisit deflagrasi deflagrator deflasi
defleksi deflorasi defoliasi defolisasi defonologisasi deforestasi deformasi deformatif degam degan degap
degar degen degenerasi degeneratif degil deging degradasi degresi deguk degum degung degup deham dehem
dehidrasi dehidrat dehidrogenasi dehumanisasi deideologisasi deifikasi deiksis deiktis deislamisasi deisme
dekade dekaden dekadensi dekagram dekah dekak dekaliter dekam dekameter dekan dekanal dekantasi dekap dekapoda
dekar dekare dekat dekik dekil deking deklamasi deklamator deklarasi deklaratif deklasifikasi deklerer
deklinasi deklinometer dekode dekoder dekolonisasi dekomposer dekomposisi dekompresi dekongestan dekonsentrasi
dekontekstualisasi dekor dekorasi dekoratif dekorator dekosistem dekremeter dekreolisasi dekret
dekriminalisasi deksa dekstrin dekstrosa deksura dekunci dekung dekus dekut delabialisasi delah delamak delan
delap delapan delas delat delegasi delegat delegitimasi delepak deler delik delikan delikat delikates delima
delineasi delinkuen delinkuensi delirium delman delong delongop delta deltoid delusi delusif demabrasi demagog
demagogi demagogis demah demam demang demap demarkasi dembai dembam dembun demek demen demes demik demikian
demiliterisasi demineralisasi demisioner demobilisan demobilisasi demograf demografi demografis demokrasi
demokrat demokratis demokratisasi demon demoniak demonopolisasi demonstran demonstrasi demonstratif
demonstrativa demoralisasi demosi dempak dempam dempang demper dempet dempir demplon dempok dempuk dempul
dempung demung denah denai denak denasalisasi denasionalisasi denawa dencang dencing denda dendam dendang
dendeng dendi dendrokronologi dendrologi denervasi dengak dengan dengap dengar dengih denging dengkang dengkel
dengki dengkik dengking dengkol dengkul dengkung dengkur dengkus dengu dengue denguk dengung dengus dengut
denim denok denominal denominasi denotasi denotatif densimeter densitas densitometer densitometri densometer
dental dentam dentang dentat dentin denting dentum dentung dentur denudasi denuklirisasi denyar denyit denyut
deodoran deoknumisasi deontologi depak depalatalisasi depan depang depap deparpolisasi departemen
departemental departementalisasi dependen dependensi depersonalisasi depersonifikasi depigmentasi depilasi
deplesi depolarisasi depolitisasi deponir depopulasi deportasi deposan deposit deposito depot depresi
depresiasi depresor deprok deprotonasi depun depus deputasi deputi deragem derai derajah derajang derajat
derak deram deran derana derang derap deras derau derawa derebar deregulasi derek derel derep deres deresi
deret dergama derik dering deringo deris derit derita deritaan derivasi derivat derivatif derji derma dermaga
derman dermatitis dermatofitosis dermatolog dermatologi dermatom dermis dermoid dersana dersik deruji deruk
derum derun derung derup derus derut desah desain desainer desak desakralisasi desalinasi desaneksasi desar
desau desegregasi deselerasi desember desensitisasi desentralisasi deserebrasi desersi desertir desibel
desidua desigram desih desik desikan desikator desil desiliter desiliun desimal desimeter desinens desinfeksi
desinfektan desing desintegrasi desir desis desit deskripsi deskriptif deskuamasi desmonem desmoplasia
desmosom desorientasi desorpsi despot despotik despotisme destabilisasi destar destinasi destroyer destruksi
destruktif destruktor desuk desulfurisasi desup desur desus desut detail detak detap detar detas detasemen
detasering detasir deteksi detektif detektofon detektor detenidos detensi detente detergen deteriorasi
determinan determinasi determinatif determinator determinis determinisme detik deting detoksifikasi detonasi
detonator detritus detrusor detup detus deuterium deuterokanonika deuteron deutranomalopia deutranopia
devaluasi developer deverbal deviasi devisa devosi dewadaru dewala dewan dewana dewanagari dewangga dewasa
dewata diabetes diadem diafon diaforetik diafragma diagenesis diagnosis diagnostik diagometer diagonal diagram
diaken diakon diakones diakonia diakritik diakronis dialek dialektal dialektik dialektika dialektis
dialektologi dialinguistik dialisis dialog dialogis diamagnetisme diameter diametral diamorf diang diaper
diapositif diare diasistem diaspora diastase diastole diaterman diatermi diatermik diatesis diatipe diatom
diatomit diatonik diatopik diayah dibasa didaktik didaktikus didaktis didih didik didis didong dielektrik
diensefalon diesel dietetika difabel diferensial diferensiasi difluens difluensi difraksi difteri diftong
difusi digdaya digenesis digestif digit digital digitalin digitalis digitalisasi diglosia digraf digresi digul
dihedral dihidroksil dikara dikau dikit diklorida dikotil dikotomi dikroisme dikromat dikromatik diksa diksi
diktat diktator diktatorial diktatoris dikte diktum dilak dilam dilasi dilatasi dilatometer dilema dilematik
diler diletan diluvium dimensi dimer diminutif dimorfik dimorfisme dinamik dinamika dinamis dinamisator
dinamisme dinamit dinamo dinamometer dinar dinas dinasti dinding dingin dingkis dingkit dingklang dingklik
dingo diniah diniyah dinosaurus diode dioesis dioksida dioksin diopsida dioptase dioptri diorama diorit dioses
dipan diplo diploid diploma diplomasi diplomat diplomatik diplomatis dipsomania diptera diptotos dirah diraja
direk direksi direktorat direktorium direktris direktur dirgahayu dirgantara dirham dirigen diris dirus
disagio disain disainer disakarida disastria disbursemen disdrometer disekuilibrium disel disensus disentri
disertasi disfonia disfungsi disharmoni disiden disilabik disimilasi disinfektan disinformasi disinsentif
disintegrasi disiplin disjoki disjungsi disjungtif diska disket diskiasis disklimaks disko diskoid diskon
diskontinu diskontinuitas diskonto diskordans diskorobik diskotek diskredit diskrepansi diskresi diskriminasi
diskriminatif diskriminator diskualifikasi diskulpasi diskursif diskus diskusi dislalia disleksia dislokasi
dismembrasio dismenorea dismutasi disolventia disonansi disoperasi disorder disorganisasi disorientasi
disosiasi dispareunia disparitas dispensasi dispenser dispepsia dispersal dispersi disposisi disposotio
disprosium disrupsi distabilitas distal distansi distikiasis distikon distilasi distilator distingsi
distingtif distoma distorsi distosia distribusi distributor distrik disuasi disuria ditransitif diuresis
diuretik diurnal divergen divergensi diversifikasi diversitas divestasi dividen divisi diwala doang dobel
doblangan doble dobol dobolo dobrak dodekagon dodekahedron dodet dodok dodol dodong dodor dodos dodot doeloe
dogel dogeng doger dogma dogmatik dogmatis dogmatisme dogol dohok dohyo dokar dokoh doksologi dokter doktor
doktoranda doktorandus doktrin dokumen dokumentasi dokumenter dolan dolar doldrum dolfin dolikosepalik dolmen
dolok dolomit domain domba domblong domein domestik domestikasi dominan dominansi dominasi domine dominggo
dominion domino domisili domot dompak dompet domplang dompleng dompol donasi donat donatur doncang dondang
donder dondon dongak dongan dongbret dongeng dongkak dongkel dongkok dongkol dongkrak dongkrok dongok dongpan
dongsok donor donto doping dopis dorang dorbi dorbia dorman dormansi dorna dorong dorsal dorslah dorsopalatal
dorsovelar dorsum dortrap dosen dosin dosir dosis dowel dower doyak doyan doyang doyong dragon drainase
drakula drama dramatik dramatikus dramatis dramatisasi dramaturg dramaturgi draperi drastis dresoar dresur
dribel droping dropsi drumben drumer druwe duafa duaja dualis dualisme dualistis duane duang duangsom dubalang
dubelir dubes dubila dubing dubius duble dublir dubuk dubur duduk dudur dudus dugal dugang dugas dugdeng
dugder duhai duilah dukacarita dukacita dukan dukana dukat dukaten duktulus duktus dukuh dukun dukung dulag
dulang dulur dumdum dumping dumung dunah dunak dungas dungkelan dungkul dungu dungun dunia duniawi duodenum
duodesimal duodrama duopoli dupak dupleks duplik duplikasi duplikat duplikator duplisitas duplo duralumin
duramater durasi durat duratif duren dureng durhaka durian durias duriat durja durjana durjasa durkarsa durma
durna durno durnois durnoisme durometer dursila duruwiksa dusin dusta dustur dusun duwegan duwet duyun duyung
dwiarti dwibahasa dwidarma dwidasawarsa dwifungsi dwiganda dwiguna dwilingga dwimatra dwiminggu dwimuka
dwiperan dwipurwa dwisegi dwitarung dwitunggal dwiwarna
""",
    "e": """
eboni ebonit eburina eceng edafik edafit edafologi edafon edema edentat edisi editor editorial edukasi
edukatif efedrina efektif efektivitas efektor efelis efendi efisien efisiensi efloresensi eforus efusi
egalisasi egalitarian egalitarianisme egalitarisme egaliter egois egoisme egoistis egomania egosentris
egosentrisitas egosentrisme egrang egresif eidetik eigendom eikosan einsteinium ejakulasi ejawantah ejektif
ejektor ekabahasa ekajati ekakarsa ekamatra ekang ekaristi ekatantri ekbalium ekdemik ekderon ekdisis ekimosis
ekiofit eklektik eklektikus eklektis eklektisisme eklektisme eklips ekliptika ekliptis eklosi ekofisiologi
ekofraksia ekofrasia ekografi ekogrup ekoklimat ekoklimatologi ekokronologi ekolabel ekolalia ekologi ekologis
ekonom ekonometri ekonomi ekonomis ekopolitik ekopraksia ekornia ekosfer ekosistem ekosistematika ekospesies
ekostratigrafi ekotipe ekotipifikasi ekoturisme ekozona ekrin ekrinologi eksak eksakta eksaltasi eksamen
eksaminasi eksaminator eksantem eksantropus eksarasi eksegesis ekseget eksekusi eksekutif eksekutor eksem
eksemplar eksenterasi eksentrik eksepsi ekseptor ekses eksesif eksfoliasi ekshalasi ekshibisi ekshibisionis
ekshibisionisme ekshibitum eksikator eksin eksipien eksisi eksistensi eksistensialis eksistensialisme eksit
eksitasi eksitus ekskavasi ekskavator eksklave eksklusif eksklusivisme ekskomunikasi ekskresi ekskreta
ekskursi ekskursif eksobiologi eksobiotik eksodermis eksodos eksodus eksoenzim eksoergik eksofasia eksofora
eksoftalmia eksoftalmos eksoftalmus eksogam eksogami eksogen eksogin eksoisogami eksordium eksorsis eksosfer
eksospora eksostosis eksoterik eksotermik eksotik eksotis eksotisme ekspansi ekspansif ekspansionis
ekspansionisme ekspansionistis ekspatriasi ekspatriat ekspedisi ekspeditor ekspektoran eksper eksperimen
eksperimental ekspirasi eksplan eksplikasi eksplisit eksploit eksploitasi eksploitir eksplorasi eksploratif
eksplorator eksplosi eksplosif ekspo eksponen eksponensial ekspor eksportir ekspos ekspose eksposisi ekspres
ekspresi ekspresif ekspresionisme ekspresionistik ekspresivitas ekstase ekstasi ekstensi ekstensif
ekstensifikasi ekstensor eksterior eksteriorisasi eksteritorialitas ekstern eksternal ekstin ekstra ekstradisi
ekstrak ekstrakardial ekstraksi ekstraktif ekstrakurikuler ekstralinguistis ekstramarital ekstranei
ekstraparlementer ekstrapolasi ekstraseluler ekstraterestrial ekstrateritorialitas ekstrauterin ekstraversi
ekstrem ekstremis ekstremitas ekstrinsik ekstrospeksi ekstrover ekstrusi eksudasi eksudat ektoblas ektoderm
ektohormon ektoparasit ektoplasma ektoterm ektotermik ekualitas ekuatif ekuator ekuilibrium ekuinoks ekuitas
ekuiti ekuivalen ekuivalensi ekuivokasi ekumene ekumenis ekumenisme elaborasi elang elastik elastin elastis
elastisitas elastomer elatif elefantiasis elegan elegansi elegi elektif elektorat elektret elektrifikasi
elektrik elektris elektro elektrode elektrodinamika elektroensefalogram elektroforesis elektrokardiogram
elektrokimia elektrokoagulasi elektrokusi elektrolisi elektrolisis elektrolit elektromagnet elektromagnetik
elektromagnetisme elektrometalurgi elektromiografi elektromotif elektron elektronegatif elektronik elektronika
elektronis elektropatologi elektropositif elektroskop elektrostatika elektroteknik elektroterapeutika
elektroterapi elektrotipe elektrum elemen elementer elemi eleng elevasi elevator eliksir eliminasi eliminir
eling elips elipsis elipsoid elipsometer elipsometri eliptis elite elitis elitron elokuensi elongasi elpiji
eltor eluat eluen elung elusi elusian elusif elutriasi eluvial eluviasi eluvium email emanasi emang emansipasi
emaskulasi embacang embah embak embal embalase embalau emban embar embara embarau embargo embarkasi embaru
embat embek embel ember embih embik emblem embok embol emboli embolisme embolus embosur embrat embrio
embriogenesis embriologi embrionik embuai embuh embun embung embus embut emendasi emeraldin emeritus emetik
emetina emfisema emigran emigrasi eminen eminensi emirat emisi emisivitas emitans emiten emolumen emong emosi
emosional emosionalisme emotif empal empang empap empar empas empat empati empedal empedu empek empela empelas
empenak empeng emper empet empiema empik emping empiri empiris empirisme emplasemen emplek employe empoh empok
emporium empos empot emprak empuan empuk empul empulur empunya emrat emulasi emulator emulsi emulsifikasi
enamel enartrosis encal encang enceh encek encel encer encik encim encit encok encot endak endal endang endap
endas endasan endemi endemis endilau endoderm endoderma endodermis endofit endogami endogen endokardia
endokrin endokrinologi endolimfa endometriosis endometrium endomiksis endomiokarditis endomisium endon endong
endoparasit endoplasma endorfin endosemen endosentris endoskeleton endoskop endoskopi endosmosis endosperma
endotel endoterm endotermal endotermis endotoksin endrin enduk endul enduro endus endut eneng energetik energi
energik enfitotik engah engas enggak enggan enggang engget enggil enggok engkah engkak engkang engkau engkoh
engkol engkong engku engkuk engsel enigma enjak enjal enjambemen enjelai enjin enjut enkapsulasi enklave
enklitik enkode enkripsi enkulturasi enologi ensambel ensefalitis ensefalitogen ensefalograf ensefalografi
ensefalogram ensefalomielitis ensefalon ensiform ensiklik ensiklopedia ensiklopedis ensopor entah entak
entalpi entar entas enten enteng entente enteritis enterograf enterologi enteron enteropati enterosel
enterostomi enterotoksin enterovirus entit entitas entoderm entogenus entok entomofili entomolog entomologi
entong entot entozoa entozoik entre entrepot entri entropi enukleasi enumerasi enuresis envoi enyah enyak
enzim enzimolisis enzimologi enzootik eolit eosen eosin eozoikum epentesis epibentos epidemi epidemiologi
epidermis epidiaskop epifaring epifil epifiotik epifisis epifit epifiton epifora epigastrium epigenesis
epiglotis epigon epigraf epigrafi epigram epikotil epikuris epilepsi epileptik epilog epimisium epinasti
epinefrina epinurim episentrum episiklik episiotomi episkopal episkopat episode episodik epispora epistaksis
epistel epistemologi epistola epitaf epitaksi epitel epitelioma epitermal epitet epizoik epizootik epoksi
epolet eponim epsilon eradikasi eradiksi erang erata erbis erbium ercis ereksi erektor ereng erepsin
ergasiofit ergonomi ergonomika ergonomis ergosterol ergot ergoterapi ering erisipelas eritema eritroblas
eritrosit erong erosentrisme erosi erotik erotika erotis erotisisme erotisme erpah erpak erupsi esais eselon
esembling esens esensi esensial esensialitas eskader eskadron eskalasi eskalator eskapisme eskas eskatologi
eskatologis esofagus esoteris estafet ester estesia estetik estetika estetikus estetis estimasi estriol
estrogen estron estrus estuari estuarin etalase etana etanol etape etatisme eteris eternit etika etiket
etilena etimologi etimologis etimon etiolin etiologi etmoid etnik etnis etnobotani etnograf etnografi
etnografis etnolinguistik etnolog etnologi etnologis etnomusikolog etnomusikologi etnopolitik etnosentrisme
etologi eudaemonisme eufemisme eufemistis eufoni eufonium euforia euforian eugenetika eugenika eugenol
eukaliptol eukaliptus eukarion eukariota eulogi euploid eurasia eurihalin europium eurosentris euseksual
eusinantropus eutanasia eutektik eutenika eutrofikasi evakuasi evaluasi evaluatif evangeli evangelis evaporasi
evaporator evaporimeter evapotranspirasi eversi eviden eviserasi evokasi evokatif evolusi evolusioner
evolusionisme eyang
""",
    "f": """
faali fabel fabula faden fadihat fadil fadilat faedah fagosit fagositosis fagot fahombe fahrenheit fahsya
fajar fakih fakir faksi faksimile fakta faktif faktitius faktor faktual faktur fakultas fakultatif falah falaj
falak falakiah falsafah falsafi famili familia familier familiisme familisme fanatik fanatisme fanfare fantasi
fantastis fantom farad faraid faraj farak fardu farik faring faringal faringalisasi faringitis farisi farji
farmakodinamika farmakokinetika farmakolog farmakologi farmakologis farmakope farmakoseutika farmasi farsakh
fasad fasakh faset fasia fasid fasih fasihat fasik fasilitas fasilitator fasis fasisme fastabikhulkhairat
fatah fatal fatala fatalis fatalisme fatalitas fatamorgana fatanah fatihah fatimah fatir fatom fatometer fatri
fatsun fatur fatwa fauna faunistik favorit favoritisme febrin februari federal federalis federalisme
federalistis federasi fekundasi fekunditas felon felspar feminin feminisme fenakit fengsui fenit fenol
fenologi fenomena fenomenal fenomenalisme fenomenologi fenosis fenotipe feodal feodalisme feodalistis feral
feritin fermen fermentasi fermion fermium feromagnetik feromagnetisme feromon feronikel fertil fertilasi
fertilisasi fertilitas fertilizin ferum feses festival fetis fetor fetus fiasko fiber fibrasi fibriblas fibril
fibrilasi fibrin fibrinogen fibrokistik fidah fider fidiah fidusia fidyah figur figuran figuratif fikih fikli
fikologi fikrah fiksasi fiksi fiktif fikus filamen filantrop filantropi filantropis filaria filariasis
filateli filatelik filatelis filharmoni filial filibuster filmis filodendron filogenesis filogeni filolog
filologi filologis filopur filosof filosofi filosofis filsafat filsuf filter filtrasi filtrat filum fimbria
final finansial finir finis fiolaks firajullah firasat firauniah firdaus firdausi firjatullah firkah firma
firman fisibel fisibilitas fisik fisika fisiognomi fisiognomis fisiologi fisiologis fisioterapi fisis fiskal
fiting fitnah fitofag fitofogus fitogeni fitogeografi fitokimia fitologi fitometer fiton fitopatologi
fitosanitasi fitososiologi fitosterol fitostrot fitotoksin fitotoksoid fitotopografi fitotron fitrah fitri
flakon flamboyan flamingo flanel flegma flegmatis fleksi fleksibel fleksibilitas fleksor flensa floem flora
floret flotasi flotet fluensi fluida fluks fluktuasi fluktuatif fluor fluoresen fluoresens fluorin fluorit
fobia fokimeter fokstrot fokus folder folikel folio folklor folksong fonasi fondamen fondasi fonds fonem
fonemik fonemis fonetik fonetis fonik fonis fonograf fonografi fonologi fonologis fonon fonotaktik fonotipi
foramen foraminifera forensik forklif forma formal formalin formalistis formalitas forman formasi format
formatif formatir formatur formika formula formulasi formulator formulir fornifikasi fornikasi forsep forsir
forsit forte fortifikasi fortin forum fosfat fosfina fosfit fosfor fosforesens fosforilase fosforus fosgen
fosil fotodiode fotoelektron fotoemisi fotogenik fotograf fotografer fotografi fotografis fotograver
fotogravur fotokimia fotokonduksi fotokonduktivitas fotokonduktor fotokopi fotokromi fotokromik fotolisis
fotolitografi fotometer fotometri fotomikrografi fotomodel foton fotoperiodisme fotosel fotosfer fotosintesis
fotostat fototaksis fototropis fototustel fovea fragmen fragmentaris fragmentasi fraksi fraksinasi fraktur
fraktus frambusia fransium frasa frase fraseologi frater fraternitas freatofit fregat frekuen frekuensi
frekuentatif frenologi freon frigid frigorigraf frigorimeter frikatif friksi front frontal fruktosa frustrasi
fugasitas fujur fukaha fukara fuksina fulgurit fulminat fulus fumarol fumigan fumigasi fumigator fundamen
fundamental fundamentalis fundamentalisme fundamentalistis fungi fungibel fungisida fungistatik fungoid fungsi
fungsional fungsionalisasi fungsionalisme fungsionalitas fungsionaris fungus furfural furkan furnitur furqan
furuk fusta fusuk futual futur futurisme futuristik futuristis futurolog futurologi futurologis fyord
""",
    "g": """
gabah gabai gabak gabardin gabas gabir gableg gablek gabor gabro gabruk gabuk gabung gabus gacok gacong gadai
gadamala gadang gading gadis gadolinit gadolinium gadon gaduh gaduk gadung gadungan gafar gaflah gaflat gaftar
gafur gagah gagai gagak gagal gagang gagap gagas gagau gaguk gaham gahar gahara gahari gaharu gaing gairah
gajah gajak gajih gajul gajus gakang gakari galaba galaganjur galagasi galah galai galak galaksi galaktometer
galaktorea galaktosa galaktosemia galaktosuria galan galang galanggasi galar galas galat galau galbani galeng
galeri galgal galias galib galibut galih galiot galir galium galiung galon galuh galung galungan galur
galvanis galvanisasi galvanometer galvanometri galvanoskop galyas gamak gamal gamalisasi gamam gaman gamang
gamat gambang gambar gambas gambir gamblang gambling gambuh gambus gambut gambyong gamelan gamet gametangium
gametofit gametogenesis gametosit gamik gamis gamit gamma gamopetal gamosepal gampang gampar gamparan gamping
gamuh ganal ganang ganar ganas gancang gancar ganco gancu ganda gandal gandapura gandar gandaria gandarukem
gandarusa gandarwa gandasturi gandasuli gandek gandem ganden gandeng gandes gandewa gandi gandik gandin
ganding gandok gandola gandos gandringan gandrung gandu ganduh gandul gandum gandung ganggam ganggang ganggu
ganggut ganglion gangsa gangsal gangsar gangsi gangsir gangster ganih ganimah ganja ganjak ganjal ganjar
ganjat ganjen ganjil ganjing ganjling ganjur ganoid gantal gantang gantar gantel ganteng ganti gantih gantilan
ganting gantol gantole gantung ganyah ganyang ganyar ganyong ganyut gapah gapai gapil gapit gaple gaplek
gaplok gapuk gapura garah garai garam garan garang garangan garansi garap garasi garau garba garbarata garbis
garda gardan gardu garebek garib garindin garing garis garit garizah garmen garnet garnis garnisun garong
garpu garuda garuk garung garut garwa gasab gasak gasal gasang gasatrin gasifikasi gasing gasket gasolin
gasometer gaster gastrektomi gastrin gastritis gastroenteritis gastroenterolog gastroenterologi
gastrointestinal gastronomi gastrula gastrulasi gatal gatot gatra gatrik gatuk gaukang gaung gawai gawal gawan
gawang gawar gawat gawir gayal gayam gayang gayat gayau gayem gayeng gayuh gayuk gayun gayung gayut gazal
gebah gebang gebar gebeng geber geblak geblek geblok gebogan gebok gebos gebot gebrak gebuk gebung gebyar
gebyur gecar gecek gecer gecul gedabah gedang gedebeg gedebok gedebuk gedebung gedek gedembai gedembal
gedempol gedeng gedik gedok gedombak gedombrongan gedong gedor gedubang gedung geduyut gegabah gegadan gegai
gegak gegala gegaman gegana gegaokan gegap gegar gegares gegas gegat gegau gegep geger gegetar gegetun gegisik
gegua geiger geiser gejah gejala gejolak gejos gejuju gelabah gelabir gelabur geladak geladeri geladi geladir
geladrah gelagah gelagap gelagar gelagat gelak gelakak gelalar gelam gelama gelamai gelambir gelandang
gelandot gelang gelanggang gelangsar gelantang gelanting gelantung gelap gelapung gelar gelas gelasak gelasir
gelatak gelatik gelatin gelatuk gelayangan gelayar gelayut gelebah gelebap gelebar geleber gelebuk geleca
gelecik geledah geledang geledek geleding geledur gelegah gelegak gelegar gelegata gelek gelekak gelekek
gelema gelemat gelemberan gelembong gelembung gelembur gelempang gelemprang gelenang gelendo gelendong
gelendot geleng gelenggang gelentang gelenting gelenyar gelepai gelepar gelepek gelepot gelepung gelepur geler
gelesek geleser gelesot geleta geletak geletar geletek geletik geleting geletis geletuk geliang geliat gelibir
gelicik geliga geligi geligin geligis geligit gelignit gelimang gelimantang gelimbir gelimir gelimpang gelimun
gelincir gelincuh gelinding gelinggam gelinggaman gelinggang gelingsir gelinjang gelintang gelintar gelintin
gelinting gelintir gelipar gelisah gelita gelitar gelitik gelobak gelobok gelocak gelodar gelodok gelogok
gelohok gelojoh gelomang gelombang gelompar gelondong geloneng gelonggong gelongsor gelontor gelopak gelora
gelosang geloso gelosok gelotak geluduk geluga gelugu gelugur gelugut geluh geluk gelulur gelumang gelumat
geluncur gelundung gelung gelup gelupur gelut gemah gemak gemal geman gemang gemap gemar gemas gemaung gemawan
gembak gembala gembel gembeng gembil gembili gembira gemblak gembleng gemblong gemblung gembok gembol gembolo
gembong gembor gembos gembreng gembrot gembul gembung gembur gembus gembut gemebyar gemelentam gemeletak
gemeletap gemeletek gemeletuk gemelugut gementam gementar gemercak gemercik gemerencang gemerencik gemerencing
gemerencung gemeresak gemeresik gemeretak gemeretuk gemeretup gemerlap gemertak gemertuk gemerusuk gemetar
gemik gemilang gemilap geming gemini gemintang geminte gemirang gempa gempal gempar gempil gempita gempol
gempor gempur gemrobyos gemuk gemul gemulai gemulung gemuntur gemuruh genah genahar genang genap gencar gencat
gencel gencer gencet gencir gendak gendala gendam gendang gendar gendarmeri gendeng gender genderang genderuwo
gendewa gending gendis gendon gendong genduk gendut genealogi genealogis genegin geneng generalis generalisasi
generalisimo generasi generatif generator generik genesis genetika genetis genggam genggang genggong gengsah
gengsi gengsot genial genialitas genikulum genis genit genital genitalia genitif genius genjah genjang genjer
genjik genjot genjrang genjring genjur genom genosida genotipe genre genta gentala gentar gentas gentat
gentayang gentel genteng gentian genting gentong gentrifikasi gentur gentus genus genyot geobotani geodesi
geofisika geofisis geofon geognosi geografi geografis geohidrologi geokimia geokronologi geolog geologi
geologis geomansi geometri geometris geomorfologi geonomi geopolitik geosentris geosinkronis geostasioner
geostatika geoteknik geoteknologi geotermal geotermi geotermometer gepeng gepit geplak gepok geprak gepuk
gerabah gerabak gerabang geradi geragai geragap geragas geragau geragih geragot geraguk gerah geraham gerai
gerak geram geraman geramang geramsut geramus gerang gerangan geranggang geranium gerantak gerantang geranyam
gerapai gerapu gerat geratak geratih gerau gerawan gerawat gerayah gerayang gerbak gerbang gerbera gerbong
gerbus gerda gerdam gerdan gerdum gerebek gerecak gerecok gereget gereh gereja gerejani gerejawi gerek geremet
gerempang gerencang gerendel gerendeng gerenek gereneng gerengseng gerenik gerenjeng gerenjet gerentang
gerenyau gerenyeng gerenyet gerenying gerenyit gerenyot gerepe gerepek gerepes geresek geret geretak geretang
gergaji gergajul gergasi gergeran gerha gerhana geriak geriap geriatrik geribik gericau geridip geridit
geriditpidit gerigi gerigik gerigis gerih gerik gerilya gerim gerimis gerincing gerinda gerindin gerinding
gering geringging geringgingan geringsing gerinjal gerinjam gerinting gerinyau gerip geripir geripis gerisik
gerising gerit geriuk gerlap gerlip germang germanium germinal germisida germo germut geroak gerobak gerobok
gerobyak gerocok gerodak gerogol gerogot gerohok gerohong gerojok gerombol gerombong gerompok gerong
geronggang geronium gerontokrasi gerontol gerontologi geronyot geropes geropyok geros gerosak gerowong gerowot
gerpol gersak gersang gersik gertak gertik gertuk gerugut geruh geruit gerumit gerumpung gerumuk gerumut gerun
gerundang gerundel gerung gerunggung gerunyam gerup gerupis gerupuk gerus gerut gerutu gerutup gerutus gesek
gesel geser gesit gesper gestikulasi getah getang getap getar getas getek getik getil getir getis getok getol
getuk getun geulis gewang gibah gibang gibas giblet gibtah gidik gigahertz gigantisme gigih gigil gigir gigis
gigit gigolo gilang gilap gilas gilbet gilik giling gilir gimbal gimnasium gimnastik gimpal ginang gincu
ginding ginekolog ginekologi ginekomasti ginesium gingivitis ginglimus gingsir gingsul ginjal ginjean ginkang
ginogenesis ginseng gipsi girah giral girang giras girasol girik girikan giring giris giroskop girostat
girostatika gisar gisik gisil gitapati gitar gitaris gites gitik gitok giwang glabela gladiator gladiol glamor
glandula glans glasial glasir glasnos glaukoma glegek glenik glenoid gletser glidik glikogen glikogenesis
glikogenolisis glikol glikolisis glikosid glikosida glikosidasa glikosidase glikosuria gliserida gliserol
global globalisasi globalisme globe globulin globus glokidium glomerulus glomus glosarium glosem glosematik
glositas glositis glotal glotalisasi glotis glukagon glukosa glukosan glukosida gluten gnomon gobak gobang
gobar gobek gobet goblok gocap gocek gocoh godak godam godek godok godong godot gogoh gogok gogos gogrok gohok
gohong gojek gojlok gokar golak golbi golek goleng goler golok golong golput gombak gombal gombang gombeng
gombrang gombroh gombyok gompal gompiok gonad gondang gondok gondol gondola gondong gondorukem gondrong gonggo
gonggok gonggong gongli gongseng gongyo gonidium goniometri gonjak gonjang gonjing gonjlang gonjok gonjong
gonokokus gonore gonrang gontaganti gontai gontok gonyak gonyeh gonyel gonyoh gopek gopoh gorap gorden gorek
goreng gores gorila gorilya goroh gorok gosan gosip gosok gosong gospel gotes gotik gotong gotri gotrok gotun
gowok goyah goyak goyang grabadan gradasi gradien gradual gradualisme grafem grafemik grafemis grafetik grafik
grafika grafis grafit grafitasi grafolog grafologi graha grahita gramatika gramatikal grambyang gramofon
granat granit granolitik granula granulasi granulosit grapyak grasi gratak gratifikasi gratis gravel graver
gravimeter gravitas gravitasi grecok gregarius grehon grempel griya grogi gronjong grosir gruwung guanidina
guanin guanina guano gubah gubal gubang gubel gubernemen gubernur gubit gubris gubuk gudam gudang gudangan
gudeg guderi gudik gugah gugat guguh guguk gugup gugur gugus gujirak gujirat gukakas gulah gulai gulali gulam
gulambai gulana gulat guliga guling gulir gulita gulma gulud gulung gulut gumal gumam gumba gumbaan gumbang
gumbar gumboro gumbuk gumebruk gumelaran gumpal gumpil gumuk gumul gumun gunawan guncang gunci gundah gundal
gundala gundang gundar gundi gundik gundu gunduk gundul gunggung gunjai gunjing gunolugu gunrit gunseikan
guntai guntak guntang guntil gunting guntung guntur gunung gunyam gurab gurah guram gurami gurat gurau gurdan
gurdi gurih gurik gurindam guring gurit gurita gurnadur gurub guruh guruk gurun gurung gurur gusah gusar gusel
gusrek gusti gusul gusur gutasi gutik gutuk guyon guyub guyur
""",
    "h": """
habenula habib habibi habibulah habibullah habis habitat habituasi habitus habluk hablun hablur habsyi habuan
habuk habung hadanah hadap hadas hadat hadiah hadir hadirat hadirin hadis hadron hafal hafiz hafnium
hagiografi hahnium haiking haiku hailai hajah hajar hajat hajib hajim hajis hakaik hakam hakikat hakiki hakim
hakimah hakul hakulah hakulyakin halaik halakah halal halalbihalal halaman halang halau halazon halba haleluya
halia halilintar halim halimbubu halimun halimunan halipan halitosis halkah halma halobion halofili halofit
halofita halofob halogen halogenasi halotan halsduk halte halter haluan halus halusinasi halusinogen halwa
hamal hamatum hamba hambali hambar hambat hambur hamburger hamdalah hamdu hamik hamil haminte hampa hampang
hampar hampir hamud hamulus hamun hamzah hanacaraka hanafi hancing hancur handai handam handaruan handasah
handelar handuk hangar hangat hanger hanggar hangit hangus hanif hanjuang hansop hantai hantam hantap hantar
hantir hantu hanya hanyut hapetan haplografi haploid haplologi hapus harak harakah harakat harakiri haram
harap harawan harbi hardik harem harendong harfiah harga haribaan harimau haring harini haris harisah harit
harkat harmoni harmonik harmonika harmonis harmonisasi harmonium harnet harpa harpis harpun harta hartal
haruan harum harungguan harus hasab hasad hasai hasan hasar hasib hasid hasil hasrat hasta hasud hasut hasyiah
hasyis hatif hatta hatur haudah haukalah hauri haustorium haver hawar hawari hawiah hayat hayati heban hebat
heboh hebras hebring hedonis hedonisme hegelianisme hegemoni hegemonik hegemonisme hegemonnisme heiho
heksadesimal heksagon heksahedron heksaklorida heksameter heksana heksapoda hektar hektare hektograf hektogram
hektoliter hektometer helah helai helat helicak helikopter heling heliofit heliofobi heliograf heliogram
heliometer heliosentrik helioskop heliotaksis helioterapi heliotrop heliotropisme helipad helium helmintologi
hemat hematit hematite hematofobia hematologi hematom hematometra hematuri hembak hembalang hembus hemeralopi
hemikordat hemiplegia hemisfer hemodialisis hemofilia hemoglobin hemolisis hemopoiesis hemopteran hemoragi
hemoroid hemosit hemositometer hemostasis hemostatik hempap hempas hendak hendam hendel hengit hengkang hening
henoteisme henry hentar henti henyak hepar hepatitis heptagon heptahedron heptameter heptana heraldik heran
herba herbarium herbisida herbivor herbivora herder hereditas herediter heregistrasi heresi hering hermafrodit
hermafroditisme hermetis hernia heroik heroin heroisme herpes herpetolog herpetologi hertz hesperidin
heterodin heterodoks heterofemi heterofil heterofit heterogamet heterogami heterogen heterogenitas heterograf
heterografi heteroklitus heteronim heteronimi heteronomi heteroseksual heteroseksualitas heterosfer
heterosiklis heterosis heterospora heterostili heterotrof heterozigot heuristis hewan hewani hialin hialit
hiatus hibah hibal hibat hibernasi hibiskus hibob hibrida hibridis hibridisasi hibuk hibur hidang hidatod
hidayah hidayat hidrasi hidrat hidraulik hidraulika hidraulis hidrida hidrodinamika hidrofili hidrofit
hidrofobia hidrofoil hidrofon hidrogen hidrogenasi hidrogeologi hidrograf hidrografi hidrogram hidrokarbon
hidroklorida hidrokori hidroksida hidroksil hidrolika hidrolisis hidrologi hidrometeorologi hidrometer
hidrometri hidromini hidronan hidropati hidroperoksida hidroponik hidropsoma hidrosfer hidrosiklon hidroskop
hidrostatika hidrostatis hidroterapi hidrotermal hidung hidup hiena hierarki hierarkis hieroglif higiene
higienis higrograf higrogram higrometer higrometri higroskop higroskopis higrotermograf higrotermogram hijab
hijaiah hijau hijrah hijriah hikayat hikmah hikmat hilal hilang hilap hilau hilir hilofagus himanga himar
himen himenium himne himpun hinap hinayana hindar hindi hindu hinduisme hingga hinggap hinggut hiosiamina
hiosin hipantium hiperaktif hiperamnesi hiperbarik hiperbol hiperbolis hiperemia hiperestesia hipergami
hiperkelas hiperkinesis hiperklas hiperkorek hiperkritis hiperlipemia hipermetropia hiperon hiperopia
hiperparasit hiperplasia hiperseks hiperseksual hipersensitif hipersonik hipersonika hipertensi hipertonik
hipertradisional hipertrikosis hipertrofi hipervitaminosis hipnosis hipnoterapi hipnotis hipnotisme hipoblas
hipodermis hipodermoklisis hipodrom hipofisis hipofremia hipogen hipoglikemia hipokondria hipokotil hipokrisi
hipokrit hipokritis hipolimnion hipomastia hipomnesia hiponim hipopituitarisme hipoplankton hipoplasia
hipopotamus hiposentrum hipotaksis hipotek hipotensi hipotenusa hipotermia hipotesis hipotetis hipotiroid
hipotiroidisme hipotonik hipovitaminosis hipsometer hipui hirap hirau hirsutisme hirudin hiruk hirup hisab
histamina histerektomi histeria histeris histerisis histidina histogeni histokimia histologi histon
histopatologi histori historikus historiografi historis historisisme historisitas hitam hitung hiyayat hobat
hodadoda hodah hodometer hokah holisme holistis holmium holobentos holoenzim holofit holofitik holofrasis
hologamet hologami holograf holografis hologram holokrim holokrin holoplankton holosen holozoik homeostasis
homili hominid hominoid homofon homofoni homogami homogen homogeni homogenitas homograf homografi homogram
homoiotermal homolog homologi homonim homonimi homorgan homoseks homoseksual homoseksualisme homoseksualitas
homosfer homospora homoterm homozigot honae honcoe honji honor honorarium honorer honorifik hopagen hopbiro
hopkantor hopyes horak horas horizon horizontal hormat hormon hornblenda horor horoskop hortikultura
hortikulturis hoskut hospital hostel hostes hosti hotel howitzer huakiau hubar hububan hubulwatan hubung hudai
hudhud hudud hufaz hujah hujaj hujan hujat hujin hujung hukah hukama hukum hulam huler hulubalang hulul hulur
human humaniora humanis humanisasi humanisme humanistis humanitas humaniter humas humbalang humektan humerus
humidifikasi humiditas humifikasi humin humor humoris humoristis humorolog humus huncue hunjam hunjuk hunkue
hunus hurah huria huriah hurikan huruf husnulkhatimah hutan hutang huyung
""",
    "i": """
ialah iambus iatrogenik ibadah ibadat ibadurahman ibarat ibayuh ibidem ibing iblis ibrit ibtida ibtidaiah
ibunda ibung idafi idarah ideal idealis idealisasi idealisme idealistis identifikasi identik identitas ideofon
ideograf ideografi ideografis ideogram ideologi ideologis ideosinkretik idiil idiolek idiom idiomatis
idiomatologi idiosi idiosinkrasi idiosinkretik idiot idola idrak iduladha idulfitri ifrit iftar iftitah ihdad
ihram ihsan ihsanat ihsas ihtifal ihtikar ihtilam ihtimal ihwal ijabat ijajil ijarah ijazah ijbar ijeman ijmak
ijmal ijtihad ijtimaiah ijtimak ikamah ikebana ikhbar ikhlas ikhtiar ikhtiari ikhtilaf ikhtiogeografi
ikhtiosarkotoksisme ikhtiotoksisme ikhtisar ikhwan iklan iklim ikonis ikonograf ikonografi ikonoklasme
ikonometer ikrab ikram ikrar iktibar iktidal iktikad iktikaf iktiografi iktiolit iktiologi iktiologis iktirad
iktiraf iktisab ilafi ilahi ilahiah ilahiat ilanun ilegal ileum ilham ilian iling ilmiah iluminasi ilusi
ilusif ilusionis ilustrasi ilustratif ilustrator imago imaji imajinasi imajinatif imajiner imamah imamologi
imanen imanensi imani imbak imbal imbang imbas imbau imbesil imbesilitas imbibisi imbit imbuh imigran imigrasi
imitasi imitatif imitator imkan imlek imobilisasi impak impas impase impedans impedansi impek imperatif
imperfek imperfeksi imperial imperialis imperialisme imperium impersonal impersonalia impersonalitas impit
implan implantasi implemen implementasi implikasi implisit implosif implosit impor importasi importir impoten
impotensi impregnasi impresariat impresario impresi impresif impresionis impresionisme impresionistik
imprimatur improvisasi impuls impulsif imsak imsakiah imtihan imunisasi imunitas imunokimia imunokompromi
imunologi imunologis imunosupresi imunoterapi inadaptabilitas inang inangda inartikulat inaugurasi inayat
incar incit incling incrit incut indah indang indap indarus indayang indebitum indehoi indekos indeks inden
independen inderawasih indeterminisme indigenos indigo indik indikan indikasi indikatif indikator inding
indisipliner indium individu individual individualis individualisasi individualisme individualistis
individualitas individuasi indoktrinasi indolen indolensi indologi indonesia indonesianisasi indra indraloka
indranila indria indriawi induk induksi induktans induktansi induktif induktor indung indusemen industri
inefisiensi inersia infak infanteri infantil infantilisasi infantilisme infarktus infeksi inferensi
inferensial inferior inferioritas inferno infertil infertilitas infiks infiltrasi infiltrometer infinitif
infiradi inflamasi inflasi inflatoar infleksi infleksibel infleksif infloresen infloresens influensa influenza
informal informan informasi informatif informatika inframerah infrasonik infrastruktur infus ingar ingat ingau
inggris inggu inggung ingin ingkah ingkar ingkir ingresif ingsar ingsun ingsut ingus inheren inhibisi
inhibitor inisial inisiasi inisiatif inisiator injak injap injeksi injil injin inkarnasi inkarserasi
inkarsunah inkaso inklaring inklinasi inklinometer inklusif inkognito inkompabilitas inkompatibilitas
inkompeten inkomplet inkonfeso inkonsisten inkonsistensi inkonstitusional inkonvensional inkorporasi
inkremental inkubasi inkubator inkulturasi inlander inohong inokulasi inovasi inovatif inovator insaf insan
insanan insang insani insanulkamil insar insek insekta insektari insektisida insektivor insektivora
insektologi inseminasi insentif insersi inses inset insiden insidental insinerator insinuasi insinuatif
insinye insinyur inskripsi inslan insolven insomnia inspeksi inspektorat inspektur inspirasi instabilitas
instalasi instalatur instan instansi insting instingtif institusi institusional institut instruksi
instruksional instruktif instruktur instrumen instrumental instrumentalia instrumentalis instrumentasi
insubordinasi insulator insuler insulin insulinde insya intai intan integral integralistik integrasi
integrasionis integritas integumen intel intelek intelektual intelektualisasi intelektualisme inteligen
inteligensi inteligensia intelijen intendans intens intensi intensif intensifikasi intensional intensitas
interaksi interaksionistik interaktif interdepartemental interdependen interdiksi interdisipliner interegnum
interelasi interen interes interesan interetnik interferens interferensi interferometer interferon
interglasial interim interinsuler interior interjeksi interkom interkoneksi interkonsonantal interkontinental
interlokal interlokutor interlud intermeso intermezo intermolekuler intern internal internalisasi
internasional internasionalisasi internat internir internis internuntius interogasi interogatif interogator
interpelan interpelasi interpelator interpiu interpolasi interpretasi interpretatif interpretator interpreter
intersepsi intertestial intertidal interupsi interval intervensi intervensionisme interviu interzona intifadah
intiha intikad intim intima intimasi intimidasi intip intipati intisari intoksikasi intoleran intonasi
intradermal intrakalimat intrakurikuler intralinguistis intramembran intramolekul intramuskuler intransitif
intraseluler intrauniversiter intravaskuler intravena intrik intrinsik intro introduksi introjeksi introspeksi
introver intrusi intuisi intuitif intumesensi invaginasi invalid invasi invensi inventaris inventarisasi
inventif inventor inventori inventoriminat inversi invertebrata investasi investigasi investigatif investor
invitasi invois involusi inyik inzar inziaj iodin ionisasi ionosfer iprit ipung iqamat iradat iradiasi irafah
irama irasional irasionalitas iridium irigasi irigator iring iritabilitas iritasi iritatif ironi ironis irsyad
irung isalohipse isbat iseng isentropik iskemia islah islam islami islamiah islamis islamisasi islamisme
islamologi isoaglutinin isobar isobarik isobat isobron isodin isodinamik isofase isofen isofet isoflor isofon
isogamet isogami isoglos isogon isogram isohalin isohel isohiet isohips isokal isokalori isokemi isokeraunik
isokor isokorik isokronisme isolasi isolasionisme isolatif isolator isoleks isolemen isolir isomer isometrik
isomorf isomorfis isomorfisme isonefel isonomi isopal isopiestik isoplet isoriza isosilabisme isotah isoterm
isotermal isotop isotrop isotropik isovolumik israf istal istan istana istanggi istaz istazah istiadat
istianah istiazah istibdad istibra istidlal istidraj istifham istigasah istigfar istihadah istihsan istikamah
istikharah istikhlaf istiklal istikmal istilah istima istimaiah istimewa istimna istimtak istinggar istinja
istiqlal istirahat istislah istislam istisna istitaah istiwa istri isyarat isytiak italik iterasi iterbium
itibak itibar itidal itifak itihad itikad itikaf itisal itlak itrium iudisasi
""",
    "j": """
jabal jabang jabar jabariah jabat jabir jables jabrik jabung jadah jadam jadayat jaduk jadwal jagabaya
jagabela jagal jagang jagapati jagaraga jagat jagawana jagra jagrak jaguar jagung jagur jahan jahanam jahar
jaharu jahat jahil jahiliah jahiriah jahit jahul jainisme jaipong jajah jajak jajal jajan jajar jakal jakas
jaket jaksa jaksi jakun jalabria jalad jalak jalal jalan jalang jalangkote jalangkung jalar jalibut jalil
jalin jalma jalur jamaah jamadat jamah jamak jamal jaman jamang jambak jambal jamban jambang jambar jambat
jambe jambiah jambian jamblang jambon jambore jambret jambu jambul jambulan jambur jamhur jamiah jamiatul
jamik jamil jamin jamis jamiyah jamiyatul jampal jampen jampi jampuk jamrah jamrud jamung jamur janabah
janabijana janah janat janda jangak jangan jangar jangat janggal janggelan janggi janggolan janggung janggut
jangka jangkah jangkang jangkap jangkar jangkat jangkau jangki jangkih jangking jangkir jangkit jangkrik
jangkung jangla jangol janik janin janjang janji jantan jantang jantina jantuk jantung jantur janturan januari
janubi janur japan japin japuk jarab jarah jarak jaram jaran jaranan jarang jaras jarem jargon jariah jariji
jarimah jaring jarit jarjau jarotan jarum jarwa jasad jasadi jasmani jasmaniah jasus jaswadi jatah jatayu
jatilan jatmika jatuh jatukrama jauhar jauhari jauza jawab jawang jawanisasi jawara jawat jawawut jawer jawil
jayacihna jayapatra jayasong jayastamba jayeng jazam jazirah jazirat jebab jebah jebai jebak jebang jebar
jebat jeblok jeblos jebluk jebol jebor jebrol jebuh jebung jebur jeding jedot jegal jegang jegil jegogan
jegung jejabah jejak jejaka jejal jejap jejas jejengkok jejer jejunum jejuri jeket jeksi jelabak jelabir
jeladan jeladren jeladri jelaga jelagra jelah jelai jelajah jelak jelalat jelamprang jelanak jelang jelangak
jelangkung jelantah jelapak jelapang jelar jelarang jelas jelata jelatang jelau jelawat jelejeh jelek jelempah
jelengar jelentik jelepak jelepok jelih jelijih jelimet jelimpat jeling jelir jelit jelita jelma jeluak
jeluang jelujur jeluk jelum jelungkap jeluntung jelunut jelus jelut jelutung jemaah jemaat jemah jemala jemang
jemari jemaring jemawa jemba jembak jembalang jembar jembatan jembel jember jembiah jembrana jembut jemeki
jemerlang jempalik jempalit jempana jemparing jempol jempul jemput jemuas jemuju jemur jenahar jenak jenaka
jenama jenang jenangau jenat jenawi jenayah jenazah jendal jendala jendel jendela jendera jenderal jendol
jendul jenela jeneng jenewer jengah jengang jengat jengek jenggala jenggar jengger jengget jengglong jenggot
jengguk jenggul jenggut jengit jengkal jengkang jengkek jengkel jengkelit jengkeng jengker jengket jengki
jengking jengkit jengkol jengkolet jengkot jenglong jenguh jenguk jengul jenis jenius jenjam jenjang jenjeng
jentaka jentang jentayu jentelmen jentera jentik jentur jenuh jepet jepit jeprat jepret jepun jeput jerabai
jeradik jeragih jerah jerahak jerahap jerait jeram jeramah jerambah jerambai jerambang jerambung jerami jeran
jerang jerangan jerangau jerangkah jerangkak jerangkang jerangkong jerap jerapah jerat jerau jeraus jerawat
jerba jerbak jereket jeremak jeremba jerembap jerembat jerembet jerembun jerempak jereng jerepet jeriau
jerigen jerih jeriji jeriken jering jeringing jerit jerjak jerkah jerkat jermal jermang jernang jernih jeroan
jerohok jerojol jerongkang jerongkes jerongkok jerongkong jerubung jeruji jeruju jeruk jerukun jerukup jerum
jerumat jerumbai jerumun jerumus jerun jerung jerungkau jerungkis jerungkung jerunuk jerupih jesben jetis
jetsam jetset jewer jiawang jibaku jibilah jibrail jibril jibti jibun jicap jicapgo jicing jidal jidar jidat
jidur jigong jigrah jihad jihat jijik jijit jijitsu jikalau jilah jilam jilat jilbab jilid jimahir jimak
jimakir jimat jimawal jimbit jimpit jinak jinayah jindra jinem jineman jineng jingap jingau jingga jinggring
jingkat jingkik jingkrak jingo jingoisme jingu jinjang jinjing jinjit jinsom jintan jipang jiplak jipro jirak
jiran jirat jirian jirus jisim jitah jitak jitok jiwat jiwatman jiwit jizyah jlegur joang jobak jobong jodang
jodoh jodong jogan jogar joget joging joglo johan johar johari jojing jojol jolak jolek jolok jolong jolor
jombang jomlo jompak jompo jongang jonget jongga jonggol jonggolan jongjorang jongkang jongki jongko jongkok
jongkong jongos jonjot jontoh jontor jontrot joran joreng jorjoran jorok jorong josna jotang jotos joule
jrambah jreng juadah juandang juang juara jubah jubel jubin jublag jublek judek judes judogi judoka judul
juhut juita jujah jujai jujitsu jujuh jujur jujuran jujut jukstaposisi jukut julab julai julang julat juling
julir juluk julung julur jumadilakhir jumadilawal jumantan jumantara jumat jumbai jumbil jumbo jumbuh jumbul
jumeneng jumhur jumjumah jumlah jumpa jumpalit jumpang jumpelang jumpul jumput jumrah jumud junam jundai
jungat junggang jungkal jungkang jungkar jungkat jungkir jungkit jungkol jungur jungut junior junjung junta
juntai juntrung junub junun jupang juragan jurai jurang jurik juring juris jurit jurnal jurnalis jurnalisme
jurnalistik juruh jurung jurus justifikasi justru juvenil
""",
    "k": """
kaabah kabah kabak kabar kabaret kabat kabau kabel kabihat kabil kabilah kabin kabinet kabir kabisat kabit
kaboi kabriolet kabruk kabuki kabul kabumbu kabung kabupaten kabur kabus kabut kacak kacam kacamata kacang
kacapiring kacapuri kacar kacau kacauan kacek kacer kacici kacip kacir kacrek kacuk kacukan kacung kadahajat
kadal kadam kadang kadar kadariah kadas kadaster kadasteral kadastral kadaver kademat kadensa kader kadera
kaderisasi kades kadet kadim kadipaten kadir kadiriah kadmium kadofor kadok kadru kadung kadut kaedah kafaah
kafah kafan kafarat kafeina kafetaria kafil kafilah kafir kafiri kaftan kagak kaget kagok kagum kahaf kahak
kahan kahang kahar kahat kahin kahrab kahwa kahwaji kahyangan kaidah kaifiah kaifiat kailalo kaimat kaing
kainit kainofobia kaisar kajai kajang kajangan kajen kakaban kakafoni kakagau kakah kakak kakaktua kakanda
kakang kakao kakap kakas kakawin kakbah kakek kakerlak kakodil kakofoni kakografi kakok kakologi kakostokrasi
kakrupukan kaksa kaktus kakuminal kakus kalah kalai kalajengking kalaka kalakanji kalakati kalakeran kalakian
kalam kalamba kalamdan kalamin kalamisani kalamkari kalandar kalander kalang kalap kalar kalas kalat kalau
kalaupun kalawija kalaza kalbi kalbu kaldera kaldron kaldu kalebas kaleidoskop kaleidoskopis kalem kalempagi
kalender kaleng kalian kaliber kalibit kalibrasi kalibut kalicau kalifornium kaligraf kaligrafi kaligrafis
kalih kalikausar kaliki kalimah kalimantang kalimat kalimatullah kalimatusyahadat kalimayah kalimpanang
kalingan kalio kaliper kalipso kaliptra kalis kalistenik kalium kalkalah kalkarium kalkasar kalkausar
kalkopirit kalkosium kalkulasi kalkulator kalkulus kalkun kalomel kalong kalongwese kalongwewe kalor kalori
kalorimeter kalorimetri kalorisitas kalowatan kalpataru kalsedon kalsiferol kalsifikasi kalsinasi kalsit
kalsium kalui kalumet kalung kalus kalut kamajaya kamal kamalir kamantuhu kamar kamarban kamariah kamas kamat
kamba kamban kambang kambar kambeh kambeli kamber kambi kambing kambium kambrik kambrium kambuh kambus kambut
kamelia kamera kamerad kamfana kamfer kamfor kamhar kamikaze kamil kamilmukamil kamir kamis kamisa kamisol
kamisosolen kamit kamitua kamka kamkama kamomil kampa kampai kampalogi kampanologi kampanye kampas kampemen
kamper kampil kamping kampiun kampos kampret kampuh kampul kampung kampus kamrad kamsen kamsia kamuflase kamus
kanaah kanaat kanabis kanal kanalisasi kanan kanang kancah kancap kanceh kancera kancil kancing kancung kancut
kanda kandang kandar kandas kandel kandela kandi kandidat kandidiasis kandil kandis kandul kandung kandut
kangar kangen kangka kangkang kangkung kangmas kangsa kangsar kangtau kanguru kanibal kanibalisasi kanibalisme
kanigara kanilem kanina kanisah kanjal kanjang kanjar kanjeng kanji kanker kanoman kanon kanonir kanonis
kanopi kansel kanselari kanselir kanser kanstof kanta kantan kantang kantar kantata kanti kantih kantil
kantilever kantin kanto kantong kantor kantuk kantung kanun kanvas kanya kanyon kaolin kaotis kapabel kapah
kapai kapak kapal kapan kapang kapar kaparinyo kapas kapasitans kapasitas kapasitor kapat kapel kapela kaper
kapilaritas kapiler kapiran kapis kapisa kapit kapita kapital kapitalis kapitalisme kapitalistis kapitan
kapitol kapitulasi kapitulum kaplares kaplars kapling kaplok kapok kapon kaporit kappa kaprah kapri
kaprikornus kapsalon kapsel kapstan kapster kapstok kapsul kapten kapuk kapung kapur kapurancang karabin
karaeng karaf karagen karah karahah karakter karakterisasi karakteristik karakterologi karam karamba karambol
karamel karang karangkitri karangwulu karantina karaoke karap karapaks karapan karar karas karat karate
karategi karateka karau karavan karawitan karbiah karbid karbida karbohidrase karbohidrat karboksil karbol
karbolat karbolik karbon karbonado karbonan karbonat karbonil karbonisasi karborundum karburasi karburator
karcis kardamunggu kardan kardia kardiak kardigan kardil kardinal kardiograf kardiografi kardiogram kardiolog
kardiologi kardiovaskular karditis kardus karel karembong karena karengga karet kargo karib karibu karier
karies karih karikatur karikatural karikaturis karil karim karimah karina karinasi karisma karismatik
karismatis karitas karitatif karkas karkata karkum karkun karma karmina karminatif karnaval karnivor karosel
karoseri karotena karotenoid karotis karpai karpel karper karpet karpopodil karsa karsinogen karsinogenik
karsinologi karsinoma karst karteker kartel karti kartika kartilago kartografi kartogram karton kartonase
kartotek kartu kartun kartunis karuan karuhun karun karung karunia karunkel karusi karut karya karyah
karyasiswa karyat karyawisata kasab kasabandiah kasad kasah kasai kasam kasang kasap kasar kasasi kasatmata
kasau kasdu kasein kasemat kasemek kasep kaserin kaserol kaset kasid kasidah kasih kasihan kasiku kasim kasima
kasino kasintu kasip kasir kasiterit kaskade kaskaya kasmaran kasmir kasmutik kaspe kasrah kasregister kassia
kasta kastal kastanyet kastel kasti kastrasi kastroli kasturi kasual kasualisme kasualitas kasuari kasuarina
kasui kasuis kasuistik kasur kasus kasut kaswah katabalik katabatik katabolisme katadrom katafalk katafora
katah katai katak kataka katakana kataklisme katakomba katalase katalepsi katalina katalis katalisasi
katalisator katalisis katalisit katalog katalogisasi katalogus katamaran katapel katar katarak katarsis
katartik katastrofe katatoni katatonia katawi katebelece katedral kategori kategorial kategoris kategorisasi
katek katekese katekis katekisasi katekismus katekumen katel katelum kater katering kates kateter katetometer
katib katibin katifah katifan katik katil katimaha katimumul kation katir katirah katiti katode katok katolik
katrol katuk katul katun katung katup katut katvanga katwal kaukab kaukasoid kaukus kaula kauli kaung kaupui
kausa kausal kausalitas kausatif kaustik kaustiksoda kavaleri kaveling kaver kaviar kawah kawak kawal kawan
kawang kawanua kawasan kawat kawih kawijayan kawin kawista kawruh kawuk kawula kawung kayai kayak kayambang
kayan kayang kayangan kayau kayuh kayun kebab kebabal kebah kebaji kebal kebam kebas kebat kebaya kebayan
kebel kebelet kebembem kebin kebiri keblangsak keblinger kebon kebuk kebul kebuli kebun kebur keburu kebut
kebyar kecai kecak kecalingan kecam kecambah kecamuk kecandan kecantol kecap kecapi kecar kecebong kecek
kecele keceng kecepek kecer kecewa keciak kecibak kecibeling kecik kecil kecimik kecimpring kecimpung kecimus
kecipak kecipir kecipuk kecit keciut kecoak kecoh kecombrang kecong kecrek kecuali kecubung kecumik kecundang
kecup kecut kedabu kedadak kedah kedai kedak kedal kedaluwarsa kedam kedang kedangkai kedangkan kedangsa kedap
kedasih kedau kedaung kedayan kedebong kedek kedekai kedeki kedekik kedekut kedelai kedele kedemat kedemplung
kedempung kedengkang kedengkik keder kedera kederang kedewaga kedidi kedik kedikit kedip kedodoran kedok
kedondong kedongdong kedongkok kedot keduduk keduk kedul kedumung kedung kedut keferdom kehel keibodan kejai
kejam kejamas kejan kejang kejap kejar kejat kejawen kejen kejer kejibeling kejip kejolak kejora kejuju kejur
kejut kekah kekal kekam kekandi kekang kekapas kekar kekara kekas kekat kekau kekawin kekeba kekebik kekeh
kekek kekel kekemben kekep keker kekitir kekok kekol kekrupukan kelab kelabak kelabang kelabat kelabau kelabu
keladak keladan keladau keladi kelah kelahi kelai kelak kelakah kelakanji kelakar kelalang kelam kelamai
kelamarin kelambai kelambir kelambit kelambu kelambur kelamin kelamkari kelana kelandera kelang kelangkan
kelangkang kelanjar kelantang kelap kelapa kelar kelara kelarah kelarai kelaras kelari kelas kelasa kelasah
kelasak kelasi kelat kelati kelawan kelayan kelayang kelayu kelder kelebat kelebek kelebet kelebu kelebuk
kelebut keledai keledang keledar keledek kelejat kelek kelekap kelekatu kelelap kelelawar kelelesa kelelot
kelemantang kelemayar kelemayuh kelembahang kelembai kelembak kelemban kelembuai kelempai kelemping kelemton
kelemumur kelemur kelencer kelendara keleneng kelengar kelenggara kelengkeng kelengkiak kelening kelenjar
kelentang kelenteng kelentik kelenting kelentit kelentong kelentung kelenung kelenyit kelep kelepai kelepak
kelepat kelepek kelepet kelepik kelepir kelepit kelepuk kelepur keler kelereng kelesa kelesah keleseh kelesek
kelesot keletah keletak keletang keletar keleti keletik keletuk keletung kelewang kelian keliar kelibang
kelibat kelicap kelici kelicik kelih kelijak kelik kelika kelikah kelikat keliki kelikih kelikik kelikir
keliling kelilip kelim kelimat kelimpanan kelimpungan kelimun kelimut kelinci kelincir kelindan keling
kelingking kelingsir kelining kelinjat kelintang kelintar kelinting kelip kelipat kelir keliru kelis kelisera
kelisere kelit keliti kelitik keliwon kelobot kelobotisme kelocak keloceh kelodan keloelektrovolt keloid
kelojot kelok kelokak kelola kelolong kelom kelombeng kelompang kelompen kelompok kelon keloneng kelonet
kelong kelongkong kelongsong kelontang kelontong kelonyo kelop kelopak kelor kelorak kelos kelosok kelotok
keloyak keloyang keloyor kelua keluai keluak keluan keluang keluangsa keluar keluarga kelubak kelubi keluburan
keluh kelui keluih keluk kelukup kelukur keluli kelulu kelulus kelulut kelumit kelumpang kelumun kelun keluna
kelunak kelung kelupas kelupur keluron keluruk kelurut kelus kelut kelutum keluwung keluyuk keluyur kemah
kemal kemala kemam kemamang keman kemandang kemandoran kemang kemangi kemarau kemari kemarin kemaruk kemas
kemat kematu kematus kemayu kembal kembali kemban kembang kembar kembara kembatu kembayat kembeng kembera
kembili kemboja kembol kembu kembuk kembung kembur kembut kemeja kemejan kemekmek kemelut kemenakan kemendalam
kemendang kemendur kementam kemenyan kemerakan kemesu kemih kemik kemilap kemiluminesens kemiri kemit kemlaka
kemlandingan kemloko kemoceng kemokinesis kemon kemopsikiatri kemoterapi kempa kempal kempang kempas kempek
kempes kempetai kempis kempit kemplang kempot kempu kempuh kempul kempunan kempung kemput kempyang kemucing
kemudi kemudian kemudu kemukus kemul kemumu kemuncak kemuncup kemundir kemung kemungkus kemuning kemunting
kemurgi kemut kemutul kenaf kenal kenan kenang kenanga kenap kenapa kenapang kenari kenas kencan kencana
kencang kencar kenceng kencing kencit kencong kencreng kencung kencur kendaga kendal kendala kendali kendana
kendang kendara kendati kendayakan kendeka kenderi kendi kendil kendit kendo kendong kenduduk kendung
kendungan kendur kenduri kenek keneker kenem kenematik kenes kengkang kengkeng kenidai kenikir kening kenohong
kenong kenop kensel kental kentang kentar kentara kenteng kentrung kentung kentut kenur kenya kenyal kenyam
kenyang kenyat kenyi kenyih kenyir kenyit kenyut keong kepada kepah kepai kepak kepal kepala kepalang kepam
kepang kepar keparat kepayang kepecong kepek kepel kepencong kepeng keper keperancak kepet kepetang kepialu
kepiat kepik kepil kepincut kepinding keping kepingin kepinis kepinjal kepiri kepis kepit kepiting keplak
kepleset keplok kepodang kepoh kepol kepompong keponakan kepot keprak keprek kepret kepris kepruk kepuh kepuk
kepul kepulaga kepundan kepundung kepung kepurun keputren kepuyuk kerabang kerabat kerabik kerabu keracak
keracap keraeng kerah kerahi kerai kerajang kerajat kerak kerakah kerakal kerakap kerakeling keram kerama
keraman keramas keramat keramba kerambil kerambit keramboja keramik keramikus kerampagi kerampang keramunting
keran kerancang keranda kerang kerangas kerangka kerangkai kerangkeng kerani keranjang keranjat keranji
keranjingan keranta kerantong kerap kerapu keras kerasan kerat keratabasa keratin keratitis keratoelastin
keraton kerau kerawai kerawak kerawang kerawat kerawit kerbang kerbat kerbau kerbuk kercing kercit kercup
kercut kerdak kerdam kerdil kerdom kerdut kerebok kereceng kerecik keredak keredep keredok keredong kerek
kereket kerekot kerekut keremi keremot kerempagi kerempeng kerempung keremus keren kerencang kerencung
kerendang kereneng kereng kerengga kerenggamunggu kerengkam kerengkiang kerentam kerentang kerenting kerenyam
kerenyot kerepas kerepek kerepes kerepot kerepyak kerese keresek kereseng keresot kereta keretan keretek
keretot keretut kereweng keriap kerias keriau kerical kericau keridas keridik kerih kerik kerikal kerikam
kerikil kerikit kerimut kerinan kerincing kerinding kering keringat keriningan kerinjal kerinjang kerinjing
kerintil kerinting kerip keripik keriput keris kerisi kerisik kerising kerisut kerit keritik keriting keriuk
keriut kerja kerjang kerjantara kerjap kerkah kerkak kerkap kerkau kerkop kerkup kerlap kerling kerlip kermak
kermanici kermi kernai kerneli kernet kernu kernyau kernyih kernying kernyit kernyut kerobak kerobat kerobek
keroco kerocok kerogen keroh kerok kerokot keromong keron keroncang keroncong keroncor kerong kerongkongan
kerongsang kerontang kerop keropak keropeng keropok keropong keropos kerosak kerosek kerosi kerosin kerosok
kerosong kerot kerotak kerotot keroyok kerpai kerpak kerpas kerpubesi kerpuk kerpus kersai kersak kersang
kersani kersen kersik kersuk kertaaji kertah kertak kertang kertap kertas kertau kertuk kertus keruan kerubim
kerubin kerubung kerubut kerucil kerucut kerudung keruh keruing keruit keruk kerukut kerul keruma kerumit
kerumuk kerumun kerumus kerun kerung kerunkel kerunting keruntung kerunyut kerup kerupuk kerut kerutak kerutup
keruyuk kesah kesak kesal kesam kesambet kesambi kesan kesana kesandung kesang kesangsang kesasar kesat
kesatria kesek kesel keselak keseleo kesemek kesengsem keseran keseser keset kesiap kesik kesima kesimbukan
kesini kesip kesitu kesiur keskul kesmaran kesohor kesomplok kesongo kesot kesrakat kesting kesturi kesuma
kesumat kesumba kesup kesusu kesut ketaban ketai ketak ketakar ketakong ketal ketam ketambak ketampi ketan
ketang ketap ketapak ketapang ketapek ketar ketarap ketat ketaton ketawa ketaya ketayap ketegar ketek ketel
ketela ketemu keten ketena keteng ketepel ketepeng keter ketes keteter ketgat ketiak ketial ketiap ketiau
ketiban ketiding ketik ketika ketil ketilang ketimbang ketimbis ketimbul ketimbung keting ketinjau ketinting
ketip ketiplak ketipung ketirah ketis ketitir ketlingsut ketogenesis ketok ketola ketombe keton ketonemia
ketonggeng ketonuria ketopong ketoprak ketosa ketrek ketua ketuat ketuban ketuir ketuk ketul ketumbar ketumbi
ketumbit ketumbu ketumpang ketun ketungging ketup ketupa ketupat ketupuk ketur ketus kewalahan keweni kewer
kewes kewuh khabis khadam khadim khafi khair khairat khalas khalayak khali khalifah khalifatulah khalifatullah
khalik khalikah khalikul khalil khalilullah khalis khalwat khamar khamir khamsin khamzab khanjar kharab khasi
khasiat khatam khatib khatifah khatimah khatulistiwa khauf khaul khawas khawasulkhawas khawatir khayal khayali
khazanah khianat khiar khidaah khidmah khidmat khilaf khilafiah khinzir khisit khitah khitan khitbah
khizanatulkitab khoja khojah khotbah khuduk khulafa khuldi khuluk khunsa khurafat khusuf khusus khusyuk kiamat
kiambang kiani kiara kiasi kiasmus kiaupau kibang kibar kibas kibernetika kibir kiblat kiblik kibriah kibul
kicau kicik kicuh kicut kidal kidam kidang kidar kidul kidung kifayah kifoskaliose kifoskaliosis kihanat kijai
kijang kijil kijing kikih kikik kikil kikir kikis kikitir kikuk kikus kilah kilai kilan kilang kilap kilar
kilas kilat kilau kilik kilir kilogram kilohertz kilokalori kiloliter kilometer kiloton kilovolt kilowatt
kilowattjam kilus kimah kimantu kimar kimbah kimbang kimbul kimia kimiawi kimkha kimlo kimograf kimono kimpal
kimpul kimpus kimput kimus kinang kinantan kinanti kinasa kinasih kinca kincah kincak kincang kincau kincir
kincit kincung kincup kindap kinematika kinematograf kinesika kinesimeter kineskop kinestesia kinestesiometer
kinestesis kinetik kinetika kinetokardiografi kingking kingkip kingkit kingkong kinine kinja kinjat kinjeng
kinred kintaka kintal kinte kintil kinyang kipai kipang kipas kiper kiprah kiprat kipsiau kiraah kiraat kirab
kirai kiramat kiran kirana kirap kiras kirau kirbat kirik kirim kirinyu kirip kiris kirita kirmizi kiruh
kirung kisah kisai kisar kisas kisat kisik kismat kismis kisruh kista kisut kiswah kitab kitabulah kitang
kitar kitik kitin kiting kitir kitorang kitri kiwari kizib klaim klakklik klakson klamidospora klandestin
klangenan klante klarifikasi klarinet klasemen klasifikasi klasik klasikal klasis klasisisme klausa
klaustrofobia klaustrum klausul klaver klavikor klavikula klaviola kleder kleidotomi kleistogami klemensi
klenengan klengkeng klenik klenteng klepon klepsidra kleptofobi kleptoman kleptomania kleptomaniak klerek
klerikal klerikus klerus klien kliker klimaks klimakterium klimaktorium klimatografi klimatolog klimatologi
klimis klimograf klimosekuen klimoskop klinik klining klinis klinisi klinometer kliping kliring klise klistron
klitelum klitik klitoris kliwon kliyengan kloaka klona kloning klonograf klonus kloral kloramina klorat
klorida kloridimeter klorin klorinasi klorit klorobenzena klorofil kloroform kloroformat klorokuin klorolignin
kloroplas kloroprena klorosis kloset klusium knalpot koagel koagregasi koagulan koagulasi koaksi koaksial
koala koalisi koana kobah kobak kobalamin kobalt kobar kober koboi koboisme kobok kobol kobongan kobra kocak
kocek kocilembik kocoh kocok kocolan kocong kocor kodak kodein kodeks kodifikasi kodok kodominan kodrat
kodrati koedukasi koefisien koeksistensi koenzim koersi koersif kofaktor kofein kofermen kognat kognatif
kognisi kognitif kohabitasi koheren koherensi kohesi kohesif kohir kohlea kohol kohong kohor koinseden
koinsiden koinsidensi koipuk koitus kojah kojang kojoh kojol kojor kokah kokaina kokainisasi kokainisme kokang
kokarde kokas kokila koklea kokoa kokoh kokok kokokbeluk kokol kokon kokosan kokot kokpit koksa koktail
kokurikuler kokus kolaborasi kolaborator kolagen kolak kolam kolaps kolaret kolase kolateral kolator kolega
kolegial kolegialitas kolek koleksi kolekte kolektif kolektivis kolektivisasi kolektivisme kolektivitas
kolektor kolembeng kolemia koleng koleoptil kolera kolese kolesom kolesterin kolesterol kolibri koligasi kolik
kolimasi kolina kolintang koliseng kolitis kolkhoz kolodion kolofon kologen koloid koloidal kolok kolokasi
kolokium kolom kolomben kolon kolone kolonel kolong koloni kolonial kolonialis kolonialisme kolonis kolonisasi
kolonoskop kolonye kolor kolorimeter kolorimetri kolosal kolosom kolostomi kolostrum kolot kolportir kolum
kolumela kolumnis kolumnus kolusi koluvium komaliwan koman komandan komandemen komanditer komando komaran
kombat kombinasi kombo kombor kombusio komedi komedian komendur komeng komensal komensalisme komentar
komentator komersial komersialisasi komet komfortabel komidi komik komikal komikus kominusi komis komisar
komisariat komisaris komisi komisioner komisura komit komite komitmen komkoma komoditas komodo komodor kompak
kompanyon komparasi komparatif komparator kompartemen kompas kompatibel kompatibilitas kompatriot kompendium
kompeni kompensasi kompes kompeten kompetensi kompetisi kompetitif kompetitor kompi kompilasi kompilator
komplain kompleks kompleksitas komplemen komplementer komplet komplikasi komplikatif komplimen komplot kompon
komponen kompong komponis kompor kompos komposer komposisi komposit kompositum komprador komprang komprehensif
kompres kompresi kompresor kompromi kompromistis kompulsi kompulsif komputer komputerisasi komtabilitas
komunal komunalisme komunalistik komune komuni komunikabilitas komunikan komunikasi komunikatif komunikator
komunike komunis komunisme komunistis komunistofobi komunistofobia komunitas komutator komuter konan konco
koncoisme kondang kondangan konde kondektur kondensasi kondensat kondensator kondensor kondilus kondisi kondom
kondominium kondomisasi kondor kondrin kondroblas konduite konduksi konduktans konduktimeter konduktivitas
konduktor kondusif koneksi koneksitas konektor konfederasi konfeksi konferensi konfesi konfigurasi konfiks
konfirmasi konflik konform konformitas konfrontasi konfrontatif kongenital kongesti kongkalikong kongko
kongkoan kongkong kongkret konglomerasi konglomerat kongregasi kongres kongresis kongsi konifera konis
konjugan konjugasi konjungsi konjungter konjungtif konjungtiva konjungtivitis konjungtor konjungtur konkaf
konklaf konklusi konklusif konkologi konkomitan konkordansi konkordat konkresi konkret konkretisasi
konkuisnador konkuren konkurensi konkurs konoid konon konosemen konotasi konotatif konperensi konsekrasi
konsekuen konsekuensi konsekutif konseli konseling konselor konsensus konsentrasi konsentrat konsentrik
konsentris konsep konsepsi konsepsional konseptor konseptual konseptualisasi konser konsertina konserto
konservasi konservasionis konservatif konservatisme konservator konservatori konservatorium konsesi konsesif
konsesional konsiderans konsiderasi konsili konsiliasi konsinyasi konsinyatir konsisten konsistensi konsistori
konsol konsolasi konsolidasi konsonan konsonansi konsonantal konsorsium konspirasi konspiratif konspirator
konstabel konstan konstanta konstantagravitasi konstatasi konstatatif konstatir konstelasi konstipasi
konstituante konstituen konstitusi konstitusional konstitusionalisme konstriksi konstriktor konstruksi
konstruktif konstruktivisme konsul konsulat konsulen konsuler konsultan konsultasi konsumen konsumer
konsumerisme konsumsi konsumtif kontak kontaminasi kontan konte konteks kontekstual kontekstualisme
kontemplasi kontemplatif kontemporer konten konter kontes kontestan kontet kontiguitas kontinen kontinental
kontingen kontinu kontinuitas kontinum kontoid kontol kontra kontrabande kontrabas kontradiksi kontradiktif
kontraindikasi kontrak kontraksi kontraktor kontraktual kontraproduktif kontras kontrasepsi kontraseptif
kontravensi kontribusi kontributor kontrol kontrolir kontroversi kontroversial kontur konus konveks konveksi
konvektif konvensi konvensional konvergen konvergensi konversasi konversi konveyor konvoi konvolusi konvulsan
konvulsi konyak konyal konyan konyol kooperasi kooperatif kooperativisme kooperator kooptasi koordinasi
koordinat koordinatif koordinator kopah kopaiba kopak kopal kopbal kopek kopel kopelrim koper koperasi kopet
kopiah kopilot kopling koplo kopok kopolimer kopong kopra koprafagia koprak kopral koprok koprol koprolit
kopula kopulasi kopulatif kopyok kopyor koral koralit koran korano korban korden kordial kordit kordon
korduroi kored koreferensialitas korek koreke koreksi korektif korektor korelasi korelatif korenah koreng
koreograf koreografer koreografi koreografis kores koresponden korespondensi koret koridor korion kornea
kornel korner kornet koroh koroid korok korologi korona koronal koroner korong korosi korosif korporasi
korporat korporatif korporatisme korps korpulensi korpus korsase korsel korselet korset korsleting korteks
kortikulus korting kortison korugator korundum korup korupsi koruptif koruptor korve korvet kosakata kosar
kosbas kosek kosekan kosel kosen koset kosinus kosmetik kosmetilogi kosmetolog kosmetologi kosmetologis kosmis
kosmogoni kosmografi kosmologi kosmologis kosmonaut kosmopolit kosmopolitan kosmopolitanisme kosmos kosmotron
kosokbali kosong kostum kotah kotai kotak kotaklema kotek koteka koteks koteng koterek kotes kotiledon kotipa
kotok kotong kotor kotrek kovalensi kover kowan kowek koyak koyam koyan koyok krakal krama kranapaksa
krangeyan kraniologi kraniometri kraniotomi kranium krans krasis krayon kreasi kreatif kreativitas kreator
krebo krecek kredibilitas kredit kreditabel kreditor kredo kremasi krematori krematorium kreol kreolin
kreolisasi kreosol kresendo kresol kretin kribo kricak krida krifoli kriminal kriminalis kriminalisasi
kriminalitas kriminolog kriminologi kriminologis kring kriofil kriofit kriogen kriogenika krioterapi kripta
kriptogam kriptografi kriptogram kriptol kripton krisan krisantemum krisis krisma krisoberil krisofil krisolit
krisopras krista kristal kristalisasi kristalografi kristaloid kristalosa kristen kristiani kristus kriteria
kriterium kritik kritikus kritis kritisi kriya krobongan kroco kroket kromat kromatid kromatika kromatin
kromatis kromatofor kromatografi kromit kromium kromo kromofil kromofob kromogen kromong kromosfer kromosom
kromotropi krompyang kronem kroni kronik kroniometri kronis kronisme kronobiologi kronogram kronologi
kronologis kronometer kronosekuen kronoskop krosboi kroto kruistik krukat krusial krustasea ksatria kuaci
kuadran kuadrat kuadratika kuadratur kuadratus kuadrenium kuadriliun kuadripartit kuadrisep kuadrupel
kuadrupleks kuadruplet kuala kualat kuali kualifikasi kualitas kualitatif kualon kuang kuangkiut kuangwung
kuantifikasi kuantitas kuantitatif kuantum kuari kuarik kuark kuarsa kuarsit kuart kuartal kuarter kuarterner
kuartet kuartil kuarto kuasa kuasar kuasi kuatren kuaya kuayah kuayan kubah kubak kubang kubik kubil kubin
kubis kubisme kubistik kubit kuboid kubra kubti kubul kubung kubur kubus kucai kucak kucam kucandan kucek
kucel kucica kucil kucindan kucing kucir kucup kucur kudai kudang kudap kudeta kudian kudis kuduk kudung kudup
kudus kueni kuesioner kuetiau kufur kuilu kuing kuini kuinina kuintal kuintesens kuintet kuintil kuintiliun
kuintuplet kuitansi kujang kujarat kujung kujur kujut kukabura kukai kukang kukila kukuh kukuk kukul kukup
kukur kukuruyuk kukus kulah kulai kulak kulakasar kulan kulansing kulasentana kulat kulawangsa kuliah kulikat
kulim kulimat kuliner kulintang kulir kulit kulkas kulminasi kulon kulot kultivar kultivasi kultur kultural
kulturisasi kultus kulub kuluk kulum kulup kulur kulut kulzum kumai kumal kuman kumandang kumanga kumat kumba
kumbah kumbang kumbar kumbik kumbu kumbuh kumena kumico kuminter kumis kumkuma kumpai kumpal kumpar kumpi
kumpul kumuh kumulasi kumulatif kumulonimbus kumulus kumur kumus kumut kunani kunarpa kunca kuncah kuncen
kunci kuncir kuncit kuncung kuncup kundai kundang kundi kundur kunduran kunfayakun kungfu kungkang kungki
kungkum kungkung kuning kuningan kunjung kunta kuntau kuntilanak kuntit kuntuan kuntul kuntum kuntung kunut
kunyah kunyam kunyit kunyuk kuorum kuosien kuota kupahan kupak kupang kupas kupat kupel kupil kuping kupir
kuplet kupluk kupnat kupon kuproprotein kuprum kupui kupur kurai kurambit kurang kurap kuras kurasani kurasao
kuratif kurator kuratorium kurau kurawal kurban kurcaci kuren kuret kuretase kuria kuricak kurigram kurik
kurikuler kurikulum kuring kuriositas kuripan kurir kuririk kurium kurkatovium kurkuma kurltase kurma
kursemangat kursi kursif kursor kursus kurtase kurun kurung kurus kuruyuk kurva kurvalinier kurvatur kusal
kusam kusanin kusau kusen kusik kusir kuskus kuspis kusruk kusta kusuf kusuk kusuma kusut kutaha kutak kutang
kutat kuteks kuteri kutik kutikula kutil kutin kuting kutip kutub kutubaru kutubusitah kutuk kutung kutut
kuwuk kuwur kuyang kuyuh kuyup kwartet kwartir kwasiorkor kweni kwetiau kwosien
""",
    "l": """
labak labang labas label labelum laberang labial labialisasi labil labiodental labiovelar labirin labium
laboran laboratoris laboratorium labrak labrakan labrang labres labrum labuda labuh labun labur labut lacak
lacur lacut ladah ladam ladan ladang laden lading ladung lafal lagak lagam lagan lagang lagau lagiah lagonder
laguna lagwu lahab lahad lahak lahan lahang lahap lahar lahir lahiriah laici lailah lailatulkadar lajak lajang
lajat lajnah lajur lakab lakak lakar lakara laken lakeri laklak laklakan lakmus laknat laknatullah lakon
lakonik lakonisme lakrimator laksa laksamana laksana laksatif laksmi laktase laktasi laktat laktogen
laktoglobulin laktometer lakton laktosa lakum lakuna lakur lakustrin lalah lalai lalak lalandak lalang lalap
lalat lalau laler lalim lamalif laman lamang lamar lambai lambak lamban lambang lambar lambat lambda lambe
lambert lambit lambo lambu lambuk lambung lambur lamdukpai lamela lamender lamin lamina laminah laminasi
laminating lampai lampam lampan lampang lampar lampas lampau lampeni lampes lampias lampik lampin lamping
lampion lampir lampit lampok lampor lampu lampung lampus lamtoro lamtoronisasi lamun lamur lamusir lanang
lanar lanau lanbau lanca lancang lancap lancar lancia lancing lancip lancit lancong lancung lancur lancut
landa landahur landai landak landang landap landas landau landors landrad landuk landung landur langah langau
langen langendrian langenswara langgah langgai langgam langgan langgang langgar langgas langgayan langgeng
langguk langgung langi langir langis langit langka langkah langkai langkan langkang langkap langkara langkas
langkat langkau langking langkisan langkitang langkong langkup langlai langlang langsai langsam langsang
langsar langsat langse langseng langsep langsi langsing langsir langsuir langsung langu langut lanhir lanja
lanjai lanjak lanjam lanjang lanjar lanjau lanji lanjuk lanjung lanjur lanjut lanolin lanset lansia lansir
lanskap lantah lantai lantak lantam lantan lantang lantanum lantar lantas lantera lantesari lantik lantin
lanting lantip lantun lantung lantur lanugo lanun lanus lanyah lanyak lanyau laocu laoteng lapah lapak lapang
lapar laparoskop laparoskopi lapektomi lapel lapih lapik lapili lapir lapis lapislazuli lapor laptop lapuk
lapun lapur larah larai larak laram larang larap laras larat larau largisimo largo larih larik laring laringal
laringitis laringoskop laris larnaks laron larung larut larva larvarium lasah lasak lasana lasat laser lasinia
laskar lasparaginase lasuh latah latak latam latar latas lateks laten latensi lateral laterit latif
latifundium latih lating latis latma latosol latuh latuk latung latur laung lauya lavase lavendel lavender
lawah lawak lawalata lawamah lawan lawang lawar lawas lawat lawazim lawean lawina lawon lawrensium layah layak
layam layan layang layap layar layas layat layer layon layuh layuk layung layur layut lazim lazuardi lebah
lebai lebak lebam leban lebang lebap lebar lebaran lebas lebat leber lebih lebuh lebuk lebum lebun lebung
lebur lecah lecak lecap lecat leceh lecek lecer lecet lecit lecok lecuh lecun lecup lecur lecut ledak ledang
ledek ledeng ledes leding ledos ledre leduk ledung legal legalisasi legalitas legam legap legar legasi
legasteni legat legataris legato legator legek legen legenda legendaris leger leges leghorn legih legio
legislasi legislatif legislator legisme legit legitimaris legitimas legitimasi legitimitas legiun legok legong
legum legunder legundi legung lehar leher lejang lejar lejas lejit lejok lekah lekam lekang lekap lekar lekas
lekat lekemia lekir lekit lekok lekosit leksem leksikal leksikograf leksikografi leksikografis leksikolog
leksikologi leksikon leksikostatistik leksis lekton lektor lektur lekuk lekum lekun lekung lelabah lelah lelai
lelaki lelancur lelang lelangon lelangse lelap lelar lelas lelat lelatu lelawa leleh lelembut lelemuku lelep
leler leles lelet lelewa lelonobroto leluasa lelucon leluhur leluing lelung lelungit leluri lemah lemak lemang
lemari lemas lemata lemau lembaga lembah lembai lembak lembam lemban lembang lembap lembar lembayung lembega
lembek lembeng lembidang lembing lembok lembora lembu lembung lembur lemburu lembut lemena lemender lemes
lemidi lemon lempah lempai lempang lempap lempar lempari lempaung lempem lempenai lempeng lemper lemping
lempit lempoh lempuh lempuk lempung lempuyang lempuyangan lemur lemuru lemusir lenan lencana lencang lenceng
lencet lenci lencir lencit lencong lencun lenda lendaian lendeh lender lendir lendot lendung lendut lenga
lengah lengai lengak lengan lengang lengar lengas lengat lenge lenggak lenggana lengganan lenggang lenggara
lenggek lengger lenggok lenggong lenggor lenggundi lenggut lengit lengkai lengkanas lengkang lengkap lengkara
lengkeng lengkesa lengket lengkiang lengking lengkitang lengkok lengkong lengkuas lengkung lengkur lengoh
lengong lengos lengseng lengser lengset lenguh lengung lening lenis lenitrik lenja lenjan lenjaran lenjing
lenjuang lenong lenor lensa lenser lenset lenso lentang lenteng lentera lentik lenting lentisel lentoid lentok
lentong lentuk lentum lentung lentur lentus lenung lenyah lenyai lenyak lenyap lenyau lenyeh lenyet lenyut
leonid leontin lepai lepak lepang lepap lepas lepat lepau lepek leper leperi lepes lepet lepih lepik lepit
leplap lepoh lepok lepot lepra leproma lepromin leproseri leptodos leptoskop leptosom lepuh lepuk lepur lerah
lerai lerak lerang lerap lereng leret lerok lerot lerum lesak lesan lesang lesap lesat lesbi lesbian
lesbianisme leseh lesek leset lesing lesir lesit lesitin lesitina lesnar lesot lesplang lestari lestek
lesterung lesung lesus lesut letai letak letal letalitas letang letargi letek leter leterseter letih letik
leting letis letnan letoi letos letraset letuk letum letung letup letur letus leuca leukemia leukoderma
leukofit leukoma leukonisia leukopenia leukoplakia leukore leukorea leukosit leukositometer leukositosis level
lever leveransir levertran levirat levitin levulosa lewah lewar lewat lewisid leyeh leyot lezat liabilitas
liana liang liangliong libas libat libei liberal liberalis liberalisasi liberalisme liberalistis liberasi
liberator libero libidis libido libitum libra librasi libreto libur licak licau licik licin licurai lidah
lidas lidid lifter ligamen ligan ligar ligas ligasi ligat ligatur ligih lignin lignit lignoselulosa
lignosulfonat lignotuber lihai lihat likantropi likas likat likir likuid likuida likuidasi likuiditas likur
likut lilah lilan lilau lilin liliput lilit lillahi liman limar limas limau limbah limbai limbak limban
limbang limbat limbing limbubu limbuk limbung limbur limfa limfadema limfadenitis limfadenoma limfadenosis
limfaderitis limfangioma limfatik limfoblartoma limfoblas limfoblastoma limfografi limfoma limfonodus
limfopenia limfosit limfositopenia limfositosis limit limitasi limitatif limnetik limnologi limnoplankton
limpa limpah limpap limpapas limpas limpau limpit limpoh limpung limun limusin limut linang linau lincah
lincak lincam lincir lincun lindak lindang lindap lindas lindik lindis lindu lindung lindur linear linen
lingar lingat lingga linggam linggata linggayuran linggi linggis lingkap lingkar lingkawa lingkis lingkung
lingkup linglung lingsa lingsang lingsir lingsu lingua linguafon linguis linguistik linier linimen lining
linjak linoleum linsang lintabung lintadu lintah lintang lintap lintar lintas lintibang linting lintir lintuh
lintup linuhung linyak linyar liofilisasi liong liontin lipai lipan lipas lipase lipat lipektomi lipemia lipid
lipiodol lipit liplap lipoksidase lipolisis lipoprotein lipstik lipur liput lirida lirih lirik liris lisah
lisan lisani lisensi lisimeter lisis lisol lisong lisplang lister listeria listrik lisus lisut litah litak
litani liter literator literer litium litografi litologi litoral litosfer litotes litotomi litsus liturgi
liturgis liver liwan liwat liwet lobak loban loberci lobster locok locot lodan lodeh lodoh lodong logam
logaritma logat logawiah logika logis logistik logogram logopedia logotip lohok lohor lokacipta lokakarya
lokal lokalis lokalisasi lokan lokananta lokap lokasi lokastiti lokatif lokatikranta lokatraya lokawarta
lokawidura lokawigna lokawiruda lokawisata lokcuan lokek lokeswara loket lokia lokika lokio loklok lokomobil
lokomotif lokos loksek loksun loktong lokus lokusi lolak loleng loloh lolohan lolong lolos lomba lombar lombok
lombong lomek lomot lompat lompayang lompok lompong lonan loncat loncek lonceng loncer lonco loncos londang
londong loneng longdres longgar longgok longgor longitudinal longo longok longong longser longsor longtorso
lonjak lonjong lonjor lonsong lontai lontar lontara lonte lontok lontong lonyok lopak lopek loper lopis lopor
lorah loran lorat lorber lorek loreng lornyet lorong lorot losin losion losmen losong lotak lotek loteng lotis
lotong lotre lotus lowong loyak loyal loyalis loyalitas loyang loyar loyong lozenge luang luban lubang luber
lubuk lucah lucup lucut ludah ludat ludes luding ludruk lugas lugut luhak luhmahful luhung luhur luing lukah
lukat lukeh lukis lukut lulai luluh luluk lulum lulup lulur lulus lulut lumai lumang lumar lumas lumat lumayan
lumbal lumbu lumbung lumen lumer luminositas lumpang lumpektomi lumpia lumping lumpuh lumpuk lumpur lumrah
lumsum lumuh lumur lumus lumut lunak lunas lunau luncai luncas luncung luncur lundang lundi lundu luner
lungguh lungkah lungkang lungkum lunglai lunglung lungsar lungse lungsin lungsung lungsur lungun lunjur lunta
luntang luntas luntur lunyah lunyai lupat lupuh lupuk lupung lupus luput lurah lurik lurub luruh lurus lurut
lusin lustrum lusuh lutetium lutung lutut luweng luwes luyak luyut
""",
    "m": """
mabriuk mabrur mabuh mabuk mabul macakal macam macan macapat macet macis madah madali madam madang madani
madar madat madewi madia madik madinding madmadah madona madras madrasah madukara madumangsa madya maesan
maesenas maestro mafela mafhum mafia mafioso mafsadah mafsadat magainin magalah magandi magang magasin magel
magenta magersari magfirah magfirat magis magister magistrat maglub magma magnesium magnesol magnet magnetik
magnetika magnetis magnetisme magnetit magnetometer magnetor magnetostatika magnitudo magrib magribi magrur
magun mahabah mahabintang mahadewa mahadewi mahaduta mahaguru mahah mahajana mahakala mahakarya mahakuasa
mahal mahamen mahamenteri mahamulia mahang mahaparana mahapatih mahar maharaja maharajalela maharana maharani
mahardika maharesi maharupa mahasiswa mahasiswi mahasuci mahatahu mahatma mahatur mahayana mahbub mahbubah
mahbubat mahdi maherat mahesa maheswara mahfuz mahia mahimahi mahir mahkamah mahkota mahligai mahmud mahoni
mahraj mahram mahsul mahsyar mahwu mahyong mahzurat maido maimun mairat maizena majaan majakane majakaya
majakeling majal majalah majas majasi majati majedub majekeling majelis majemuk majenun majikan majir majizat
majong majuh majuj majun majung majusi makadam makadasang makadok makalah makalangkang makam makan makantah
makantuh makanya makao makaopo makar makara makaroni makas makbud makbul makcik makcomblang makda makdan
makelar makerel maket makhdum makhluk makhraj makin making makiyah makjuj maklaf maklum maklumat maklun makmal
makmum makmur makna maknawi makramat makrame makrifat makrifatullah makro makroekonomi makrofita
makrofotografi makroftalmus makrogametosit makrohistori makrokosmos makrokriminologi makrolinguistik
makromelia makrometeorologi makromolekul makrosefalik makroskopis makrosmatik makrosmatis makrososiologi
makruf makruh maksi maksiat maksila maksim maksimal maksimum maksud maksum maktab maktub makua makul makula
makulat makurung makuta makyong makzul malabau malabsorpsi malafide malafungsi malagandang malagizi malah
malai malaik malaikat malaikatulmaut malaise malak malaka malakama malakat malakit malakofili malakologi
malakut malam malan malang malangbang malap malapari malapetaka malapraktek malapraktik malar malaria malas
malasia malasuai malatindak malau maldistribusi maleman maleo maleolus maligai malih malik maliki malikuljabar
malikulmuluk malim maling malis malisol malka malnutrisi maloklusi maltase maltosa malun malung mamah mamai
mamak mamalia maman mamanah mamanda mamang mamano mamat mambang mambek mambo mambruk mambu mambung mamduhah
mamik mamlakat mamografi mampai mampat mampir mampu mampung mampus mamut manah manai manajemen manajer
manajerial manakala manakan manakib manalagi manasik manasongo manasuka manau mancanegara mancawarna manci
mancis mancung mancur manda mandah mandai mandala mandalika mandam mandar mandarin mandat mandataris mandau
mandeh mandek mandelevium mandi mandibula mandil mandir mandiri mandolin mandor mandraguna mandril mandrin
mandul mandung maneken manerisme manfaat mangan mangap mangas mangau mangayubagya mangga manggah manggala
manggar manggis manggung mangir mangkak mangkanya mangkar mangkas mangkat mangkel mangkih mangkir mangkok
mangkubumi mangkuk mangkus mangsa mangsi mangu mangun mangut mania maniak manifes manifestasi manifesto manik
manikam manikdepresi manikmaya manikur manila manimba manipol manipulasi manipulatif manipulator manira manis
manise manja manjapada manjau manjeri manjing manjung manjur manol manometer manora manostat manset mansiang
mansukh manta mantan mantap mantari mantel manten manti mantik mantiki mantisa mantissa mantra mantram mantri
mantu mantuk manual manufaktur manufakturing manuk manumisio manumpak manunggal manusia manusiawi manuskrip
manut manuver manuwa manyala manyar manzil manzilah maois mapak mapalus mapan marah maraja marak marakas
marambung maramus maranta marapulai maras maraton marbling marbut marcapada mardatilah mardatillah mardud
marem maret marfuk marga margalit margarin margasatwa margin marginal marginalisasi marginalisme margrit
marhaban marhaen marhaenis marhaenisme marhum marhumah maria marikan marikh marikultur marimu marina marinade
marine marinir marinyo marinyu marital maritim mariyuana marjik marjinal marka markado markah markas markasit
marketri markis markisa markoni markonis markusip marlin marmelade marmer marmot marpaud marsaoleh marsekal
marsepen marsose martabak martaban martabat martandang martil martini martir marus marut marwas marxisme
marzipan masai masak masakan masakat masala masalah masam masap masase masayu masbuk masdar masehi masektomi
maser maserasi mashaf masif masih masin masinal masinis masir masjid masjidilaksa masjidilharam maskanat
maskapai maskara maskat maskawin masker maskodok maskon maskot maskulin maskulinitas maskumambang maslahat
masnawi masohi masoi masokhis masokhisme masokisme mason masori masrum massa massal mastautin mastektomi
master masterplan mastik mastitis mastodon mastuli masturbasi masuk masuliah masya masyakah masyarakat masygul
masyhadat masyhur masyrik masyuk matador matahari matakao matalamat matan matang matematika matematikus
matematis materi material materialistis materiil matine matlak matoa maton matra matras matres matriarkal
matriarkat matriks matrikulasi matrilineal matrilokal matris matronim matros matur maturasi maturitas mauizah
maujud maujudat maukhid maukif maukuf maula maulai maulana maulhayat maulid maulidurasul maulud maung maupun
mausoleum mawadah mawar mawas maweda mawin mawon mawut mayam mayang mayangda mayapada mayas mayat mayeng
mayokratio mayones mayor mayoret mayoritas mayung mayur mazarin mazbah mazhab mazkur mazmumah mazmur mbakyu
mbeling mbokmas meander mebel mecis medali medalion medan medang media medial median mediasi mediastinum
mediator medik medikamentosa medikasi mediko medikolegal medikus medil medio medis medisinal medit meditasi
mediterania medium medok medula medusa megabyte megafon megah megak megakredit megalit megalitikum megalomania
megalomaniak megalopolis megalosit megamerger megan megaohm megapolis megaproyek megar megaspora
megasporangium megasporofil megat megaton megatren megatruh megawatt meger meiosis mejam mejan mejana mejeng
mekanik mekanika mekanikgraha mekanis mekanisasi mekanisme mekanolinguistik mekap mekar mekonium melabuai
melambang melamin melanesia melangkup melanin melanisme melankolia melankolis melankonis melanoderma melar
melarat melas melase melasma melati melawah melayu melek melela melempem meleng meler melesek meleset melik
melilin melinjo melintir melit melitofili meliwis melodi melodika melodius melodrama melodramatik melodramatis
melompong melon melor melotot melpari melukut melulu melur memang memar membal memble membran memedi memek
memelas memoar memorabilia memorandum memorat memori memorial mempan mempelai mempelam mempelas mempelasari
mempening memper mempitis memplak mempurung memutah menaga menak menampun menang menantu menara menat mencak
mencelat menceng menceret mencit menclok mencok mencong mencos mencret mendak mendap mendapa mendeleka
mendelevium mendeng mendiang mendikai mending mendira mendoan mendonan mendong mendreng mendu mendung mendur
mendura mendut menep menepaat mengah mengangah mengap mengapa mengapmendam mengeh mengerawan mengerna menget
mengga menggala menggusta mengi mengiang mengicip mengirat mengkal mengkali mengkara mengkaras mengkelan
mengkerang mengkeret mengking mengkirai mengkirik mengkis mengkona mengkuang mengkudu mengok mengor mengot
mengsol mengsong mengung menhir meningitis menir meniran meniskus menit menjangan menong menopause menor
menoragia menostaksis menserendahi mensiang menstruasi mensurasi mentah mentak mental mentalitas mentang
mentari mentaruh mentas mentaus mentega menteleng menteng mentereng menteri mentibu mentifakta mentigi
mentilau mentimun mentis mentok mentol mentolo mentor mentora mentua mentul menuet menung menur meong mepet
meracang meraga meragi merah merajak merak merakan meralgia merambai merambung merana merang meranggi merangsi
merangu meranti merapu merat merawal merawan merbah merbau merbaya merbuk merbulan mercon mercu mercusuar
merdangga merdeka merdesa merdinah merdu merduk merek mereka merem merembung mereng meres mergat merger mergul
meriam meriang merica meridian merih merik merikan merikarp merinding mering meristem merjan merkah
merkantilisme merkubang merkuri merkurium merkurius merkuro merkurokrom merlilin merlimau merogoni merosot
merot merpati merpaud merpitis merpoyan merserisasi mersik merta mertamu mertapal mertayam mertega mertelu
mertua meruap merubi merunggai merut merwatin mesan mesara mesem mesin mesiu mesjid meskalin meskalina meski
mesmerisme mesoderm mesodermik mesofili mesofit mesolitik mesolitikum mesometeorologi mesomorf meson mesopause
mesosfer mesotel mesotoraks mesozoa mesozoikum mesra mester mesti mestika mestizo mesui mesum mesut metabahasa
metabolik metabolis metabolisme metabolit metafil metafisik metafisika metafora metaforis metah metai metal
metalik metalinguistik metalografi metaloid metalurgi metalurgis metamorf metamorfis metamorfisme metamorfosis
metana metanefros metanol metari metasenter metastasis metatarsus metatesis metazoa meteor meteorit
meteorograf meteorogram meteoroid meteorologi meteorologis meter meterai metil metode metodik metodis
metodologi metonimi metonimia metrik metris metro metrologi metromini metronimik metronom metronomis
metropolis metropolisasi metropolitan metroragia metrum meunasah mewah mewari mewek mezanin mezbah mezosopran
miana miang miasma midar midik midodareni mieloma migrain migran migrasi migren mihrab mihun miiofili mijil
mikat mikologi mikoprotein mikosis mikotoksin mikraj mikro mikroanalisis mikroangiopati mikrob mikrobe
mikrobiologi mikrobiologis mikrobisida mikrobus mikroekonomi mikroelektronika mikroelemen mikrofag mikrofarad
mikrofilm mikrofita mikrofon mikrofotografi mikrogelombang mikrograf mikrografika mikrogram mikrohabitat
mikrohistori mikrohm mikroklimat mikrokomputer mikrokosmos mikrolet mikrolinguistik mikrolit mikrom
mikromanipulasi mikrometer mikrometri mikron mikroorganisme mikroprosesor mikrosefalia mikrosekon mikroskop
mikroskopis mikrospora mikrotom mikrovilus mikrowatt mikser miksoedema milad milenium miliampere miliar
miliarder miliaria milibar milieu miligram milik mililiter milimeter milimikron milimol milioner milir milisi
militan militansi militer militerisme militeristis miliun miliuner milivolt mimbar mimeograf mimesis mimik
mimikri mimis mimisan mimosa mimpi minangsraya minat minder mindi mindoan mindring mineral mineralisasi
mineralogi mineralogis minggat minggir minggu minhaj miniatur minibasket minibus minikar minikata minikomputer
minim minimal minimarket minimum minium minor minoritas minta mintak mintakat mintakulburuj mintal minterat
mintuna minum minus minyak mioglobin miokardia mioma miopia miosis miotik mipis mirah mirai mirakel mirat
miriapod mirih mirik miring mirip miris mirmekofag mirmekofili mirmekologi misai misal misan misantrop misbah
misdinar misil misiologi misionaris misioner miskal miskin miskram misoa misofobia misogami misoginis
mispersepsi mistar mister misteri misterius mistik mistis mistisisme mistri misuh miswat mitasi mitisida
mitogen mitologi mitologis mitos mitosis mitra mitraliur mizab mizan mnemonik mobil mobilet mobilisasi
mobilisator mobilitas moblong mobokrasi mochi modal modalitas modar model modeling modem moderamen moderat
moderato moderator modern modernisasi modernisme modernitas modernomaniak modifikasi modifikatif modin modis
modiste modol modul modular modulasi modulator modus mofet mogok mohair mohon mohor mojah mojang mokal moksa
molar molek molekul molekuler moler moles molibden molibdenum molor molos molotov moluska momen momental
momentum momok momong momot monarki moncong moncor mondeling mondial mondok mondolan mondong monel moneter
monggo monggol mongkok mongmong mongolisme mongoloid monisme monitor monoatom monodi monodrama monofag
monofobia monofonir monogam monogami monogini monografi monogram monokarpa monokel monokini monoklin
monoklinal monokotil monokotiledon monokrasi monokrom monokromatis monokromator monoksida monokultur
monolingual monolit monolitik monolog monoloyalitas monomania monomer monoploid monopoli monopolistik
monopsoni monorel monosakarida monosem monosemantik monosemi monosilabel monosilabisme monosit monospermi
monoteis monoteisme monotipe monoton monsinyur monster monstera monsun montase montering montir montit montok
monumen monumental monyet monyong monyos mopela mopit morak moral moralis moralisasi moralisme moralistis
moralitas moratorium morbiditas morbili mordan moreng mores morfem morfemik morfemis morfin morfinis
morfofonem morfofonemik morfofonemis morfofonologi morfogenesis morfologi moril mormon moron morong morse
mortalitas mortar mortir mosaik mosok moster motel motif motivasi motivator motor motorik motoris motorisasi
motorsaikel moyang mozah mozaik muadin muakadah mualaf mualamat mualif mualim muamalah muamalat muanas muara
muarikh muasasah muasir muazam muazin mubah mubalig mubaligah mubarak mubarat mubazir mubtadi mubut mucikari
mudah mudakar mudarabah mudarat mudasir mudat mudigah mudik mudra mudun mufaham mufakat mufarik mufasal
mufasir muflis mufrad mufsidin mufti mugabat muhabah muhadarah muhadat muhajat muhajir muhajirin muhal muhalil
muhami muhammad muharam muhasabah muhib muhibah muhit muhlikah muhrim muhsin muhtasyam mujadalah mujadid
mujahadat mujahid mujahidin mujair mujang mujarab mujarad mujari mujbir mujtahid mujtamak mujur mukabalah
mukadam mukadas mukadim mukadimah mukadin mukadis mukah mukalaf mukalid mukaram mukatabah mukena mukhabarah
mukhalaf mukhalafah mukhalif mukhalis mukhlis mukhtasar mukibat mukim mukimin mukjizat mukmin mukminat
mukminin mukoprotein mukosa mukositis muktabar muktamad muktamar muktamirin muktazilah mukun mulai mulakat
mulamasah mulas mulat mulato mulazamah mulhid mulia mullah mulsa multazam multibahasa multidimensi
multidisipliner multietnik multifaset multifungsi multigravida multiguna multikompleks multikrisis multikultur
multikulturalisme multilateral multilingual multilingualisme multimedia multimeter multimilioner multinasional
multinegara multiorgan multipara multipel multipleks multiplikasi multiplikator multipolar multiprosesor
multirasial multirasialisme multiseluler multivalen multivalensi multivitamin muluk mulur mulus mulut mumayiz
mumbang mumbul mumbung mumet mumifikasi mumpung mumpuni mumuk mumur mumut munafik munafikin munajat munajim
munasabah muncang munci muncikari muncrat muncul muncus mundam munding mundu mundur munggu munggur mungil
mungkar mungkin mungkir mungkum mungkur mungmung mungsi mungut munib munjung munsyi muntaber muntah muntaha
muntu muntul muntup munyuk mupaham muparik mupus murad muradif murah murai murakab murakabi mural muram murang
muras murba murbei murca murid muring muris murka murni mursal mursyid murtad muruah murung murup murus
musaadah musabab musabaqah musafir musafirin musakat musala musang musara museolog museologi museum mushaf
musibah musik musikal musikalisasi musikalitas musikolog musikologi musikologis musikus musim musisi muskil
muskovit muslih muslihat muslim muslimat muslimin muslin musnah muspra mustahak mustahik mustahil mustaid
mustajab mustak mustaka mustakim mustamik mustang musuh musyarakah musyarakat musyarik musyawarah musyawarat
musyrik musyrikin musytak musytari mutabar mutagen mutah mutakadim mutakalim mutakhir mutaki mutalaah mutamad
mutan mutasawif mutasi mutawif mutiara mutih mutilasi mutisme mutlak mutmainah mutualisme mutung muwafakat
muwahid muwajahah muwakal muwakil muwari muzah muzakar muzakarah muzaki muzamil muzawir muzhab
""",
    "n": """
nabatah nabati nabtun nadim nadir nafar nafas nafiri nafkah nafsi nafsu nafta naftal naftalena naftena naftol
nagam nagara nagari nagasari nahak nahas nahdiyin nahkoda najam najasah najasat najis nakal nakara nakhoda
nalam nalar nalih naluri naluriah namaskara namatad namatium nambi namnam nampan namun nanah nanang nanap
nanaplankton nanar nanas nandu nandung nangka nangkoda nangkring nangui naning nanofarad nanofosil nanogram
nanometer nanti napal napalm napas napuh naqal naqli narablog narapati narapidana narapraja narasi narasumber
naratif narator narkolepsi narkomaniak narkose narkosis narkotik narpati narsis narsisisme narsisme narwastu
nasab nasabah nasakh nasal nasalisasi nasar nasehat nasel nasib nasihat nasion nasional nasionalis
nasionalisasi nasionalisme nasionalistis nasionisme naskah nasofaring nasrani nasti nasut natal natalis
natalitas natang natar natijah nativis nativisme nativistik natolokal natrium natur natura natural naturalis
naturalisasi naturalisme naturalistis naturopatis naung nauplius nausea nautik nautika nautikal nautilus
nauzubillah navigasi navigator nawaitu nawala nawalapradata nayaka nayam nayap nazam nazar naziisme nazim
nazir ndoro ndoroisme neala nealogi nebeng nebula nebulium neces necis nefoskop nefrektomi nefridium nefrit
nefritis nefroblastoma nefrologi nefron nefrosis negara negasi negatif negativisme negativistik neger negeri
negosi negosiasi negosiator negrito negro negroid negus nekad nekara nekat nekel nekrofag nekrofagus nekrofili
nekrofilia nekrogeografi nekrolog nekrologi nekromansi nekropolis nekropsi nekrosis neksus nektar nelangsa
nelayan nemagon nematoda nematologi nematosida nematosis nenda nendatan nenek nenekanda nenen nenenda nener
nenes neodarwinisme neodimium neofeodalisme neofeodalistis neoiknologi neoimpresionisme neokarpi neoklasik
neoklasisisme neoklasisme neokolonialisme neoliberalisme neolit neolitik neolitikum neologi neologisme
neolokal neonatal neonatus neontologi neoplasma neoplatonisme neoprena neositosis neotipologi neovirus
neozoikum nepotis nepotisme neptunium neptunus neraca nerak neraka neritik neritopelagik neritoplankton
neroglia nervasi nervur nestapa nestor neting netra netral netralis netralisasi netralisme netralitas neural
neuralgia neurastenia neuritis neuroblastoma neuroglia neurolinguistik neurolog neurologi neurologis neuron
neurosis neurotik neurotransmiter neustonologi neutrino neutron newton ngabei ngaben ngablak ngabur
ngakngikngok ngalau nganga ngapain ngarai ngeang ngebet ngebut ngeceng ngeden ngedumel ngelindur ngemil ngenas
ngengat ngenyek ngeong ngeres ngeri ngiang ngilu ngoko ngowos ngoyo ngung niaga niasin nibung nidasi nidera
nidikola nidulus nifak nifas nihil nihilis nihilisme nijas nikah nikel nikmat nikotin niktigami nilai
nilakandi nilam nilau nilon nimbostratus nimbrung nimfomania ninabobo ningnong ningrat ninik ninitowok niobium
nipah nipis niraksara nirgagasan nirgesekan nirguna nirkabel nirlaba nirleka nirmala nirselera nirwana
nirwarta nisab nisan nisbah nisbi niscaya niskala nista nistagmus nistatin nitrat nitrifikasi nitrobenzena
nitrofili nitrofit nitrogen nitrogliserin nitroselulosa niyaga nobat nobelium nodulus nodus noken noktah
nokturia nokturnal nomad nomenklatur nomina nominal nominalisasi nominalisme nominasi nominatif nominator
nomine nomogram nomokrasi nomor nomplok nonagresi nonaktif nonblok nondepartemen nondepartemental nonekonomi
noneksakta nonfiksi nonformal nongol nongrata nonhistoris nonilium nonindustri nonintervensi nonius nonkimia
nonkombatan nonkonvensional nonkooperasi nonkooperatif nonmedis nonmigas nonmiliter nonok nonol nonong
nonpatogenik nonpemerintah nonpolitik nonpredikatif nonpribumi nonproduktif nonprofit nonprotein nonsens
nonsilabis nonstandar nonstop nonteknis nontradisional nonverbal nopek norak norit norma normal normalisasi
normatif nosologi nostalgia nostrum notabene notariat notaris notasi notes notifikasi notok notula notulis
novel novela novelet novelis november novena novokaina nrima nuansa nubuat nudis nudisme nugat nugraha nujum
nukil nukleat nukleolus nukleon nukleoprotein nukleus nuklida nuklir nulipara numeralia numerik numeris
numismatika nunatak nunsius nunut nuraga nurani nurbisa nuriah nusaindah nusakambangan nusantara nusyu nusyus
nutan nutasi nutfah nutriea nutrisi nutrisionis nutrisisme nuzul nuzulul nyala nyalang nyalar nyalawadi nyale
nyali nyaman nyambing nyamik nyamleng nyampang nyamplung nyamuk nyamur nyana nyang nyanya nyanyah nyanyang
nyanyar nyanyi nyanyu nyanyuk nyapang nyapnyap nyarang nyarik nyaring nyaris nyata nyatuh nyawa nyawang
nyelekit nyemplong nyentrik nyenyai nyenyak nyenyat nyenyeh nyenyep nyenyet nyepi nyeri nyerocos nyilih
nyingnying nyinyir nyiri nyiru nyiur nyolnyolan nyolo nyoman nyong nyonya nyonyeh nyonyong nyonyor nyungsung
nyunyut nyureng
""",
    "o": """
oasis obduksi obelisk obeng obesitas obituarium objek objektif objektivisme objektivitas oblak oblasi obligasi
oblong obral obras obrol obrus observasi observatorium obsesi obsesif obsidian obsolet obstetri obstruen
obstruksi obversi obviatif obyek obyektif obyektivisme obyektivitas odalan odekolonye odinometer oditur
odometer odontoblas odontoid odontologi odoran oersted ofensif oferte ofisial ofset oftalmia oftalmoskop
ogonium ohmmeter oikumene okarina oklokrasi oklusi oklusif oknum oksalat oksiasetilena oksida oksidan oksidasi
oksidator oksigen oksigenase oksimoron oksitetrasiklin oksiton oktaf oktagon oktahedron oktal oktana oktet
oktober oktroi okulasi okuler okulis okultis okultisme okupasi okupasional olahraga olanda oleander olefin
oleng oleografi oleometer oleovitamin oleum oligarki oligofagus oligofrenia oligopoli oligopolistis oligopsoni
oligosen oligositemia oligotrofik oliman olimpiade oliva olivin ombak ombyok omega omikron omnibus omnivor
omnivora omong ompol ompong ompreng omprong omset omslah omzet onagata onani oncat oncek oncen oncer oncom
oncor onder onderdil onderdistrik onderneming onderok ondoafi ondok ondos ongahangih ongeh onggok ongji
ongkang ongkok ongkos ongok oniks onkogen onkologi onomasiologi onomastika onomatologi onomatope onslah
ontogeni ontologi ontologis onyang onyok onyot oogenesis oolit opalesen opasitas opelet opendim openkap opera
operasi operasional operasionalisasi operatif operator operet operkulum opini opisometer opium oplah oplet
oplos opmak opname oponen oportunis oportunisme oportunistis oportunitas oposan oposisi opsen opseter opsin
opsinder opsiner opsional opsir opstal optatif optik optika optimal optimalisasi optimis optimisme optimistis
optimum optis optisien optoelektronika optometri optometris orakel oralit orang oranye orasi orator oratoria
oratoris oratorium orbit orbita orbital order ordinal ordinasi ordinat ordiner ordner ordonans ordonansi oreng
oreol organ organdi organel organik organis organisasi organisator organisatoris organisir organisme
organismus organogram organon orgasme orgasmik orgel orien oriental orientalis orientasi origami orion
orisinal orisinalitas orkes orkestra orkestrasi ornamen ornamental ornamentasi ornitologi ornitologis
ornitosis orografi orografik orografis ortodidaktik ortodoks ortodoksi ortodrom ortoepi ortografi ortografis
ortoklas ortopedagogik ortopedi ortopedis osean oseanarium oseanografi oseanologi osifikasi osikel osilasi
osilator osilograf osilogram osiloskop oskilator oskulum osmium osmometer osmoregulasi osmose osmosis osomosis
ostentasi osteoblas osteoklas osteologi osteopati osteoporosis ostium otentik otobus otofon otologi otomat
otomatis otomatisasi otomobil otomotif otonom otonomi otopet otorisasi otoritas otoriter otoritet otoskop
ototipi ovarium ovasi overaktif overakting overal overdosis overkompensasi overpopulasi overproduksi
oversimplifikasi overste oviduk ovipar oviparitas ovipositor ovitesis ovovivipar ovulasi ovulum oyong ozokerit
ozonisasi ozonisator ozonometer
""",
    "p": """
pabean pabrik pabrikan pabrikasi pacai pacak pacal pacangan pacar pacat pacau pacek paceklik pacet pacih pacik
pacok pacuk pacul padah padahal padak padam padan padang padas padasan padat padepokan padma padmasana padmi
padri padudan paduk paduka paduraksa paedofil pagan paganisme pagar pagas pagebluk pagelaran pagina pagoda
pagon pagositosis pagun pagupon pagut paguyuban pahala paham pahang pahar pahat paheman pahit pahlawan pahter
paidon pailit paing paitua pajak pajan pajang pajuan pajuh pakai pakal pakan pakanira pakansi pakar pakaryan
pakat pakau pakcik pakde pakem paket pakihang pakihi paking pakis paklik pakma pakpui pakpung paksa paksi
paksina pakta pakter pakuh pakuk pakuncen pakus paladium palagan palai palak palaka palam palamarta palang
palapa palar palari palas palasik palat palatabilitas palatal palatalisasi palatografi palatogram palatum
palau palawa palawija paldu palem palen paleoantropologi paleobotani paleoekologi paleogeografi paleografi
paleografis paleoklimatologi paleolitik paleolitikum paleontologi paleosen paleozoikum pales palet paliatif
paliatip palindrom paling palinologi palis palit palka pallawa palmarosa palmin palmistri palmit palmitat
palolo palpasi palsu paltu paluh palun palung palut pamah paman pameget pamer pamflet pamit pamong pamor pampa
pampan pampang pampas pampat pamper pampiniform pamrih pamungkas panah panai panakawan panar panas panasea
panau panca pancabicara pancabuta pancacita pancadarma pancaindera pancaindra pancaka pancakara pancakembar
pancal pancalima pancalogam pancalomba pancalongok pancamarga pancamuka pancang pancaniti pancapersada pancar
pancaragam pancarajadiraja pancaroba pancarona pancasila pancasilais pancasona pancasuara pancasuda pancausaha
pancawalikrama pancawara pancawarna pancawarsa panci pancing pancir pancit panco pancong pancung pancur pancut
pandai pandak pandam pandan pandang pandau pandawa pandega pandemi pandemik pandialektal pandir pandit pandom
pandu panekuk panel panelis panembahan panembrama panen panewu pangabekti pangah pangan pangeran pangestu
panggak panggal panggang panggar panggau panggih panggil panggon panggu panggul panggung pangkah pangkai
pangkal pangkas pangkat pangkek pangkin pangking pangkon pangku pangkung pangkur panglima pangling panglong
pangolat pangonan pangpet pangpung pangreh pangrehpraja pangrukti pangsa pangsek pangsi pangsit panguk pangur
pangus panik paniki panil panili paninggil paningset panir paniradia panitera panitia panja panjak panjang
panjar panjarwala panjat panjer panji panjing panjul panjunan panjut pankreas pankromatis pankronis panlektal
panleukapema panleukopenia panoptikum panorama panser pantai pantak pantalon pantang pantar pantas pantat
pantau panteis panteisme panteistis pantek pantekosta panteon panter panti pantik panting pantis panto
pantofel pantograf pantomim pantri pantul pantun panus panutan panyembrama papacang papah papain papak
papakerma papan papar paparazi papas papat papatong papil papila papirus papras paprika papui parab parabasis
parabel parabiosis parabola paradam parade paradigma paradigmatis paradiso paradoks paradoksal parados paraf
parafasia parafemia parafin parafrasa parafrase parafrenia paragaster paragog paragon paragraf parah parak
paralaks paraldehida paralel paralelisasi paralelisme paralelogram paralgesia paralinguistik paralinguistis
paralipsis paralisis paralitis param paramaarta paramarta paramasastra paramedis paramen parameter paramiliter
parampara paran parang paranoia paranoid paranormal paranpara parap parapalatal parapati paraplasme paraplegia
parapodium parapsikolog parapsikologi paras parasetamol parasintesis parasit parasitisme parasitoid
parasitologi parasitoma parasitopolis parasut parasutis parataksis parataktis paratesis paratifus paratiroid
parau parenial parenkim parental parentesis parestesia parewa parfum parga parhelion paria parididimis parih
parik parikan paring paripurna paris parit paritas pariwara pariwisata parji parka parket parkinson
parkinsonisme parkir parkit parlemen parlementaria parlementarisme parlementer parmitu parodi paroki parokial
parokialisme parolfaktori paron paronim paronisia paronomasia parotitis parser parsi parsial partai
partenogenesis partial partikel partikelir partikularisme partisan partisi partisipan partisipasi partitif
partitur partner partus paruh parun parut parvenu parwa pasah pasai pasak pasal pasang pasanggiri pasar pasara
pasaraya pasase pasasir pasat pascabedah pascadoktoral pascajual pascakawin pascakrisis pascalahir pascalarva
pascalikuidasi pascamodern pascamodernisme pascaoperasi pascapanen pascaperang pascaproduksi pascareformasi
pascasarjana pascausaha pascayuwana paseban paser paset pasfoto pasien pasif pasifikasi pasifisme pasigrafi
pasik pasilan pasim pasimologi pasir pasirah pasit pasiva paskah pasmat pasmen pasok pasowan paspor pasrah
pasta pastel pasteur pasteurisasi pasti pastiles pastor pastoral pastoran pastur pastura pasuel pasuk
pasumandan pasung patah pataka patam patang patar patek patela paten pater patera pateram paternalis
paternalisme paternalistis patet patetis patgulipat patih patik patikim patil patin patina pating patio
patirasa patiseri patka patogen patogenesis patogenik patois patok patokimia patol patola patolog patologi
patologis patolopolis patos patra patrap patri patriark patriarkat patrilineal patrimonium patriot patriotik
patriotisme patroli patron patronasi patrun patuh patuk patung patungan patut pauhi paung pause paviliun pawai
pawak pawaka pawana pawang pawiyatan pawukon payah payang payar payau payet payon payudara payung peang pecah
pecai pecak pecal pecara pecat pecel pecicilan pecinan pecok pecuk pecun pecut pedada pedadah pedagog pedagogi
pedagogis pedak pedaka pedal pedanda pedang pedapa pedar pedas pedati pedel pedena pedendang pedengan
pedepokan pedestrian pedet pedewakan pediatri pedih pedikur pedis pedisel pedogenesis pedok pedologi pedoman
pedometer pedongkang pedot peduli pedunkel pedusi pedut pegagang pegah pegal pegan pegang pegar pegari pegas
pegat pegawai pegoh pegon peguam pegun pehong pejajaran pejaka pejal pejam pejatian pejera pekaja pekak
pekakak pekan pekarang pekasam pekaseh pekat pekatu pekatul pekau pekerti pekik peking pekir pekis pekiwan
pekojan peksi pektik pektil pektin pekuk pekulun pekung pekur pelabi pelabur pelaga pelagas pelagis pelagra
pelah pelak pelalah pelamin pelampang pelampung pelan pelana pelancar pelanduk pelang pelangai pelanggi
pelangi pelangkin pelangpang pelantar pelanting pelas pelasah pelasik pelaspas pelasuh pelat pelata pelatuk
pelawa pelayon pelbagai pelbak pelbet pelebat pelebaya pelebegu pelebon pelecet pelecok peleh pelek pelekat
pelekok pelekuk pelembaya pelencit pelengak pelengan pelengset pelepah peles pelesat peleset pelesir pelesit
pelet peletek peletik peleting peleton pelias pelihara pelik pelikan pelikel pelinggam pelinteng pelintir
pelipir pelipis pelir pelisir pelisit pelit pelita pelitur pelog peloh pelojok pelonco pelong pelopor pelor
pelorot pelosok pelosot pelota pelotaris pelotot pelples pelpolisi peluang peluh peluit peluk peluluk pelulut
pelumpung pelungpung pelupuh pelupuk peluru peluruh pelus pelvis pemair pemali pemarip pematah pematang
pemayang pembarap pembayan pemendak pemeo pemetikan pemidang pemindang peminggir pempek pemuda pemudi pemuras
penak penaka penalti penampan penampang penanggah penaram penasaran penat penatu penatua penca pencak
pencalang pencar pencet pencil pencok pencong pencu pencut penda pendaga pendahan pendak pendam pendapa pendar
pendaringan pendek pendekar pendet pendeta pending pendok pendongkok pendopo pendua penduk pendulum penembahan
penes penetrasi penetron penewu pengalasan penganak penganan pengang pengantin pengap pengapuh pengar pengaruh
pengat pengatu pengawinan pengeng pengerih pengga penggaga penggah penggal penggar penggawa penghulu pengin
pengkal pengkar pengki pengkis pengkol pengkor pengos penguin pengulun peniaram pening peningset penis
penisilin penisilinat penitensi peniti penjajap penjalin penjara penjaruman penjor penjuna penjura penjuru
penmes penologi penomah pensi pensil pensiun pentagin pentagon pentagor pentagram pentahedron pental
pentameter pentan pentana pentang pentar pentas pentatonik pentil pentilasi penting pentode pentol pentosa
pentotal pentung penuh penyap penyek penyet penyok penyu pepagan pepah pepak pepaku peparu pepas pepat pepatah
pepaya pepek pepeling peper pepermin pepes pepet pepindan peplum pepsin pepsina pepsinogen peptida peptidase
peptik pepton pepuju pepunden pepung peputut perabot perabung perada peragat perah perahu perai peraji perak
peraka peram perambut peran perancah perang perangah perangai peranggang peranggu peranggul perangin perangkap
perangkat peranjat peranti peranye perap peras perasat perasukan perat perata perawan perawas perawi perawis
perbal perban perbani perbatin perbawa perbegu perbekel perca percaya percik percis percit percul percuma
perdah perdana perdata perdeo perdikan perdom perdu peredus pereh perei perek perekik perempuan perencah
perenggan perengkat perengus perengut perenial perenkum perenyak perenyuk perepat peres peresau peresih
perestroika peretel perewa perfek perfeksi perfeksionis perfeksionisme perfektif perforasi perforator performa
pergam pergat pergata pergedel pergi pergok pergol pergola perhati peria perian periang periantium peribahasa
periboga peribudi peridi perifer periferal periferalis periferi perifiton perifrasa perifrase perifrastis
perige perigel perigi perih perihal perihelion perikarditis perikardium perikemanusiaan perikondrium periksa
perilaku perimbas perimeter perimisium perimpin perimping perinci perincit perineorium perineum perineurium
pering peringgan peringgi peringgitan peringis peringkat perintah periodat periode periodik periodisasi
periodonsium periodontium periorbita periosteum perirana perisa perisai periskop perispora peristalsis
peristaltik peristerit peristiwa peristonium perit peritoneum peritonitis periuk perivaskuler perjaka perji
perkakas perkale perkamen perkara perkasa perkedel perkelang perkolar perkolasi perkolator perkoler perkosa
perkusi perkutut perlahan perlak perlambang perleng perlente perlenteh perli perlina perling perlintih perlip
perlit perlop perlu perlup perlus permadani permai permaisuri permak permalin permana permanen permanganat
permasan permata permeabel permeabilitas permen permil permisi permisif permutasi pernah pernak pernekel
pernik pernikel pernis perogol perohong peroi peroksida peroksidase peroksisom peroksisoma peroman perompak
peron peroneal peronyok perop perosok perosot perot perpatih perpetuasi perponding persada persangga persegi
persekot persekusi persen persentase persentil persepsi perseptif perseptivitas persero persetan perseus
perseverasi persih persik persil persis persisi perslah persneling person persona personal personalia
personalisme personalitas personel personifikasi perspektif perspektivisme persuasi persuasif pertal pertama
pertepel pertiwi pertua perturbasi pertusis peruak peruan peruang perubalsem perudang peruk perum perumpung
perun perunggu perunjung perupuk perus perusi perut perversi perwara perwira pesai pesak pesakin pesam pesan
pesanggrahan pesantren pesara pesat pesawat peseh pesek peser pesero peset pesiar pesimis pesimisme pesimistis
pesing pesirah pesisir pesok pesolot pesona pesong pesta pestaka pestisida pestol pesuk pesut petah petai
petak petaka petal petala petaling petam petamari petan petanen petang petaram petarang petarangan petaruan
petas petatus petegian petek petel petenteng petepete peterana peterseli petes petia petik petikrah petikut
petilan peting petinggi petiolus petir petis petisi petitih petitum petogram petola petopan petor petrodolar
petrografi petrogram petrokimia petrol petrolatum petroleum petrologi petromaks petsai petuah petuding petuduh
petuk petunia peturun petus petut pewaka pewat peyek peyorasi peyot piadah piagam piala pialang pialing pialu
piama piang pianggang pianggu pianika pianis piano pianola piantan piara piarit piaster piatu piawai picah
picik picing picis picit picung pidana pidato piezoelektrik piezoelektrisitas piezometer pigmen pigmentasi
pigmi pigura pihak pijah pijak pijar pijat pijin pijinasi pijit pikap pikat pikau piket pikir piknik
piknometer pikofarad pikogram pikolo piktografi piktogram pikul pikun pikup pilah pilak pilang pilar pilas
pilaster pilau pileh pilek pileren pilih pilin pilis pilon pilong pilorus pilositas pilot pilsener pilus
pimpel pimpin pimping pinak pinang pinar pincang pincuk pincut pinda pindah pindai pindang pines pinga pingai
pinggah pinggan pinggang pinggir pinggul pingit pingkal pingkau pingpong pingsan pingul pinis pinisepuh pinisi
pinjal pinjam pinjung pinset pinta pintal pintan pintang pintar pintas pintil pintu pintur pinus piogenik
pioner piong pionir pipet pipih pipil pipis pipit pirai piramid piramida piramidal pirang piranograf
piranogram piranometer pirasat pirau pireksia pirektik piretrum pirian piriform pirik piring pirit pirofilit
pirofobia piroksen pirolisis piromania pirometalurgi pirometer piroteknik pirsa piruet pirus pisah pisang
pisau pises pisiformis pisik pisin pisit pisitan pisovonus pispot pistol pistom piston pisuh pitak pitam
pitanggang pitar pitarah pitawat piting pitiriasis pitis pitometer piton pitot pitut piung piutang pivot
piwulang piyik plafon plagiarisme plagiat plagiator plagioklas plakat plaket plaksegel plamir planaria planel
planet planetarium planetoid plang plangkan planimeter planimetri planing planisfer plankton plano planologi
planologis planospora plantase planula plasenta plaser plasma plasmodium plasmosis plastid plastik plastin
plastis plastisitas plastogami plastometer plastron platelet platform platina platinoid platinum platisma
plato platonik platonisme plaza plebisit pleidoi pleiogami pleistosen pleksus plengkung pleno pleonasme
pleopod plerem plester pletora pleura plinplan plinteng plintit pliosaurus pliosen ploidi plombir plonci
plonco plong plontos plosif plumbago plumbum plumbung plural pluralis pluralisme pluralistis pluriform pluto
plutokrasi plutonik plutonium pluvial pluviograf pluviometer pneumatika pneumatofos pneumatokista pneumonia
poces pocok pocong podemporem podikal podium poetika pogrom pohon poikilohalin poikiloterm point poise
poiseuille pojok pokah pokeng poker poket pokok pokrol poksai pokta polah polan polang polarimeter polarimetri
polaris polarisasi polaritas poldan polder polemik polemis polen poleng polenter poler poles polet poliandri
poliantus poliester polifagia polifase polifoni poligam poligami poligini poliglot poliglotisme poligon
poligraf polihalin polikel poliket poliklinik polikrom polikultur polimer polimerisasi polinia polio polip
polipeptida polipetal poliploid polipropilena polis polisakarida polisemi polisentrisme polisepal polisi
polisiklis polisilogisme polisindeton polisional polispermi polister politbiro politeis politeisme politeistis
politeknik politena politik politika politikus politis politisasi poliuretan polivini polizoa polka polkadot
polmah polok polones polong polonium polonter polos polusi polutan polutif pomade pomologi pompa pompang
pompon pompong ponakan ponco pondamen pondar ponderabilitas pondik pondoh pondok pondong pongah ponggang
ponggok pongkol pongsu ponil ponok ponor ponten pontoh ponton popelin popok popor popularisasi popularitas
populasi populer populis populisme porah porfiria porisitas porno pornografi pornografis porok porong poros
porositas porot porselen porsi porta portabel portal portepel portik portir porto portofolio poser posesif
posisi positif positivisme positivistik positron positronium poskar posologi postar poster posterior postulat
postur potas potasium potator potehi potel potensi potensial potensiometer potia potlot potol potong potret
poundal poyang praanggapan praba prabu pradana pradesa pradesain pradini praduga pragmatik pragmatika
pragmatis pragmatisme prahara prahoto prairi praja prajaksa prajurit prakala prakarsa prakarya prakata
prakilang prakira prakondisi prakonsepsi praksis praktek praktik praktikan praktikum praktis praktisi pralahir
pramenstruasi prameswari pramodern pramubakti pramubarang pramubayi pramudi pramugara pramugari pramujasa
pramuka pramukamar pramuniaga pramupintu pramuria pramusaji pramusiwi pramutamu pramuwisata pramuwisma pranala
pranata pranatacara pranatal prangas prangko pranikah prapalatal prapatan prapendapat praperadilan prapromosi
prapuber prapubertas prapuna prapustaka prarasa prarekam praremaja prasaja prasangka prasaran prasarana
prasasti prasawya prasejahtera prasejarah prasekolah praseminar praseodimium prasetia prasi prasmanan prastudi
prasyarat pratersier pratinjau prawacana prawira prayang prayitna prayojana prayuwana preadvis preambul
preantena preasetabulum predasi predator predestinasi predikat predikatif prediksi predisposisi preferensi
prefiks prehistori prekositas prekursor preliminer prelude preman prematur premi premis premium premolar
prenatal prenjak preparat preposisi prepotensi prerogatif presbiopia presbiterium preseden presensi
presentabel presentasi presentil preservasi presesi presiden presidensial presidentil presidium presiositas
presipitasi presisi preskripsi preskriptif prestasi prestise prestisius presto presumsi pretel pretensi
prevalensi preventif preview prewangan priagung priayi pribadi pribumi prihatin prima primadona primas primata
primbon primer primitif primogenetur primordial primordialisme primpen pringgitan prinsip prinsipiil prioritas
pripih prisma privasi privat privatisasi prive privilese proaktif probabilitas problem problematik procot
prodemokrasi prodeo produk produksi produktif produktivitas produsen produser proenzim profan profanitas
profase profesi profesional profesionalisme profesionalitas profesor profetik profil profilaksis profit
profitabel profitabilitas proforma progeni progesteron prognosis program programa progres progresif
progresivitas prohibisi proklamasi proklamator proklitik proksimal proksimat prokurasi prokurator prolat
prolegomena proleksem proletar proletariat proletarisasi proliferasi prolog promenade prometium prominen
prominensia promiskuitas promontorium promosi promotif promotor promovendus pronomina pronominal
pronominalisasi propaganda propagandis propana propelan propeler properti propfan propilena propinsi proporsi
proporsional proposal proposisi propulsi prosa prosais prosede prosedur prosedural prosenium proses prosesi
prosesor proskonion proskriptivisme prosodi prosodis prospek prospeksi prospektif prospektus prostaglandin
prostat prostitusi protagonis protaktinium protandri protandris protasis proteid protein proteinuria proteksi
proteksionisme protektif protektorat proteolisis proteolitik protes protese protesis protestan protestantisme
protista proto protofon protogenesis protokol protokoler protolisis protolitik proton protoneolitik
protoplasma protoraks prototipe protozoa protrombin protuberansia provinsi provinsialisme provisi provisional
provitamin provokasi provokatif provokator provokatur provos proyek proyeksi proyektil proyektor prudensial
prurigo psalm psamolitoral pseudo pseudokata pseudomorf pseudonim psike psikiater psikiatri psikis
psikoanalisis psikodrama psikofarmakologi psikofisiologis psikokinesis psikolepsi psikolinguistik psikolog
psikologi psikologis psikometri psikometrika psikomotor psikomotorik psikoneurosis psikopat psikopati
psikopatologi psikosastra psikoseksual psikosis psikosomatik psikoteknik psikoteknis psikoterapi psikotes
psikotropika psikrofili psikrometer psikrometri psitakosis psoriasis pterodaktil pteropoda ptialin ptomaina
puadai puaka pualam puasa puatang puber pubertas pubesens publik publikasi publisis publisistik publisitas
pucang pucat pucik pucuk pucung pudar pudat pudel puder puding pudur puerpera puerperium pugak pugar pugas
puguh puing puisi puitis puitisasi pujangga pujuk pujur pujut pukah pukal pukang pukas pukat pukau pukul pulai
pulan pulang pulas pulasan pulasari pulau pulen pulih pulik pulover pulpa pulpen pulper pulsa pulsar pulsasi
puluh pulun pulung pulut pumpun punah punai punakawan punar punat punca puncak punci pundak punden pundi
punding punduh punduk pundung punggah punggai punggal punggawa pungguk punggung punggur pungkah pungkang
pungkas pungkur pungli pungsi pungtuasi punguk pungut punia punjul punjung punjut puntal punti puntianak
puntir puntuk puntul puntung punuk punya pupil pupuan pupuh pupuk pupur pupus puput purba purbakala purbani
purbasangka purbawisesa purdah purgatif purifikasi purik puring puris purisme puristis puritan puritanisme
purna purnabakti purnaintegrasi purnajabatan purnajual purnakarya purnama purnapugar purnasarjana purnatugas
purnawaktu purpura purser puruk purun purus purusa purut purwa purwakanti purwapada purwarupa pusak pusaka
pusang pusar pusara pusat puser pusing puskesmas puspa puspadana puspadanta puspamala pusparagam puspas
puspawarna puspita pusta pustaha pustaka pustakaloka pusung pusut putar putat puter putih putik puting putra
putranda putrawali putrefaksi putresin putri putriditas putus putut puyan puyeng puyer puyonghai puyuh
""",
    "q": """
qariah qasar qiamulail qiraah qiraat qudsi quran
""",
    "r": """
rabak raban rabana rabani rabas rabat rabet rabies rabik rabit rabiulakhir rabiulawal rabotase rabuk rabulizat
rabun rabung rabut racak racau racik racuh racun radaah radah radai radak radang radar radas raden rades
radiah radial radian radians radiasi radiator radif radikal radikalisasi radikalisme radiks radikula radin
radio radioaktif radioaktivitas radiogenetika radiogoniometer radiogoniometri radiograf radiografi radiogram
radioisotop radiokarbon radiokimia radiolisis radiolog radiologi radiolokasi radiometer radiosonde
radiotelefoni radiotelegrafi radiotelegrafis radioterapi radis radium radius radon radurisasi rafak rafaksi
rafia rafidi rafik raflesia ragam ragang ragas ragawi ragib ragil raguk ragum ragung ragut rahak rahang rahap
raharja rahasia rahat rahayu rahib rahim rahimakallah rahimakumullah rahmah rahman rahmat rahmatullah raigedeg
raimuna rajab rajabiah rajah rajalela rajam rajang rajapati rajawali rajim rajin rajok rajuk rajul rajungan
rajut rakaat rakah rakanita rakap rakat rakawira rakbol raket rakila rakis rakit rakitis rakna raksa raksabumi
raksasa raksi rakuk rakung rakus rakut rakyat rakyu ralat ralip ramadan ramah ramai ramal ramanda ramania
rambah rambai rambak ramban rambang rambat rambeh rambih rambu rambun rambung rambut rambutan rambuti rames
ramin ramirezi rampa rampai rampak rampang rampas rampat ramping rampok rampuh rampung rampus ramus ranah
ranai ranap ranca rancah rancak rancam rancang rancap rancau rancu rancung randa randah randai randajawan
randak randat randau randek randi randu randuk randung rangah rangai rangak rangam rangas rangga ranggah
ranggak ranggas ranggeh ranggi ranggit ranggul ranggung rangin rangina rangka rangkai rangkak rangkam rangkang
rangkap rangkaya rangket rangkiang rangkik rangking rangkit rangkok rangkul rangkum rangkung rangkup rangkus
rangkut rangrang rangrangan rangsang rangu rangum rangup ranjah ranjang ranjau ranji ranjing rankine ransel
ransum rantai rantam rantang rantas rantau rante ranti ranting rantuk rantus ranum ranyah ranyang ranyau
ranyun rapah rapai rapak rapal rapang rapat rapel rapiah rapik rapor rapsodi rapuh rapun rapung rapus raraha
rarai rarak rarangan raras rasai rasam rasamala rasan rasau rasberi rasem rasia rasial rasialis rasialisme
rasian rasio rasional rasionalis rasionalisasi rasionalisme rasionalitas rasisme raster rasuk rasul rasuli
rasulullah rasyid rasywah ratah ratap ratib ratifikasi ratna ratus raudah raudatul raudatulatfal raung rawah
rawai rawak rawan rawang rawat rawatib rawin rawit rawon rawuh rayah rayan rayang rayap rayau rayon rayonisasi
razia reagen reagensia reaksi reaksioner reaktan reaktans reaktansi reaktif reaktivitas reakton reaktor
reaktualisasi realis realisasi realisme realistis realitas realokasi realpolitik reasuransi reaumur rebab
rebah rebak reban rebana rebas rebat rebeh rebek rebes rebet rebewes reboisasi rebon rebuk rebung rebus rebut
recak receh recet recik recok recup redah redaksi redaksional redaktur redam redang redap redefinisi redih
redik redoks reduksi reduksionisme redum redup reduplikasi redusir redut reedukasi reekspor referat referen
referendaris referendum referensi referensial reflasi refleks refleksi reflektif reflektor reformasi reformis
refraksi refraktometer refraktor refrein refrigerator regah regan regang regas regat regata regel regen
regenarasi regenerasi reges regio region regional regionalisme register registrasi regisur reglemen
reglementer regol regresi regresif reguk regularisasi regulasi regulatif regulator reguler regup rehab
rehabilitasi rehabilitatif rehal rehat rehidrasi reideologisasi reindoktrinasi reinkarnasi reintegrasi
reinterpretasi reinvestasi rejab rejah rejan rejang rejasa rejeh rejeng rejuk rekah rekal rekalkulasi
rekalsitran rekam rekan rekanalisasi rekanita rekap rekapangan rekapitalisasi rekapitulasi rekat rekata
rekayasa reken rekening rekes rekisitor rekisitur reklamasi reklame reklasering reklasifikasi rekognisi
rekoleksi rekombinan rekombinasi rekomendasi rekonsiliasi rekonstruksi rekonstruktif rekonvensi rekor rekreasi
rekrut rekrutmen reksa rekstok rektifikasi rekto rektor rekuiem rekuisisi rekuisitor rekurs relai relaks
relaksasi relang relap relas relasi relatif relativisasi relativisme relativitas relau relban relevan
relevansi reliabel reliabilitas relief religi religiositas religius relik relikui relikwi relokasi reluk
relung remah remai remaja remak remanen remang remas rematik rematisme rematoid rembah rembang rembas rembat
rembega rembes rembet rembih rembuk rembulan rembunai remburs rembut remedi remedial remediasi remeh remenia
remet remiak remiling reminisensi remis remisi remoh rempa rempah rempak rempela rempelas rempenai rempeyek
rempong rempuh rempuk rempus remujung remuk remunerasi remunggai renah renai renaisans renal renang rencah
rencak rencam rencana rencang rencat renceh renceng rencet rencong renda rendabel rendah rendam rendang
rendemen rendeng rendet rendong renegosiasi renek renes rengadean rengap rengas rengat rengeh rengek rengeng
rengga renggam renggang renggat renggek rengges rengginang renggut rengit rengkah rengkam rengkeh rengket
rengkit rengkong rengkudah rengkuh rengrengan rengsa rengus rengut renik renin renium renjana renjatan renjeng
renjis renjong renjul renkinang renovasi renta rentabilitas rentak rentaka rental rentan rentang rentap rentas
rente renteng rentenir rentet renti rentik renumerasi renung renvoi renyah renyai renyam renyang renyap renyau
renyeh renyek renyem renyuk renyut reologi reometri reorganisasi reorientasi reostat repang reparasi repas
repatrian repatriasi repek repertoar repertorium repes repet repeten repetisi repetitif repetitor repih replik
replika repolarisasi repormir reportase reporter reposisi repot representasi representatif represi represif
reproduksi reprografi reptil reptilia republik republiken repuh repui reput reputasi rerak rerangka reranting
reras rerata reresanan rerongkong rerot rerugi reruntuk resah resak resam resan resap resbang resek resensi
resensor resep resepsi resepsionis reseptif reseptor reserse resersir reservat reserve reservoir reses resesi
residen residivis residivisme residivistis residu resik resiko resimen resin resinol resipien resiprok
resiprokal resistan resistans resistansi resistor resital resitasi resmi resolusi resonan resonansi resonator
resor resorpsi resorsinol resosialisasi respek respirasi respirator responden respons responsi responsif
restan restiformis restitusi restoran restorasi restriksi restriktif restrukturisasi restu restung resultan
resume resurjensi retail retak retardasi retas retek retenidos retensi retet retih retikuler retina
retinakulum retinitis retok retorik retorika retoris retorsi retradisionalisasi retreatisme retret retribusi
retro retroaktif retrofleks retrofleksi retrogresi retrogresif retrolingual retromamal retromandibuler
retrospeksi retur retus reumatismos reuni reunifikasi revaksinasi revaluasi revans reverberasi revisi
revisibilitas revisionis revitalisasi revolusi revolusioner revolver rewak rewan rewanda rewang rewel rewet
reyal reyot rezeki rezim riadat riang ribang ribat ribatat riben riboflavin ribosom ribut ricau ricik ricuh
ridan riding ridip rigai rihat rihlah rijal rijalugaib rijalulgaib rijang rikuh rileks rilis rimas rimata
rimba rimbas rimbat rimbawan rimbun rimis rimpang rimpel rimpi rimpuh rimpung rinai rincih rincis rincu
rindang rinding rindu ringan ringgit ringih ringik ringin ringis ringkai ringkas ringkih ringkik ringking
ringkuk ringkus ringsek ringsing rinitis rinjing rinoskop rintang rintas rintih rintik rintis rinyai ripit
ripta ripuh ripuk ririt risak risalah risau riset risik risiko risit riskan ritel ritma ritme ritmis ritual
ritul ritus riung rival rivalitas riwan riwayat robek roboh robok robot robotika rocet rodan rodat rodensial
rodentisida rodium rodok rodolit rodong rogoh rogok rogol rohani rohaniah rohmat rohulkudus rojeng rojol
rokade roker roket rokok rolet rolpres roman romanistik romansa romantik romantika romantikus romantis
romantisisme romawi rombak rombeng rombik rombohedron romboid rombok rombong rombus romet romok romong rompak
rompal rompang rompeng rompes rompi rompoh rompok rompong rompyok romsus romusa ronce roncet ronda ronde rondo
rondok roneo rongak rongga ronggang ronggeng ronggok ronggong rongkoh rongkok rongkol rongkong rongos rongrong
rongseng rongsok ronta rontek rontgen rontok ronyeh ronyok rorehe rorod rosario rosbang rosela roseng roseola
roset rosin rosok rosot rotan rotasi rotator rotograf rotok rowot royak royal royalti royan royemen royer
royong ruadat ruang ruaya rubah rubai rubaiat ruban rubanat rubel rubela rubeola rubiah rubidium rubik rubin
rubing rubrik rubung rucah rudah rudal rudapaksa rudimen rudin rudus rugbi ruhbahnat ruhban ruhbanat ruhbaniat
ruilslag ruing rujah rujak rujuk rukam rukhsah rukiah rukuh rukuk rukun rukyat rukyatulhilal rumah rumal rumba
rumbah rumbai rumbia rumbing rumbu rumen rumenia rumin ruminansi ruminansia rumit rumor rumpakan rumpang rumpi
rumpil rumpon rumpun rumput rumrum rumuk rumung rumus runcing runcit runding runduk rundung rungau runggas
runggu rungguh runggut rungkau rungkuh rungkun rungkup rungu rungus rungut runjam runjang runjau runjung
runtai runtas runti runtih runtuh runtun runtut runut runyam runyut rupee rupiah rurut rusak rusuh rusuk rutab
rutenium ruterfordium rutin rutuk rutup ruwah ruwat ruwet ruyak ruyap ruyung ruyup
""",
    "s": """
saadah saadin saanen sabah sabak saban sabana sabang sabar sabas sabasani sabat sabatikal sabda sabel saben
sabet sabil sabilillah sabit sabitah sableng sablon sabot sabotase sabsab sabtu sabuk sabun sabung sabur sabut
sadah sadai sadak sadang sadap sadar sadariah sadarulkalam sadarusalam sadau sadel sadik sadin sading sadir
sadis sadisme sadistis sadrah sadran sadur safar safari safih safinah safinatunajah safir safrah safron safsaf
safsah sagai sagang sagar sagitarius sagon saguer sagur sahabat sahaja saham sahan sahang sahap sahara saharah
sahaya sahayanda sahda sahdu sahib sahibulbait sahibulhajat sahibulhikayat sahifah sahih sahir sahkan sahmura
sahur sahut sailan sailo saing sains saintis sajadah sajak sajang sajen sakai sakal sakang sakap sakar
sakarida sakarimeter sakarin sakarosa sakat sakelar sakelek sakhawat sakhi sakhrat sakhsi sakinah saking sakit
saklek sakral sakramen sakramental sakramentalia sakratulmaut sakrilegi sakristi sakrokoksigeal sakrolumbal
sakrum saksama saksang saksi saksofon sakti sakura salaf salah salai salak salam salang salar salaris salasal
salat salatin saldo saleh salem salep salib salihah salim salin salina salindia salindra saling salinisasi
salinitas salinometer salip salir salira salivasi salju salmon salmonela salon salpeter salping saltasi salto
saluir saluk salung salur salut salvarsan salvo samad samak saman samanera samaniah samapta samar samara
samarium samas samawi samba sambal sambalewa sambang sambangan sambar sambat sambau samben sambet sambi sambil
sambiloto sambit sambuk sambung sambur sambut samidra samijaga samin samir samovar sampa sampah sampai sampak
sampakan sampan sampang sampanye sampar samparan sampat sampean sampek sampel samper sampeyan sampil sampilik
samping sampir sampling samplok sampo sampu sampuk sampul sampur samsak samsam samseng samsir samsiti samsu
samudra samuh samum samun samurai sanad sanak sanat sanatogen sanatorium sanatulhijriah sanatulmiladiah
sanawiah sanca sanda sandal sandang sandar sandel sandera sandi sanding sandiwara sando sandung sandungan
sanering sanga sangai sangan sangar sangat sangau sangga sanggah sanggam sanggama sanggan sanggang sanggar
sanggarunggi sanggat sanggep sanggerah sangging sanggit sanggrah sanggraloka sanggul sanggup sanggurdi sangha
sangih sangir sangit sangka sangkak sangkakala sangkal sangkala sangkan sangkar sangkil sangku sangkul sangkur
sangkuriang sangkut sangli sangling sanglir sangon sangrai sangsai sangsam sangsang sangsi sangu sanguifikasi
sangulun sangyang sanik sanitas sanitasi saniter sanjai sanjak sanjang sanjung sanksi sansai sanseviera
sanskerta santa santai santak santam santan santap santase santau santer santet santiaji santing santir santo
santonin santri santun santung sanubari sapai saparantu sapat sapau sapersi sapih sapir sapit sapogenin
saponin saprofit sapta saptadarma saptamarga saptapesona saput saputangan saradasi saraf sarak saran sarana
sarang sarangan sarap sarasehan sarat sarau sarden sardencis sarean sareh sarekat saren sarengat sarhad
saridele sarik sarikan saring sarira sarirah sarit sarjana sarju sarkasme sarkastis sarkode sarkoderma
sarkofagus sarkolema sarkologi sarkoma sarkoplasma saron sarsaparila sartan saruk sarung sarut sarwa sasak
sasakala sasana sasando sasap sasar sasau sasian sasis sasmita sastra sasus satai satak satang satanologi
satar satelit satih satin satinet satir satire satiris satori satpam satria satron saturnus saturometer satwa
satyagraha satyalencana satyawacana saudagar saudara saudari saujana sauna saung sauvinis sauvinisme
sauvinistis sawab sawah sawai sawala sawan sawang sawangan sawar sawat sawer sawit sawut sayak sayang sayap
sayat sayembara sayet sayib sayid sayidani sayidi sayidina sayung sayup sayur sebab sebahat sebai sebak sebal
sebam sebar sebarang sebarau sebasah sebat sebaur sebekah sebel sebelas sebeng sebentar seberang seberhana
sebet sebit seblang sebrot sebuk sebum sebun sebura seburas seburu seburus seburut sebut secang seceng secerek
secina sedahan sedak sedam sedan sedang sedap sedat sedatif sedativa sedawai sedekah sedekap sedelinggam
sedeng sederhana sederum sedia sediakala sedih sedikit sedimen sedimentasi sedimenter sedingin sedong sedot
seduayah seduh sefalopoda sefalotoraks segah segak segala segan seganda segani segar segara segata segeger
segeh segel segenap segera segianya segitiga segmen segmental segmentasi segregasi seguna seharah sehat
sehingga seilometer seismik seismograf seismogram seismolog seismologi seismometer sejahtera sejajar sejak
sejarah sejarawan sejari sejat sejati sejingkat sejuk sekadar sekah sekak sekakar sekakmat sekal sekala sekali
sekaligus sekalipun sekalor sekam sekan sekang sekap sekapar sekar sekarang sekarat sekat sekata sekaten
sekati sekaut sekeber sekebun sekedeng sekeduduk sekedup sekelat sekelebatan sekelian sekema sekendal sekendi
sekengkeng sekepat sekeram sekeri sekerindangan sekering sekesel seketeng sekian sekilwak sekip sekira sekiram
sekitar sekoci sekoi sekolah sekon sekongkol sekop sekopong sekoteng sekrap sekresi sekret sekreta sekretariat
sekretaris sekretin sekring sekrip sekrup seksi seksmaniak seksolog seksologi seksologis sekstan sekstet
seksual seksualitas sektarian sektarianisme sekte sektor sektoral sekuas sekui sekul sekularis sekularisasi
sekularisme sekularitas sekuler sekulir sekunar sekunder sekunyit sekuritas sekuriti sekutu selabar selaber
selaberak selada seladang seladon selagi selai selain selaju selak selaka selakarang selaku selalu selam
selamat selamba selampai selampe selampek selampit selan selancak selancang selancar selang selangat selangka
selangkang selangkup selanting selap selapan selaput selar selara selarak selaras selarung selasa selasar
selasih selat selatan selawah selawat selawe selaya selayun selayur selebaran selebran selebrasi selebritas
selebriti selebu seleder selederi seledri seleguri selekeh selekoh selekor seleksi selekta selektif
selektivitas seleler selembana selembubu selempada selempang selempukau selempuri selendang selender selendro
selenggara selengkatan selenium selenografi selenologi selentik selenting seleo selepa selepang selepat selepe
seleper selepetan selepi selera selerak selerang seleret selesa selesai selesma seletuk seleweng selia seliap
selibat selibu selibut selidik seligi seligit selimang selimpang selimpat selimut selinap selindung seling
selingar selingkit selingkuh selingkup selip selipar selir selira selirak selirat seliri selisih selisik
selisip selisir selit seliwer selofan selok seloka selokan seloki selom selomot selompret selon selonding
selong selongkar selongsong selonjor selonong selop seloroh selot seloyak seloyong selter seluang seluar
selubung seludang seludu seluduk seludup selui seluk selukat selukung seluler seluloid selulosa selulup
selulur selumar selumbar selumbari selumbat selumu selumur seluncur selundat selundup selungkang selungkup
selup selupan selupat selurah seluru seluruh selusuh selusup selusur selut semadi semafor semah semai semaja
semak semalu semambu semampai semampang semampat seman semanak semandan semandarasa semandarasah semandera
semang semangat semanggi semangka semangkok semangkuk semantan semantik semantis semantung semaput semara
semarai semarak semaram semarmendem semat semata semawang semawar semaya semayam semayi sembab sembabat
sembada sembagi sembah sembahyang sembai sembak sembam sembap sembar sembarang sembari sembat sembawang
sembayan sembelih sembelit sember semberap semberip sembesi sembeta sembiang sembilan sembilang sembilik
sembilu sembir sembirat semboyan sembrani sembrono sembuang sembuh sembul sembung sembunyi sembur semburat
semburit semecah semedera semejana semeleh sememeh semen semena semenanjung semenda semendarasa semenggah
semenjak semenjana sementang sementara sementasi sementelah sementung semerawang semerbak semerdanta semesta
semester semiang semidiurnal semifinal semifinalis semiidiom semikonduktor semilat seminai seminar seminari
seminaris seminau semiologi semiotik semiotika semipermanen semir semitisme semivokal semok sempada sempadan
sempak sempal sempalai sempana sempang sempat sempelah sempena sempil sempit semplak sempoyong sempoyongan
semprit semprong semprot sempul sempur sempuras sempurna semrawut semringah semsem semua semunding semunian
semur semut senak senam senamaki senandika senandung senang senangin senantan senantiasa senapan senapati
senar senarai senario senat senator senawan senawar senawat senawi senda sendal sendalu sendam sendang sendar
sendarat sendaren sendat sendawa sendayan sendayang sendel sendeng sender senderik senderung senderut sendi
sending sendiri sendocong sendok sendon sendorong sendratari sendu senduduk senduk senen senewen sengaja
sengal sengam sengangar sengangkar sengap sengar sengarat sengaring sengat sengau sengelat senget senggak
senggang senggara senggat senggau senggayut senggerahan senggeruk sengget senggiling senggol senggora senggugu
senggugut sengguk senggulung senggut sengih sengingih sengir sengit sengkak sengkal sengkalan sengkang sengkar
sengkarut sengkawang sengkayan sengked sengkedan sengkek sengkela sengkelang sengkelat sengkeling sengkelit
sengkenit sengker sengketa sengkil sengkilit sengkuang sengkuap sengon sengsai sengsam sengsara sengsem
sengsurit senguk sengungut sengut senigai senil senilitas seniman senin senior senioritas senja senjak senjang
senjata senjolong senjong senohong senonoh senoyong sensasi sensasional sensibel sensibilitas sensitif
sensitivitas sensor sensoris sensual sensualisme sensualitas sensur sensus senta sentada sentadu sentagi
sentak sentaka sental sentali sentana sentap sentara senteng senter senterpor senti sentiare sentiasa
sentigram sentil sentiliter sentimen sentimental sentimentalitas sentimentil sentimeter senting sentiong
sentiung sentol sentong sentosa sentra sentral sentralisasi sentralistis sentrifugal sentripetal sentrum
sentuh sentuk sentul sentung senuh senuk senunggang senur senyampang senyap senyar senyawa senyum senyur
sepada sepah sepai sepak sepakat sepal sepam sepan sepanar sepandri sepang sepangkalan separasi separatis
separatisme separbang sepasin sepat sepatbor sepatu sepeda sepedas sepegoh sepekuk sepel sepele sepeling sepen
sepenuh seperah seperantu sepersi seperti sepesan sepet sepetir sepih sepiker sepir sepit seples sepoi seprai
seprei sepsis september septima septum sepuh sepuit sepuk sepukal sepul sepulih sepupu sepur seput serabi
serabut serabutan seraga seragam serah serahi serai serak serakah seram serama serambi serampang serampin
serampu serampuk seran serana seranah serandang serandau serandib serandung serang serangga serangguh
seranggung serangkak serangsang serani seranograf seranometer seranta serap serapah serapat serasa serasah
serasi serat seratah serati seratung serau seraumeter seraut serawak serawal seraya serba serbaada serbaakal
serbabaru serbabisa serbadua serbaemas serbaguna serbaindah serbak serbakeemasan serbakurang serbamacam serban
serbaneka serbaputih serbarumah serbasalah serbasama serbasusah serbat serbausaha serbet serbi serbu serbuk
serdadu serdak serdam serdang serdawa serdi serdih serealia serealin sereat serebral serebrospinal serebrum
seregang sereh seremban seremoni seremonial serempak serempet serempu serendah serendeng sereng serengam
serengeh serengit serenjak serenjang serenta serentak serep seresin seret sergah sergam sergap sergut serial
seriap seriat seriawan seribulan seriding serigading serigala serigunting serik serikat serikaya serimala
serimpet serimpi serimpung serindai serindit sering seringai seringing seriosa serit serium serius serkah
serkai serkap serkup serlah serling sermangin sermet sernak serobeh serobok serobot serografi seroja serok
serologi serombong serompok serondeng serondok serondol serondong serong seronok seroplastik seropot serositas
serosoh serot seroyong serpentina serpih sersan serse sersi serta sertifikasi sertifikat sertu seruak seruas
seruda serudi seruduk serugah serugat seruh serui seruit seruk serul seruling serum serumat serumen serumpu
serun serunai serunda serundang serundeng seruni serunjang seruntun serupih seruput seruru serut serutu
seruyuk servis sesah sesai sesaing sesajen sesak sesal sesam sesamoid sesanti sesap sesar sesat sesawi sesenap
seser sesil sesira sesium sesoca sespan sestina sesuai sesuatu sesumbar setabelan setagen setai setaka
setakona setal setambun setan setana setang setangan setanggi setapak setaria setat setawar setebal seteger
seteheng setek seteker setel setela seteleng setem setempel seten setenggar seter seteranah seteru setewel
setia setiabu setiar setiga setik setin setinggi setip setir setirman setiwel setoka setokin setolop setom
seton setop setoples setor setori setoter setra setrap setrat setren setreng setrik setrika setrimin setrip
setruk setrum setrup setti setuil setum setung setup seturi seturu seudati sewah sewaka sewal sewar sewat
sewot sfenoidal sferoid sferometer sfigmograf sfigmomanometer sfikmograf sfingofili sfingter sfinks siaga
siakap siakon sialang sialit siamang sianamida sianang siang sianggit sianida sianometer sianometri sianosis
siantan siapa siapuh siarah siarat siasat sibak sibar sibernetika sibilan sibir sibuk sibur sibusuk sicerek
sidai sidamukti sidang sidat siderit sidik siding sidomukti sidratulmuntaha siduga siduk sifat sifatullah
sifer sifilis sifilobia sifiloid sifir sifon sigai sigak sigando sigap sigar sigaret sigasir sigenting siger
sigilografi sigma signifikan signifikansi signifikasi sigot sigung sihir sijik sijil sikah sikai sikak sikap
sikari sikas sikat sikedempung sikeras sikik sikikih sikin sikit siklik siklis sikloid siklon sikloparafin
siklotron siklus siksa sikudidi sikudomba sikut silabel silabis silabus silah silalatu silam silampukau silang
silap silara silase silat silaturahmi silau silengah silet silih silik silika silikat silikon silikona
silikosis silinder silindris silindroid silir silium silogisme silok silologi silometer siloptik silsilah
siluet siluk siluman silungkang silvika silvikultur silvisida simak simalakama simalu simaung simbah simbai
simbang simbar simbat simbion simbiosis simbiotis simbiou simbok simbol simbolis simbolisme simbukan simbur
simetri simetris simfisis simfoni simifisis simile simpai simpak simpan simpang simpanse simpat simpati
simpatik simpatisan simpel simpetal simping simpir simpleks simplifikasi simplistis simposium simpuh simpuk
simpul simpur simtom simtomatis simtomatologi simulasi simulator simulfiks simultan simuntu sinaga sinagoga
sinagoge sinambung sinanaga sinansari sinar sinatan sinau sinawar sindap sinden sinder sindeton sindikalisme
sindikasi sindikat sindir sindrom sindur sineas sinekdoke sinektika sinema sinemapleks sinemaskop sinematik
sinematograf sinematografi sinematografis sinemikrografik sineol sinepleks sinergi sinergis sinergisme
sineskop sinestesia sinetron singa singahak singelar singga singgah singgan singgang singgasana singgel
singgir singgit singgul singgung singit singkak singkang singkap singkat singkeh singkek singkil singkir
singkong singkup singkur singlet singsat singse singset singsing singularis singulum singulun singunen sinis
sinisme sinjang sinklin sinkonina sinkope sinkretis sinkretisasi sinkretisme sinkron sinkronis sinkronisasi
sinkronisme sinode sinolog sinologi sinom sinoman sinonim sinonimi sinopsis sinoptis sinovia sinovial
sinovitas sinovitis sinrili sinse sintagma sintagmatis sintaksis sintaktis sintal sintar sintas sinter
sinterklas sintese sintesis sintetik sintetis sinting sintir sintonik sintren sintua sintuk sintulang sintung
sinuhun sinus sinusal sinusitis sinusoid sinyal sinyalemen sinyalir sinyo sinyokolas sioca siong siongka
sipahi sipai sipangkalan sipat sipatung sipedas sipesan sipil sipir sipit sipolan sipongang sipulut siput
sirah siram sirangkak sirap sirat siratalmustakim siraut sirene sirep siriasis sirib sirih sirik siring
siringitis sirip sirkam sirke sirkol sirkuit sirkulasi sirkuler sirkumfiks sirkumfleks sirkus sirlak sirna
sirokumulus sirop sirostratus sirsak sirup sirus sisal sisalak sisih sisik sisip sisir sista sistaltik sistem
sistematik sistematika sistematis sistematisasi sistematisir sistemis sistemisasi sisterna sistitis sistole
sistolik sisurut siswa siswi sitak sitat siter sitinggil sitir sitokrom sitolilis sitolisis sitologi
sitoplasma sitrat sitrin sitrun situasi situasional situn situs siuman siung sivilisasi siwalan siwaratri
siwer sizigi skafa skala skalanisasi skalar skalop skandal skandium skarifikasi skatola skatologi skedul
skelet skema skematis skenario skene skeptis skeptisisme sketsa skiameter skiatika skilot skiping skisma
skizofrenia skizoid sklerenkima sklerosis skleroterapi skolastik skolastikus skolastisi skolastisisme
skombroid skopometer skorbut skorpio skors skorsing skrin skrining skrip skripsi skrobikulus skrotum skuadron
skuas skuat skuos skuter slagorde slang slebor slendro sling slogan smokel snobisme soang soarma soban sobat
sobek sobok sodet sodium sodok sodomasosisme sodomi sodomia sodor sofis sofisme sofistri sofitel sogan sogang
sogok sohar sohib sohor sohun sokah soker soket sokom sokong solah solak solang solanina solar solarimeter
solder solek solempis solenoide solfatar solfatara solid solidaritas solider soliditas solilokui solinometer
solipsisme solis soliter solois solok solokan solot solum solusi solvabilitas solven somah somasi somatis
somatomegali sombok sombol sombong sombrero someng somnambulis somnambulisme sompek sompeng somplak somplok
sompoh sompok sompong sompret sonar sonata sonatina sondai sondanco sondang sondase sondek sonder sondok
sondong soneta songar songel songgeng songket songkok songkro songong songsong sonik sonogram sonokeling sonor
sonoran sontak sontek sontok sontoloyo sopak sopan sopek sopir soporifik sopran sorak sorang sorban sorbet
sorek soren sorgum sorog sorok sorong sorot sortir sosial sosialis sosialisasi sosialisme sosialistis sosio
sosiobiolog sosiodemokrasi sosiodrama sosiokultural sosiolek sosiolinguistik sosiolog sosiologi sosiologis
sosiometri sosionasional sosiopat sosis sositet sosoh sosok sosor sotoh sotong sotor sowan sowang soyak
spageti spalasi spanduk spaning sparing spasi spasial spasmodis spasmus spastik spatbor spatula spedometer
spektakel spektakuler spektator spektograf spektogram spektrograf spektrogram spektrokimia spektrometer
spektroskop spektrum spekuk spekulan spekulasi spekulatif spekulator speleologi spelter sperma spermaseti
spermatid spermatofora spermatogenesis spermatosit spermatozoa spermatozoid spesial spesialis spesialisasi
spesialistis spesies spesifik spesifikasi spesimen spidol spidometer spikul spina spion spionase spiral
spiralisasi spirilum spirit spiritis spiritisme spiritual spiritualisasi spiritualisme spiritus spirometer
spons sponsor spontan spontanitas spora sporadis sporangium sporofil sport sportif sportivitas spring sprint
sprinter sputnik sputum sregep srempet srigading srigunggu srigunting srikandi srikaya srimanganti sripah
sripanggung sriti stabil stabilisasi stabilisator stabilitas stabilizer stadion stadium stafilitis stagnan
stagnasi staking stalagmit stalagmometri stalaktit stalinisme stalon stamba stambon stambuk stambul stamen
stamina standar standardisasi stanplat stanum stanza stapler staples start starter stasi stasioner stasis
stasiun statis statistik statistika statistis stator status statuta statuter stearat stearin steatit steatosis
stegodon steik steker stela steling stema stemma stempel stengun steno stenografer stenografi stenogram
stensil stepa stepler steradian stereo stereofoni stereofonik stereognosis stereograf stereografi
stereoisomerisme stereokimia stereometri stereoskop stereotip stereotipikal steril sterilisasi sterilitas
steroid steroidal sterol stetoskop stevador stibium stigma stigmata stiker stilbestrol stilir stilistika
stilograf stimulan stimulans stimulasi stimulatif stimulator stimulus stipendium stipulasi stirena
stoikiometri stokastik stoker stoliditas stolon stomata stomatitis stomatogastrik stomatoskop stoper stopkeran
stopkontak stoples stori stormking strabotomi strata strategem strategi strategis stratifikasi stratigrafi
strato stratokumulus stratopause stratopouse stratosfer stratum stratus streng streptokokus streptomisin stres
striker strimin strip striptis stroberi strobila stroboskop stroke stromking strontium struktur struktural
strukturalisasi strukturalisme struma studen studi studio stuko stupa suaka suami suaminda suang suangi suara
suarang suargaloka suari suasa suasana suatu subak subal subam suban subang subbab subbagian subdirektorat
subentri suberat suberin subetnik subfilum subgeneralisasi subgenus subhana subhanallah subhat subirigasi
subjek subjektif subjektivisme subkategorisasi subkelas subklas subkontraktor subkultur sublema subletal
sublim sublimasi sublimat submarine submukosa subordinasi subordinat suborganisasi subsider subsidi subskrip
subsonik substandar substansi substansial substantif substitusi substitutif substrat subtil subtonik subtropik
subuco subuh subunit subur subversi subversif subyek subyektif subyektivisme suceng sudah sudet sudip
sudoriferus sudra suduayah suduk sudung sudut sufah sufal sufiks sufisme sufrah sugar sugesti sugih suguh
sugul sugun suhad suhian suhuf suhun suiseki sujana sujen sujud sukacita sukade sukamandi sukan sukar sukarela
sukaria sukat sukduf suket suklapaksa sukma sukrosa sukses suksesi suksesif sukuisme sukun sulah sulalah
sulalat sulam sulang sulap sulbi sulfanasi sulfanilamida sulfat sulfhidril sulfolipid sulfonamida sulfur
sulfurasi sulih suling sulit sultan sultanat sultani suluh suluk sulung sulur sulut sumah sumarah sumare
sumasi sumba sumbang sumbangsih sumbar sumbat sumbel sumber sumbi sumbing sumbu sumbuk sumbul sumbung sumbur
sumbut sumeh sumengit sumilir sumir sumirat sumpah sumpal sumpek sumpel sumping sumpit sumsum sumur sumurung
sunah sunam sunan sunat sunatullah sunbulat sundai sundak sundal sundang sundari sundep sunduk sundul sundus
sundusin sundut sungai sungga sunggi sungging sunggit sungguh sungguhpun sungil sungkah sungkai sungkal
sungkan sungkap sungkawa sungkem sungkit sungkuk sungkum sungkup sungkur sungkuran sungsang sungu sungut
sunjam sunti suntiabu suntih suntik sunting suntuk sunukung sunyata sunyi supai supaya supel super superblok
supercepat superfisial superfosfat superheterodin superinfeksi superintenden superior superioritas superjet
superkomputer superkonduktivitas superkonduktor superlatif superlativisme superlunar supermarket supermen
supernatural supernova superskrip superskripsi supersonik superstar superstruktur supervisi supervisor suplai
suplemen suplementasi suplesi supletoar suporter suportif supra supraalami suprafiks supramolekuler
supranasional suprarene suprarenoma suprasasti suprasegmental supremasi supresif supresor surah surahi surai
suralaya suraloka suram surat surati surau suraya surealis surealisme suren surfaktan surga surgaloka surgawi
surian surih surili surjan surogat surplus suruh suruk surup surut survei surya suryakanta suryani susah
susastra suseptibilitas susila susilat suspender suspensi suster susuh susuk susul susun susung susup susur
susut sutan suten sutil sutra sutradara sutura suuzan suvenir suwarnabumi suwarnadwipa suwir suwita svedberg
swabakar swabela swadana swadarma swadaya swadesi swadidik swadisiplin swagriya swahara swaharga swaimbas
swakaji swakarsa swakarya swakelola swakendali swakontradiksi swalayan swanama swanggi swapraja swarabakti
swasembada swasensor swasraya swasta swastanisasi swastiastu swastika swatabur swatantra swausaha sweter swike
swimpak swipoa syabah syabas syafaat syafakat syafii syahadat syahadatain syahbandar syahda syahdan syahdu
syahid syahriah syahsiah syahwat syair syairi syajar syajarah syaka syakban syakduf syakhsi syakir syala
syamali syaman syamanisme syamsi syamsiah syamsir syamsu syantung syarab syarah syarak syarat syarbat syarekat
syariat syarif syarifah syarik syarikat syatar syaulam syawal syeir syekh syeti syiar syikak syirik syiwa
syiwaratri syogun syubhat syuhada syukur syumuliah syura syurah syuriah syuruk syuting
""",
    "t": """
taajul taala taaruf taasub taawud taazur tabah tabak tabal taban tabarak tabaruk tabayun tabel tabela
tabelaris tabernakel tabia tabiat tabib tabii tabiin tabik tabir tablet tablig tablo tabloid tabok tabrak
tabuh tabuhan tabula tabulasi tabulator tabulatur tabun tabung tabur tabut tabzir tadabur tadah tadaruk
tadarus tadbir tadir tadung tadwin taekwondo taeniasis tafadal tafahus tafakur tafeta tafsir tagak tagal tagan
tagar tageh tagih tagut tahajud tahak tahal tahalul tahan tahana tahang tahap tahar taharah tahbis tahiat
tahil tahir tahkik tahkim tahlil tahmid tahniah tahnik tahsil tahun taifun taiga taiko taipan taiso tajak
tajali tajam tajarud tajau tajdid tajen tajin tajnis tajribah tajuk tajung tajur tajusalatin tajwid takabur
takaful takah takak takal takar takarir takarub takat takbir takbiratulihram takdim takdir takdis takeh takel
takeyari takhayul takhlik takhsis takhta takigrafi takik takimeter takir takisme takjil takjub taklid taklif
taklik taklikat taklim taklimat takluk takma takmurni takoah takol takometer takraw takrif takrim takrir taksa
taksasi taksem taksi taksidermi taksimeter taksin taksir taksologi takson taksonomi taktik taktil taktis takuh
takuk takung takur takut takwa takwil takwim takwin takyin takziah takzim takzir talabiah talah talak talam
talang talar talas talasemia talasofit talbiah talek talempong talen talenan talenta talib talibun talium
talkin talon talun talupuh talut tamadun tamah tamak tamam taman tamar tamarinda tamasya tamat tamatulkalam
tambah tambak tambakan tambal tamban tambang tambar tambat tamber tambera tambi tambo tamborin tambuh tambul
tambun tambung tambur tambus tameng tamimah tampah tampak tampal tampan tampang tampar tampas tampel tampi
tampik tampil tampin tamping tampon tamponade tampuk tampung tampus tamsil tamtam tamtama tamuk tamyiz tanah
tanai tanak tanam tanang tanau tanazul tanbiat tanbihat tancang tancap tanda tandak tandan tandang tandas
tandem tandik tandikat tandil tanding tandon tandu tanduk tandun tandur tandus tanfiziah tangan tangap tangar
tangas tangeh tangen tangga tanggah tanggal tanggam tanggang tanggap tanggar tanggetong tangguh tangguk
tanggul tanggulang tanggung tangis tangkah tangkai tangkaian tangkal tangkap tangkar tangkas tangki tangkil
tangkis tangkue tangkuk tangkul tangkup tangkur tangkut tanglung tango tangsa tangsel tangsi tania tanin
tanjak tanji tanjidor tanju tanjul tanjung tanjur tanker tanpa tansi tantang tante tanti tantiem tantrisme
tanur tanwin tanwir tanwujud tanya tanzih tanzil taocang taoci taoco taoge taoisme taoke taosi tapai tapak
tapal tapang tapestri tapih tapin tapioka tapir tapis taplak taprofit taptibau taptu tapui tapuk tapung tapus
taraf tarah tarak taraksasin taram tarang tarantisme tarantula tarap taraqi tarasul tarawangsa tarawih tarbiah
tarbil tarbus tarcis tarekat target tarhim tarif tarik tarikat tarikh taring taris tarjih tarkas tarling
tarmak tarpaulin tarsus tartar tartil tartir tartrat taruh taruk taruko tarum tarung tarup tarzan tasai tasak
tasalsul tasamuh tasaruf tasawuf tasbeh tasbih tasdik tasel tashih tasik taslim tasmik tasrif tasrih taswir
tasyahud tasyakur tasyaum tasyayuh tasybih tasydid tasyhid tasyrih tasyrik tataganing tatah tatai tatak tatal
tatami tatanan tatang tatap tatar tatih tating tatkala taubat taucang taufah taufik tauhid tauhidiah tauke
tauliah taung taurat tauret taurus tautofoni tautologi tautomerisme tautonimi tautonomi tawadu tawaduk tawaf
tawajuh tawak tawakal tawan tawang tawar tawarik tawaruk tawas tawasul tawes tawon tawur tayamum tayang tayib
tayibah tayub tayum tazkirah teater teatris tebah tebak tebal teban tebang tebar tebas tebat tebeng teberau
tebing tebok tebon tebuhar tebuk tebung tebus tedak tedarus tedas tedeng tedong teduh tedung tefrit tegah
tegak tegal tegang tegap tegar tegari tegarun tegas tegel tegil tegmen teguh teguk tegun tegur teisme tekaan
tekad tekah tekak tekalak tekam tekan tekang tekap tekar tekat tekek tekel teken teker tekidanto tekik tekis
teklek teklok teknifon teknik teknikus teknis teknisi teknokrasi teknokrat teknokratik teknokratisme teknologi
teknonim teknonimi tekoan tekoh tekokak tekong tekor tekoran tekpi tekstil tekstur tekstural tekte tektek
tektit tektogenesa tektonik tektonis tektum tekua tekuk tekukur tekun tekung tekur telaah telabang telabat
telacak teladan teladas telaga telah telajak telak telakup telampung telan telancang telang telangkai
telangkup telanjang telanjur telantar telap telapak telas telat telatah telatap telaten telau telearsika
teledek teledor teledrama telefon telefoni telefoto telegenik telegraf telegrafi telegrafis telegram telegrap
telekan telekap telekinesis telekomedi telekomunikasi teleks teleku telekung telelensa telemeter telemetri
telempap telempong teleng telenovela telentang teleologi teleost telepati telepok telepon teleprinter
telepromter telepuk teler telerang teles teleskop telestesia televisi telgram telik telikung telimpuh telinak
telinga telingkah telingkung teliti telmotofit telop telor telotak telpon teluh teluk teluki telungkup
telunjuk telur telurat telurit telus telusuk telusur telut telutuh telutur telutut temaah temabur temaha
temahak temak temalang temali teman temangau temangga temanten temara temaram temas tematik tematis tematisasi
temayun tembadau tembaga tembak tembakang tembakau tembakul tembam tembang tembarau tembatar tembatu tembek
tembekar tembel tembelang tembelian tembeliung tembelok tembem tembera temberam temberang temberas temberek
tembereng temberih temberos tembesu tembiang tembikai tembikar tembilang tembilar tembiring tembis tembok
tembolok tembong tembosa tembra tembu tembuk tembuku tembung tembuni tembus tembusu temegun temeh temengalan
temenggung temenung temesar temetu temiang temilang temin temokus temoleh tempa tempah tempala tempan tempang
tempap tempat tempaus tempawak tempawan tempayak tempayan tempayung tempe tempek tempel tempelak tempeleng
temperamen temperamental temperas temperatur temperau tempiar tempias tempik tempilai tempinah tempinis
templek templok tempo tempoh tempolong temponek tempong temporal temporer tempoyak tempoyan tempua tempuh
tempui tempuling tempunai tempunik tempur tempurung tempus tempuyung temucut temukut temungkul temuras temurat
tenaga tenahak tenak tenam tenang tenar tenat tenda tendang tendas tendensi tendensius tender tendinitis tendo
tendon tener tengadah tengah tengak tengalan tengar tengara tengas tenggadai tenggak tenggala tenggalung
tenggan tenggang tenggara tenggarang tenggat tenggayun tenggayung tenggehem tenggek tenggelam tengger
tenggiling tenggiri tenggiring tenggok tenggorok tengguli tengik tengil tengkalak tengkalang tengkaluk tengkam
tengkang tengkar tengkarah tengkarap tengkaras tengkawang tengkek tengkel tengkelek tengker tengkerong tengkes
tengking tengkoh tengkolok tengkorak tengku tengkujuh tengkuk tengkulak tengkuluk tengkurap tengkuyung tengok
tengteng tengu tenis tenjet tenok tenong tenor tensi tentakel tentamen tentang tentara tentatif tentawan
tenteng tenteram tentir tentu tenuk tenun tenung teodolit teokrasi teokratis teolog teologi teologis
teoretikus teoretis teori teorisasi teosofi teosofis tepak tepam tepas tepat tepeh tepek tepekong teperam
tepes tepet tepik tepis teplok tepok tepos teptibau tepuk tepung tepurang tepus teracak terada terajam teraju
terak terakota terakup teral terala terali teraling teramisin terampil teran teranas terang terap terapang
terapeutik terapi terarium teras terasi teraso terasul teratai teratak teratap teratologi teratu terau
terawang teraweh terban terbang terbis terbit terbium terbul terbut terein terem terenang terendak terenen
terentang terenyuh teres teret teretet teriak teriba terigu terik terika terikit teriko terima terin terindil
tering teripang terista teritih teritik teritip teritis teritorial teritorium teriujung terjal terjang
terjemah terjun terka terkadang terkam terkap terkul terkup terlak terlalu terlut termaestesia termal termin
terminal terminasi terminografi terminologi termion termionika termistor termodinamika termodinamis
termoelektris termoelektrisitas termofili termofilik termofosforesens termograf termogram termohigrograf
termokimia termoklin termolabil termolisis termolistrik termoluminesens termometer termonuklir termoplastik
termos termosfer termostat terna ternak terobos terok teroka terombol teromol terompah terompet terondol
terong terongko teropong teror teroris terorisme terowongan terpa terpal terpana terpedo terpentin tersier
tertawa tertib terubuk terubus terucuk terucukan teruk terum terumba terumbu terumbuk teruna terung terungku
teruntum terup terus terusi terwelu terzina tesaurus tesis tesmak testa testamen tester testes testikel
testimonium testing testis testosteron tetak tetal tetampan tetamu tetangga tetanus tetap tetapi tetar tetas
teteguk teteh tetek tetelan tetelo teter teterapan tetes tetibar tetibau tetikus tetirah tetiron tetoron tetra
tetrahidrokanabinol tetrahidron tetraklorida tetraploid tetris tetua tetuang tewas teyan theta tiada tiaga
tiang tiangui tiara tiarap tiban tidak tidur tifus tigari tigas tihul tijaniah tikai tikam tikar tikas tiket
tikim tikpi tikung tikus tilam tilan tilang tilap tilas tilawah tilde tilik timah timang timarah timba timbal
timbang timbau timbel timbil timbo timbre timbrung timbuk timbul timbun timburu timbus timol timpa timpal
timpang timpani timpanitis timpanum timpas timpuh timpuk timpus timun timur timus tindak tindan tindas
tindawan tindih tindik tindis tiner tinggal tinggam tinggi tinggung tingi tingkah tingkal tingkalak tingkap
tingkar tingkarang tingkarung tingkas tingkat tingkeb tingkis tingkrang tingkuh tingting tingtong tingtur
tinja tinjak tinjau tinju tinta tinting tintir tinulat tipar tipikal tipis tipograf tipografi tipologi
tipologis tirah tirai tirakat tiram tiran tirani tiras tiraton tirau tiris tirkah tiroid tiroiditis tiroksin
tirta tirus tisik tisotropi titah titanium titar titel titer titik titilasi titimangsa titinada titip titir
titis titisara titit titrasi titrimetri tituler tiung tiwah tiwikrama tiwul tmesis toapekong tobak tobang
tobat toblos toboh tobong tobralko todak todong togan togel togok tohok tohor toilet tokak tokcer tokek tokoh
tokok tokong toksemia toksikogenik toksikolog toksikologi toksin toktok tolak tolan tolap toleh toleran
toleransi tolerir tolok tolol tolong toluena toman tomang tomat tombak tomboi tombok tombol tombola tombong
tombru tomong tompel tonase tonem tonetika tonggak tonggara tonggek tonggeret tonggok tonggong tonggos tongkah
tongkang tongkat tongkeng tongkol tongkor tongkrong tongol tongong tongpes tongsan tongseng tongsit tongtong
tonik tonikum tonil tonis tonisitas tonit tonjok tonjol tonometer tonsil tonton tonus topan topang topas
topdal topek topeng topes tophit topiari topik topikalisasi topikalitas topografi topografis topong toponimi
torak toraks torani toreh torek tores torida torium tornado torne torpedo torpedor torsi torso tortor torus
tosan toserba total totalisator totalitas totaliter totaliterisme totau totem totemisme totemproparte totok
totol towel toyor trabekula tradisi tradisional tradisionalisme trafo tragedi tragikomedi tragis tragus
trailer trakeid trakom traksi traktasi traktat traktir traktor traktus trama trampolin trans transaksi
transduksi transek transeksual transenden transendental transfer transfigurasi transformasi transformasionalis
transformatif transformator transfusi transgenik transisi transistor transit transitif transkrip transkripsi
translasi transliterasi translokasi translusens transmigran transmigrasi transmisi transmiter transmogrifikasi
transmutasi transnasional transonik transparan transparansi transpirasi transplantasi transpor transportasi
transposisi transversal transvetisme trapesium trapezoid trauler trauma traumatis travesti trawler trayek
trekbal trema trematoda trembesi tremer tremor trendi trengginas trenyuh tresna trias triatlon
tribokelistrikan tribologi tribrata tribunal tribune tributa trica tridarma tridentat trienial triennale
trifoliat triftong trigatra trigemius trigliserida trigonometri trigraf trihidrik triko trikotomi trikuspid
trilateral trilingga trilipat triliun trilogi trilomba trimatra trimurti trinil trinitas trinitrotoluena
triode tripartit tripleks triplet triplik tripod triprasetia trips tripsin tripsinogen triptofan triptotos
trisep trisula tritunggal triturasi triumvirat trivalen trivialitas triwangsa triwindu triwulan trofi
trofoblas troika trokanter trokea troli trombin trombon trombosis trombosit trombus tromol trompet trompong
tropik tropika tropis tropisme tropopause troposfer tropus trotoar trubadur truntum trusa tsunami tsuru tuala
tualang tuang tuangku tuanku tuarang tubagus tuban tubektomi tuberkulosis tubin tubir tubruk tubuh tuding
tuduh tudung tufah tugal tugar tugas tugur tuhan tuhfah tuhfahlulajnas tuhfahtulajnas tuhfat tuhmah tuidi
tujah tujuh tujul tukai tukak tukal tukam tukang tukar tukas tukik tukil tukmis tuksedo tukuk tukul tukun
tukung tukup tulah tulak tulang tular tulat tulen tulis tulium tulup tulus tuman tumang tumbakan tumbal
tumbang tumbas tumben tumbu tumbuh tumbuk tumbung tumenggung tumika tumis tumit tumor tumpah tumpak tumpal
tumpang tumpas tumpat tumpeng tumper tumpil tumplak tumplek tumpu tumpuk tumpul tumpur tumtam tumungkul tumus
tunaaksara tunabusana tunadaksa tunaganda tunagizi tunagrahita tunai tunak tunakarya tunalaras tunam tunan
tunanetra tunang tunapolitik tunarungu tunas tunasosial tunasusila tunatenaga tunawicara tunawisma tunda
tundan tundang tundra tunduk tundun tundung tungau tunggak tunggal tungganai tunggang tunggik tungging tunggu
tunggul tungkahan tungkai tungkak tungkap tungku tungkul tungkup tungkus tungro tungsten tungu tunik tunjal
tunjam tunjang tunjuk tunjung tuntas tuntun tuntung tuntut tupai turang turangga turap turas turba turbiditas
turbin turbogenerator turbojet turbulen turbulensi turfat turgor turiang turinisasi turis turisme turistik
turkuois turmalin turnamen turne turnoi tursi turun turus turut tusam tusir tuslah tustel tusuk tuter tutor
tutorial tutuh tutuk tutul tutung tutup tutur tutut tuwuhan tuwung tuyuk tuyul
""",
    "u": """
uanda ubang ubikuitas ubudiah ubung udang udani udara udeng ugahari ujana ujang ujung ukhrawi ukhuwah uktab
ukulele ulama ulang ulayah ulayat uling ultima ultimatum ultimo ultimogenitur ultra ultrafilter ultramarin
ultramikroskopik ultramikroskopiks ultramodern ultrasonik ultrasonika ultrasonografi ultraungu ultraviolet
ulung umara umbai umbalan umban umbang umbar umbara umbilikus umbin umbisi umbra umbuk umbul umbut umlaut
umpak umpama umpan umpat umpet umpil umpuk umpun umput umrah uncang uncit uncue uncui undagi undak undan
undang unduh undur ungam ungar unggah unggal unggas unggis unggit unggul unggun unggut ungka ungkah ungkai
ungkak ungkal ungkap ungkat ungkau ungkil ungkir ungkit ungkul ungkur ungsi ungti unguis uniat unifikasi
uniform uniformitas unilateral unilineal unilinear union uniseks uniseluler unitaris unitarisme univalen
universal universalia universalisme universalitas universiade universitas universiter universitet universum
unjuk unjun unjung unjur unjut unsur unsuri untai untal until unting untir untuk untun untung untut unyai
upaboga upacara upaduta upajiwa upakara upakarti upanishad upawasa upaya upeti upsilon uraemia urakus uranisme
uranium uranologi uranus urban urbanisasi urbanisme uremia ureter uretra uretritis urgen urgensi urian uribang
urinalisis urine uring urinoar urinometer urita uritan urolog urologi uroskopi urung usada usaha usali usang
uskup usrek ustad ustaz ustazah usuluddin usung uswah utama utang utara utarid uterus utilitas utopia utopis
utopisme utrikel utrolokal uvula uvular uwungan uzlah
""",
    "v": """
vagina vakansi vakasi vakatur vakbon vaksin vaksinasi vakum vakuol vakuola valas valensi valentin valentine
valeria valid validitas valis valium valorisasi valuta vampir vanadium vandal vandalisme vandalistis vandel
vanili varia variabel variabilitas varian variansi variasi variatif varietas variola varises vasal vasektomi
vaselin vaskular vaskularisasi vaskuler vaskulum vasodilasi vasodilator vasomotor vatikan vaucer vedda veddoid
vegetarian vegetarir vegetaris vegetarisme vegetasi vektor velamentum velar velarisasi velodrom velositas
velum venal venalitas vendeta vendor ventilasi ventilator ventrikel ventrikulus venus verba verbal verbalisan
verbalisasi verbalisme verbalistis verbatim verbena verdigris verifikasi verifikatur veritisme verkoper
vermilium vermiliun vermiseli vermisida vernis veronal verset versi verso verstek versus vertebra vertebrata
vertikal verzet vespa veste vestibul vestibula vestibulum veter veteran veterinarian veteriner vetiver vetsin
viabel viabilitas viaduk vibran vibrasi vibrator vibrio video videofon videoklip videoteks vigia vigili vignet
vikariat vikaris vinil vinyet viola violces violet violin violinis violis virga virginia virgo virilis
virilisme virilitas virilokal virologi virtual virtuoso virulen virulensi virus visera visibel visibilitas
visioner visitasi visitator visiun viskometer viskose viskositas vista visual visualisasi visum visus
vitakultur vital vitalitas vitamin vitelin vitiligo vitreositas vitrifikasi vitriol vivarium vivifikasi
vivipar vodka vokabularium vokabuler vokal vokalia vokalis vokasional vokatif vokoid volatil volatilitas
voltameter voltase volume volumeter volumetri volunter vonis vorteks voting votum vrahoto vulgar vulgata
vulger vulkan vulkanis vulkanisasi vulkanolog vulkanologi vulkavit vulpen vulva vulvektomi vuring
""",
    "w": """
waadat wabah wabakdu wabarakatuh wacana wadah wadak wadal wadam wadat wadon waduh waduk wadung wafak wafat
wagon wahah wahai waham wahana wahdah wahdaniah wahdiah wahib wahid wahyu waima waisak waisya waitankung wajah
wajan wajar wajib wajik wakaf wakil waktu wakun wakwak walabi walad walafiat walah walak walakhir walakin
walang walangkopo walango walat walau walaupun waledan waleh walet walhal walhasil walikukun walimah walimana
waliullah wallahi wallahualam waluh waluku wambrau wanara wanawisata wanda wandu wangi wangkang wangsa wangsit
wanita wanodya wantah wantek wantilan warak warakawuri waralaba warangan waranggana warangka waras warasah
warawiri wardi warga waria warid waringin waris warita warkat warna warok warsa warta waruga waruna warung
warwar wasahlan wasak wasal wasalam wasangka wasiat wasilah wasir wasit wasitah waskita waskom waslah waslap
waspada wastafel waswas watak watan watang watas watase watermantel watermark waterpas waterpruf wawancara
wawanmuka wawanrembuk wawas wayang wayuh wazari wazir wedam wedana wedang wedani wedar wedel weduk wegah
weharima wejang wekel weker welahar welas weling welirang welit welter welut wenang wenter werak werangka
werda werdatama werek wereng werit werst wesel weselbor wesket westernis westernisasi wetan weton wewarah
wewaton wibawa wicaksana wicara widiaiswara widiwasa widodari widoro widuri widyaiswara widyawisata wigata
wihara wijaya wijayakusuma wijayamala wijayamulia wijdaniah wijen wijik wikalat wiladah wilah wilangon wilayah
wilis wilwatikta wimana winaya windu wingit winglet winter wirabank wiracarita wiraga wirakarya wirang
wiraniaga wirasuara wiraswasta wirid wisal wisata wisaya wisesa wisik wiski wisma wisnu wisuda witir wiwaha
wiweka wiyaga wiyata wizurai wodka wolanda wolfram wombat wortel wrang wreda wredatama wregu wrisaba wudani
wuduk wujud wuker wukerar wukuf wulan wulang wulung wungon wungu wuwungan
""",
    "x": """
xantat xantena xantofil xenia xenofili xenofobia xenoglosia xenograf xenokrasi xenolit xenomania xenon xerofil
xerofit xeroftalmia xerografi xerosis xifoid xilem xilena xilofon xilograf xilografi xiloid xiloidina xilol
xilologi xilonit xilosa
""",
    "y": """
yahud yahudi yahudiah yahwe yaitu yakin yakis yakitori yakjuj yakni yaksa yakun yakut yamtuan yantra yargon
yasan yasmin yasti yatim yaumudin yaumulakhir yaumulaza yaumuljamak yaumuljaza yaumulkiamah yaumulmahsyar
yayasan yehova yeyunum yodium yoghurt yogia yohimbina yojana yokal yosong yubileum yudikatif yudisial yudisium
yudoka yunani yunda yunior yunta yupiter yuran yuridis yuris yurisdiksi yurisprudensi yustisi yuvenil yuwana
yuwaraja yuyitsu
""",
    "z": """
zabah zabaniah zabarjad zabib zabur zadah zahid zaitun zakar zakat zakelek zakiah zakum zalim zalir zaman
zamin zamindar zamrud zamzam zanggi zantara zarafah zarah zaratit zariah zariat zatua zawal zawiat zebra zelot
zendeling zending zenit zeolit zeoponik ziadah ziarah zigomorf zigot zikir zilullah zimase zimogen zimolisis
zimosis zimotik zimurgi zindik zinkografi zionis zionisme zirafah zirah zirbad zirkonia zirkonium zirnikh
ziter zodiak zoetrop zohal zohrah zohrat zonasi zonder zoning zoofit zoofobia zoogani zoogeografi zoologi
zoonosis zoosemiotika zuama zuhud zuhur zulfikar zulhijah zulkaidah zulmat zurafah zuriah
""",
}
