#include "demo/demodata.h"

#include <QHash>

namespace caseloop::demo {

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}
QStringList list(const char* text)
{
    return u(text).split(QLatin1Char('|'));
}

} // namespace

const std::vector<UsPlace>& usPlaces()
{
    static const std::vector<UsPlace> places = [] {
        struct Row {
            const char* city;
            const char* state;
            int zip;
            const char* zone;
            const char* codes;
            double weight;
        };
        static constexpr Row rows[] = {
            {"New York", "NY", 10001, "America/New_York", "212|646|917", 9},
            {"Brooklyn", "NY", 11201, "America/New_York", "718|347", 6},
            {"Boston", "MA", 2108, "America/New_York", "617|857", 3},
            {"Philadelphia", "PA", 19103, "America/New_York", "215|267", 4},
            {"Miami", "FL", 33101, "America/New_York", "305|786", 4},
            {"Tampa", "FL", 33602, "America/New_York", "813", 3},
            {"Atlanta", "GA", 30303, "America/New_York", "404|470", 4},
            {"Charlotte", "NC", 28202, "America/New_York", "704|980", 3},
            {"Detroit", "MI", 48226, "America/Detroit", "313", 3},
            {"Indianapolis", "IN", 46204, "America/Indiana/Indianapolis", "317", 2},
            {"Chicago", "IL", 60601, "America/Chicago", "312|773|872", 7},
            {"Houston", "TX", 77002, "America/Chicago", "713|832", 6},
            {"Dallas", "TX", 75201, "America/Chicago", "214|469|972", 5},
            {"San Antonio", "TX", 78205, "America/Chicago", "210", 3},
            {"Minneapolis", "MN", 55401, "America/Chicago", "612", 2},
            {"New Orleans", "LA", 70112, "America/Chicago", "504", 2},
            {"El Paso", "TX", 79901, "America/Denver", "915", 1},
            {"Denver", "CO", 80202, "America/Denver", "303|720", 3},
            {"Salt Lake City", "UT", 84101, "America/Denver", "801|385", 2},
            {"Phoenix", "AZ", 85004, "America/Phoenix", "602|480|623", 5},
            {"Tucson", "AZ", 85701, "America/Phoenix", "520", 2},
            {"Las Vegas", "NV", 89101, "America/Los_Angeles", "702|725", 3},
            {"Los Angeles", "CA", 90012, "America/Los_Angeles", "213|323|310", 9},
            {"San Francisco", "CA", 94102, "America/Los_Angeles", "415|628", 4},
            {"San Diego", "CA", 92101, "America/Los_Angeles", "619|858", 3},
            {"Seattle", "WA", 98101, "America/Los_Angeles", "206", 3},
            {"Portland", "OR", 97204, "America/Los_Angeles", "503|971", 2},
            {"Anchorage", "AK", 99501, "America/Anchorage", "907", 0.5},
            {"Honolulu", "HI", 96813, "Pacific/Honolulu", "808", 0.5},
        };
        std::vector<UsPlace> v;
        for (const Row& r : rows)
            v.push_back({u(r.city), u(r.state), r.zip, u(r.zone), list(r.codes), r.weight});
        return v;
    }();
    return places;
}

