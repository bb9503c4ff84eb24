"""holdout258 — builds ten ORDINARY draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py),
checks every price and payment sum, re-applies policy §3/§4 to the labels, writes the labels and scans the
read-back text for threshold values. Run with /work/main/.venv/bin/python make_files.py."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- threshold scan (policy §3/§4: 30 % prepayment, 4 h P1, 99.9 %, 0.05 %/day, 100 % cap, 12-month warranty,
# 15 % post-warranty fee, 40 % TCO share, 5-year horizon) ----
NUM = r"(?<![\d.])"
THRESHOLD_RES = [
    NUM + r"30\s*(%|％|per ?cent)", r"百分之三十", r"thirty per ?cent",
    NUM + r"4\s*(小时|个小时|hours?|hrs?|h\b|-hour)", r"四小时", r"四个小时", r"four[ -]hours?", r"240\s*(分钟|minutes)",
    NUM + r"99\.90?(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
    NUM + r"0\.050?\s*(%|％)", r"万分之五", r"0\.35\s*(%|％)",
    NUM + r"100\s*(%|％|per ?cent)", r"百分之百", r"百分之一百", r"one hundred per ?cent",
    NUM + r"12\s*(个月|months?|-month)", r"十二个月", r"twelve[ -]months?", r"一年", r"\bone[ -]year", NUM + r"1[ -]year",
    NUM + r"15\s*(%|％|per ?cent)", r"百分之十五", r"fifteen per ?cent",
    NUM + r"40\s*(%|％|per ?cent)", r"百分之四十", r"forty per ?cent",
    r"五年", NUM + r"5[ -]years?", r"five[ -]years?", NUM + r"60\s*(个月|months?)", r"六十个月",
]
THRESHOLD = re.compile("|".join("(?:%s)" % r for r in THRESHOLD_RES), re.I)


def selftest_thresholds():
    hits = ["预付30%", "百分之三十", "4小时内响应", "within 4 hours", "four hours", "99.9%", "99.90 %", "0.05%",
            "万分之五", "100%", "12个月", "12 months", "twelve months", "质保期一年", "one year", "15%", "百分之十五",
            "40 per cent", "五年", "5 years", "60 months", "a 12-month warranty", "4-hour"]
    misses = ["24小时", "14 hours", "99.95%", "0.08%", "万分之八", "1.5%", "115%", "0.15%", "36个月", "18 months",
              "112 months", "25%", "140%", "24 hours", "99.5%", "0.053%", "35%", "一年度"[:1] + "度"]
    for s in hits:
        assert THRESHOLD.search(s), s
    for s in misses:
        assert not THRESHOLD.search(s), s


def zh_len(t):
    return len(re.sub(r"\s", "", t))


def en_words(t):
    return len([w for w in t.split() if re.search(r"\w", w)])

# ================= h258z01 — 省统计局 人口普查数据处理平台 (政府采购 公开招标, buyer's paper), .docx =================
H258Z01 = """T:云岭省人口普查数据处理平台建设项目政府采购合同
P:合同编号：YLTJ-ZC-2026-017　　采购方式：公开招标　　招标编号：YLZC2026-G0318
P:采购人（甲方）：云岭省统计局　　地址：云岭省昆岚市文华路88号
P:供应商（乙方）：昆岚数策信息技术有限公司　　地址：昆岚市高新区科创大道206号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就云岭省人口普查数据处理平台建设项目达成如下协议，招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设人口普查数据处理平台，提供平台软件许可、数据采集审核与汇总模块定制开发、历次普查数据迁移及与国家统计联网直报平台的接口对接、部署实施和培训服务。
P:1.2 平台部署于甲方政务云专区，须支持全省16个州市、129个县区的普查数据并行审核，单批次不少于800万条记录的汇总计算。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理高级资格，且非经甲方书面同意不得更换；项目团队成员名单作为本合同附件二。
P:1.4 乙方应在合同签订后10个工作日内提交项目实施方案，内容包括需求调研计划、系统设计、数据迁移方案、测试方案、应急预案及进度计划，经甲方书面确认后执行。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰柒拾肆万元整（¥2,740,000），为固定总价，含税费、运输、部署、培训及质保期内全部服务费用，分项如下：
TB:序号|项目|数量|金额（元）
TB:1|普查数据处理平台软件许可（永久，不限用户数）|1套|1,280,000
TB:2|采集审核、汇总制表、质量抽查模块定制开发|1项|960,000
TB:3|历次普查数据迁移及联网直报接口|1项|346,000
TB:4|部署实施与培训（含20人次管理员培训）|1项|154,000
TB:合计|||2,740,000
P:2.2 除经甲方书面确认的需求变更外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥548,000。
P:3.2 平台完成部署、数据迁移并通过初验后，甲方支付合同总价的45%，计¥1,233,000。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%，计¥959,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后150日内完成部署和数据迁移并提请初验，初验后进入90日试运行期。
P:4.2 乙方每逾期一日，应按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
H:第五条 验收
P:5.1 初验标准：（一）招标文件技术需求逐项实现并经甲方书面确认；（二）历次普查迁移数据与源数据全量比对，记录数与关键字段一致；（三）在1,000个并发用户下，常用查询页面响应时间不超过3秒；（四）与国家联网直报平台连续10个工作日数据交换无差错。
P:5.2 最终验收标准：试运行期内未发生一级故障，第三方测评机构出具的安全测评和等级保护测评报告无高风险问题，全部文档（含源代码、部署手册、运维手册）移交完毕。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收，验收合格的出具书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:6.2 平台月可用率不低于99.95%（计划内维护除外，须提前3日书面通知甲方）。
P:6.3 一级故障（平台无法访问或普查数据无法提交）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
P:6.5 乙方应设立7×24小时服务热线和远程支持通道，并在昆岚市区安排至少2名驻点工程师；普查登记、复查和汇总等关键时段，乙方须安排工程师在甲方现场值守。
P:6.4 乙方每超出响应或恢复时限1小时，向甲方支付¥1,000；月可用率每低于约定值0.01个百分点，扣减当季度服务费¥2,000，从质量保证金或应付款中扣除。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方可选择与乙方续签年度维护合同，年度维护费不超过平台软件许可费的8%，即每年不超过¥102,400，该价格在质保期满后三年内不上调。
P:7.2 年度维护合同不自动续期，每期须由甲方另行书面确认。
H:第八条 数据安全
P:8.1 平台中的普查数据、个人信息、汇总结果及日志均属于甲方所有，乙方仅可为履行本合同使用，不得以任何形式留存、复制、分析或向第三方提供。
P:8.2 乙方须遵守《统计法》《数据安全法》《个人信息保护法》，运维须经甲方审批并通过堡垒机进行，严禁将数据拷贝出政务云；测试须使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并承担由此造成的全部损失及法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的统计资料、未公开普查结果和甲方工作秘密负有保密义务，保密期限不因合同终止而终止。乙方应与参与人员签订保密承诺书。
H:第十条 知识产权
P:10.1 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。
P:10.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 分包
P:11.1 本项目不得分包或转包。
H:第十二条 违约与解除
P:12.1 乙方交付成果不符合约定且在甲方书面通知后15日内仍未改正的，或发生严重违约的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:12.2 因不可抗力不能履行合同的，双方互不承担责任，但应及时通知对方并提供证明。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 双方其他权利义务
P:14.1 甲方负责提供政务云资源、网络接入条件和历次普查数据的源文件，指定专人协调各州市统计部门配合需求调研与测试。
P:14.2 乙方应按甲方的统一要求编写系统设计说明书、数据字典、接口规范、测试报告、用户手册等文档，并在终验前以纸质和电子版各一套移交甲方。
P:14.3 乙方应对甲方管理员及州市业务骨干进行操作和维护培训，培训结束后由甲方组织考核，考核不合格的人员由乙方免费补训。
P:14.4 乙方应在合同签订后10日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后转为质量保证金，质保期满且无未决问题的，甲方在15个工作日内无息退还。
P:14.5 乙方在履约过程中不得向甲方工作人员提供任何不正当利益，违反的，甲方有权解除合同并将有关情况报送财政部门。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云岭省统计局　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：昆岚数策信息技术有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""

