package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speaker-label grammar on the label forms municipal and Diet records use. */
class SpeakerLabelsTest {
    private static final TitleLexicon LEXICON = TitleLexicon.standard();

    private static SpeakerLabels labels(String... preamble) {
        return new SpeakerLabels(LEXICON, KnownPeople.of(List.of(preamble), LEXICON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "○議長（山田太郎君）　これより会議を開きます。|山田太郎|議長|-|これより会議を開きます。",
        "◯議長【及川栄吉君】  本日の議事日程は|及川栄吉|議長|-|本日の議事日程は",
        "○委員長鈴木和美) 急遽お集まりいただき|鈴木和美|委員長|-|急遽お集まりいただき",
        "◯委員長北田 織君) 中原智昭委員から|北田織|委員長|-|中原智昭委員から",
        "○３番（高木直良君）　通告に従い質問します。|高木直良|議員|3|通告に従い質問します。",
        "○２２番（筒井たかひさ議員）　提出いたします。|筒井たかひさ|議員|22|提出いたします。",
        "○（伊藤よしのり議長）　出席議員は定足数に達しております。|伊藤よしのり|議長|-|出席議員は定足数に達しております。",
        "○（植竹　貴副区長）　ただいま上程されました|植竹貴|副区長|-|ただいま上程されました",
        "○（北野　実議員）　配布の時期は。|北野実|議員|-|配布の時期は。",
        "○議長（清野一榮議員）　日程第１|清野一榮|議長|-|日程第1",
        "○市長（櫻田　宏）　おはようございます。|櫻田宏|市長|-|おはようございます。",
        "○山田市長　お答えします。|山田|市長|-|お答えします。",
        "○佐藤総務部長　御説明いたします。|佐藤|総務部長|-|御説明いたします。",
        "○青木英二区長　　所信を申し上げます。|青木英二|区長|-|所信を申し上げます。",
        "○おのせ康裕議長　　ただいまから|おのせ康裕|議長|-|ただいまから",
        "○久保洋子教育委員　御紹介をいただきました|久保洋子|教育委員|-|御紹介をいただきました",
        "○安倍内閣総理大臣　お答えいたします。|安倍|内閣総理大臣|-|お答えいたします。",
        "○国務大臣（河野太郎君）　お答えします。|河野太郎|国務大臣|-|お答えします。",
        "○小林一郎君　質問いたします。|小林一郎|議員|-|質問いたします。",
        "○森下委員長　ただいまから|森下|委員長|-|ただいまから",
        "◆清澤茂宏委員　伺います。|清澤茂宏|委員|-|伺います。",
        "◎黒田達也病院事務部長　お答えいたします。|黒田達也|病院事務部長|-|お答えいたします。",
        "○田中健康福祉部長　お答えします。|田中|健康福祉部長|-|お答えします。",
        "○山田和子委員　伺います。|山田和子|委員|-|伺います。",
        "○中川産業労働局金融課長　お答えします。|中川|産業労働局金融課長|-|お答えします。",
        "○天川市長付参事　御報告します。|天川|市長付参事|-|御報告します。",
        "◆委員（石田誠）　伺います。|石田誠|委員|-|伺います。",
        "◎建設部長（小川秀樹）　御説明申し上げます。|小川秀樹|建設部長|-|御説明申し上げます。",
        "〇山下委員長　ただいまから|山下|委員長|-|ただいまから",
        "◯町長（中島　進）　議案第１号は|中島進|町長|-|議案第1号は",
        "○市長　皆さん、おはようございます。|-|市長|-|皆さん、おはようございます。",
        "○総務部長　お答えします。|-|総務部長|-|お答えします。",
        "○市民協働課長　お答えします。|-|市民協働課長|-|お答えします。",
        "○副委員長　それでは|-|副委員長|-|それでは",
        "○議長これより会議を開きます。|-|議長|-|これより会議を開きます。",
        "○山田委員長ただいまから開会します。|山田|委員長|-|ただいまから開会します。",
        "○議長（山田太郎君）これより会議を開きます。|山田太郎|議長|-|これより会議を開きます。",
        "○迫川委員長　|迫川|委員長|-|",
        "○３番　高木直良君　通告に従い質問します。|高木直良|議員|3|通告に従い質問します。",
        "○議長　山田太郎君　これより会議を開きます。|山田太郎|議長|-|これより会議を開きます。",
        "○上田（卓）委員　お尋ねします。|上田(卓)|委員|-|お尋ねします。",
        "○六十七番（小松大祐君）　質問します。|小松大祐|議員|67|質問します。",
        "○中村　委員長　ただいまから民生環境協議会を開きます。|中村|委員長|-|ただいまから民生環境協議会を開きます。",
        "〇関 三郎委員長 これより本日の会議を開きます。|関三郎|委員長|-|これより本日の会議を開きます。",
        "○美のよしゆき 委員長  ただいまから開会します。|美のよしゆき|委員長|-|ただいまから開会します。",
        "◎伊藤祥広委員長 ただいまから、委員会を開会いたします。|伊藤祥広|委員長|-|ただいまから、委員会を開会いたします。",
        "○山田太郎副委員長 ただいまから|山田太郎|副委員長|-|ただいまから",
        "◎西川 文化振興課長  今年度の計画につきましては|西川|文化振興課長|-|今年度の計画につきましては",
        "◯米倉委員長=ただいまから総務常任委員会を開催いたします。  これより|米倉|委員長|-|ただいまから総務常任委員会を開催いたします。  これより",
        "◯井上祐輔委員＝おはようございます。|井上祐輔|委員|-|おはようございます。",
        "○山田会長代理 本日は会長が欠席のため|山田|会長代理|-|本日は会長が欠席のため",
        "◎當間順子 総務部長 |當間順子|総務部長|-|-",
        "◆佐藤ひろみ 委員  伺います。|佐藤ひろみ|委員|-|伺います。",
        "◯副市長・企画部長事務取扱(土屋 宏君)  おはようございます。|土屋宏|副市長・企画部長事務取扱|-|おはようございます。",
        "2 ◯座長(浅田五郎君) 皆さんおはようございます。|浅田五郎|座長|-|皆さんおはようございます。",
        "○18番議員（山下富美子）|山下富美子|議員|18|-",
        "○１番議員（川口　慶）　私は、反対の立場から|川口慶|議員|1|私は、反対の立場から",
        "○５番委員（田中一郎君）　伺います。|田中一郎|委員|5|伺います。",
        "○18番議員　山下富美子君　反対討論です。|山下富美子|議員|18|反対討論です。",
        "●町長（若狹町長）　厚岸町水道事業給水条例|若狹|町長|-|厚岸町水道事業給水条例",
        "●総合政策課長（三浦課長）　ただいま上程いただきました|三浦|総合政策課長|-|ただいま上程いただきました",
        "●議長（大野議員）　10番、堀議員。|大野|議長|-|10番、堀議員。",
        "○髙橋委員　１点だけ確認させてください。|髙橋|委員|-|1点だけ確認させてください。",
        "○山﨑委員長　ただいまから|山﨑|委員長|-|ただいまから",
    })
    void labelFormsGiveNameTitleAndSeat(String line, String name, String title, Integer seat, String speech) {
        SpeakerLabels.Label l = labels().read(line).orElseThrow();
        assertEquals(SpeakerLabels.Kind.TURN, l.kind(), l.toString());
        assertEquals(name, l.who().name(), l.toString());
        assertEquals(title, l.who().title(), l.toString());
        assertEquals(seat, l.who().seat(), l.toString());
        assertEquals(speech == null ? "" : speech, jp.meetingsearch.text.Width.fold(l.speech()), l.toString());
    }

    @Test
    void aTitleInTheBracketsIsNoSurnameBeforeTheHeadsTitleWord() {
        // 土木 is a common word: 土木部長 is a post of its own, not 土木 the 部長
        SpeakerLabels.Person p = labels().read("○建設部長（土木部長）　御説明いたします。").orElseThrow().who();
        assertEquals(null, p.name());
        assertEquals("土木部長", p.title());
    }

    @Test
    void aTitleSpokenForTheSecretariatKeepsItsBodyForTheGroup() {
        SpeakerLabels.Person p = labels().read("○事務局（都市計画課長）　御説明いたします。").orElseThrow().who();
        assertEquals(new SpeakerLabels.Person(null, "都市計画課長", null, "事務局"), p);
    }

    @Test
    void theDutyOfAPostInBracketsBelongsToTheTitle() {
        SpeakerLabels.Person p = labels("上下水道部　　大西　英樹").read("○大西上下水道部経営総務室主幹（庶務料金事務担当）　件数は")
                .orElseThrow().who();
        assertEquals("大西", p.name());
        assertEquals("上下水道部経営総務室主幹(庶務料金事務担当)", p.title());
    }

    @Test
    void theRecordsOwnListsSplitWhatTheDictionaryCannot() {
        String label = "○向上下水道部技術管理室治水対策課長　お答えします。";
        // 向上 is a word: without the list the whole label stays the title, no name is invented
        SpeakerLabels.Person alone = labels().read(label).orElseThrow().who();
        assertEquals(null, alone.name());
        assertEquals("向上下水道部技術管理室治水対策課長", alone.title());
        SpeakerLabels.Person listed = labels("　　上下水道部技術管理室　向　和哉").read(label).orElseThrow().who();
        assertEquals("向", listed.name());
        assertEquals("上下水道部技術管理室治水対策課長", listed.title());
        SpeakerLabels.Person today = labels("　　議　　長　　今竹　大祐　　　副議長　　鷹尾　治久").read("○今竹議長　")
                .orElseThrow().who();
        assertEquals("今竹", today.name(), "今 is a prefix to the dictionary; the list says 今竹 is a name");
    }

    @Test
    void aOneLetterSurnameIsNotTakenFromTheTitleAfterIt() {
        // 関総務課長: 関 is a surname and 総務 a word, so the name is not 関総 (群馬県議会's committee summary)
        SpeakerLabels.Person p = labels().read("○関総務課長　お答えします。").orElseThrow().who();
        assertEquals("関", p.name());
        assertEquals("総務課長", p.title());
    }

    @Test
    void aCommaListOfNamesNamesItsChairWhateverTheDictionaryMakesOfTheName() {
        // 鎌倉市議会: 日向 is a common word to the dictionary; the list of members names 日向 as its chair
        String label = "○日向委員長　議会運営委員会を開会いたします。";
        assertEquals(null, labels().read(label).orElseThrow().who().name());
        SpeakerLabels.Person listed = labels("〇出席委員", "日向委員長、くり林、中里、高野、志田、くりはら、吉岡、納所、保坂の各委員(後藤副委員長は欠席)")
                .read(label).orElseThrow().who();
        assertEquals("日向", listed.name());
        assertEquals("委員長", listed.title());
        // a list of titles names no one: 総務課長 is not 総務 the person
        assertEquals(null, labels("茶木局長、土屋議会総務課長、岩原議事調査課長、田中議事調査課担当係長").read("○総務課長　はい。")
                .orElseThrow().who().name());
    }

    @Test
    void aListOfTitlesWithTheNameInBracketsNamesTheOneHolder() {
        SpeakerLabels labels = labels("市執行部 市長(今泉文彦),副市長(根本博文),総務部次長(島田美智男),財務部長(古内勝人)");
        assertEquals("今泉文彦", labels.listedName("市長"));
        assertEquals("根本博文", labels.listedName("副市長"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"○議事日程", "○議事日程　", "◎出席議員（１８名）", "◎欠席議員（なし）", "○本日の会議に付した事件",
        "◎日程第１　会議録署名議員の指名", "〇午後１時開会", "　〇　第　１　日", "◎諸般の報告", "◎区長所信表明", "◆日程第一　会期の決定",
        "○説明のため出席した者", "　〇"})
    void headingsAndListsAreNoTurns(String line) {
        Optional<SpeakerLabels.Label> l = labels().read(line);
        assertTrue(l.isPresent() && l.get().kind() == SpeakerLabels.Kind.HEADING, line + " → " + l);
    }

    @ParameterizedTest
    @ValueSource(strings = {"○子育て支援の充実について", "○地域の安全を守るため、　防犯灯を増やします。", "本文の行です。",
        "○地域の 委員 の皆さんにお願いします。", "○会議にした 委員 の数"})
    void markedTextThatIsNoLabelIsSpeech(String line) {
        assertEquals(Optional.empty(), labels().read(line), line);
    }

    @Test
    void aCommonWordBeforeAComposedPostIsNoName() {
        // 防災 is a word, not a name: 担当課長 after it makes no turn of a person named 防災
        SpeakerLabels.Label l = labels().read("○防災 担当課長 が説明する").orElseThrow();
        assertTrue(l.kind() != SpeakerLabels.Kind.TURN, l.toString());
    }

    @Test
    void aLineThatLooksLikeALabelButFitsNoFormIsReported() {
        SpeakerLabels.Label l = labels().read("○山田　ただいまから会議を開きます。").orElseThrow();
        assertEquals(SpeakerLabels.Kind.UNREADABLE, l.kind());
        assertTrue(l.problem().startsWith("'山田' looks like a speaker label"), l.problem());
        assertEquals("ただいまから会議を開きます。", Cleaning.strip(l.speech()));
    }

    @Test
    void surnamesTheDictionaryDoesNotReadAreVouchedForByTheRecordsOtherLabelsOfTheSameShape() {
        // VOICES writes every official as surname, a space, the title (◎今井　税制課長); 菱藤 and 沖村 are no words the
        // dictionary knows as names, 松田 it reads as a company: alone they are no label, after two labels of the
        // shape read by the dictionary's names they are
        SpeakerLabels fresh = labels();
        SpeakerLabels.Label before = fresh.read("◎菱藤　国際平和推進担当局長　").orElseThrow();
        assertTrue(before.kind() != SpeakerLabels.Kind.TURN, before.toString());
        SpeakerLabels record = labels();
        for (String line : List.of("◎今井　税制課長　", "◎石橋　市民局次長　")) {
            assertEquals(SpeakerLabels.Kind.TURN, record.read(line).orElseThrow().kind(), line);
        }
        for (String line : List.of("◎菱藤　国際平和推進担当局長　|菱藤|国際平和推進担当局長",
                "◎松田　平和推進課長　|松田|平和推進課長", "◎沖村　監査事務局長|沖村|監査事務局長")) {
            String[] f = line.split("\\|");
            SpeakerLabels.Label l = record.read(f[0]).orElseThrow();
            assertEquals(SpeakerLabels.Kind.TURN, l.kind(), l.toString());
            assertEquals(f[1], l.who().name());
            assertEquals(f[2], l.who().title());
        }
        // a word of action before a post is a heading's, not a surname, whatever the record vouches for
        SpeakerLabels.Label report = record.read("◎報告　監査委員").orElseThrow();
        assertTrue(report.kind() != SpeakerLabels.Kind.TURN, report.toString());
    }

    @Test
    void lettersThatAreNoWordBeforeADepartmentsPostAreASurnameWhereTheRecordGluesNamesToTitles() {
        // 栃|所 防災企画課長: two letters the dictionary reads as no word of their own; after two labels of the record
        // read as a name glued to a title they are the surname, before them the whole is the title
        SpeakerLabels fresh = labels();
        assertEquals(null, fresh.read("○栃所防災企画課長　お答えします。").orElseThrow().who().name());
        SpeakerLabels record = labels();
        record.read("○野原隆士委員長　ただいまから").orElseThrow();
        record.read("○友枝生活衛生課長　お答えします。").orElseThrow();
        SpeakerLabels.Label l = record.read("○栃所防災企画課長　お答えします。").orElseThrow();
        assertEquals("栃所", l.who().name());
        assertEquals("防災企画課長", l.who().title());
        // a department's post alone stays whole
        assertEquals(null, record.read("○生活衛生課長　お答えします。").orElseThrow().who().name());
    }
}