const std::vector<CnPlace>& cnPlaces()
{
    static const std::vector<CnPlace> places = [] {
        struct Row {
            const char* province;
            const char* city;
            int postal;
            const char* zone;
            const char* districts;
            const char* landline;
            double weight;
        };
        static constexpr Row rows[] = {
            {"北京市", "北京市", 100000, "Asia/Shanghai", "朝阳区|海淀区|丰台区|东城区", "10", 8},
            {"上海市", "上海市", 200000, "Asia/Shanghai", "浦东新区|徐汇区|静安区|闵行区", "21", 8},
            {"广东省", "广州市", 510000, "Asia/Shanghai", "天河区|越秀区|白云区|番禺区", "20", 6},
            {"广东省", "深圳市", 518000, "Asia/Shanghai", "南山区|福田区|宝安区|龙岗区", "755", 6},
            {"浙江省", "杭州市", 310000, "Asia/Shanghai", "西湖区|上城区|滨江区|余杭区", "571", 4},
            {"江苏省", "南京市", 210000, "Asia/Shanghai", "鼓楼区|玄武区|秦淮区|建邺区", "25", 4},
            {"江苏省", "苏州市", 215000, "Asia/Shanghai", "姑苏区|吴中区|工业园区", "512", 3},
            {"四川省", "成都市", 610000, "Asia/Shanghai", "武侯区|锦江区|青羊区|高新区", "28", 5},
            {"重庆市", "重庆市", 400000, "Asia/Shanghai", "渝中区|江北区|南岸区|沙坪坝区", "23", 4},
            {"湖北省", "武汉市", 430000, "Asia/Shanghai", "武昌区|江汉区|洪山区|汉阳区", "27", 4},
            {"陕西省", "西安市", 710000, "Asia/Shanghai", "雁塔区|碑林区|未央区|长安区", "29", 3},
            {"天津市", "天津市", 300000, "Asia/Shanghai", "和平区|河西区|南开区|滨海新区", "22", 3},
            {"山东省", "济南市", 250000, "Asia/Shanghai", "历下区|市中区|槐荫区", "531", 3},
            {"河南省", "郑州市", 450000, "Asia/Shanghai", "金水区|中原区|二七区", "371", 3},
            {"湖南省", "长沙市", 410000, "Asia/Shanghai", "岳麓区|芙蓉区|天心区|雨花区", "731", 3},
            {"福建省", "厦门市", 361000, "Asia/Shanghai", "思明区|湖里区|集美区", "592", 2},
            {"辽宁省", "沈阳市", 110000, "Asia/Shanghai", "和平区|沈河区|皇姑区", "24", 2},
            {"新疆维吾尔自治区", "乌鲁木齐市", 830000, "Asia/Urumqi", "天山区|沙依巴克区|新市区",
             "991", 0.6},
        };
        std::vector<CnPlace> v;
        for (const Row& r : rows) {
            v.push_back({u(r.province), u(r.city), r.postal, u(r.zone), list(r.districts),
                         u(r.landline), r.weight});
        }
        return v;
    }();
    return places;
}

const std::vector<ClientDef>& clients()
{
    static const std::vector<ClientDef> defs = [] {
        struct Row {
            const char* code;
            const char* name;
            const char* country;
            const char* creditors;
            double median;
            double sigma;
            double weight;
        };
        static constexpr Row rows[] = {
            {"US-FHB", "First Harbor Bank", "US", "", 2400, 0.9, 5},
            {"US-LCU", "Lakeside Credit Union", "US", "", 1800, 0.8, 3},
            {"US-SAF", "Summit Auto Finance", "US", "", 6500, 0.7, 2},
            {"US-PEU", "Pioneer Energy Utilities", "US", "", 320, 0.7, 3},
            {"US-CWL", "Cascade Wireless", "US", "", 280, 0.6, 2},
            {"US-MDP", "Meridian Debt Portfolio LLC", "US",
             "First Harbor Bank|Redwood Card Services|Granite Retail Card|Northgate Personal Loans",
             1500, 1.0, 3},
            {"CN-LHB", "蓝海银行信用卡中心", "CN", "", 12000, 0.9, 5},
            {"CN-HTX", "恒通消费金融有限公司", "CN", "", 8000, 0.8, 4},
            {"CN-YJW", "易借网络小额贷款有限公司", "CN", "", 3500, 0.8, 3},
            {"CN-DFR", "东方燃气集团", "CN", "", 900, 0.6, 1},
            {"CN-HLT", "华联通信服务有限公司", "CN", "", 600, 0.6, 1},
            {"CN-JCZ", "锦程资产管理有限公司", "CN",
             "蓝海银行信用卡中心|瑞丰商业银行|安信消费金融|鼎盛小额贷款", 15000, 1.0, 2},
        };
        std::vector<ClientDef> v;
        for (const Row& r : rows) {
            v.push_back({u(r.code), u(r.name), u(r.country),
                         *r.creditors ? list(r.creditors) : QStringList(), r.median, r.sigma,
                         r.weight});
        }
        return v;
    }();
    return defs;
}