# ================= h258z02 — 轮胎厂 X 射线轮胎检测机 + 质保期满后维保, .pdf =================
H258Z02 = """T:全钢子午线轮胎X射线检测机采购及维保合同
P:合同编号：HL-SB-2026-0412
P:甲方（买方）：东营华轮橡胶轮胎有限公司　　地址：东营市广饶县轮胎产业园华轮路1号
P:乙方（卖方）：青岛睿光检测设备有限公司　　地址：青岛市城阳区仪器仪表产业园7号楼
P:甲方因全钢子午线轮胎二期产线质量检测需要，向乙方采购X射线轮胎检测机并委托乙方提供质保期满后的维保服务。双方经友好协商，依据《中华人民共和国民法典》订立本合同，以资共同遵守。
H:一、设备与价格
P:（一）乙方向甲方提供RG-X8型全钢子午线轮胎X射线检测机3台，每台含射线源、平板探测器、机械扩胎及翻转机构、辐射防护铅房、工控机及嵌入式自动判图软件，主要技术参数见附件一。
P:（二）合同总价为人民币肆佰陆拾万元整（¥4,600,000），含设备、运输、保险、安装调试、辐射安全检测配合、培训及税费，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|RG-X8型X射线轮胎检测机（含判图软件）|3台|1,460,000|4,380,000
TB:2|安装调试及与MES系统对接|1项|186,000|186,000
TB:3|操作、判图及维护培训|1项|34,000|34,000
TB:合计||||4,600,000
P:（三）上述设备价款小计为¥4,380,000，以下称“设备价款”。
H:二、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计¥460,000。
P:（二）设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的55%，计¥2,530,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）设备最终验收合格后，甲方支付合同总价的35%，计¥1,610,000。
P:（四）乙方每次收款前应开具等额增值税专用发票，甲方以银行转账或承兑汇票支付。
H:二之一、包装、运输与备品备件
P:（一）乙方应按设备特性采用防震、防潮包装，射线源按危险品运输规定单独包装并随附检测报告，运输途中的损毁、灭失风险在甲方签收前由乙方承担。
P:（二）乙方应随设备提供附件一所列的随机备品备件和专用工具，并在东营设立备件库，常用备件的储备数量不低于附件一约定，保证一级故障的备件在24小时内送达现场。
H:三、交货与安装
P:（一）乙方应于合同签订后90日内将设备运抵甲方二期车间指定位置，并于到货后25日内完成安装调试。
P:（二）乙方负责办理射线装置相关的辐射安全检测配合工作，甲方负责办理辐射安全许可证变更，乙方应提供所需的全部技术资料。
P:（三）乙方每逾期交货或逾期完成安装调试一日，应按合同总价的千分之一向甲方支付违约金。
H:四、验收
P:（一）设备安装调试完成后进行连续30日的试生产运行。最终验收标准为：1.图像分辨率及对比度达到附件一参数；2.单胎检测节拍不超过50秒；3.对甲方提供的200条标准缺陷样胎，自动判图检出率不低于98%，误判率不高于3%；4.辐射剂量检测符合国家标准；5.与MES系统数据对接准确无误；6.试生产期内未发生致使设备停机超过8小时的故障。
P:（二）达到上述标准的，双方签署最终验收报告。设备安装完成、试生产或甲方使用设备均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:五、质保与技术服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备的非人为故障由乙方免费维修、免费更换零部件（射线管按附件二约定的保用小时数执行）。
P:（二）故障分级与响应：一级故障（设备停机无法检测）乙方应在2小时内远程响应，24小时内到达现场，48小时内修复；二级故障（检测功能部分受限）8小时内响应，72小时内修复。
P:（三）乙方每超过上述响应或修复时限1小时，向甲方支付¥2,000，由甲方从应付款或质量保证金中扣除。
P:（四）乙方每季度对设备进行一次预防性维护，并出具维护报告。
P:（五）乙方应对甲方操作工、判图员和设备维护人员分批进行培训，培训内容包括设备操作、辐射安全、缺陷图像识别、日常保养和常见故障处理，培训结束后由乙方出具培训记录，甲方人员考核合格后方可独立上岗。
P:（六）质保期内因同一部件连续三次出现同类故障的，乙方应免费更换该部件为全新部件；设备累计停机超过20日的，质保期相应顺延。
H:六、质保期满后的维保
P:（一）质保期满后，乙方继续为全部3台设备提供维保服务，服务内容包括定期保养、故障维修、判图软件升级及射线管以外的备件更换。
P:（二）维保费按设备价款的22%每年计取，即每年¥963,600，按季度平均支付。该费率在维保期内固定不变。
P:（三）维保服务的响应和修复时限同第五条第（二）项。
H:七、数据与保密
P:（一）设备产生的轮胎X射线图像、缺陷记录、判图结果及生产数据均属甲方所有，乙方仅为本合同目的使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN及审计账号进行，维护结束后即关闭通道；更换的硬盘等存储介质由甲方留存。乙方因违反本条造成数据泄露、丢失的，应在2小时内通知甲方并承担全部赔偿责任。
P:（三）乙方人员进入甲方厂区须遵守甲方安全生产及保密管理制度，不得擅自拍摄生产线或复制工艺文件；乙方对其人员违反上述制度造成的后果承担责任。
P:（三）双方对在履约中知悉的对方技术资料、工艺参数及商业信息负有保密义务，期限至合同终止后三年。
H:八、知识产权
P:（一）为甲方定制的判图规则、缺陷分类模型参数及MES接口程序归甲方所有，甲方可自行使用、修改及许可第三方使用；设备嵌入式软件的著作权归乙方，甲方享有随设备永久使用的权利。
H:九、责任限制
P:（一）除人身伤亡及乙方故意或重大过失外，乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%。
H:十、分包与转让
P:（一）未经甲方书面同意，乙方不得将本合同的任何部分分包或转让给第三方。设备运输可由乙方委托专业物流公司，乙方对其行为负责。
H:十一、合同解除
P:（一）乙方逾期交货超过45日、设备经两次验收仍不合格或有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交东营仲裁委员会仲裁。
H:十三、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响方应在3日内通知对方并于15日内提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十四、甲方的配合义务
P:（一）甲方应按乙方提供的场地要求完成设备基础、供电、压缩空气和辐射防护区域的准备，并为乙方安装人员提供必要的进场和安全培训；甲方未按期完成准备导致延误的，交付期限相应顺延。
H:十五、其他
P:（一）附件一《技术规格书》、附件二《射线管保用条款》为本合同不可分割的组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东营华轮橡胶轮胎有限公司　　授权代表：________　　日期：________
P:乙方（盖章）：青岛睿光检测设备有限公司　　授权代表：________　　日期：________
"""

# ================= h258z03 — 连锁洗衣 订单及取送物流 SaaS + 实施, .txt =================
H258Z03 = """洁衣坊门店订单与取送物流SaaS服务合同

合同编号：JYF-IT-2026-09

甲方（客户）：杭州洁衣坊连锁洗涤服务有限公司
统一社会信用代码：见营业执照　地址：杭州市拱墅区湖墅南路211号
乙方（服务商）：上海速取云信息科技有限公司
地址：上海市闵行区紫星路588号2幢

鉴于甲方在长三角地区经营150家洗衣门店及2个中央洗涤工厂，需要统一的门店收衣开单、会员储值、衣物条码追踪及上门取送调度系统；乙方拥有“速取云”洗护行业SaaS平台，双方经协商一致，订立本合同。

1. 定义
1.1 “平台”指乙方运营的速取云SaaS平台，包括门店收银开单、会员与储值、衣物条码与工厂流转、上门取送骑手调度、小程序下单等模块。
1.2 “甲方数据”指甲方及其门店、会员、骑手在使用平台过程中录入或产生的全部数据，包括订单、会员信息、地址、衣物照片、储值流水和物流轨迹。
1.3 “上线”指150家门店全部切换至平台开单，旧系统停止录入。

2. 服务内容与期限
2.1 乙方向甲方150家门店、2个工厂及取送骑手团队提供平台订阅服务，账号数量不设上限。
2.2 乙方提供实施服务：需求调研、流程配置、旧系统会员及储值余额迁移、与甲方财务系统和第三方支付接口对接、门店培训及上线陪跑。
2.3 订阅服务期为二十四个月，自上线之日起算。
2.4 实施期间，乙方应派驻不少于3名实施顾问，按片区分批完成门店切换；每批门店切换后，乙方顾问须在门店陪跑不少于3个营业日，协助店员处理开单、收款和交接问题。
2.5 乙方应为甲方店长、工厂调度员和骑手组长分别提供线上及线下培训，并提供操作视频和常见问题手册，培训费用已包含在实施费中。

3. 费用
3.1 本合同总价为人民币伍拾玖万元整（¥590,000），构成如下：
  (1) 订阅费：150店 × ¥1,680/店/年 × 2年 = ¥504,000；
  (2) 实施费：¥86,000（固定价格）。
3.2 订阅费按季度后付，每季度¥63,000，乙方于每季度结束后开具发票，甲方收票后15日内支付。
3.3 实施费于上线验收合格后15日内一次性支付。
3.4 本合同不设预付款。甲方在上线前无需支付任何费用。
3.5 服务期内甲方新开门店的，按每店每年¥1,680的单价按月折算增加订阅费，关闭门店的，自次月起相应减少；门店数量变动由双方每季度对账确认，不影响本合同总价的结算方式。

4. 实施与上线验收
4.1 乙方应于合同签订后60日内完成实施并提请上线验收。
4.2 上线验收标准：(a) 旧系统会员、储值余额迁移后逐户核对一致，差异为零；(b) 门店开单至工厂入库的条码流转全程可追踪；(c) 在全部门店同时营业高峰下，开单操作响应不超过2秒；(d) 骑手调度派单准确，试运行期内无一级故障；(e) 与财务系统对账连续10日无差异。
4.3 达到上述标准后，甲方出具书面上线验收单。门店开始使用平台不视为验收。
4.4 实施逾期的，乙方每逾期一日向甲方支付违约金¥500。

5. 服务水平
5.1 平台月度可用率承诺不低于99.5%，计划内维护应安排在凌晨1:00至5:00之间并提前48小时通知。
5.2 一级故障（门店无法开单或骑手无法接单）乙方应在1小时内响应，3小时内恢复；二级故障8小时内解决。
5.3 月度可用率未达承诺的，按当月订阅费的5%至20%阶梯抵扣下季度费用；一级故障超时恢复的，每次另行抵扣¥1,000。

5.4 乙方提供7×24小时在线客服及电话支持，门店店员可通过平台内工单提交问题；乙方每月向甲方提交服务报告，列明可用率、故障记录、工单处理时效及抵扣金额。
5.5 乙方应每季度至少进行一次平台功能更新，涉及门店操作流程变化的，须提前10日通知甲方并提供操作说明；重大版本升级须安排在甲方经营淡季进行。

6. 甲方数据
6.1 甲方数据归甲方所有，乙方仅在提供本合同服务所需范围内处理甲方数据。
6.2 甲方同意，乙方可对甲方数据进行脱敏处理后，用于洗护行业经营指数统计、行业报告发布及乙方产品改进，该等脱敏数据及其分析成果归乙方所有，本合同终止后乙方仍可继续使用。
6.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据交付甲方，并在甲方确认后删除平台内的甲方数据。

7. 数据安全
7.1 平台部署在境内云服务节点，乙方应通过网络安全等级保护三级测评，采取加密存储、访问控制、操作日志留存不少于6个月等措施保护会员个人信息。
7.2 乙方须遵守《个人信息保护法》，不得向第三方出售或提供会员信息。发生数据泄露的，乙方应在24小时内通知甲方，配合处置并承担因此给甲方造成的全部损失，包括对会员的赔偿及监管罚款。

8. 保密
8.1 双方对因本合同获知的对方商业秘密、经营数据及技术资料负有保密义务，保密期限至合同终止后三年。

9. 知识产权
9.1 平台及其升级版本的知识产权归乙方。
9.2 乙方为甲方专门配置的流程、报表模板、财务接口程序及其文档归甲方所有，甲方可自由使用、修改或交由第三方维护。

10. 续期
10.1 订阅服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期二十四个月。
10.2 自动续期时，乙方有权将订阅单价上调，上调幅度不超过8%，乙方以书面或系统公告方式通知甲方即可。

11. 分包
11.1 乙方将本合同项下任何服务内容委托第三方履行的，须事先取得甲方书面同意，并对第三方的行为负责。

12. 违约与解除
12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
12.2 平台连续两个月可用率未达承诺的，甲方有权解除合同而不承担任何责任，乙方应退还已付未使用期间的费用。
12.3 乙方未经甲方同意擅自停止服务或限制甲方账号使用的，构成严重违约，甲方有权立即解除合同，并要求乙方导出全部甲方数据、赔偿由此造成的全部损失。

13. 法律适用与争议
13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交杭州仲裁委员会仲裁。

14. 甲方的义务
14.1 甲方应指定项目负责人，组织门店和工厂人员参加培训，按时提供旧系统数据及各门店营业信息，并对实施方案、配置结果及时确认。
14.2 甲方应自行负责门店终端设备、条码打印机和网络的采购与维护，乙方应提供兼容设备清单和安装指导。
14.3 甲方应妥善保管平台管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。

15. 不可抗力与通知
15.1 因不可抗力或基础电信网络大面积中断导致服务中断的，受影响方应及时通知对方，该期间不计入可用率考核，但乙方应尽力采取备用措施减少影响。
15.2 本合同项下通知以书面形式发送至首页所列地址或双方确认的电子邮箱，邮件发出后次一工作日视为送达。

16. 其他
16.1 本合同附件：附件一 平台功能清单；附件二 实施计划；附件三 门店清单。
16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：杭州洁衣坊连锁洗涤服务有限公司（盖章）　　代表签字：________　　日期：________
乙方：上海速取云信息科技有限公司（盖章）　　代表签字：________　　日期：________
"""

