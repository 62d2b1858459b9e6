package org.cordon.match.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Korean readings of the Han characters most used in Korean names, so that a Korean name written in
 * Hanja (金正恩) is also read the Korean way (Kim Jong Un) and not only in Mandarin (jin zheng en).
 * ICU has no Hanja-Hangul transliterator; this table covers common surname and given-name
 * characters (readings in the DPRK McCune-Reischauer style lists use). A name whose characters are
 * not all here gets no Korean reading.
 */
final class HanKorean {
    private static final Map<Integer, String> READING = new HashMap<>();

    static {
        String table = """
                金kim 李ri 朴pak 崔choe 鄭jong 姜kang 趙jo 尹yun 張jang 林rim 韓han 吳o 申sin 徐so 權kwon 黃hwang 安an
                宋song 柳ryu 洪hong 全jon 高ko 文mun 孫son 梁ryang 裵pae 白paek 許ho 劉ryu 南nam 沈sim 盧ro 河ha 丁jong
                成song 車cha 具ku 禹u 朱ju 任rim 羅ra 辛sin 閔min 池ji 玄hyon 咸ham 卞pyon 廉ryom 方pang 康kang 太thae 元won
                正jong 恩un 日il 哲chol 龍ryong 海hae 勇yong 浩ho 敏min 英yong 永yong 明myong 男nam 南nam 國kuk 光kwang 秀su
                賢hyon 鉉hyon 炫hyon 鎬ho 鎭jin 鎮jin 珍jin 眞jin 眞jin 仁in 義ui 禮rye 智ji 信sin 忠chung 孝hyo 德tok 東tong
                西so 北puk 中jung 天chon 地ji 星song 雪sol 春chun 夏ha 秋chu 冬tong 山san 川chon 江kang 河ha 水su 火hwa 木mok
                石sok 玉ok 銀un 鐵chol 哲chol 喆chol 浩ho 昊ho 皓ho 虎ho 鳳pong 鶴hak 雲un 風pung 花hwa 蘭ran 淑suk 姬hui 熙hui
                喜hui 希hui 惠hye 慧hye 順sun 純sun 淳sun 善son 仙son 先son 宣son 鮮son 昌chang 彰chang 唱chang 植sik 式sik
                錫sok 碩sok 奭sok 燮sop 變pyon 俊jun 峻jun 準jun 濬jun 埈jun 在jae 載jae 宰jae 才jae 材jae 斗tu 洙su 壽su
                守su 洵sun 炳pyong 秉pyong 丙pyong 兵pyong 柄pyong 平pyong 泳yong 榮yong 映yong 瑛yong 容yong 鎔yong 鏞yong
                用yong 勳hun 薰hun 訓hun 煥hwan 桓hwan 換hwan 奎kyu 圭kyu 珪kyu 揆kyu 基ki 起ki 紀ki 琪ki 淇ki 麒ki 吉kil
                浚jun 洛rak 樂rak 根kun 槿kun 殷un 允yun 潤yun 胤yun 閏yun 相sang 尙sang 祥sang 常sang 想sang 象sang 雄ung
                應ung 弘hong 鴻hong 虹hong 景kyong 京kyong 慶kyong 敬kyong 卿kyong 炅kyong 璟kyong 鏡kyong 頌song 松song
                聖song 誠song 星song 晟song 盛song 珉min 旻min 泯min 玟min 鎬ho 豪ho 好ho 湖ho 萬man 滿man 晩man 洙su 修su
                赫hyok 爀hyok 革hyok 奕hyok 學hak 孝hyo 曉hyo 效hyo 炯hyong 亨hyong 衡hyong 亨hyong 兄hyong 瑩yong 營yong
                哲chol 徹chol 澈chol 珠ju 周ju 柱ju 株ju 宙ju 州ju 洲ju 主ju 注ju 日il 一il 逸il 佑u 祐u 宇u 雨u 羽u 友u
                鍾jong 鐘jong 宗jong 種jong 鍾jong 正jong 貞jong 政jong 晶jong 廷jong 庭jong 亭jong 禎jong 程jong 淨jong
                泰thae 台thae 兌thae 昌chang 秀su 受su 洙su 壽su 珠ju 玉ok 漢han 翰han 韓han 寒han 軍kun 君kun 均kyun 鈞kyun
                錦kum 今kum 琴kum 金kum 云un 運un 雲un 允yun 倫ryun 輪ryun 律ryul 栗ryul 隆ryung 龍ryong 容yong 勇yong 武mu
                茂mu 務mu 文mun 門mun 聞mun 美mi 味mi 微mi 米mi 敏min 民min 旼min 憫min 博pak 朴pak 泊pak 範pom 凡pom 汎pom
                範pom 法pop 寶po 輔po 甫po 普po 保po 福pok 復pok 鳳pong 奉pong 峰pong 逢pong 富pu 夫pu 副pu 斌pin 彬pin 賓pin
                """;
        for (String entry : table.split("\\s+")) {
            if (entry.isEmpty()) continue;
            int cp = entry.codePointAt(0);
            READING.putIfAbsent(cp, entry.substring(Character.charCount(cp)));
        }
    }

    private HanKorean() {}

    /** Korean reading with one token per character, or null when a character has no known reading. */
    static String read(String text) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String r = READING.get(cp);
                if (r == null) return null;
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(r);
                any = true;
            } else if (Character.isLetter(cp)) {
                return null;
            } else {
                sb.append(' ');
            }
        }
        return any ? Chars.collapseWhitespace(sb.toString()) : null;
    }
}