const QStringList& usFirstNames()
{
    static const QStringList names = list(
        "James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|"
        "Richard|Susan|Joseph|Jessica|Thomas|Sarah|Christopher|Karen|Daniel|Lisa|Matthew|Nancy|"
        "Anthony|Betty|Mark|Sandra|Jose|Ashley|Carlos|Maria|Luis|Ana|Kevin|Emily|Brian|Michelle|"
        "Jamal|Aaliyah|Tyrone|Keisha|Priya|Raj|Nguyen|Mai|Omar|Fatima|Connor|Chloe|Diego|Sofia");
    return names;
}

const QStringList& usLastNames()
{
    static const QStringList names = list(
        "Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|"
        "Lopez|Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|"
        "White|Harris|Sanchez|Clark|Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|"
        "Torres|Nguyen|Hill|Flores|Green|Adams|Nelson|Baker|Hall|Rivera|Campbell|Mitchell|Carter|"
        "Roberts|Patel|Kim|O'Brien|Murphy|Washington");
    return names;
}

const QStringList& usStreets()
{
    static const QStringList streets =
        list("Main St|Oak Ave|Maple St|Cedar Ln|Pine St|Elm St|Washington Ave|Lake Dr|Hill Rd|"
             "Park Ave|Sunset Blvd|River Rd|Church St|Highland Ave|Lincoln Way|Jefferson St|"
             "Madison Ave|Franklin Blvd|Willow Ct|Meadow Ln|Broadway|Market St|2nd St|5th Ave");
    return streets;
}

const std::vector<HanName>& cnSurnames()
{
    static const std::vector<HanName> names = [] {
        const QStringList han = list("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|"
                                     "郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|蒋|蔡|余|"
                                     "欧阳|司马");
        const QStringList pin = list("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|"
                                     "Zhu|Hu|Guo|He|Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Xu|Han|"
                                     "Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Pan|Jiang|Cai|"
                                     "Yu|Ouyang|Sima");
        std::vector<HanName> v;
        for (qsizetype i = 0; i < han.size(); ++i)
            v.push_back({han[i], pin[i]});
        return v;
    }();
    return names;
}

const std::vector<HanName>& cnGivenChars()
{
    static const std::vector<HanName> names = [] {
        const QStringList han = list("伟|芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀|霞|平|"
                                     "刚|桂|英|华|玉|萍|红|建|文|辉|力|鹏|宇|浩|晨|欣|怡|婷|雪|琳|"
                                     "俊|博|子|梓|涵|轩|思|雨|嘉|佳|小|龙|海|波|宁|斌|凯|晓|丹|颖");
        const QStringList pin = list("wei|fang|na|min|jing|li|qiang|lei|jun|yang|yong|yan|jie|"
                                     "juan|tao|ming|chao|xiu|xia|ping|gang|gui|ying|hua|yu|ping|"
                                     "hong|jian|wen|hui|li|peng|yu|hao|chen|xin|yi|ting|xue|lin|"
                                     "jun|bo|zi|zi|han|xuan|si|yu|jia|jia|xiao|long|hai|bo|ning|"
                                     "bin|kai|xiao|dan|ying");
        std::vector<HanName> v;
        for (qsizetype i = 0; i < han.size(); ++i)
            v.push_back({han[i], pin[i]});
        return v;
    }();
    return names;
}

const QStringList& cnRoads()
{
    static const QStringList roads = list("人民路|解放路|中山路|建设路|和平路|胜利路|新华路|长江路|"
                                          "黄河路|文化路|学府路|科技路|滨江大道|东风路|青年路|"
                                          "光明街|幸福街|花园路");
    return roads;
}