# ================= h258z04 — 城市管理局 数字城管平台 年度运维 (政府采购 竞争性磋商), .md =================
H258Z04 = """# 渝川市数字化城市管理平台2026—2027年度运维服务合同

**项目编号：** YCCG-CS-2026-105（竞争性磋商）
**合同编号：** YCCG-HT-2026-105

**采购人（甲方）：** 渝川市城市管理局
**地址：** 渝川市江北区城管大道16号

**供应商（乙方）：** 渝川智城运维科技有限公司
**地址：** 渝川市两江新区星光大道70号B座

甲方就渝川市数字化城市管理平台（以下简称“数字城管平台”）2026—2027年度运维服务项目采用竞争性磋商方式采购，经磋商小组评审，确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》，双方订立本合同。磋商文件、乙方响应文件及成交通知书均为本合同组成部分。

## 第一条 服务范围

1.1 数字城管平台包括监督指挥中心大屏系统、案件受理与派遣系统、监督员采集终端（城管通）、综合评价系统、部件事件地理信息库及与12345热线、住建、交通等部门的接口。
1.2 乙方提供以下运维服务：
- （1）驻场运维：派驻5名工程师在监督指挥中心驻场，工作日8:30—21:00现场值守，其余时段远程值守；
- （2）应用系统运维：应用软件缺陷修复、性能优化、版本升级、接口维护及业务规则调整；
- （3）硬件设备巡检：服务器、存储、网络设备及大屏每月巡检，年度深度巡检两次；
- （4）监督员采集终端支持：全市420台采集终端的软件升级、故障处置和使用培训。
- （5）运维台账：建立配置管理数据库和运维台账，记录设备、软件版本、账号权限及变更情况，每次变更须经甲方审批后实施，并在变更后24小时内更新台账。

1.3 服务期限：自2026年7月1日起至2027年6月30日止。服务期满本合同自动终止，续签须由甲方重新组织采购。

## 第二条 合同价格

2.1 本合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），为包干价，含人员、工具、差旅、税费等全部费用。

| 序号 | 服务内容 | 金额（元） |
|---|---|---|
| 1 | 驻场运维（5人） | 624,000 |
| 2 | 应用系统运维 | 318,000 |
| 3 | 硬件设备巡检 | 146,000 |
| 4 | 监督员采集终端支持 | 92,000 |
| | 合计 | 1,180,000 |

## 第三条 付款

3.1 本合同不支付预付款。
3.2 服务费按季度支付，每季度¥295,000。每季度结束后，甲方依据第六条完成季度考核，乙方按考核结果开具发票，甲方在收到发票后15个工作日内支付扣减后的服务费。
3.3 第四季度服务费在年度终期验收合格后支付。

## 第四条 服务水平

4.1 数字城管平台核心业务系统（案件受理、派遣、处置、核查）月可用率不低于99.95%。
4.2 故障分级与时限：

| 故障级别 | 定义 | 响应时限 | 恢复时限 |
|---|---|---|---|
| 一级 | 核心业务系统中断或大面积无法派遣 | 15分钟 | 2小时 |
| 二级 | 部分功能或单个接口异常 | 30分钟 | 8小时 |
| 三级 | 一般性问题或咨询 | 2小时 | 3个工作日 |

4.4 重大活动、汛期及极端天气期间，乙方应按甲方通知增派不少于2名工程师进入应急值守状态，提前完成系统健康检查并准备应急切换方案，值守安排须报甲方备案，该部分费用已含在合同总价中。
4.5 乙方应每半月进行一次数据库备份恢复演练，每季度参与一次甲方组织的网络安全应急演练，并对发现的问题限期整改。
4.3 乙方每月提交运维月报，内容包括系统运行状况、故障处理记录、巡检结果、安全事件及改进建议。

## 第五条 服务考核与扣款

5.1 一级故障超过响应或恢复时限的，每超时30分钟扣减当季度服务费¥1,500；二级故障每超时1小时扣减¥500。
5.2 月可用率每低于约定值0.01个百分点，扣减当季度服务费¥2,000。
5.3 驻场人员缺岗的，每人每日扣减¥800；驻场人员须经甲方认可，乙方更换人员须提前10日书面报甲方同意。

## 第六条 考核与验收

6.1 季度考核：甲方每季度末依据运维月报、系统日志和服务台记录，对照第四条、第五条逐项核定可用率、故障时限、巡检完成率和驻场出勤，形成季度考核表，经双方签字确认。
6.2 年度终期验收：服务期满前15日内，由甲方组织验收，标准为：（一）全年季度考核均已完成且扣款已结清；（二）年度深度巡检报告及整改记录齐全；（三）运维文档、配置清单、账号权限清单已更新并移交；（四）未发生因乙方原因导致的数据丢失或安全事件。达到上述标准的，甲方出具终期验收意见。

## 第七条 任务期限与违约金

7.1 乙方应按甲方书面下达的年度运维计划完成年度深度巡检、系统版本升级和等保测评问题整改等任务。
7.2 乙方未在年度运维计划规定期限内完成上述任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第八条 数据安全与数据权属

8.1 数字城管平台中的案件信息、视频图片、监督员位置轨迹、市民诉求及个人信息均属于甲方所有，乙方仅可为运维目的接触，不得复制、留存或用于其他任何目的。
8.2 乙方须落实网络安全等级保护三级要求，运维操作一律通过甲方堡垒机进行并全程审计，不得在运维终端留存业务数据；远程运维须经甲方逐次审批。
8.3 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内向甲方报告并立即处置，因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

## 第九条 保密

9.1 乙方及其人员对在服务中知悉的城市管理工作信息、系统架构、账号口令和市民个人信息负有保密义务，须签署保密承诺书，保密义务在合同终止后持续有效。

## 第十条 知识产权

10.1 乙方在运维过程中为甲方编写的脚本、接口程序、运维文档及优化代码归甲方所有，甲方可自由使用、修改并交由其他单位使用。

## 第十一条 辅助工作委托

11.1 乙方可将硬件设备巡检、机房保洁及大屏清洁等辅助工作委托具备相应资质的第三方承担，但应提前5个工作日书面告知甲方；乙方对受托方的工作质量和保密义务承担责任。

## 第十二条 合同解除

12.1 乙方连续两个季度考核扣款超过当季度服务费的10%，或发生严重违约经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
12.2 合同解除或期满时，乙方应配合甲方完成与新运维单位的交接，交接期不少于15日，交接期内不得中断服务。

## 第十二条之一 甲方的义务

- （1）甲方为驻场人员提供办公场所、网络接入及必要的系统账号，并指定专人对接运维工作；
- （2）甲方应及时下达年度运维计划和临时任务，并在季度结束后10个工作日内完成季度考核；
- （3）因甲方或第三方单位原因导致的故障，不计入乙方的可用率和时限考核，但乙方应积极配合处置。

## 第十三条 法律适用与争议

13.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同经双方签字盖章后生效，一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。

甲方（盖章）：渝川市城市管理局　　　　代表：________　　日期：________

乙方（盖章）：渝川智城运维科技有限公司　　代表：________　　日期：________
"""

# ================= h258z05 — 凉茶企业 CRM 许可 + 定制开发 (supplier's own template), .md =================
H258Z05 = """# 云朵CRM软件许可及定制开发合同

> 云朵软件标准合同文本 V4.0（2025年修订）　本文本由乙方提供，双方在签约页填写的内容与本文本不一致的，以本文本为准。

合同编号：YD-CRM-2026-0733

甲方（用户）：广东百草堂凉茶饮料有限公司
住所：广州市白云区太和镇百草工业园3号

乙方（许可方）：广州云朵软件科技有限公司
住所：广州市天河区珠江新城花城大道85号32楼

甲方拟建设覆盖经销商、终端门店及消费者会员的客户关系管理系统，乙方拥有“云朵CRM”软件的著作权。经协商，甲方购买云朵CRM软件许可并委托乙方进行定制开发，双方达成如下条款。

### 一、合同标的

1. 乙方向甲方授予云朵CRM企业版软件的永久使用许可，用户数为300个命名用户，部署于甲方指定的云服务器。
2. 乙方按附件《需求规格说明》为甲方定制开发经销商订货与返利管理、终端门店陈列拍照稽核、扫码会员积分及营销活动管理四个模块，并完成与甲方SAP系统及微信小程序的接口。
3. 乙方提供部署、数据初始化和用户培训服务。
4. 乙方交付物包括：可运行的系统（安装于甲方服务器）、用户操作手册、管理员手册及接口说明。源代码不属于交付物，乙方不向甲方提供。
5. 历史经销商档案、门店档案及会员积分数据的初始化导入，以甲方按乙方模板整理的数据为准，单次导入记录不超过200万条；数据清洗和格式转换不在本合同范围内。

### 二、合同金额

| 项目 | 金额（元） |
|---|---|
| 云朵CRM企业版软件许可（300用户，永久） | 560,000 |
| 定制开发（四个模块及接口） | 780,000 |
| 部署实施与培训 | 110,000 |
| 合计 | 1,450,000 |

合同总金额为人民币壹佰肆拾伍万元整（¥1,450,000）。

### 三、付款方式

1. 本合同签订之日起5个工作日内，甲方支付合同总金额的50%，即¥725,000，乙方收款后启动项目。
2. 系统上线后10个工作日内，甲方支付剩余50%，即¥725,000。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和服务。

4. 上述金额不含第三方组件费用、差旅费及甲方要求的现场驻场服务费。乙方工程师应甲方要求赴广州以外现场的，差旅费由甲方按实报销，驻场服务按每人天¥2,800另行结算。
5. 乙方收到每笔款项后10个工作日内开具增值税普通发票。

### 四、项目实施与交付

1. 乙方预计于收到首付款后120日内完成开发并部署上线。因需求变更、甲方资料提供延迟或接口方配合原因导致的延期，乙方不承担责任。
2. 乙方逾期上线的，每逾期一日按合同总金额的万分之一向甲方支付违约金，违约金总额不超过合同总金额的3%。
3. 甲方应指定项目联系人，在乙方提出需求确认、测试确认请求后3个工作日内予以答复，逾期未答复的视为确认。

4. 甲方应自行采购并维护系统运行所需的云服务器、数据库、操作系统及中间件，并按乙方提供的配置要求准备环境；因环境不满足要求导致的性能问题，由甲方自行承担。
5. 需求规格说明经甲方签字确认后，任何新增或修改均作为需求变更处理。乙方对变更内容进行评估并报价，变更费用按每人天¥2,800计算，工期相应顺延。
6. 乙方为甲方的系统管理员及业务骨干提供一次集中培训，参训人数不超过30人；超出部分或再次培训另行收费。

### 五、交付确认

1. 系统部署完毕并上线运行之日，即视为甲方已验收合格。
2. 甲方在上线后发现问题的，可通过工单提交，乙方将在后续版本中酌情处理，但不影响验收结论及付款。

### 六、免费维护期

1. 乙方自系统上线之日起提供六个月免费维护，包括软件缺陷修复和远程技术支持，不包括新增需求和现场服务。
2. 免费维护期内，系统出现一级故障（系统无法登录或核心业务无法使用）的，乙方在接到通知后8小时内响应；其他故障在3个工作日内响应。
3. 乙方将尽合理努力处理故障，但不对故障修复时间及系统运行指标作出承诺，亦不因故障承担扣款、赔偿或违约责任。

### 七、后续维护服务

1. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价目表执行。
2. 乙方有权根据市场情况调整服务价目表，调整后的价格自公布之日起适用。

### 八、知识产权

1. 云朵CRM软件及其全部升级版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的模块、接口程序、源代码、数据模型及相关文档，其著作权及其他知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。
3. 乙方有权将定制开发成果用于其他客户项目或纳入标准产品。

### 九、数据安全

1. 甲方录入系统的经销商、门店、会员及交易数据归甲方所有，乙方仅为提供本合同服务处理该等数据，不得用于其他目的。
2. 乙方在实施和维护中应采取访问授权、操作留痕、传输加密等安全措施，不得擅自导出甲方数据；因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方并依法承担相应赔偿责任。

3. 合同终止后，甲方可在30日内通过系统自带的导出功能自行导出数据，期满后乙方不再承担保管义务。

### 十、保密

1. 双方对本合同内容及在履行中知悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。

### 十一、项目分工

1. 乙方可根据项目需要，自行将部分开发、测试或实施工作交由其合作伙伴完成，无需另行征得甲方同意。

### 十二、责任限制

1. 在任何情况下，乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总金额的20%。
2. 乙方不承担任何间接损失、利润损失、商誉损失或数据损失。

### 十三、合同解除

1. 任何一方严重违反本合同，经对方书面通知后30日内未纠正的，对方可书面通知解除本合同。
2. 因甲方原因解除合同的，已付款项不予退还。

### 十四、法律适用及争议解决

1. 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

### 十四之一、不可抗力

1. 因不可抗力、网络运营商故障、第三方云服务中断、政府行为等非乙方所能控制的原因导致乙方不能履行或迟延履行的，乙方不承担责任。

### 十四之二、第三方组件

1. 系统中使用的第三方开源组件及地图、短信等第三方服务，按其各自的许可条款使用，相关服务费用由甲方另行承担，乙方不对第三方组件的缺陷或服务中断负责。

### 十四之三、通知

1. 双方的通知可以电子邮件、即时通讯工具或书面形式发送至双方项目联系人，发出即视为送达。

### 十五、其他

1. 本合同附件：附件一《需求规格说明》；附件二《云朵CRM企业版功能清单》；附件三《最终用户许可协议》。
2. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广东百草堂凉茶饮料有限公司　　授权代表：________　　日期：________

乙方（盖章）：广州云朵软件科技有限公司　　授权代表：________　　日期：________
"""

# ================= h258e01 — Shantou toy maker, PLM perpetual licences, Italian vendor, .pdf =================
H258E01 = """T:Software Licence and Implementation Agreement (PLM)
P:Agreement No. CS-PLM-2026-044
P:This Software Licence and Implementation Agreement (the "Agreement") is made between:
P:(1) Shantou Haixing Toys Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 18 Toy Industry Road, Chenghai District, Shantou, Guangdong (the "Customer"); and
P:(2) Correnti Software S.r.l., a company incorporated in Italy, with its registered office at Via del Faro 3, Isola delle Correnti, Italy (the "Vendor").
P:Recitals. (A) The Customer designs and manufactures plastic, plush and electronic toys and wishes to manage product data, bills of materials, safety test records and engineering changes in a single product lifecycle management system. (B) The Vendor develops the CorrentiPLM software and has agreed to license it to the Customer and to implement it at the Customer's design centre in Shantou. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the CorrentiPLM server and client software, version 9.2, and all corrections and new versions supplied under this Agreement.
P:1.2 "Named User" means an individual employee or contractor of the Customer who is authorised to use the Software.
P:1.3 "Customisations" means the configurations, workflows, data models, report templates, toy-safety compliance checklists and the CAD integration adapters that the Vendor develops specifically for the Customer under this Agreement.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Customisations have passed the acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 120 Named Users and one production server and one test server, for the internal business of the Customer and its affiliates in mainland China.
P:2.2 The Vendor shall implement the Software, including requirements workshops, configuration, migration of about 18,000 legacy part records and 2,600 product structures from the Customer's spreadsheets and file server, integration with the Customer's CAD tools and its ERP system, user training and go-live support.
P:2.3 The detailed scope, deliverables and project plan are set out in Schedule 1 (Statement of Work).
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 2,000,000 (two million Renminbi) (the "Contract Price"), inclusive of VAT, as itemised below. The Contract Price is fixed and covers all travel and expenses of the Vendor's personnel.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|CorrentiPLM Named User licence (perpetual)|120|9,800|1,176,000
TB:2|CorrentiPLM server licence (production + test)|1|164,000|164,000
TB:Licence subtotal||||1,340,000
TB:3|Implementation and data migration (fixed price)|1|486,000|486,000
TB:4|CAD and ERP integration adapters|1|128,000|128,000
TB:5|Training (administrators and key users)|1|46,000|46,000
TB:Total||||2,000,000
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's valid VAT invoices: (a) 20% (CNY 400,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China; (b) 45% (CNY 900,000) within 20 days after Go-Live; and (c) 35% (CNY 700,000) within 20 days after Final Acceptance.
P:4.2 Go-Live means the first day on which the Customer's designers create and release new products in the Software in production. Go-Live, use of the Software and payment of the second instalment do not constitute acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account with its appointed agent bank in Shenzhen.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 110 days after signature, in accordance with the milestones in Schedule 1.
P:5.2 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Schedule 1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Customer may deduct these damages from any amount due.
P:5.3 Acceptance tests shall be run after a production period of 45 days following Go-Live. Final Acceptance requires that: (a) every function in the Schedule 1 acceptance checklist works as specified; (b) migrated part records and product structures reconcile with the source files, with no missing records; (c) a product release workflow with five approval steps completes in less than 3 seconds per step with 80 concurrent users; (d) CAD check-in and check-out work with the Customer's three CAD tools without data loss; (e) the ERP interface transfers released bills of materials without error for 10 consecutive working days; and (f) no Severity 1 incident is open. The Customer shall issue a written Final Acceptance certificate within 10 working days after the tests pass.
P:5.4 If a test fails, the Vendor shall correct the failure at its own cost and repeat the test. If the tests fail three times, the Customer may terminate under Article 13.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Customisations will perform materially in accordance with the documentation and Schedule 1 for 24 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct all defects free of charge and provide new versions of the Software at no cost. Severity 1 incidents (the Software is unavailable or product releases cannot be made) shall receive a response within 1 hour and a workaround or fix within 8 hours; Severity 2 incidents a response within 2 hours and a fix within 2 working days; Severity 3 incidents a response on the next working day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall pay the Customer CNY 1,500, deductible from any amount due or from the support fee.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period, the Vendor shall provide annual support (corrections, new versions and the service levels in Article 6.2) if the Customer orders it. The annual support fee is 11% of the licence subtotal, that is CNY 147,400 per year, and shall not increase for the first three years after the Warranty Period. Any later change requires the written agreement of both parties and may not exceed 3% per year.
P:7.2 Support is ordered by purchase order for each year. It does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Customisations, including their source code and documentation, vest in the Customer upon creation. The Customer may use, modify and license the Customisations freely, including to a third-party service provider. The Vendor shall deliver the source code of the Customisations at Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Customisations infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 All product designs, drawings, bills of materials, supplier data, test reports and other data the Customer stores in the Software ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Software will be installed on the Customer's servers in Shantou. The Vendor may access them only through the Customer's VPN with multi-factor authentication, after approval of each session, and all sessions will be recorded. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Customer Data, it shall notify the Customer within 12 hours, cooperate in containing it and bear all losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information, including unreleased toy designs, product plans and prices, strictly confidential, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives for three years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. Schedule 1 names the Vendor's Shenzhen implementation partner, which the Customer approves by signing this Agreement. The Vendor remains responsible for every subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if delay damages under Article 5.2 reach their maximum or acceptance tests fail three times. In either case the Vendor shall refund all amounts paid for the items not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre under its rules. The seat of arbitration is Singapore and the language is English.
H:Article 15 General
P:15.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate.
P:15.2 This Agreement, with Schedule 1, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two English originals and takes effect on the date of the last signature.
P:Schedule 1: Statement of Work, project plan, milestones and acceptance checklist.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""

# ================= h258e02 — Zhangjiajie glass bridge, timed-entry SaaS, Order Form + General Terms, .md =================
H258E02 = """# ORDER FORM No. BD-CN-0219

**Bilheteira Digital, Lda.** — TimeSlot Ticketing Platform