const TextPools& surveyComments()
{
    static const TextPools pools{
        list("good|very good|nice|thanks|Thank you|very helpful|good service|patient and polite|"
             "Agent explained everything clearly|great|gud|v good|thx|helpful, set up a plan|"
             "Thanks for working with me on the payment plan|fine|Good job|polite"),
        list("很好|态度很好|谢谢|服务不错|很耐心|解释得很清楚|满意|挺好的|好评|感谢帮忙办理分期|"
             "工作人员很专业|还不错|非常满意|好"),
        list("ok|okay|average|not bad|it was ok i guess|so so|could be faster|nothing|no"),
        list("一般|还行|凑合|马马虎虎|希望能快一点|无"),
        list("rude|called too many times|very rude agent|they keep calling my work|"
             "agent threatened me|wrong amount!!|I already paid this|not my debt|"
             "never call me again|terrible|bad|worst service ever|hung up on me|"
             "too many calls every day, stop|no one explained the fees"),
        list("态度很差|天天打电话，太烦了|骚扰我家人|威胁我|金额不对|已经还了还在催|不是我的欠款|"
             "打到我单位了|说话很难听|差评|太差了|晚上十点还打电话"),
        list("????|??|no|nothing|ok|.|-|n/a|no comment|123|k|good??|ok ok|none")};
    return pools;
}

const QStringList& conversationNotes(int language)
{
    static const QStringList en = list(
        "Discussed balance and payment options.|Debtor asked for itemisation.|Confirmed address.|"
        "Debtor will pay on payday.|Explained hardship programme.|Set up instalment plan.|"
        "Debtor disputes part of the balance.|Asked to call back after 6pm.|Verified identity.|"
        "Debtor upset about prior calls; apologised.");
    static const QStringList zh = list("沟通还款方案。|客户要求提供欠款明细。|核实地址。|"
                                       "客户表示发工资后还款。|介绍困难帮扶政策。|办理分期还款。|"
                                       "客户对部分金额有异议。|客户要求晚上再联系。|已核实身份。|"
                                       "客户对之前来电不满，已致歉。");
    return language == 0 ? en : zh;
}

const QStringList& attemptNotes(int language)
{
    static const QStringList en = list("No answer.|Left message.|Line busy.|Text sent.|"
                                       "Letter mailed.|E-mail sent.");
    static const QStringList zh =
        list("无人接听。|已留言。|占线。|已发送短信。|已寄出信函。|已发送邮件。");
    return language == 0 ? en : zh;
}

const QStringList& visitResults(int language, int outcome)
{
    static const QStringList en[3] = {
        list("Met debtor at home; discussed a plan.|Met debtor; agreed to pay next week."),
        list("No one home; left a card.|Neighbour says debtor works late."),
        list("Address is a vacant unit.|Building demolished; address invalid.")};
    static const QStringList zh[3] = {list("上门见到本人，沟通还款计划。|见到本人，同意下周还款。"),
                                      list("家中无人，已留联系卡。|邻居称其经常晚归。"),
                                      list("地址为空置房屋。|地址已拆迁，无效。")};
    const int o = std::clamp(outcome, 0, 2);
    return language == 0 ? en[o] : zh[o];
}

const std::vector<ComplaintCategory>& complaintCategories()
{
    static const std::vector<ComplaintCategory> categories{
        {QStringLiteral("FREQUENT"), 20, 22, 1, true},
        {QStringLiteral("RUDE"), 14, 30, 1, true},
        {QStringLiteral("AMOUNT"), 14, 4, 1, false},
        {QStringLiteral("PAID"), 10, 3, 1, false},
        {QStringLiteral("NOT_MINE"), 9, 2, 1, false},
        {QStringLiteral("THIRD_PARTY"), 7, 10, 2, true},
        {QStringLiteral("VIOLENT"), 3, 12, 3, true},
        {QStringLiteral("PRIVACY"), 4, 4, 2, true},
        {QStringLiteral("ODD_HOURS"), 4, 6, 1, true},
        {QStringLiteral("IGNORED_STOP"), 4, 5, 2, true},
        {QStringLiteral("WORKPLACE"), 3, 4, 1, true},
        {QStringLiteral("LEGAL_THREAT"), 3, 8, 2, true},
        {QStringLiteral("IMPERSONATION"), 0.5, 2, 3, true},
        {QStringLiteral("FEES"), 1.5, 1, 1, false},
        {QStringLiteral("OTHER"), 3, 1, 0, false},
    };
    return categories;
}