| Field | Details |
|---|---|
| Vendor | Bilheteira Digital, Lda., Rua do Porto 12, Ilhéu Pequeno, Portugal ("Vendor") |
| Customer | Zhangjiajie Yuntian Glass Bridge Tourism Co., Ltd., Wulingyuan District, Zhangjiajie, Hunan, People's Republic of China ("Customer") |
| Service | TimeSlot timed-entry ticketing platform: online booking, real-name ticketing, time-slot capacity control, gate QR validation, group and travel-agency portal, visitor-flow dashboard |
| Subscription Term | 24 months from the Go-Live Date |
| Currency | All amounts are in Chinese Renminbi (CNY), at the Customer's request |

## Part A — Commercial Terms

**A1. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (up to 12,000 daily visitors, 14 gates, 3 ticket offices) | CNY 26,500 per month x 24 months | 636,000 |
| Set-up: configuration, payment and OTA channel integration, gate integration, staff training | one-time, fixed | 58,000 |
| **Total Order Value** | | **694,000** |

**A2. Invoicing.** The subscription fee is invoiced monthly in arrears, at the end of each calendar month of the Subscription Term. The set-up fee is invoiced after Go-Live Acceptance. No amount is payable before the Go-Live Date. The Customer pays each undisputed invoice within 30 days by bank transfer in CNY.

**A3. Go-Live.** The Vendor will aim to make the Platform available for live sales within 75 days after signature of this Order Form (the "Go-Live Date"), subject to timely cooperation by the Customer, its payment providers and its gate equipment supplier. Dates in the project plan are estimates.

**A4. Go-Live Acceptance.** Before the Go-Live Date the parties will run the acceptance tests in Annex 1. Go-Live Acceptance requires that: (a) bookings made on the Customer's WeChat mini-program, website and the two designated OTA channels appear in the Platform within 10 seconds; (b) time-slot capacity limits are enforced with no overbooking in a simulated peak of 3,000 bookings per hour; (c) all 14 gates validate QR codes and ID cards in less than 1 second each; (d) daily sales reports reconcile with the payment providers' settlement files for three consecutive test days; and (e) real-name records are stored as required by the Customer's local tourism authority. The Customer confirms Go-Live Acceptance in writing within 5 working days after the tests pass. Opening the Platform to the public does not by itself constitute Go-Live Acceptance.

**A5. Renewal.** After the Subscription Term, this Order Form renews automatically for a further 24 months at the same monthly fee and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

**A6. Approved hosting provider.** The Platform for the Customer is hosted in a mainland China data centre operated by the hosting provider named in Annex 2, which the Customer approves by signing this Order Form.

## Part B — General Terms

**B1. Order of precedence.** These General Terms apply to the Order Form above. If they conflict, Part A prevails.

**B2. Provision of the Platform.**
- B2.1 The Vendor will provide the Platform to the Customer during the Subscription Term and will use commercially reasonable efforts to make it available 24 hours a day, seven days a week, except for planned maintenance and events outside the Vendor's reasonable control.
- B2.2 The Vendor will use commercially reasonable efforts to schedule planned maintenance outside the Customer's opening hours and to inform the Customer in advance.
- B2.3 The Vendor may improve or modify the Platform from time to time, provided that it does not materially reduce the functions described in the Order Form.

**B3. Support.**
- B3.1 The Vendor provides support by e-mail and through its online ticket portal, in English and Chinese.
- B3.2 The Vendor will acknowledge support requests and work on them as soon as reasonably practicable, giving priority to requests that prevent ticket sales or gate entry.
- B3.3 The Vendor does not commit to any particular response, restoration or availability time. Service credits, refunds and other compensation for unavailability or delays are not provided under this Agreement.

**B4. Customer responsibilities.** The Customer is responsible for its gate equipment, network connections at the site, its payment-provider contracts, the accuracy of ticket prices and time-slot capacities it configures, and the conduct of its users.

**B4A. Training and documentation.** As part of the set-up, the Vendor will train up to 25 ticket-office, gate and control-room staff of the Customer on site in Zhangjiajie before the Go-Live Date, and will provide user manuals and short training videos in Chinese. Further training sessions requested by the Customer after the Go-Live Date are charged at the Vendor's daily rate agreed in writing in advance. The Vendor will also provide the Customer with release notes in Chinese before each new version of the Platform is deployed.

**B5. Customer Data.**
- B5.1 Customer Data means all data entered into or generated by the Platform for the Customer, including visitor names, ID numbers, telephone numbers, bookings, payment records and gate logs. Customer Data belongs to the Customer.
- B5.2 The Vendor processes Customer Data only on the Customer's documented instructions and only to provide the Platform and support. It does not use Customer Data for any other purpose and does not sell or disclose it to anyone except the approved hosting provider.
- B5.3 Customer Data is stored only in the mainland China data centre in A6 and is not transferred abroad. Vendor personnel outside China have no access to personal information in Customer Data.

**B6. Data Security.**
- B6.1 The Vendor maintains technical and organisational measures appropriate to the risk, including encryption of ID numbers and telephone numbers at rest and in transit, role-based access with multi-factor authentication for administrators, logging of all administrative access for at least six months, and daily encrypted backups kept for 30 days. The Platform holds a valid MLPS level-3 filing for its China deployment.
- B6.2 The Vendor complies with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law as they apply to its processing.
- B6.3 If the Vendor becomes aware of a security incident affecting Customer Data, it will notify the Customer within 24 hours, provide the information the Customer needs for its own reporting duties, and take immediate steps to contain the incident. The Vendor is responsible for the losses, regulatory fines and visitor claims that result from a security incident caused by its breach of this B6.
- B6.4 Within 30 days after the end of the Subscription Term the Vendor will return all Customer Data in CSV format and then delete it, and will confirm deletion in writing.

**B7. Confidentiality.** Each party will keep confidential all non-public information of the other party that it receives under this Agreement, including prices, visitor statistics and technical documentation, and will use it only to perform this Agreement. This obligation lasts for three years after the end of the Agreement, and for personal information without time limit.

**B8. Intellectual Property.**
- B8.1 The Vendor owns the Platform and all improvements to it.
- B8.2 The booking-page designs, ticket templates, visitor-flow reports and integration scripts created specifically for the Customer ("Customer Materials") belong to the Customer. The Customer may use, modify and license the Customer Materials freely, also after the end of the Agreement.

**B9. Fees and taxes.** Fees are inclusive of VAT. The Vendor will issue valid Chinese VAT invoices through its appointed agent in Changsha.

**B10. Liability.**
- B10.1 Neither party is liable for indirect or consequential loss, including loss of ticket revenue, except in the case of fraud or wilful misconduct.
- B10.2 Each party's total liability under this Agreement is limited to twice the Total Order Value. The limit does not apply to breach of B5, B6 or B7, or to personal injury.

**B11. Subcontracting.** The Vendor will not subcontract any part of the Platform or support, other than to the approved hosting provider in A6, without the Customer's prior written consent. The Vendor is responsible for its subcontractors as for itself.

**B12. Term and Termination.**
- B12.1 This Agreement runs for the Subscription Term and any renewal under A5.
- B12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
- B12.3 On termination by the Customer for the Vendor's breach, the Vendor will refund any fees paid for the period after termination and will support the migration of Customer Data to a new provider for up to 60 days.

**B13. Force majeure.** Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders closing the scenic area, or failures of public telecommunications networks.

**B14. Governing law and disputes.** This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha in accordance with its rules. The arbitral award is final and binding.

**B15. General.** This Agreement consists of the Order Form, these General Terms and Annexes 1 and 2. Amendments must be in writing and signed by both parties. Notices may be sent by e-mail to the contacts named in Annex 2.

Annex 1 — Go-Live acceptance tests. Annex 2 — Hosting provider, data centre location and contacts.

Accepted for the Customer: ____________________ (name, title, date, company seal)

Accepted for the Vendor: ____________________ (name, title, date)
"""

# ================= h258e03 — Qinghai yak dairy, milk-collection station sensors, Spanish integrator, buyer's paper, .txt =================
H258E03 = """PURCHASE AND INSTALLATION CONTRACT
Milk-Collection Station Monitoring System

Contract No.: QHGY-PUR-2026-031

BETWEEN

Qinghai Gaoyuan Yak Dairy Co., Ltd., a company established in the People's Republic of China, with its registered address at 66 Kunlun Road, Chengbei District, Xining, Qinghai Province (the "Buyer")

AND

Torre Sensórica S.L., a company established in Spain, with its registered address at Calle del Muelle 9, Isla de la Torre, Spain, acting in China through its representative office in Chengdu (the "Supplier")

BACKGROUND

A. The Buyer collects yak milk from herders at 42 milk-collection stations on the Qinghai plateau and transports it by insulated truck to its processing plant in Xining.
B. The Buyer wishes to monitor milk temperature, volume, fat and protein content, and cooling-tank status at every station in real time, so that unsafe milk is rejected at the station and herders are paid on measured quality.
C. The Supplier has offered its high-altitude sensor kits and its MilkTrack monitoring platform, and the Buyer has accepted the offer on the Buyer's standard terms set out below. At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).

1. DEFINITIONS AND INTERPRETATION

1.1 "Equipment" means the sensor kits, gateways, solar backup units and spare parts listed in Schedule A.
1.2 "Platform Licence" means the perpetual licence of the MilkTrack monitoring software, installed on the Buyer's servers in Xining, for an unlimited number of users of the Buyer.
1.3 "System" means the Equipment, the Platform Licence and the integration work, taken together.
1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Clause 6.3.
1.5 Headings are for convenience only. "Including" means including without limitation.

2. SCOPE OF SUPPLY

2.1 The Supplier shall supply, deliver, install, configure and commission the System at the 42 stations and at the Buyer's data room in Xining, integrate the Platform with the Buyer's herder payment system and its ERP, and train the Buyer's staff.
2.2 Each sensor kit comprises an in-tank temperature probe, a flow meter, an inline milk analyser for fat, protein and added water, a tank level sensor, a compressor status monitor and a 4G/BeiDou gateway with local storage for at least 30 days of readings.
2.3 All Equipment shall be rated for operation at altitudes up to 4,800 metres and at ambient temperatures from minus 35 to plus 40 degrees Celsius.

3. CONTRACT PRICE

3.1 The total contract price is CNY 2,100,000 (the "Contract Price"), inclusive of VAT, freight to each station, insurance, installation and all other costs of the Supplier, as itemised below:

  Item  Description                                   Qty   Unit price (CNY)   Amount (CNY)
  1     Station sensor kit (incl. gateway)            42    38,600             1,621,200
  2     MilkTrack Platform Licence (perpetual)        1     218,000            218,000
        Equipment and Licence Subtotal                                         1,839,200
  3     Installation, integration and commissioning   1     236,800            236,800
  4     Training of station and plant staff           1     24,000             24,000
        Contract Price                                                         2,100,000