QString complaintDescription(const QString& category, bool chinese)
{
    static const QHash<QString, std::pair<QString, QString>> texts{
        {QStringLiteral("FREQUENT"),
         {u("Says the agency calls several times a day."), u("投诉一天多次来电催收。")}},
        {QStringLiteral("RUDE"),
         {u("Says the agent was rude and raised his voice."), u("投诉催收员态度恶劣、语气粗暴。")}},
        {QStringLiteral("AMOUNT"),
         {u("Disputes the balance and the fees charged."), u("对欠款金额及费用有异议。")}},
        {QStringLiteral("PAID"),
         {u("Says the debt was paid and collection continued."), u("称已还款仍被催收。")}},
        {QStringLiteral("NOT_MINE"),
         {u("Says the debt is not theirs."), u("称该笔欠款非本人所欠。")}},
        {QStringLiteral("THIRD_PARTY"),
         {u("Says the agency discussed the debt with a relative."),
          u("投诉催收员联系其亲友并透露欠款。")}},
        {QStringLiteral("VIOLENT"),
         {u("Says the agent used threatening language."), u("投诉催收员威胁、恐吓。")}},
        {QStringLiteral("PRIVACY"),
         {u("Says personal information was disclosed."), u("投诉个人信息被泄露。")}},
        {QStringLiteral("ODD_HOURS"),
         {u("Says calls came late in the evening."), u("投诉深夜或清晨来电。")}},
        {QStringLiteral("IGNORED_STOP"),
         {u("Asked the agency to stop calling; calls continued."),
          u("已要求停止联系，仍继续来电。")}},
        {QStringLiteral("WORKPLACE"),
         {u("Says the agency called the workplace."), u("投诉催收电话打到工作单位。")}},
        {QStringLiteral("LEGAL_THREAT"),
         {u("Says the agent threatened a lawsuit or arrest."),
          u("投诉催收员威胁起诉、拘留或上征信。")}},
        {QStringLiteral("IMPERSONATION"),
         {u("Says the caller claimed to be from a court."), u("投诉催收人员冒充公检法。")}},
        {QStringLiteral("FEES"),
         {u("Says extra fees were requested."), u("投诉被要求支付额外费用。")}},
        {QStringLiteral("OTHER"),
         {u("General complaint about the collection process."), u("对催收流程的一般投诉。")}},
    };
    const auto it = texts.constFind(category);
    if (it == texts.constEnd())
        return {};
    return chinese ? it->second : it->first;
}

QString complaintRootCause(const QString& category, bool conduct, bool chinese)
{
    if (category == QLatin1String("PAID"))
        return chinese ? u("还款入账延迟，系统未及时更新。") : u("Payment posting delayed.");
    if (category == QLatin1String("AMOUNT") || category == QLatin1String("FEES"))
        return chinese ? u("委托方数据中的费用有误。") : u("Placement data carried wrong fees.");
    if (category == QLatin1String("NOT_MINE"))
        return chinese ? u("委托数据身份信息不匹配。") : u("Identity mismatch in placement data.");
    if (category == QLatin1String("FREQUENT") || category == QLatin1String("ODD_HOURS"))
        return chinese ? u("拨号策略未考虑频次与时段规则。")
                       : u("Dialling strategy ignored frequency and time rules.");
    if (conduct)
        return chinese ? u("催收员未按话术与合规要求沟通。")
                       : u("Agent did not follow the script and conduct rules.");
    return chinese ? u("流程说明不清。") : u("Process not explained clearly.");
}

QString complaintCorrectiveAction(bool conduct, int variant, bool chinese)
{
    static const QStringList conductEn =
        list("Coaching session with the agent.|Call review and written warning.|"
             "Agent re-trained on conduct rules.");
    static const QStringList conductZh = list("对催收员进行一对一辅导。|调听录音并书面警告。|"
                                              "催收员重新参加合规培训。");
    static const QStringList processEn = list("Account corrected and client informed.|"
                                              "Fees removed from the balance.|"
                                              "Dialler rules updated.");
    static const QStringList processZh =
        list("已更正账户并通知委托方。|已减免相关费用。|已更新外呼规则。");
    const QStringList& pool =
        conduct ? (chinese ? conductZh : conductEn) : (chinese ? processZh : processEn);
    return pool[std::abs(variant) % pool.size()];
}

} // namespace caseloop::demo