3.2 The Contract Price is fixed and not subject to adjustment for exchange rates, customs duties or any other reason.

4. PAYMENT

4.1 The Buyer shall pay the Contract Price as follows:
  (a) 10% (CNY 210,000) within 15 working days after signature of this Contract and receipt of an advance-payment guarantee of the same amount from a bank in mainland China;
  (b) 55% (CNY 1,155,000) within 15 working days after installation at all 42 stations has been completed and the Buyer has signed the installation certificate; and
  (c) 35% (CNY 735,000) within 15 working days after Final Acceptance.
4.2 The installation certificate confirms only that the Equipment has been installed. It is not acceptance of the System.
4.3 Each payment requires a valid Chinese VAT invoice.

5. DELIVERY AND DELAY

5.1 The Supplier shall complete installation at all stations within 100 days after signature, during the grazing season agreed in Schedule B.
5.2 If the Supplier fails to meet the installation date or the Final Acceptance date in Schedule B for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.

6. TESTING AND ACCEPTANCE

6.1 After installation the System shall run for a trial period of 60 days.
6.2 Final Acceptance requires that: (a) readings from all 42 stations arrive on the Platform with at least 98% completeness over the trial period, and data stored locally during network outages is uploaded automatically; (b) temperature readings are within plus or minus 0.3 degrees of a calibrated reference thermometer; (c) fat and protein readings are within the tolerances in Schedule A against laboratory results for 300 samples; (d) alarms for temperature above the set point reach the station manager's phone within 60 seconds; (e) the interface to the herder payment system and ERP reconciles volumes and quality grades for 20 consecutive collection days; and (f) no Severity 1 fault is open.
6.3 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria in Clause 6.2 are met. Installation, use of the System during the trial period, or payment do not constitute acceptance.

7. WARRANTY AND SERVICE LEVELS

7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment and correct any software defect free of charge, including parts, labour, travel and freight.
7.2 Severity 1 faults (a station sends no data, or the Platform is unavailable) shall receive a remote response within 2 hours; a replacement unit shall be dispatched from the Supplier's spare-parts store in Xining within 24 hours and the fault fixed within 72 hours, given the distance to remote stations. Severity 2 faults shall receive a response within 8 hours.
7.3 For each hour by which the Supplier exceeds the Severity 1 response time, and for each day by which it exceeds the Severity 1 fix time, the Supplier shall pay the Buyer CNY 800 and CNY 2,000 respectively, deductible from any amount due.
7.4 The Supplier shall keep a stock of spare sensor kits in Xining equal to at least 5% of the installed quantity during the warranty period.

8. SUPPORT AFTER WARRANTY

8.1 After the warranty period, the Supplier shall offer annual maintenance on the same terms as Clause 7. The annual fee is fixed at 7.5% of the Equipment and Licence Subtotal, that is CNY 137,940 per year, for the first two years after the warranty period. Any later increase requires the Buyer's written agreement and shall not exceed 3% per year.
8.2 Maintenance is ordered by the Buyer's purchase order for each year and does not renew automatically.

9. DATA

9.1 All readings, station records, herder information, quality results and reports generated by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not retain, analyse or disclose it for any other purpose.
9.2 The Platform is installed on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN with individual accounts and multi-factor authentication, after the Buyer approves each session. Gateways shall encrypt data in transit. The Supplier shall not transfer Buyer Data outside mainland China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
9.3 The Supplier shall notify the Buyer of any unauthorised access to or loss of Buyer Data within 12 hours, take all necessary remedial steps, and compensate the Buyer for all losses resulting from its breach of this Clause 9.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's technical and commercial information, including herder lists, milk prices and quality data, and use it only for this Contract. This obligation survives for three years after the Contract ends.

11. INTELLECTUAL PROPERTY

11.1 The Supplier retains the intellectual property in the MilkTrack software and the sensor firmware.
11.2 The integration interfaces, custom reports, alarm rules and configuration developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.

12. LIABILITY

12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.

13. SUBCONTRACTING

13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.

14. TERMINATION

14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or if the delay damages under Clause 5.2 reach their maximum.
14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any part of the System not accepted and compensate the Buyer's direct losses.

15. GOVERNING LAW AND DISPUTES

15.1 This Contract is governed by the laws of the People's Republic of China.
15.2 Any dispute shall be submitted to the Xining Arbitration Commission for arbitration in Xining. The award is final.

16. GENERAL

16.1 Force majeure, including severe snowstorms that close roads to the stations, suspends the affected obligations for its duration, provided the affected party informs the other promptly.
16.2 This Contract is made in Chinese and English; both versions are equally authentic.

Schedule A: Equipment specifications and measurement tolerances.
Schedule B: Installation plan and milestone dates.

For the Buyer: ____________________ (signature and company seal)   Date: __________

For the Supplier: ____________________ (authorised signatory)   Date: __________
"""

# ================= h258e04 — Dongguan electronics maker, managed ERP hosting, German provider, .docx =================
H258E04 = """T:Managed ERP Hosting Services Agreement
P:Agreement reference: SCS-MH-2026-118
P:This Managed ERP Hosting Services Agreement is entered into by and between Dongguan Huaxin Precision Electronics Co., Ltd., a limited liability company organised under the laws of the People's Republic of China, whose registered address is 25 Songshan Lake Science Park Road, Dongguan, Guangdong ("Customer"), and Schwanenwerder Cloud Services GmbH, a company organised under the laws of Germany, whose registered address is Uferweg 4, Insel Schwanenwerder, Germany ("Provider"), which performs the services in China through its Shenzhen operating subsidiary.
P:WHEREAS the Customer runs its enterprise resource planning (ERP) system, including finance, procurement, production planning, warehouse and quality modules, for its two factories in Dongguan, and wishes to move the system from its own server room to a managed hosting environment; and WHEREAS the Provider operates managed application hosting for ERP systems from a co-location data centre in Shenzhen; the parties agree as follows. At the Customer's request, all amounts in this Agreement are stated and payable in CNY.
H:1. Definitions
P:1.1 "Services" means the hosting, operation, monitoring, backup, patching and technical administration of the Customer's ERP system described in Schedule 1.
P:1.2 "Hosted Environment" means the servers, storage, network, operating systems, database and ERP application instances operated by the Provider for the Customer.
P:1.3 "Cut-over" means the migration of the Customer's production ERP system to the Hosted Environment and the start of production use there.
P:1.4 "Monthly Charge" means the fixed monthly charge for the Services set out in Clause 3.
P:1.5 "Customer Data" means all data of the Customer or its users stored in or processed by the Hosted Environment.
H:2. Term and Services
P:2.1 This Agreement starts on signature and the Services run for 36 months from the Cut-over date (the "Term").
P:2.2 The Provider shall provide the Services in accordance with Schedule 1, including: operating the production, test and disaster-recovery environments; 24x7 monitoring from its network operations centre; monthly operating-system and database patching in agreed maintenance windows; daily backups with 30 days' retention; quarterly restore tests; ERP basis administration (user administration on request, transport management, job scheduling, performance tuning); and a monthly service report.
P:2.3 At the end of the Term this Agreement expires. Any extension requires a new written agreement signed by both parties.
H:3. Charges
P:3.1 The charges are fixed for the Term as follows:
TB:Item|Basis|Amount (CNY)
TB:Migration and Cut-over (one-time, fixed)|once|132,000
TB:Monthly Charge (production, test and DR environments, 2,400 concurrent users, basis administration)|CNY 68,000 x 36 months|2,448,000
TB:Total Contract Value||2,580,000
P:3.2 The one-time migration charge is invoiced after Cut-over Acceptance. The Monthly Charge is invoiced monthly in arrears. No charges are payable in advance.
P:3.3 The Customer shall pay each correct VAT invoice within 30 days of receipt. Additional work outside Schedule 1 is charged only on the basis of a written change order signed by both parties.
H:4. Migration and Cut-over Acceptance
P:4.1 The Provider shall complete the Cut-over within 90 days after signature, on a weekend agreed with the Customer, following the migration plan in Schedule 3.
P:4.2 If the Cut-over is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 2,000 for each day of delay, up to a total of CNY 120,000.
P:4.3 Cut-over Acceptance requires that: (a) the database consistency check shows no differences between the source and the migrated system; (b) the month-end closing of the previous month has been reproduced in the test environment with identical financial results; (c) the 20 key transactions in Schedule 3 run in less than 2 seconds at 600 concurrent users; (d) a disaster-recovery switchover test has been completed with recovery within the times in Schedule 2; and (e) the first production week has ended without a Priority 1 incident. The Customer shall confirm Cut-over Acceptance in writing within 5 working days after these criteria are met. Production use alone does not constitute Cut-over Acceptance.
H:5. Service Levels
P:5.1 The Provider shall make the production ERP environment available at least 99.95% of each calendar month, measured at the Customer's network interface in the data centre, excluding agreed maintenance windows.
P:5.2 The Provider shall respond to and resolve incidents within the following times:
TB:Priority|Description|Response|Resolution or workaround
TB:P1|production ERP down or a factory cannot post goods movements|30 minutes|2 hours
TB:P2|a module or interface degraded|1 hour|8 hours
TB:P3|single user or minor issue|next business day|5 business days
P:5.3 Recovery point objective for the disaster-recovery environment is 15 minutes and recovery time objective is 2 hours.
H:6. Service Credits
P:6.1 If availability in a month is below the level in Clause 5.1, the Provider shall credit 5% of the Monthly Charge for each started 0.05 percentage point of shortfall, up to 50% of the Monthly Charge.
P:6.2 For each P1 incident in which the resolution time is exceeded, the Provider shall credit CNY 3,000 for each started hour of delay.
P:6.3 Credits are deducted from the next invoice.
H:7. Customer Data
P:7.1 Customer Data is and remains the property of the Customer. The Provider may use Customer Data only to provide the Services to the Customer and shall not sell, license or otherwise use it for any other purpose.
P:7.2 At the end of the Term, the Provider shall, at the Customer's choice, return a full export of Customer Data and of the ERP system in a format agreed with the Customer, and shall then remove Customer Data from the Hosted Environment.
H:8. Confidentiality
P:8.1 Each party shall keep confidential any information of the other party that is marked as confidential or that by its nature should be treated as confidential, including the Customer's product costs, customer lists, drawings and production plans, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of the Term.
H:9. Intellectual Property
P:9.1 The Provider retains the intellectual property in its monitoring tools, automation platform and standard procedures.
P:9.2 The runbooks, scripts, interface configurations and documentation prepared specifically for the Customer belong to the Customer, which may use, modify and hand them to any successor provider without restriction.
H:10. Subcontracting
P:10.1 The Provider shall not subcontract the Services or any part of them without the Customer's prior written consent. The co-location data-centre operator named in Schedule 1 is approved by the Customer's signature of this Agreement. The Provider remains responsible for its subcontractors.
H:11. Liability
P:11.1 Neither party is liable for indirect or consequential loss or loss of profit, except for wilful misconduct.
P:11.2 Each party's total aggregate liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury, wilful misconduct or breach of Clause 8.
H:12. Duration and Remedies
P:12.1 This Agreement may not be terminated by either party before the end of the Term, except by the Provider if the Customer fails to pay undisputed invoices for more than 90 days after a written reminder.
P:12.2 If the Provider fails to perform the Services as agreed, the Customer's remedies are the service credits under Clause 6, the liquidated damages under Clause 4.2 and damages within the limits of Clause 11. The Customer shall not withhold payment of the Monthly Charge on account of any dispute about the Services.
P:12.3 At the end of the Term, the Provider shall support the transfer of the Services to the Customer or a successor provider for up to 60 days at the rates in Schedule 4.
H:12A. Service Management
P:12A.1 The Provider shall appoint a named service delivery manager who speaks Chinese, chairs a monthly service review with the Customer's IT manager and presents the monthly service report, including availability, incidents, changes, backup and restore results, capacity trends and open actions.
P:12A.2 Every change to the Hosted Environment that may affect production shall be submitted to the Customer for approval at least three business days in advance, except emergency changes needed to restore service, which shall be reported on the same day.
H:13. Customer Obligations
P:13.1 The Customer shall maintain its own ERP application licences and their vendor support, provide the network connection between its factories and the data centre, name a service manager, and approve changes in good time.
H:14. Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, typhoons, epidemics, government actions and failures of public power or telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising from or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of application. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 This Agreement, together with Schedule 1 (Service Description), Schedule 2 (Service Levels and Recovery Objectives), Schedule 3 (Migration Plan and Key Transactions) and Schedule 4 (Rates for Additional Services), is the entire agreement of the parties on its subject matter.
P:16.2 Amendments must be in writing and signed by authorised representatives of both parties. Neither party may assign this Agreement without the other party's written consent.
P:16.3 This Agreement is executed in two English originals, one for each party.
P:For and on behalf of Customer: ____________________ Name: __________ Title: __________ Date: __________
P:For and on behalf of Provider: ____________________ Name: __________ Title: __________ Date: __________
"""

# ================= h258e05 — Guiyang data exchange, identity-verification API subscription, French vendor, .txt =================
H258E05 = """IDENTITY VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement number: AI-GY-2026-07

Parties

Customer: Guiyang Qianyun Data Exchange Co., Ltd., registered at 9 Big Data Avenue, Guiyang National High-tech Zone, Guiyang, Guizhou Province, People's Republic of China (the "Customer").

Vendor: Arsène Identité SAS, a simplified joint-stock company registered in France, with its head office at 2 Quai des Salines, Île d'Ars, France, operating in China through its wholly foreign-owned subsidiary in Guiyang, which hosts and operates the service (the "Vendor").

Introduction

The Customer operates a licensed data-trading platform on which member enterprises buy and sell data products. Before any enterprise or individual may open an account or sign a data transaction, the Customer must verify the identity of the person acting, the validity of his or her identity document, and the liveness of a face image. The Vendor offers an application programming interface (the "API") for these checks, built on licensed official verification channels in mainland China. This Agreement sets out the terms on which the Customer subscribes to the API. At the Customer's request, all fees are stated and payable in CNY.

Section 1 - Definitions

1.1 "Service" means access to the API for identity-document verification, face comparison, liveness detection and enterprise registration lookup, together with the dashboard, the sandbox and support.
1.2 "Service Start Date" means the date on which the Customer's production integration passes Integration Acceptance under Section 5.
1.3 "Contract Year" means each period of one contract year beginning on the Service Start Date or on its anniversary.
1.4 "Customer Data" means all requests sent by the Customer to the API, including names, identity numbers, document images and face images, and all results returned to the Customer.

Section 2 - Subscription and Term

2.1 The subscription runs for two Contract Years from the Service Start Date (the "Term").
2.2 Each Contract Year includes up to 6,000,000 verification calls of any type. Calls above that volume are charged at CNY 0.09 per call, invoiced quarterly in arrears; the parties expect no overage.
2.3 The Agreement ends at the end of the Term. It may be extended only by a written agreement signed by both parties.

Section 3 - Fees

3.1 The fees are:

  Annual subscription fee, Contract Year 1 .......... CNY   720,000
  Annual subscription fee, Contract Year 2 .......... CNY   720,000
  Onboarding and integration support (one-time) ..... CNY    60,000
  Total contract value .............................. CNY 1,500,000

3.2 The Vendor shall invoice the annual subscription fee for Contract Year 1 together with the onboarding fee (CNY 780,000 in total) on signature of this Agreement. The Customer shall pay that invoice within 10 days of receipt, before the Service Start Date.
3.3 The Vendor shall invoice the annual subscription fee for Contract Year 2 on the first anniversary of the Service Start Date, payable within 30 days.
3.4 All fees include VAT. Payments are made by bank transfer in CNY to the Vendor's subsidiary in Guiyang against valid VAT invoices.

Section 4 - Onboarding

4.1 The Vendor shall provide sandbox access within 5 days after signature, technical documentation in Chinese, two integration workshops and an integration engineer available during the Customer's working hours until Integration Acceptance.
4.2 The Vendor shall make the production Service ready for Integration Acceptance within 45 days after signature. If it fails to do so for reasons attributable to it, the Vendor shall pay the Customer CNY 1,200 for each day of delay, up to CNY 90,000, deductible from any amount due.

Section 5 - Integration Acceptance

5.1 Integration Acceptance takes place when the following tests, run by the Customer with the Vendor's support, are passed: (a) identity-document verification returns correct results for a test set of 2,000 records with known outcomes; (b) face comparison and liveness detection meet the false-acceptance and false-rejection rates in Schedule 1 on the Customer's test set; (c) the median response time of the API is below 800 milliseconds and the 99th percentile below 2 seconds at 200 calls per second for one hour; (d) the enterprise registration lookup matches the official register for 500 sample enterprises; and (e) the call logs in the dashboard reconcile with the Customer's own logs for seven consecutive days.
5.2 The Customer shall confirm Integration Acceptance in writing within 5 working days after the tests are passed. Production use of the API before that confirmation is not Integration Acceptance.

Section 6 - Service Levels and Credits

6.1 The Vendor shall keep the production API available at least 99.95% of each calendar month, excluding planned maintenance of which the Customer has been told at least five days in advance and which takes place between 01:00 and 05:00 Beijing time.
6.2 Incidents are handled as follows: Priority 1 (the API is unavailable or returns wrong results for more than 1% of calls) - response within 30 minutes and restoration within 2 hours; Priority 2 (degraded performance or a single check type unavailable) - response within 1 hour and restoration within 8 hours; Priority 3 (other) - response on the next business day.
6.3 If monthly availability falls below the level in 6.1, the Vendor shall credit the Customer 5% of one twelfth of the current annual fee for each started 0.05 percentage point of shortfall, up to 25% of that amount. For each hour by which a Priority 1 restoration time is exceeded, the Vendor shall credit an additional CNY 2,000. Credits are paid or set off within 30 days after the end of the month.
6.4 The Vendor shall provide a monthly service report with availability, response times, incidents and call volumes.

Section 7 - Customer Data

7.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to perform the Service for the Customer, as the Customer's entrusted processor, and shall not use it for any other purpose, including the training of models, benchmarking or analytics for itself or others.
7.2 The Vendor shall not store document images or face images after the response to the request has been returned, and shall keep request logs only in hashed form and only for the period required by law or agreed in Schedule 2.

Section 8 - Data Security

8.1 The Service is hosted exclusively in data centres in Guizhou Province. No Customer Data is transferred outside mainland China, and personnel of the Vendor's French parent company have no access to Customer Data.
8.2 The Vendor shall maintain an MLPS level-3 filing and ISO 27001 certification for the Service, encrypt all Customer Data in transit and at rest, restrict access on a least-privilege basis with multi-factor authentication, keep audit logs of every administrative access for at least six months, and carry out penetration tests twice per Contract Year, sharing summary results with the Customer.
8.3 The Vendor shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law and with the rules of the Customer's data-trading platform that the Customer notifies to it in writing.
8.4 If the Vendor becomes aware of any security incident affecting Customer Data, it shall notify the Customer within 12 hours, take immediate containment measures, provide the information the Customer needs to report to the authorities, and bear all losses, fines and third-party claims arising from an incident caused by the Vendor or its personnel.

Section 9 - Intellectual Property

9.1 The Vendor retains all rights in the API, its models and its software.
9.2 The integration adapters, mapping rules and test scripts developed by the Vendor specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to its member enterprises.

Section 10 - Subcontracting

10.1 The Vendor may not subcontract any part of the Service without the Customer's prior written consent. The licensed official verification channels listed in Schedule 2 are approved by the Customer's signature of this Agreement. The Vendor remains responsible for everyone it engages.

Section 11 - Liability

11.1 Neither party is liable for indirect or consequential losses, except for wilful misconduct or gross negligence.
11.2 The Vendor's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of Sections 7 and 8, personal injury or wilful misconduct.

Section 12 - Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 20 days after written notice.
12.2 The Customer may also terminate by written notice if monthly availability is below 99.5% in two consecutive months, or if the Vendor loses access to an official verification channel and cannot replace it within 15 days.
12.3 On termination by the Customer under 12.1 or 12.2, the Vendor shall refund the prepaid fees for the remaining part of the Contract Year, pro rata.

Section 13 - Force Majeure

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, including suspension of official verification channels by the authorities, provided it informs the other promptly and mitigates the effect.

Section 14 - Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang. The award is final and binding.

Section 15 - General

15.1 This Agreement, with Schedule 1 (Accuracy targets and test sets) and Schedule 2 (Log retention and verification channels), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________ (name, title, seal)   Date: __________

Signed for the Vendor: ____________________ (name, title)   Date: __________
"""

# ================= files, prices, plan =================
FILES = {
    "h258z01": ("h258z01_provincial_statistics_census_data_platform.docx", "docx", "zh"),
    "h258z02": ("h258z02_tyre_plant_xray_inspection_maintenance.pdf", "pdf", "zh"),
    "h258z03": ("h258z03_laundry_chain_order_logistics_saas.txt", "txt", "zh"),
    "h258z04": ("h258z04_city_management_digital_platform_om.md", "md", "zh"),
    "h258z05": ("h258z05_herbal_tea_crm_supplier_template.md", "md", "zh"),
    "h258e01": ("h258e01_toy_maker_plm_perpetual_licences.pdf", "pdf", "en"),
    "h258e02": ("h258e02_glass_bridge_timed_entry_saas_order_form.md", "md", "en"),
    "h258e03": ("h258e03_yak_dairy_milk_station_sensors.txt", "txt", "en"),
    "h258e04": ("h258e04_electronics_managed_erp_hosting.docx", "docx", "en"),
    "h258e05": ("h258e05_data_exchange_identity_api_subscription.txt", "txt", "en"),
}

# price lines, payment instalments, contract value; fee base (itemised licence/hardware) for goods
PRICES = {
    "h258z01": dict(items=[1280000, 960000, 346000, 154000], pays=[548000, 1233000, 959000], value=2740000, shares=[20, 45, 35]),
    "h258z02": dict(items=[3 * 1460000, 186000, 34000], pays=[460000, 2530000, 1610000], value=4600000, shares=[10, 55, 35]),
    "h258z03": dict(items=[150 * 1680 * 2, 86000], pays=[63000] * 8 + [86000], value=590000),
    "h258z04": dict(items=[624000, 318000, 146000, 92000], pays=[295000] * 4, value=1180000),
    "h258z05": dict(items=[560000, 780000, 110000], pays=[725000, 725000], value=1450000, shares=[50, 50]),
    "h258e01": dict(items=[120 * 9800, 164000, 486000, 128000, 46000], pays=[400000, 900000, 700000], value=2000000, shares=[20, 45, 35]),
    "h258e02": dict(items=[26500 * 24, 58000], pays=[26500] * 24 + [58000], value=694000),
    "h258e03": dict(items=[42 * 38600, 218000, 236800, 24000], pays=[210000, 1155000, 735000], value=2100000, shares=[10, 55, 35]),
    "h258e04": dict(items=[132000, 68000 * 36], pays=[132000] + [68000] * 36, value=2580000),
    "h258e05": dict(items=[720000, 720000, 60000], pays=[780000, 720000], value=1500000),
}
SUBTOTALS = {"h258z01": (1280000, 102400), "h258z02": (4380000, 963600), "h258e01": (1340000, 147400),
             "h258e03": (1839200, 137940)}  # fee base, annual post-warranty fee

# the plan, decided before writing the text: expected rules and risk
PLAN = {
    "h258z01": ([], "low"),
    "h258z02": (["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "h258z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h258z04": (["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
    "h258z05": (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], "high"),
    "h258e01": (["CR-GOVERNING-LAW"], "low"),
    "h258e02": (["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
    "h258e03": ([], "low"),
    "h258e04": (["CR-DATA-SECURITY", "CR-TERMINATION"], "high"),
    "h258e05": (["CR-CONFIDENTIALITY", "CR-PREPAYMENT"], "medium"),
}
FORUM_OUTSIDE_MAINLAND = {"h258e01"}  # SIAC, seated in Singapore, PRC law chosen

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def T(**kw):
    d = dict(BASE)
    for k, v in kw.items():
        assert k in d, k
        d[k] = v
    return {k: d[k] for k in KEYS}


V = {k: v["value"] for k, v in PRICES.items()}
TERMS = {
    "h258z01": T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                 final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
    "h258z02": T(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=10,
                 final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=22, contract_kind="goods_or_licence"),
    "h258z03": T(availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
                 ld_rate_per_day_pct=500 / V["h258z03"] * 100, auto_renewal_price_increase=True),
    "h258z04": T(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.02, subcontract_without_consent=True),
    "h258z05": T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.01, liability_cap_pct=20,
                 prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                 subcontract_without_consent=True, contract_kind="goods_or_licence"),
    "h258e01": T(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                 final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11, contract_kind="goods_or_licence"),
    "h258e02": T(sla_remedy=False, liability_cap_pct=200),
    "h258e03": T(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                 final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5, contract_kind="goods_or_licence"),
    "h258e04": T(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                 ld_rate_per_day_pct=2000 / V["h258e04"] * 100, liability_cap_pct=150, termination_for_breach=False),
    "h258e05": T(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.08,
                 liability_cap_pct=150, prepayment_pct=780000 / V["h258e05"] * 100),
}
CATEGORY = {"h258z01": "software", "h258z02": "hardware", "h258z03": "cloud", "h258z04": "services",
            "h258z05": "software", "h258e01": "software", "h258e02": "cloud", "h258e03": "hardware",
            "h258e04": "cloud", "h258e05": "cloud"}
SLA_CLAUSE = {k: k != "h258e02" for k in TERMS}
CAPPED = {"h258z01": True, "h258z02": True, "h258z05": False, "h258e01": True, "h258e03": True}
DEEMED = {k: k == "h258z05" for k in TERMS}

# each labelled figure, as it is written in the text
EVIDENCE = {
    "h258z01": ["2,740,000", "20%", "99.95%", "30分钟", "万分之八", "二十四个月", "8%", "102,400", "548,000", "1,233,000", "959,000"],
    "h258z02": ["4,600,000", "4,380,000", "10%", "2小时内远程响应", "千分之一", "50%", "十八个月", "22%", "963,600"],
    "h258z03": ["590,000", "504,000", "86,000", "99.5%", "1小时内响应", "¥500", "8%", "脱敏", "63,000"],
    "h258z04": ["1,180,000", "99.95%", "15分钟", "万分之二", "书面告知", "295,000"],
    "h258z05": ["1,450,000", "50%", "725,000", "8小时内响应", "万分之一", "20%", "六个月", "当年度公布的服务价目表", "视为甲方已验收合格", "无需另行征得甲方同意", "均归乙方所有"],
    "h258e01": ["2,000,000", "1,340,000", "20% (CNY 400,000)", "within 1 hour", "0.1% of the Contract Price", "150%", "24 months", "11%", "147,400", "Singapore"],
    "h258e02": ["694,000", "636,000", "58,000", "twice the Total Order Value", "commercially reasonable efforts", "does not commit"],
    "h258e03": ["2,100,000", "1,839,200", "10% (CNY 210,000)", "within 2 hours", "0.08%", "150%", "36 months", "7.5%", "137,940"],
    "h258e04": ["2,580,000", "2,448,000", "99.95%", "30 minutes", "CNY 2,000 for each day", "150%", "may not be terminated"],
    "h258e05": ["1,500,000", "780,000", "99.95%", "within 30 minutes", "CNY 1,200", "150%"],
}

# ================= policy §3/§4 re-applied to the labels =================
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    t = TERMS[key]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    base, fee = SUBTOTALS[key]
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 1e-6, key
    years = max(0.0, 5 - t["warranty_months"] / 12)
    total = V[key] + years * fee
    return total, years * fee / total * 100


def rules(key):
    t, out = TERMS[key], []
    if not SLA_CLAUSE[key]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if SLA_CLAUSE[key] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if t["ld_rate_per_day_pct"] is None:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            out.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not CAPPED[key] or t["post_warranty_fee_pct"] > 15:
            out.append("CR-POST-WARRANTY-FEE")
        r = tco(key)
        if r and r[1] > 40:
            out.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or key in FORUM_OUTSIDE_MAINLAND:
        out.append("CR-GOVERNING-LAW")
    return sorted(out)


def risk(found):
    if any(r in HIGH for r in found):
        return "high"
    if any(r not in LOW for r in found):
        return "medium"
    return "low"


def check_no_threshold_values():
    """No labelled number sits on a threshold (beyond the text scan)."""
    for k, t in TERMS.items():
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-3, k
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, k
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, k
        r = tco(k)
        assert r is None or abs(r[1] - 40) > 0.5, k


def label(key):
    name, fmt, lang = FILES[key]
    extra = {"sla_clause": SLA_CLAUSE[key], "ld_stated": TERMS[key]["ld_rate_per_day_pct"] is not None}
    if TERMS[key]["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = CAPPED[key]
    extra["acceptance_deemed_on_delivery"] = DEEMED[key]
    extra["contract_value"] = V[key]
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": TERMS[key],
            "expected_extra": extra, "expected_rules": rules(key)}

# ================= read back, scan, main =================
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def check_prices():
    for k, p in PRICES.items():
        assert sum(p["items"]) == p["value"], (k, sum(p["items"]))
        assert sum(p["pays"]) == p["value"], (k, sum(p["pays"]))
        for share, pay in zip(p.get("shares", []), p["pays"]):
            assert p["value"] * share == pay * 100, (k, share, pay)
    assert 3 * 1460000 == 4380000 and 120 * 9800 + 164000 == 1340000 and 42 * 38600 + 218000 == 1839200
    assert 150 * 1680 == 252000 and 252000 // 4 == 63000 and 2 * 252000 == 504000
    assert 1180000 // 4 == 295000 and 720000 + 60000 == 780000


def main():
    selftest_thresholds()
    check_prices()
    check_no_threshold_values()
    g = globals()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: g[k.upper().replace("H258", "H258")] for k in FILES}
    built = {k: (FILES[k][0], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: sources[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(sources[k], encoding="utf-8")
            print("wrote", name)
    problems = []
    for k, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name, fmt)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        hits = [m.group() for m in THRESHOLD.finditer(text)] + [m.group() for m in THRESHOLD.finditer(flat)]
        if hits:
            problems.append((name, "threshold", hits))
        for ev in EVIDENCE[k]:
            needle = re.sub(r"\s+", "", ev) if lang == "zh" else ev
            if needle not in flat:
                problems.append((name, "missing figure", ev))
        n = zh_len(text) if lang == "zh" else en_words(text)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        print("%-58s %s %5d %s" % (name, lang, n, "characters (non-space)" if lang == "zh" else "words"))
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        found = rules(k)
        if (found, risk(found)) != (sorted(PLAN[k][0]), PLAN[k][1]):
            problems.append((name, "plan", found, risk(found)))
        r = tco(k)
        if r:
            print("   TCO %.2f  post-warranty share %.2f %%" % r)
    assert not problems, problems
    for k, (name, fmt, lang) in FILES.items():
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    print("labels written; all checks passed")


if __name__ == "__main__":
    main()
