"""holdout235: builds ten ordinary draft contracts (.md/.txt directly, .docx/.pdf through ../word_pdf.py with
wrap_words=True), checks every price and payment sum, re-applies the policy rules (policy.md §3/§4) to the planned
labels, writes the .json labels and scans the read-back text for threshold values.
Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}   # key -> markup (T: title, H: heading, P: paragraph, TB: table row split by |)
META = {}  # key -> plan

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


def extra(kind, sla_clause, ld_stated, acceptance_deemed_on_delivery, contract_value, post_warranty_fee_capped=None):
    d = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        assert post_warranty_fee_capped is not None
        d["post_warranty_fee_capped"] = post_warranty_fee_capped
    d["acceptance_deemed_on_delivery"] = acceptance_deemed_on_delivery
    d["contract_value"] = contract_value
    return d

# ---------------------------------------------------------------- h235z01 (zh, .md, compliant)
SRC["h235z01"] = """T:临川市不动产登记"一网通办"网上登记平台建设项目合同
P:合同编号：LCBDC-2027-GK-014　　采购方式：公开招标（招标编号 LCZC2027-0386）
P:甲方（采购人）：临川市不动产登记中心　　地址：临川市政务服务中心东楼
P:乙方（中标供应商）：江宁数登信息技术有限公司　　地址：江宁市软件园二期C座
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临川市不动产登记"一网通办"网上登记平台建设项目订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分；内容不一致的，以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设不动产登记网上登记平台，包括网上申请、在线缴税缴费、电子证照、抵押登记"不见面办理"、预约叫号及统计分析等模块，并完成与市税务、公安户籍、婚姻登记、银行抵押系统和省级不动产登记信息平台的接口对接。
P:1.2 乙方负责将现有业务系统中约二百六十万条登记簿数据、档案索引及影像挂接关系迁移至新平台，并负责部署、联调、培训和上线保障。
P:1.3 平台部署于甲方政务云，乙方不得将平台或数据部署于任何其他环境。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰壹拾肆万陆仟元整（¥2,146,000），为含税固定总价，包含软件许可、定制开发、数据迁移、实施培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|网上登记平台软件许可（永久，不限用户数）|1,120,000
TB:2|接口开发与业务定制（六类接口、二十项定制功能）|748,000
TB:3|历史数据迁移与校验|172,000
TB:4|部署实施与培训|106,000
TB:合计||2,146,000
P:2.2 除本合同另有约定外，甲方无需支付任何其他费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥429,200。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%，即¥965,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥751,100。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，因财政审批原因延迟的，不视为甲方违约，但甲方应及时书面告知乙方。
H:第四条　工期
P:4.1 乙方应在合同签订后一百五十日内完成开发、迁移和部署并申请初步验收；初步验收后试运行九十日。
P:4.2 乙方应按周向甲方报送项目进度，重大风险应在发现后两个工作日内书面报告。
H:第五条　验收
P:5.1 初步验收标准：（一）需求规格说明书所列功能全部实现；（二）迁移数据逐条比对，登记簿数据一致率达到百分之九十九点九九以上，差异数据全部说明并修正；（三）各接口连续十个工作日调用无差错；（四）在五百个并发用户下，页面平均响应时间不超过两秒、复杂查询不超过三秒。
P:5.2 最终验收标准：（一）试运行期内未发生一级故障；（二）通过甲方委托的第三方机构安全测评，且无高危漏洞；（三）乙方提交源代码、设计文档、运维手册和培训记录。
P:5.3 验收由甲方组织，乙方配合。任何一项标准未达到的，甲方出具书面整改意见，乙方应在十五日内整改后重新申请验收。平台上线、甲方使用或甲方付款，均不视为验收合格。
H:第六条　质量保证
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%，即每年不超过¥100,800，且在质保期满后的两个年度内不作上调。维护服务另行签订合同，不自动续期。
H:第七条　服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不得安排在工作日办公时间。
P:7.2 故障分级及响应：一级故障（平台无法办理业务或数据错误）30分钟内响应，二小时内到达现场，六小时内恢复；二级故障（部分功能不可用）一小时内响应，二十四小时内解决；三级故障（一般问题）在两个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,500；月度可用率每低于约定0.01个百分点，扣减当年维护相关款项¥3,000，可从应付款中直接扣除。
H:第八条　知识产权
P:8.1 平台软件产品的著作权仍属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、业务功能、数据迁移脚本及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条　数据安全
P:9.1 本项目涉及的全部登记数据、权利人信息、影像资料及系统日志均属于甲方，乙方仅可为履行本合同处理，不得复制、留存、向任何第三方提供或用于其他目的。
P:9.2 乙方人员须经甲方审批并签署保密承诺，通过甲方堡垒机访问生产环境，操作全程留痕；测试须使用甲方提供的脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任，包括甲方因此承担的行政处罚和对第三方的赔偿。
H:第十条　保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十一条　违约责任
P:11.1 乙方未按期交付或未按期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条　分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条　争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市不动产登记中心　　　　乙方（盖章）：江宁数登信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿＿
P:签订日期：2027年3月　日　　　　签订日期：2027年3月　日
"""
META["h235z01"] = dict(
    file="h235z01_city_land_registry_online_platform.md", fmt="md", lang="zh", category="software",
    kind_note="不动产登记中心 网上登记平台 licence + 接口定制 + 迁移, 政府采购 公开招标, buyer's paper",
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=36, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2146000,
               post_warranty_fee_capped=True),
    fee_base=1120000, forum_outside=False,
    sums=[([1120000, 748000, 172000, 106000], 2146000), ([429200, 965700, 751100], 2146000)],
    pays=[(20, 429200), (45, 965700), (35, 751100), (9, 100800, 1120000)],
    must=["99.95%", "30分钟内响应", "万分之八", "20%作为预付款", "三十六个月", "9%", "¥2,146,000"],
    rules=[])

# ---------------------------------------------------------------- h235z02 (zh, .docx, 3 risky terms)
SRC["h235z02"] = """T:挤压生产线在线视觉检测与定尺测长系统采购合同
P:合同编号：HX-SB-2027-0412
P:甲方（买方）：鸿轩铝型材股份有限公司　　地址：南海区大沥镇工业大道18号
P:乙方（卖方）：锐眸智能装备有限公司　　地址：东莞市松山湖科技园三路6号
P:鉴于甲方拟对其六条铝型材挤压生产线实施在线表面缺陷检测和定尺测长改造，乙方具备相应产品和实施能力，双方经友好协商，就设备、软件供货、安装调试及后续维保事宜达成如下条款，共同遵守。
H:1. 供货范围
P:1.1 乙方向甲方提供视觉检测单元（含工业线阵相机、光源及防护罩）、激光测长仪、边缘计算服务器及视觉检测软件，安装于甲方一号至六号挤压线的牵引机出口和锯切工位。
P:1.2 乙方负责安装、接线、与甲方 MES 及锯切控制 PLC 的对接、缺陷样本采集和算法标定，并对甲方操作和设备人员进行培训。
P:1.3 设备为全新原厂产品，乙方应随货提供合格证、装箱单、说明书及软件许可证书。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰捌拾柒万元整（¥1,870,000），含增值税、运输、保险、安装及培训费用，明细见下表。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|视觉检测单元|6套|128,000|768,000
TB:2|激光测长仪|6套|86,000|516,000
TB:3|边缘计算服务器|2台|74,000|148,000
TB:4|视觉检测软件许可（按产线，永久）|6线|38,000|228,000
TB:软硬件小计||||1,660,000
TB:5|安装调试与算法标定|1项|186,000|186,000
TB:6|操作与维护培训|1项|24,000|24,000
TB:合计||||1,870,000
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥187,000。
P:3.2 全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的60%，即¥1,122,000。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 系统终验合格后，甲方支付合同总价的25%，即¥467,500。
P:3.4 余款5%即¥93,500作为质量保证金，质保期满且无未解决质量问题后无息支付。
H:4. 交货与安装
P:4.1 乙方应在合同生效后六十日内将设备运抵甲方厂区，并在到货后三十五日内完成安装调试。安装须利用甲方计划停机时段进行，不得影响正常生产。
P:4.2 乙方进入甲方厂区须遵守甲方安全生产制度，动火、登高等作业须办理许可。
H:5. 验收
P:5.1 终验标准：（1）对擦伤、气泡、橘皮、划痕等八类表面缺陷的检出率不低于98%，误报率不高于1.5%；（2）定尺测长误差在正负一毫米以内；（3）检测结果与 MES 和锯切 PLC 的数据交互正确；（4）系统在二十个连续生产日内稳定运行，无一级故障。
P:5.2 双方按上述标准共同测试并签署终验报告。任何一项未达标的，乙方应在十日内整改并重新测试。设备安装完毕或投入试用，均不视为终验合格。
H:6. 质保与售后服务
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，软件免费升级。
P:6.2 故障响应：一级故障（任一产线检测中断）乙方应在一小时内远程响应，十小时内派工程师到场；二级故障二十四小时内解决。乙方每超时一小时，向甲方支付¥800。
P:6.3 质保期满后，乙方继续提供年度维保服务（含备件更换、算法复训和现场巡检），年度维保费按软硬件小计的26%计取，即每年¥431,600，价格固定不变，甲方可逐年决定是否续购。
H:7. 知识产权
P:7.1 软件产品著作权归乙方，甲方获得永久使用许可。
P:7.2 乙方针对甲方型材品种训练的缺陷识别模型、标定参数及与甲方系统的接口程序归甲方所有，甲方可自由使用和修改，乙方应交付相应文件和源代码。
H:8. 数据与保密
P:8.1 检测图像、测长数据、生产记录等数据均属于甲方，乙方仅为履行本合同使用，不得拷贝出厂或用于其他客户的模型训练。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的加密通道进行并全程记录；发生数据泄露的，乙方应在两小时内通知甲方，并对因其原因造成的损失承担全部赔偿责任。
P:8.3 双方对在合作中知悉的对方技术和经营信息负有保密义务，合同终止后仍然有效。
H:9. 分包
P:乙方可将设备安装、线缆敷设等现场施工工作分包给具有相应资质的第三方，但应在分包前五个工作日书面告知甲方分包单位名称。乙方对分包单位的工作承担全部责任。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 系统经两次整改仍不能通过终验的，甲方有权退货并解除合同，乙方退还全部已付款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:11. 合同解除
P:一方严重违约且在收到对方书面通知后十五日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
H:12. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:13. 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、安装位置图、验收测试方案。
P:甲方：鸿轩铝型材股份有限公司（盖章）　　乙方：锐眸智能装备有限公司（盖章）
P:代表签字：＿＿＿＿＿　　代表签字：＿＿＿＿＿
P:日期：2027年　月　日　　日期：2027年　月　日
"""
META["h235z02"] = dict(
    file="h235z02_aluminium_extrusion_vision_measurement.docx", fmt="docx", lang="zh", category="hardware",
    kind_note="铝型材厂 挤压线 视觉检测 + 激光测长 (hardware + licences, install, 维保)",
    terms=terms(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.06,
                liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=18, post_warranty_fee_pct=26, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1870000,
               post_warranty_fee_capped=True),
    fee_base=1660000, forum_outside=False,
    sums=[([6 * 128000, 6 * 86000, 2 * 74000, 6 * 38000], 1660000), ([1660000, 186000, 24000], 1870000),
          ([187000, 1122000, 467500, 93500], 1870000)],
    pays=[(10, 187000), (60, 1122000), (25, 467500), (5, 93500), (26, 431600, 1660000)],
    must=["一小时内远程响应", "万分之六", "10%", "十八个月", "26%", "¥431,600", "书面告知", "¥1,870,000"],
    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"])

# ---------------------------------------------------------------- h235z03 (zh, .txt, 2 risky terms)
SRC["h235z03"] = """T:洁衣坊门店订单与会员管理系统服务协议（SaaS订阅及实施）
P:协议编号：JYF-IT-2027-009
P:甲方：洁衣坊洗衣连锁管理有限公司（统一社会信用代码略）　住所：成都市武侯区科华北路
P:乙方：云趣门店科技有限公司　住所：成都市高新区天府软件园D区
P:甲方在成都、绵阳、德阳经营五十家洗衣门店，需要一套统一的收衣开单、衣物流转跟踪、会员储值与营销、门店对账的在线系统。乙方以软件即服务方式提供"云趣洗护"系统并负责上线实施。双方本着平等自愿原则，订立本协议。
H:一、服务内容
P:（一）乙方向甲方五十家门店及总部开通"云趣洗护"系统订阅，包括收衣开单、衣物条码与水洗唛追溯、工厂洗涤流转、取衣通知、会员储值卡与积分、优惠券营销、门店日结对账、总部报表等功能，并提供移动端小程序。
P:（二）实施服务包括：旧系统会员与储值余额数据迁移、收银 POS 与扫码枪对接、微信小程序上线、门店人员培训和上线首月驻场支持。
P:（三）系统由乙方部署于境内云服务商的数据中心，乙方负责日常运行、备份、安全防护及版本升级。
H:二、服务期限
P:（一）订阅服务期为三十六个月，自系统上线验收合格之日起算。
P:（二）服务期满前六十日，任何一方未书面提出不续订的，本协议自动续期二十四个月，可多次续期。每次续期时，乙方有权根据其当期价格政策调整订阅单价，上调幅度不超过上一期单价的8%，乙方在续期前三十日书面通知甲方即可。
H:三、费用
P:（一）订阅费按门店计算，每店每月¥1,380，五十家门店每月合计¥69,000，三十六个月合计¥2,484,000。
P:（二）实施费为一次性费用¥168,000，包括数据迁移¥72,000、设备对接¥46,000、培训与驻场支持¥50,000。
P:（三）本协议初始服务期内费用总额为¥2,652,000。门店数量增减的，订阅费按实际开通门店数按月结算，单价不变。
H:四、付款
P:（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
P:（二）订阅费按季度后付，每季度首月十日前支付上季度费用，五十家门店每季度¥207,000。
P:（三）甲方不预付任何款项。乙方应在收款前开具增值税专用发票。
H:五、上线与验收
P:（一）乙方应在协议签订后七十五日内完成全部门店上线。
P:（二）上线验收标准：1. 会员数量、储值余额、积分逐户核对一致；2. 五十家门店均完成连续七个营业日的开单、取衣和日结，无阻断性缺陷；3. POS 与扫码枪对接正常；4. 总部报表与门店日结金额一致。甲方确认全部达标后签署上线验收单。
P:（三）系统开通使用或甲方支付任何款项，均不视为上线验收合格。
P:（四）乙方逾期完成上线的，每逾期一日向甲方支付¥1,500违约金。
H:六、服务水平
P:（一）系统月度可用率不低于99.95%（不含提前三日通知并在凌晨一时至五时进行的计划维护）。
P:（二）一级故障（任一门店无法开单或会员无法储值消费）乙方应在30分钟内响应，二小时内恢复；二级故障两小时内响应，一个工作日内解决。
P:（三）月度可用率低于约定的，按当月订阅费的5%向甲方提供服务抵扣；低于99.5%的，抵扣比例为10%。一级故障恢复超时的，每次另行抵扣¥1,000。
H:七、数据
P:（一）甲方门店订单、会员信息、储值记录及营销数据属于甲方所有。
P:（二）甲方同意，乙方可将上述数据经脱敏、汇总处理后，用于编制洗护行业经营分析报告、训练其客流预测模型及改进其产品和服务，该项使用权在本协议终止后继续有效。
P:（三）乙方应采取加密存储、访问控制、操作日志审计等措施保护甲方数据，会员个人信息的处理应符合《个人信息保护法》；发生数据泄露的，乙方应在二十四小时内通知甲方并承担因此造成的损失。
P:（四）本协议终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在交还后删除其系统中的甲方数据。
H:八、知识产权
P:系统软件的知识产权归乙方所有。乙方为甲方定制的报表、营销规则及小程序页面配置归甲方所有，甲方可自行或委托他人使用、修改。
H:九、保密
P:双方对在合作中获悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在协议终止后三年内有效。
H:十、分包
P:乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。
H:十一、责任
P:（一）任何一方违约给对方造成损失的，应予赔偿。乙方在本协议项下的累计赔偿责任以初始服务期费用总额的两倍为限，但数据泄露及故意行为造成的损失不受此限。
P:（二）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除本协议，并按实际使用月份结算费用。
H:十二、法律与争议
P:本协议适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。
H:十三、其他
P:本协议一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：洁衣坊洗衣连锁管理有限公司　　　乙方（盖章）：云趣门店科技有限公司
P:授权代表：＿＿＿＿＿　　　授权代表：＿＿＿＿＿
P:日期：2027年　月　日
"""
META["h235z03"] = dict(
    file="h235z03_laundry_chain_order_membership_saas.txt", fmt="txt", lang="zh", category="cloud",
    kind_note="洗衣连锁 50 门店 订单与会员 SaaS, 36 months + 实施, 一、/（一）",
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                ld_rate_per_day_pct=1500 / 2652000 * 100, liability_cap_pct=200, prepayment_pct=None,
                acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2652000),
    fee_base=None, forum_outside=False,
    sums=[([50 * 1380 * 36], 2484000), ([72000, 46000, 50000], 168000), ([2484000, 168000], 2652000),
          ([50 * 1380 * 3], 207000), ([50 * 1380], 69000)],
    pays=[],
    must=["99.95%", "30分钟内响应", "¥1,500违约金", "两倍为限", "脱敏", "8%", "¥2,652,000"],
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"])

# ---------------------------------------------------------------- h235z04 (zh, .pdf, 2 risky terms)
SRC["h235z04"] = """T:禾丰县耕地质量监测与评价平台运行维护服务合同
P:项目编号：HFXCG-2027-DY-003（单一来源采购）
P:甲方（采购人）：禾丰县农业农村局
P:乙方（供应商）：北垦农信科技有限公司
P:禾丰县耕地质量监测与评价平台由乙方于前期建设并通过验收。经单一来源采购公示和论证，甲方委托乙方承担平台及配套野外监测站点的运行维护服务。依据《中华人民共和国政府采购法》及相关规定，双方订立本合同。
H:第一条　服务范围
P:1. 平台运维：耕地质量监测与评价平台的日常运行监控、数据库维护、备份恢复、安全加固、补丁更新及用户支持。
P:2. 站点维护：全县三十六个耕地质量长期定位监测站点的土壤墒情、养分速测设备及太阳能供电装置的季度巡检、校准和故障维修。
P:3. 数据服务：监测数据的质量核查、异常值处理，编制季度监测简报和年度耕地质量监测报告。
P:4. 应急保障：春播、秋收及重大灾害期间的值守与应急响应。
H:第二条　服务期限
P:服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。
H:第三条　合同金额
P:合同总金额为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人工、差旅、备品备件、校准试剂及税费。分项如下：平台运行维护¥218,000；监测站点巡检维护¥172,800（三十六个站点，每站每季度¥1,200）；数据质量核查与报告编制¥62,400；应急保障¥32,800。
H:第四条　付款方式
P:1. 本合同不设预付款。
P:2. 服务费按季度支付。每季度结束后，乙方提交季度运维报告，经甲方考核合格后十五个工作日内，甲方支付当季服务费¥121,500。
P:3. 考核扣款从当季服务费中直接扣除。
H:第五条　服务水平
P:1. 平台在服务期内的月度可用率不低于99.5%。
P:2. 故障分级：一级故障指平台整体不可访问或监测数据丢失；二级故障指部分功能或部分站点数据中断；三级故障指一般操作问题。
P:3. 响应与处理：一级故障乙方应在1小时内响应，八小时内恢复；二级故障在二十四小时内处理完毕；三级故障在三个工作日内处理完毕。站点设备故障应在接报后三个工作日内修复。
P:4. 平台月度可用率每低于约定值0.1个百分点，扣减当季服务费的2%；一级故障超时恢复的，每超时一小时扣减¥500。
H:第六条　考核与验收
P:1. 甲方按季度对乙方进行考核，考核内容包括平台可用率、故障处理时效、站点数据完整率（不低于95%）、巡检记录完整性和报告质量。
P:2. 年度服务结束后，乙方提交年度运维总结、监测报告及全部巡检、校准记录，甲方组织年度验收，验收标准为全年各季度考核均合格、年度监测报告经县级专家评审通过。
P:3. 考核或验收不合格的，乙方应在十日内整改并重新提交。
H:第七条　数据安全与数据归属
P:1. 平台中的全部监测数据、地块信息、评价成果及系统日志均属于甲方，乙方仅可为本合同目的处理，不得复制、对外提供或用于任何其他用途。
P:2. 乙方应落实网络安全等级保护第二级要求，对运维账号实行专人专号、最小权限，远程运维须经甲方批准并留存日志。
P:3. 发生数据泄露、损毁或篡改的，乙方应在两小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第八条　保密
P:乙方对服务过程中接触的甲方数据和未公开信息承担保密义务，未经甲方书面同意不得向任何第三方透露，本条在合同终止后继续有效。
H:第九条　知识产权
P:乙方在服务期内编写的运维脚本、巡检规程、报告及其他成果，归甲方所有，甲方可自由使用和修改。
H:第十条　分包
P:乙方不得将本合同项下的服务分包或转包。
H:第十一条　违约责任
P:1. 乙方未按约定时间提交季度简报、年度监测报告或未按期完成站点巡检的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
P:2. 乙方连续两个季度考核不合格的，甲方有权解除合同，按实际服务期限结算费用，并要求乙方赔偿损失。
P:3. 乙方严重违反本合同约定，经甲方书面催告后十日内未纠正的，甲方有权解除本合同。
P:4. 甲方逾期付款的，按逾期金额每日万分之一支付违约金。
H:第十二条　争议解决
P:本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向禾丰县人民法院起诉。
H:第十三条　其他
P:本合同未尽事宜，双方可签订补充协议。本合同一式五份，甲方三份，乙方两份，经双方盖章后生效。
P:甲方（盖章）：禾丰县农业农村局　　　　乙方（盖章）：北垦农信科技有限公司
P:负责人或授权代表：＿＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿＿
P:签订时间：2026年12月　日
"""
META["h235z04"] = dict(
    file="h235z04_county_farmland_monitoring_platform_om.pdf", fmt="pdf", lang="zh", category="services",
    kind_note="县农业农村局 耕地质量监测平台 + 36 站点 annual O&M, 政府采购 单一来源",
    terms=terms(availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
    fee_base=None, forum_outside=False,
    sums=[([218000, 172800, 62400, 32800], 486000), ([36 * 4 * 1200], 172800), ([121500 * 4], 486000)],
    pays=[],
    must=["99.5%", "1小时内响应", "万分之二", "不设预付款", "¥486,000"],
    rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"])

# ---------------------------------------------------------------- h235z05 (zh, .md, supplier's template, 10 findings)
SRC["h235z05"] = """T:仓配通 WMS 仓储管理系统软件许可及定制开发合同
P:（仓配通标准合同文本 V4.0　乙方提供）
P:合同编号：CPT-XS-2027-0217
P:甲方（用户方）：瓯香酿造食品有限公司　　地址：温州市瓯海区娄桥工业园
P:乙方（服务方）：仓配通软件股份有限公司　　地址：杭州市滨江区江虹路
P:甲方为腐乳、料酒等酿造产品的生产企业，拟上线仓储管理系统，实现原料库、发酵半成品库、成品库和电商发货仓的统一管理。乙方为专业仓储软件服务商。双方根据乙方标准合同文本，经协商签订本合同。
H:第一条　定义
P:1.1 "标准产品"指乙方自有的仓配通 WMS 软件 V4 系列，包括入库、上架、库位、盘点、拣货、复核、出库、波次和报表模块。
P:1.2 "定制开发"指乙方按甲方需求对标准产品进行的功能开发，包括发酵批次与腌制周期管理、坛号追溯、保质期预警及与甲方用友 ERP 的接口。
P:1.3 "上线"指系统在甲方仓库正式投入业务使用。
H:第二条　合同金额
P:2.1 本合同总金额为人民币陆拾捌万捌仟元整（¥688,000），构成如下：
TB:项目|内容|金额（元）
TB:软件许可|仓配通 WMS 标准产品，四个仓库、四十个并发用户，永久许可|286,000
TB:定制开发|批次与发酵周期管理、坛号追溯、保质期预警、ERP 接口|324,000
TB:实施服务|安装部署、基础数据初始化、培训|78,000
TB:合计||688,000
P:2.2 上述金额不含甲方自行采购的服务器、PDA 手持终端和条码打印机。
H:第三条　付款
P:3.1 合同签订后五个工作日内，甲方支付合同总金额的55%，即¥378,400，乙方收款后启动项目。
P:3.2 系统上线后十个工作日内，甲方支付剩余45%，即¥309,600。
P:3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。
H:第四条　项目实施
P:4.1 乙方在收到首付款后开始需求调研，计划于九十日内完成开发与部署。因甲方需求变更、基础数据准备延误等原因导致工期延长的，乙方不承担责任。
P:4.2 乙方将尽力按计划推进项目，如出现延期，乙方将采取加派人员等补救措施。
H:第五条　上线与验收
P:5.1 乙方完成部署后通知甲方安排上线。系统上线运行即视为甲方验收合格。
P:5.2 上线后甲方提出的问题，乙方在免费维护期内按第六条处理。
H:第六条　免费维护
P:6.1 免费维护期为六个月，自系统上线之日起计算。
P:6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。紧急故障（仓库无法收发货）乙方在接到甲方报修后8小时内响应，一般问题在五个工作日内答复。
P:6.3 响应和修复时间为乙方的服务目标，乙方不因响应或修复超时承担任何扣款、赔偿或违约金。
H:第七条　后续维护
P:7.1 免费维护期满后，甲方如需乙方继续提供维护，应与乙方签订维护服务合同，维护费按乙方当年公布的服务价格标准收取。
P:7.2 未签订维护服务合同的，乙方按次收费提供服务，收费标准以乙方届时报价为准。
H:第八条　知识产权
P:8.1 标准产品的知识产权归乙方所有。
P:8.2 定制开发形成的程序、接口、文档及其知识产权均归乙方所有。甲方在本合同约定范围内获得非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或提供给第三方使用。
H:第九条　甲方数据
P:甲方录入系统的物料、库存和订单数据归甲方所有，乙方仅在实施和维护过程中接触上述数据。
H:第十条　保密
P:双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，本条在合同终止后两年内有效。
H:第十一条　责任限制
P:11.1 乙方对因系统使用产生的间接损失、利润损失、数据损失不承担责任。
P:11.2 乙方在本合同项下承担的赔偿责任总额，不超过本合同总金额的20%。
P:11.3 任何一方违反本合同约定的，应承担相应的违约责任。
H:第十二条　合同解除
P:一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。因甲方原因解除的，已付款项不予退还。
H:第十三条　争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第十四条　其他
P:14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
P:14.2 本合同为乙方标准文本，双方未另行书面修改的条款均按本文本执行。
P:甲方（盖章）：瓯香酿造食品有限公司　　　乙方（盖章）：仓配通软件股份有限公司
P:代表：＿＿＿＿＿　　　代表：＿＿＿＿＿
P:日期：2027年　月　日
"""
META["h235z05"] = dict(
    file="h235z05_fermented_tofu_wms_supplier_template.md", fmt="md", lang="zh", category="software",
    kind_note="腐乳酿造企业 WMS licence + 定制开发, supplier's own template 仓配通 V4.0",
    terms=terms(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
                warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=None, governing_law=None,
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=True, contract_value=688000,
               post_warranty_fee_capped=False),
    fee_base=286000, forum_outside=False,
    sums=[([286000, 324000, 78000], 688000), ([378400, 309600], 688000)],
    pays=[(55, 378400), (45, 309600)],
    must=["8小时内响应", "55%", "六个月", "20%", "视为甲方验收合格", "当年公布的服务价格标准", "¥688,000"],
    rules=["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"])

# ---------------------------------------------------------------- h235e01 (en, .txt, one low finding)
SRC["h235e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT - PACKAGING DESIGN SOFTWARE
P:Agreement No. BDS-CN-2027-031
P:This Agreement is made between:
P:(1) Shantou Leyuan Toys Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chenghai District, Shantou, Guangdong ("Buyer"); and
P:(2) Baleeira Design Systems, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu de Baleeira, Portugal ("Vendor").
P:Background. The Buyer designs and manufactures plastic, plush and educational toys and prints its own retail boxes, blister cards and shipping cartons. It wishes to replace its present drawing tools with the Vendor's packaging design suite so that its structural designers and artwork team can prepare dielines, 3D mock-ups and print-ready files in one environment. The Vendor has agreed to license the software, to adapt its dieline template library to the Buyer's standard box families and to train the Buyer's staff, on the terms below. At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's PackForm Studio packaging design software, version 9, in object code, together with its user documentation and all updates supplied under this Agreement.
P:1.2 "Template Library" means the Vendor's library of parametric dieline templates, including the customised templates described in Clause 3.2.
P:1.3 "Customised Templates" means the parametric templates, colour profiles, imposition presets and print-export scripts that the Vendor builds or adapts specifically for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Clause 6.3 that the acceptance criteria have been met.
P:1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in mainland China.
H:2. Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for forty named users, and to use the Template Library, for the internal business purposes of the Buyer and its wholly owned subsidiaries in mainland China.
P:2.3 The licence continues after the end of any support period. Withdrawal of support does not affect the Buyer's right to keep using the version installed.
H:3. Services
P:3.1 The Vendor shall install the Software on the Buyer's workstations and licence server in Chenghai, configure single sign-on with the Buyer's directory, and connect the Software to the Buyer's colour-managed proof printer and sample-cutting table.
P:3.2 The Vendor shall build Customised Templates for the Buyer's twenty-two standard box families, including window boxes, tuck-end cartons, display trays and blister cards, and shall convert the Buyer's existing library of about six hundred legacy dielines to the new format.
P:3.4 The Vendor shall complete the services in Clauses 3.1 and 3.2 within ninety days after the Effective Date, according to the project plan in Schedule 2.
H:4. Price
P:4.1 The total price is CNY 920,000, inclusive of VAT, travel and all expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|PackForm Studio perpetual named-user licence|40|16,800|672,000
TB:2|Template Library licence (perpetual)|1|96,000|96,000
TB:|Licence subtotal|||768,000
TB:3|Installation, configuration and Customised Templates|1|118,000|118,000
TB:4|Training|1|34,000|34,000
TB:|Total|||920,000
P:4.2 The price is fixed. No other charge is payable for the scope described in this Agreement.
H:5. Payment
P:5.1 The Buyer shall pay 20% of the total price (CNY 184,000) within twenty Business Days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 45% of the total price (CNY 414,000) within twenty Business Days after the Vendor has installed the Software on all workstations and the parties have signed an installation certificate. The installation certificate confirms installation only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total price (CNY 322,000) within twenty Business Days after Final Acceptance.
H:6. Acceptance
P:6.1 After completing the services the Vendor shall notify the Buyer that the Software is ready for acceptance testing. Testing shall take place over ten Business Days on live design work.
P:6.2 The acceptance criteria are: (a) every Customised Template produces a correct dieline for the full size range specified in Schedule 3, verified by cutting samples on the Buyer's table; (b) at least ninety-eight of every hundred converted legacy dielines open and export without manual correction, and the rest are corrected by the Vendor; (c) print-ready PDF exports pass the Buyer's preflight profile; (d) single sign-on and licence sharing work for all forty users; and (e) no Severity 1 defect remains open.
P:6.3 If the criteria are met the Buyer shall sign a Final Acceptance certificate within five Business Days. If not, the Buyer shall list the failures in writing and the Vendor shall correct them within ten Business Days and repeat the tests. Installation, training, use of the Software in production or payment of any amount is not acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Software and the Customised Templates will conform to the documentation and to Schedule 3 for twenty-four months after Final Acceptance. During this period the Vendor shall correct any defect free of charge and shall supply all updates and new versions released for the Software.
H:8. Support levels
P:8.1 Severity 1 means that the Software cannot be started or cannot export production files for any user. Severity 2 means that a major function is unavailable but a workaround exists. Severity 3 means any other defect or question.
P:8.2 The Vendor shall respond to a Severity 1 incident within 2 hours and provide a fix or workaround within one Business Day; respond to a Severity 2 incident within eight business hours and provide a fix or workaround within three Business Days; and respond to a Severity 3 incident within two Business Days.
P:8.3 For each hour by which the Vendor is late in responding to or resolving a Severity 1 incident, the Vendor shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:9. Support after warranty
P:9.1 After the warranty period the Buyer may order annual support, covering the services in Clauses 7 and 8, for a fee of 10% of the licence subtotal per year, that is CNY 76,800 per year.
P:9.2 This fee is fixed for the first three years after the warranty period. Any later change requires the written agreement of both parties.
P:9.3 Support is ordered year by year by a written purchase order. It does not renew automatically.
H:10. Delay
P:10.1 If the Vendor fails to complete the services by the date in Clause 3.4, or fails to achieve Final Acceptance within forty Business Days after that date, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 If the delay exceeds sixty days, the Buyer may also terminate this Agreement under Clause 16.
H:11. Intellectual property
P:11.1 The Software and the standard Template Library remain the property of the Vendor and its licensors.
P:11.2 All rights in the Customised Templates, including copyright in their parameters, presets and scripts, vest in the Buyer on creation. The Vendor shall deliver their source files. The Buyer may use, modify and license them freely.
P:11.3 The Vendor shall indemnify the Buyer against any claim that the Software infringes a third party's rights.
H:12. Buyer data
P:12.1 All artwork, dielines, brand assets, product drawings and other files created or stored by the Buyer ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not use it for any other purpose.
P:12.2 The Software runs on the Buyer's own workstations and servers. The Vendor may access them only by a remote session opened by the Buyer for a specific support ticket, shall not copy Buyer Data to its own systems, and shall delete any sample file received for diagnosis once the ticket is closed.
P:12.3 The Vendor shall keep its support staff's access credentials secure, comply with the Personal Information Protection Law and the Data Security Law of the PRC, and notify the Buyer within twelve hours after becoming aware of any unauthorised access to Buyer Data. The Vendor is responsible for all losses caused by a security incident attributable to it.
H:13. Confidentiality
P:13.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including unreleased toy designs, product plans and pricing, and shall use it only to perform this Agreement.
P:13.2 This obligation continues for three years after this Agreement ends, and without limit for unreleased product designs.
H:14. Liability
P:14.1 The Vendor's total liability under this Agreement is limited to 150% of the total price.
P:14.2 The limit does not apply to liability for infringement under Clause 11.3, breach of Clauses 12 and 13, personal injury, fraud or wilful misconduct.
H:15. Subcontracting
P:The Vendor shall not subcontract any of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:16. Termination
P:16.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty Business Days after receiving written notice of it.
P:16.2 If the Buyer terminates under Clause 16.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall uninstall the Software.
H:17. Governing law and disputes
P:17.1 This Agreement is governed by the laws of the People's Republic of China.
P:17.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce. The seat of arbitration is Lisbon, Portugal, and the language is English.
H:18. General
P:18.1 This Agreement, with Schedule 1 (Software specification), Schedule 2 (Project plan) and Schedule 3 (Customised Templates and acceptance tests), is the entire agreement between the parties.
P:18.3 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:Signed for Shantou Leyuan Toys Co., Ltd.: ____________________  Date: __________
P:Signed for Baleeira Design Systems, Lda.: ____________________  Date: __________
"""
META["h235e01"] = dict(
    file="h235e01_toy_maker_packaging_design_licences.txt", fmt="txt", lang="en", category="software",
    kind_note="toy maker, packaging-design software perpetual licences + templates, Portuguese vendor, ICC seat Lisbon",
    terms=terms(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=24, post_warranty_fee_pct=10, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=920000,
               post_warranty_fee_capped=True),
    fee_base=768000, forum_outside=True,
    sums=[([40 * 16800, 96000], 768000), ([768000, 118000, 34000], 920000), ([184000, 414000, 322000], 920000)],
    pays=[(20, 184000), (45, 414000), (35, 322000), (10, 76800, 768000)],
    must=["within 2 hours", "0.08%", "150%", "20%", "twenty-four months", "CNY 76,800", "Lisbon", "Ilhéu de Baleeira"],
    rules=["CR-GOVERNING-LAW"])

# ---------------------------------------------------------------- common clauses added to the Chinese drafts
ZH_ADD = {
    "h235z01": ("H:第十五条　其他", """H:第十五条　项目管理与人员
P:15.1 乙方应指定具有高级项目经理资质的人员担任项目经理，驻场时间不少于实施期工作日的八成。项目经理及核心开发人员未经甲方书面同意不得更换。
P:15.2 乙方人员进入甲方办公区域和机房，应遵守甲方的保密、安全和考勤管理规定；违反规定的，甲方有权要求乙方更换相关人员。
P:15.3 双方每两周召开一次项目例会，形成会议纪要并由双方代表签字确认。需求变更须经甲方书面确认，涉及费用调整的，双方另行签订补充协议。
H:第十六条　不可抗力
P:因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明。不可抗力影响期间，相应义务顺延履行；持续超过九十日致使合同目的无法实现的，任何一方可以解除合同。
H:第十七条　廉洁条款
P:乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并依法向有关部门报告。
H:第十八条　其他
"""),
    "h235z02": ("H:13. 其他", """H:13. 技术资料与培训
P:13.1 乙方应在到货时提交设备说明书、电气接线图、软件操作手册和备件清单各两套，在终验前提交算法标定报告、接口说明和维护手册。
P:13.2 乙方应对甲方每条产线的操作工、班组长和设备维修人员分批进行现场培训，内容包括日常点检、镜头清洁、缺陷复判、测长校准和常见故障处理，培训后进行考核，考核合格率应达到九成以上。
P:13.3 乙方应在甲方厂区存放常用易损备件（光源模组、防护玻璃、通讯模块），质保期内备件消耗由乙方承担。
H:14. 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，相应履行期限顺延。不可抗力持续超过六十日的，双方协商是否继续履行或解除合同。
H:15. 通知
P:本合同项下的通知以书面形式送达合同首部地址，或发送至双方指定的电子邮箱。任何一方变更联系地址的，应在变更后三日内通知对方。
H:16. 其他
"""),
    "h235z03": ("H:十三、其他", """H:十三、客户服务与培训
P:（一）乙方为甲方提供每日八时至二十二时的在线客服和电话支持，门店人员可通过系统内置工单提交问题，乙方应在工单中记录处理过程。
P:（二）乙方每季度向甲方提交服务报告，列明可用率、故障及处理情况、工单统计和版本更新内容，并提出改进建议。
P:（三）新开门店由乙方免费提供远程开通和线上培训；门店店长变更时，乙方应配合完成账号移交和权限调整。
P:（四）乙方对系统进行重大版本升级的，应提前十五日通知甲方，并先在甲方指定的三家门店试用，确认不影响日常开单后再全面推广。
H:十四、不可抗力
P:因不可抗力或云服务商大面积故障等非乙方可控原因导致服务中断的，乙方应及时通知甲方并尽快恢复；但乙方未按约定做好异地备份和容灾的，不得以此免责。
H:十五、通知
P:双方指定的联系人及电子邮箱见附件一。通过电子邮件发出的通知，以邮件进入对方邮箱系统之时视为送达。
H:十六、其他
"""),
    "h235z04": ("H:第十三条　其他", """H:第十三条　人员要求
P:1. 乙方应配备不少于五名专职运维人员，其中驻县人员两名，项目负责人应具有中级以上专业技术职称，熟悉耕地质量监测业务。
P:2. 乙方运维人员名单应报甲方备案，人员变动须提前十日书面告知甲方并经甲方同意，新人员的能力不得低于原人员。
P:3. 乙方人员在野外站点作业时应遵守安全规程，因乙方人员作业造成的人身伤害和财产损失由乙方负责。
H:第十四条　运维文档
P:乙方应建立完整的运维台账，包括故障记录、巡检记录、校准记录、备份记录和变更记录，每季度随运维报告报送甲方，服务期满时全部移交甲方。
H:第十五条　不可抗力
P:因洪涝、冰雹等自然灾害导致站点设备损毁的，乙方应在条件允许后尽快组织抢修，设备更换费用由双方另行协商；平台运维义务不因此免除。
H:第十六条　廉洁与通知
P:乙方不得以任何形式向甲方工作人员输送不正当利益。合同通知以书面形式送达合同约定的联系人，电子邮件送达同样有效。
H:第十七条　其他
"""),
    "h235z05": ("H:第十四条　其他", """H:第十四条　双方义务
P:14.1 甲方应指定项目负责人，及时提供业务需求、基础资料（物料编码、库位编码、坛号规则、客户与供应商信息）并组织人员参加培训，提供实施所需的服务器、网络环境和办公场所。
P:14.2 甲方应确保其提供的基础数据真实、完整、准确。因基础数据错误导致系统运行结果错误的，由甲方自行承担。
P:14.3 乙方应按约定提供标准产品和定制开发成果，并向甲方提供用户手册和管理员手册的电子版。
P:14.4 乙方实施人员在甲方现场期间应遵守甲方的食品生产卫生和安全管理制度，进入发酵车间和成品库须按甲方要求更衣消毒。
H:第十五条　培训
P:乙方为甲方提供三次集中培训，分别面向仓库操作人员、仓库主管和系统管理员，每次不超过两天。超出部分按乙方人天单价另行收费。
H:第十六条　不可抗力
P:因不可抗力导致合同无法履行的，遭受不可抗力的一方不承担责任，但应及时通知对方。
H:第十七条　其他
"""),
}
for _k, (_anchor, _text) in ZH_ADD.items():
    assert SRC[_k].count(_anchor) == 1, _k
    SRC[_k] = SRC[_k].replace(_anchor, _text.rstrip("\n").rsplit("\n", 1)[0] + "\n" + _text.rstrip("\n").rsplit("\n", 1)[1])

ZH_ADD2 = {
    "h235z02": ("H:14. 不可抗力", """H:13A. 现场安全与环境
P:乙方现场人员应佩戴甲方发放的出入证和劳保用品，不得在挤压机、牵引机和锯切机运行区域内擅自作业。需要在生产线上安装支架、开孔或改动电气柜的，乙方应提交施工方案，经甲方设备部审批后实施，施工完毕应恢复现场并清运垃圾。乙方人员违反甲方安全规定造成人身伤害或设备损坏的，由乙方承担责任。
H:13B. 变更
P:甲方在安装前调整产线布局或增加检测工位的，双方应书面确认变更内容、价格和工期。未经甲方书面确认，乙方不得以变更为由增加费用或延长工期。
"""),
    "h235z03": ("H:十四、不可抗力", """H:十三之一、门店设备与网络
P:（一）门店收银电脑、小票打印机、标签打印机和扫码枪由甲方自备，乙方应在附件二中列明兼容型号，并在实施期间逐店完成安装调试。
P:（二）门店网络中断时，系统应支持离线开单，网络恢复后自动同步，同步过程中不得出现重复单据或储值余额差异。
P:（三）甲方对个别门店进行装修或迁址的，乙方应配合暂停和恢复该门店的账号，暂停期间该门店订阅费不计收。
H:十三之二、退出与交接
P:本协议终止或期满不续订的，乙方应在终止前提供不少于六十日的并行使用期，协助甲方将会员、储值余额和历史订单迁移至甲方指定的系统；并行期内订阅费按原单价按月结算，乙方不得另收迁移费用。
"""),
    "h235z04": ("H:第十五条　不可抗力", """H:第十四条之一　备品备件与设备更换
P:1. 乙方应在县城设立备件库，常备土壤墒情传感器、养分速测模块、数据采集器、蓄电池和太阳能板等常用备件，数量不少于站点总数的一成。
P:2. 监测设备超出设计寿命或无法修复需要整机更换的，乙方应提出更换方案及报价，经甲方同意后实施；备件费用已包含在合同金额中的，不得另行收费。
P:3. 更换下来的旧设备归甲方所有，乙方应登记后交还甲方资产管理部门。
H:第十四条之二　培训与技术支持
P:乙方每年为乡镇农技人员举办两期平台使用和站点日常管护培训，并在春耕前开展一次现场指导；甲方工作人员在工作日可通过电话或平台工单获得技术支持。
H:第十四条之三　服务交接
P:服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位移交平台管理员账号、运维文档、站点台账和未完成的工单，并配合完成交接测试。
"""),
    "h235z05": ("H:第十五条　培训", """H:第十四条之一　系统环境
P:14.5 系统运行所需的操作系统、数据库和中间件由甲方自行采购并取得合法授权。乙方提供推荐配置，因甲方硬件或网络环境不满足推荐配置导致系统性能下降的，乙方不承担责任。
P:14.6 甲方仓库的 PDA 手持终端、条码打印机和电子秤应为乙方兼容清单中的型号。使用清单以外设备的，乙方可另行收取适配费用。
H:第十四条之二　需求与变更
P:14.7 需求调研结束后，乙方编制需求说明书，甲方应在五个工作日内确认；逾期未确认的，视为甲方同意。
P:14.8 需求说明书确认后，甲方提出新增或修改需求的，乙方有权另行收费并相应顺延工期。变更费用按乙方标准人天单价每人天两千八百元计算。
H:第十四条之三　账号与使用
P:14.9 甲方应妥善保管系统管理员账号和密码，因甲方人员操作不当或账号泄露造成的损失由甲方承担。
P:14.10 甲方不得将系统提供给其关联公司或第三方使用；增加仓库或并发用户的，应另行购买许可。
"""),
}
for _k, (_anchor, _text) in ZH_ADD2.items():
    assert SRC[_k].count(_anchor) == 1, _k
    SRC[_k] = SRC[_k].replace(_anchor, _text + _anchor)

ZH_ADD3 = {
    "h235z02": ("H:15. 通知", """H:14A. 备件供应
P:乙方承诺在终验合格后八年内持续供应本合同设备的备件；停产的，应提前六个月通知甲方并提供兼容替代型号，保证替代件与原有软件和支架兼容。
"""),
    "h235z03": ("H:十五、通知", """H:十四之一、营销与消息推送
P:（一）系统向会员发送的取衣通知、储值变动提醒和营销短信，均以甲方名义发送，短信和微信模板消息的通道费用按实际发送量由甲方另行承担，单价见附件三。
P:（二）乙方不得利用系统向甲方会员推送乙方或任何第三方的广告，不得在小程序页面中加入甲方未同意的内容。
P:（三）营销活动规则由甲方门店运营部配置，乙方应提供配置说明并在每次大促前进行压力测试，确保活动期间系统稳定。
"""),
    "h235z04": ("H:第十五条　不可抗力", """H:第十四条之四　监测数据质量要求
P:1. 乙方应每日检查各站点数据上传情况，对连续两日无数据或数据明显异常的站点，应在三个工作日内到场核查处理，并在平台中标注异常原因。
P:2. 季度简报应于每季度结束后十日内提交，年度监测报告应于次年一月底前提交初稿，内容包括土壤墒情变化、主要养分指标统计、耕地质量等级变化趋势分析及管护建议。
P:3. 乙方对监测数据的修正应保留原始记录和修正依据，不得擅自删除原始数据。
"""),
    "h235z05": ("H:第十六条　不可抗力", """H:第十五条之一　上线支持
P:系统上线后首周，乙方派一名实施顾问在甲方现场值守，协助仓库人员完成入库、拣货和发货操作。上线首周以后的现场支持，按乙方人天单价收费，差旅费用由甲方承担。
H:第十五条之二　通知
P:本合同项下的通知以书面形式送达对方地址，或通过双方项目负责人的电子邮箱发送。甲方对乙方交付内容有异议的，应在交付后三个工作日内书面提出，逾期视为无异议。
P:乙方根据产品发展需要可对标准产品进行版本更新，更新后的功能以乙方发布说明为准，乙方不保证新版本与甲方已有定制功能完全兼容，兼容性调整按变更另行收费。
"""),
}
for _k, (_anchor, _text) in ZH_ADD3.items():
    assert SRC[_k].count(_anchor) == 1, _k
    SRC[_k] = SRC[_k].replace(_anchor, _text + _anchor)

ZH_ADD4 = {
    "h235z02": ("H:15. 通知", "P:14A.2 乙方应向甲方提供设备易损件的推荐更换周期和参考价格清单，作为甲方编制年度设备维修预算的依据；清单价格在质保期内不得上调。甲方自行更换易损件的，乙方应提供电话指导。\nP:14A.3 甲方后续新增挤压线需要配置同型号视觉检测单元和测长仪的，乙方应按不高于本合同单价的价格供货，并提供同等质保。\n"),
    "h235z03": ("H:十五、通知", "P:（四）甲方可在系统中自行导出会员、储值、订单和对账数据，导出功能不得设置额外收费或数量限制。乙方应保证导出数据字段完整、格式通用，便于甲方财务和审计使用。\nP:（五）系统应支持甲方为每家门店单独设置价目表和折扣规则，总部可统一调整并按门店查看执行情况。\n"),
    "h235z04": ("H:第十五条　不可抗力", "P:4. 年度监测报告经县级专家评审提出修改意见的，乙方应在十五日内修改完善并重新提交，修改所需的补充采样和化验费用由乙方承担。\nP:5. 乙方应配合甲方完成上级主管部门组织的耕地质量监测数据抽查和汇交工作，按要求格式报送数据，并对报送数据的准确性负责。\n"),
    "h235z05": ("H:第十六条　不可抗力", "P:乙方可根据甲方书面申请提供远程数据修复服务，修复前甲方应自行备份数据库；因数据修复导致的数据差异，乙方协助核对但不承担责任。乙方在实施过程中编制的配置清单和库位规划表，可提供给甲方参考使用。\n"),
}
for _k, (_anchor, _text) in ZH_ADD4.items():
    assert SRC[_k].count(_anchor) == 1, _k
    SRC[_k] = SRC[_k].replace(_anchor, _text + _anchor)

# ---------------------------------------------------------------- h235e02 (en, .md, 3 risky terms)
SRC["h235e02"] = """T:ORDER FORM AND GENERAL TERMS - DUNECLOUD TICKETING SERVICE
P:Order Form No. NIS-DH-0927
H:PART A - ORDER FORM
P:Provider: Nisida Cloud Systems S.r.l., a company incorporated in Italy with its registered office on the Isola di Nisida, Naples, Italy ("Provider").
P:Customer: Dunhuang Mingsha Desert Park Tourism Co., Ltd., a company incorporated in the People's Republic of China with its office in Dunhuang, Gansu Province ("Customer").
P:Service: DuneCloud, the Provider's online ticketing, time-slot reservation, gate-access and visitor analytics service, delivered as software as a service, together with the onboarding services described in item A4.
P:Currency: at the Customer's request all fees under this Order Form are stated and payable in Chinese yuan (CNY).
H:A1. Subscription Term
P:The Subscription Term is thirty-six months from the Service Start Date, which is the date of Go-Live Acceptance under item A5. The Subscription Term ends on its expiry unless the parties sign a new Order Form. Any renewal requires a new Order Form signed by both parties, and the fees in a renewal Order Form shall be no higher than the fees in this Order Form.
H:A2. Fees
TB:Item|Description|Basis|Amount (CNY)
TB:1|DuneCloud subscription: ticketing, slot booking, 24 turnstiles, OTA channel manager|CNY 46,500 per month x 36 months|1,674,000
TB:2|Onboarding: turnstile integration, OTA connection, data migration, training|one-time|138,000
TB:|Total Contract Value||1,812,000
P:The subscription fee covers up to 3.2 million ticket transactions per contract year. Transactions above that volume are charged at CNY 0.06 each, invoiced with the following monthly fee; this usage charge is not part of the Total Contract Value.
H:A3. Invoicing and payment
P:The subscription fee is invoiced monthly in arrears, on the first Business Day of each month for the previous month, and is payable within thirty days of the invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days. Nothing is payable before the Service Start Date.
H:A4. Onboarding
P:The Provider shall (a) configure DuneCloud for the Customer's products, price lists, opening hours and visitor quotas; (b) integrate DuneCloud with the Customer's existing 24 turnstiles and 6 handheld scanners at the Crescent Spring and Mingsha Mountain gates; (c) connect DuneCloud to the Customer's accounts on Ctrip, Meituan and Fliggy and to its WeChat mini-program; (d) migrate the annual-pass holder records from the Customer's present system; and (e) train the Customer's ticket office, gate and finance staff. The target Go-Live date is 1 April 2027, before the spring season.
H:A5. Go-Live Acceptance
P:Go-Live Acceptance tests shall run for five consecutive operating days in a pilot at the Crescent Spring gate, followed by two days at all gates. The acceptance criteria are: (a) all ticket types, time slots and discounts sell correctly on every channel; (b) every turnstile validates QR codes and identity cards within one second; (c) the daily sales report reconciles to payment-gateway settlements with no unexplained difference; (d) all annual-pass holders migrated can enter; and (e) no Priority 1 incident is open. The Customer shall sign a Go-Live Acceptance certificate within three Business Days after the criteria are met. Selling tickets in production before the certificate is signed is not acceptance.
P:If Go-Live Acceptance is not achieved by the target date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, deducted from the onboarding fee and then from later invoices.
H:A6. Signature
P:This Order Form incorporates the General Terms in Part B. In case of conflict, this Order Form prevails.
P:For the Customer: ____________________ Name / title / date
P:For the Provider: ____________________ Name / title / date
H:PART B - GENERAL TERMS
H:B1. Definitions
P:"Business Day" means a day on which banks are open in mainland China. "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, identity-card numbers, phone numbers, bookings, payments, gate records and reports. "Incident" means an unplanned interruption or degradation of the Service. "Service Level" means a level set out in B3.
H:B2. Provision of the Service
P:2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Order Form, these General Terms and the Service description in Annex 1.
P:2.2 The Service is hosted in data centres of a cloud provider licensed in mainland China, in the Beijing and Ningxia regions, with real-time replication between the two. The Provider shall not move Customer Data outside mainland China.
P:2.3 The Provider may update the Service from time to time, provided that no update materially reduces its functions. Planned maintenance shall be notified at least five Business Days in advance and performed between 01:00 and 05:00 Beijing time.
H:B3. Service Levels
P:3.1 Availability. The Service shall be available at least 99.95% of the time in each calendar month, excluding planned maintenance under B2.3. Availability is measured every minute by external monitoring.
P:3.2 Incident priorities. Priority 1 means that tickets cannot be sold on any channel or that turnstiles cannot validate tickets at any gate. Priority 2 means that one channel, one gate or one major function is unavailable. Priority 3 means any other fault or question.
P:3.3 Response. The Provider shall respond to a Priority 1 Incident within six hours after it is reported by telephone to the Provider's service desk, and shall restore the Service or provide a workaround within twelve hours. For Priority 2 Incidents the response time is one Business Day and the restoration time three Business Days. Priority 3 Incidents are answered within five Business Days.
P:3.4 Service credits. If availability in a month is below the level in 3.1, the Customer receives a credit of 5% of that month's subscription fee for each full 0.1 percentage point below the level, up to 50% of that month's fee. For each Priority 1 Incident not restored within the time in 3.3, the Customer receives a further credit of CNY 3,000. Credits are deducted from the next invoice.
H:B4. Customer Data
P:4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and shall not sell, disclose or otherwise use it for any other purpose, including after the end of this agreement.
P:4.2 The Provider shall protect Customer Data with the security measures in Annex 2, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, access logs kept for at least six months, and a platform record at MLPS level 3. The Provider shall process personal information in accordance with the Personal Information Protection Law of the PRC.
P:4.3 The Provider shall notify the Customer within eight hours after becoming aware of any breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall bear the costs and losses caused by a breach attributable to it or to its subcontractors.
P:4.4 Within thirty days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and JSON formats and then delete it from its systems, confirming deletion in writing.
H:B5. Intellectual property
P:5.1 The Service, its software and documentation remain the property of the Provider and its licensors. The Customer receives a right to use the Service during the Subscription Term.
P:5.2 Price lists, product configurations, report templates and mini-program pages created for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and give them to any other provider without restriction.
H:B6. Confidentiality
P:Each party shall keep confidential the other party's non-public business, technical and financial information received in connection with this agreement, use it only for this agreement and disclose it only to employees and advisers who need it and are bound by similar duties. This obligation survives for three years after the end of this agreement.
H:B7. Subcontractors
P:The Provider may engage subcontractors, hosting providers and other service providers to perform any part of the Service. The Provider shall notify the Customer of each new subcontractor by e-mail at least fifteen days before it starts work. The Provider remains responsible for the performance of its subcontractors.
H:B8. Liability
P:8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill, except in case of wilful misconduct.
P:8.2 The Provider's total liability arising out of or in connection with this agreement in any claim or series of related claims shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.
P:8.3 The limits in this clause do not apply to the Provider's obligations under B4.3.
H:B9. Term and termination
P:9.1 This agreement starts on signature of the Order Form and continues until the end of the Subscription Term.
P:9.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice describing it.
P:9.3 The Customer may also terminate by written notice if availability falls below 99.5% in two consecutive months.
P:9.4 On termination by the Customer under 9.2 or 9.3, the Provider shall refund any fees paid for the period after termination and shall support the transfer of Customer Data and Customer Configurations to the Customer or its new provider for up to sixty days at no charge.
H:B10. Force majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, sandstorms, epidemics or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect.
H:B11. Governing law and disputes
P:These General Terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou in accordance with its rules. The award is final and binding on both parties.
H:B12. General
P:12.1 Notices shall be given in writing by courier or e-mail to the addresses stated in the Order Form.
P:12.2 Neither party may assign this agreement without the other party's written consent.
"""
META["h235e02"] = dict(
    file="h235e02_desert_park_ticketing_saas_order_form.md", fmt="md", lang="en", category="cloud",
    kind_note="desert park ticketing SaaS, 36 months + onboarding, Italian vendor's Order Form + General Terms",
    terms=terms(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=2000 / 1812000 * 100, liability_cap_pct=round(6 / 36 * 100, 4),
                prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1812000),
    fee_base=None, forum_outside=False,
    sums=[([46500 * 36], 1674000), ([1674000, 138000], 1812000)],
    pays=[],
    must=["99.95%", "within six hours", "CNY 2,000 for each day", "six months preceding", "notify the Customer of each new subcontractor", "Isola di Nisida", "1,812,000"],
    rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])

# ---------------------------------------------------------------- h235e03 (en, .docx, compliant)
SRC["h235e03"] = """T:Purchase Contract for Pond Water-Quality Monitoring Equipment
P:Contract No. DLHS-PUR-2027-018
P:Buyer: Dalian Haishen Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jinzhou District, Dalian, Liaoning Province (the "Buyer").
P:Supplier: Fédrun Aqua Instruments SAS, a company incorporated in France, with its registered office on the Île de Fédrun, Saint-Joachim, France (the "Supplier").
P:Whereas the Buyer farms sea cucumbers in forty-two outdoor ponds and two indoor nursery halls and needs continuous measurement of dissolved oxygen, temperature, salinity, pH and ammonia to protect its stock during summer heat and winter ice; and whereas the Supplier, after a site survey in March 2027, has offered to supply, install and commission a monitoring system; the parties agree as follows. This Contract is made on the Buyer's standard purchase terms. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Article 2, deliver it to the Buyer's farm in Jinzhou, moor and install the buoys, install the gateways and the monitoring software on the Buyer's server, and commission the complete system (the "System").
P:1.2 The Supplier shall configure alarm thresholds for each pond with the Buyer's aquaculture staff, connect the alarms to the Buyer's duty phones by SMS and voice call, and connect the System to the aerator control boxes in the twelve deepest ponds so that aerators start automatically when dissolved oxygen falls.
P:1.3 All equipment shall be new, of the models stated in Annex 1, suitable for continuous use in seawater and for ambient temperatures from minus twenty to plus forty degrees Celsius.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,096,000, inclusive of VAT, import duties, freight, insurance, installation, commissioning and training. It is broken down in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy (DO, temperature, salinity, pH)|24|21,500|516,000
TB:2|Ammonia-nitrogen online analyser|8|33,000|264,000
TB:3|LoRa gateway with solar power kit|6|9,800|58,800
TB:4|Monitoring and alarm software, perpetual licence|1|142,000|142,000
TB:|Equipment and licence subtotal|||980,800
TB:5|Installation, mooring and commissioning|1|96,400|96,400
TB:6|Training|1|18,800|18,800
TB:|Contract Price|||1,096,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price, CNY 109,600, within fifteen working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 Delivery payment: 55% of the Contract Price, CNY 602,800, within fifteen working days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, CNY 383,600, within fifteen working days after Final Acceptance under Article 5.
P:3.4 Payments are made by bank transfer to the Supplier's CNY account in China named in the invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within seventy days after signature and complete installation and commissioning within thirty-five days after delivery, in any case before 31 July 2027.
P:4.2 The Supplier shall carry out installation work on the ponds in coordination with the Buyer's farm manager and shall not disturb the stock. The Supplier's staff shall follow the Buyer's biosecurity rules, including disinfection of boots and equipment before entering each pond area.
H:Article 5 Acceptance
P:5.1 After commissioning, the System shall run for a trial period of twenty-one consecutive days.
P:5.2 Final Acceptance requires that during the trial period: (a) every buoy and analyser transmits at least ninety-eight of every hundred scheduled readings; (b) the readings agree with the Buyer's calibrated hand-held meters within the tolerances in Annex 2 at three weekly comparisons; (c) every alarm test reaches the duty phones within two minutes; (d) the automatic aerator start works in all twelve ponds; and (e) no Severity 1 fault has remained unresolved beyond the time in Article 7.
P:5.3 If the criteria are met, the parties shall sign a Final Acceptance certificate. If not, the Supplier shall remedy the defects within ten days and the trial period shall be repeated. Delivery, installation, use of the System or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for twenty-four months after Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including parts, labour, travel and recalibration, and shall supply software updates.
P:6.2 Sensor membranes and reagents consumed in normal use are not covered by the warranty; the Supplier shall supply them at the prices in Annex 3, fixed for the warranty period.
P:6.3 The Supplier shall keep a stock of spare buoys, sensors and analyser parts at its service partner's warehouse in Dalian for the duration of the warranty.
H:Article 7 Service Levels
P:7.1 Severity 1 means that the System does not transmit readings or alarms for three or more ponds, or that automatic aerator start fails. Severity 2 means a fault of one buoy, one analyser or one function. Severity 3 means any other fault or question.
P:7.2 The Supplier shall respond to a Severity 1 fault within 2 hours after notification, by telephone or remote connection, and shall have a technician on site within ten hours and restore the function within twenty-four hours. Severity 2 faults shall be restored within three working days, and Severity 3 questions answered within five working days.
P:7.3 For each hour of delay beyond the response or restoration time of a Severity 1 fault, the Supplier shall pay the Buyer CNY 500. The Buyer may deduct such amounts from any payment due or claim them under the bank guarantee.
H:Article 8 Maintenance after Warranty
P:8.1 After the warranty period the Buyer may order annual maintenance, including the services in Articles 6 and 7, two on-site recalibration visits per year and software updates.
P:8.2 The annual maintenance fee is 8% of the equipment and licence subtotal, that is CNY 78,464 per year, fixed for the first three years after the warranty period. Later changes require written agreement.
P:8.3 Maintenance is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:Article 9 Liquidated Damages
P:9.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Articles 4 and 5 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 Payment of liquidated damages does not release the Supplier from its obligations. If the delay exceeds forty-five days, the Buyer may terminate this Contract under Article 15.
H:Article 10 Farm Data
P:10.1 All measurements, alarm logs, pond records and reports produced by the System ("Farm Data") belong to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not use, copy, publish or analyse it for any other purpose.
P:10.2 The monitoring software and Farm Data are hosted on the Buyer's own server at the farm. The Supplier may access the server remotely only through the Buyer's VPN, with a personal account, for a specific ticket approved by the Buyer; all sessions are logged.
P:10.3 The Supplier shall keep passwords and keys secure, shall not keep copies of Farm Data after a ticket is closed, and shall notify the Buyer within twelve hours of any actual or suspected unauthorised access to Farm Data. The Supplier is liable for all losses caused by a security breach attributable to it.
H:Article 11 Intellectual Property
P:11.1 Rights in the standard software remain with the Supplier, which grants the Buyer a perpetual licence to use it for the farm.
P:11.2 Pond layouts, alarm configurations, interface programs for the aerator control boxes and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source code and documentation at Final Acceptance.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's stocking densities, survival rates and sales figures, and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 13 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Articles 10 and 12.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's Dalian service partner, Dalian Bohai Instrument Service Co., Ltd., is approved by signature of this Contract. The Supplier remains responsible for any subcontractor.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay under Article 9 exceeds forty-five days. The Supplier shall then refund all amounts paid for equipment that the Buyer returns.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:Article 17 Miscellaneous
P:Annex 1: Equipment specification. Annex 2: Acceptance tolerances. Annex 3: Consumables price list. This Contract is made in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""
META["h235e03"] = dict(
    file="h235e03_sea_cucumber_farm_water_sensors.docx", fmt="docx", lang="en", category="hardware",
    kind_note="sea-cucumber farm water-quality buoys / analysers / gateways + software licence, French integrator, buyer's paper",
    terms=terms(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1096000,
               post_warranty_fee_capped=True),
    fee_base=980800, forum_outside=False,
    sums=[([24 * 21500, 8 * 33000, 6 * 9800, 142000], 980800), ([980800, 96400, 18800], 1096000),
          ([109600, 602800, 383600], 1096000)],
    pays=[(10, 109600), (55, 602800), (35, 383600), (8, 78464, 980800)],
    must=["within 2 hours", "0.1% of the Contract Price", "200%", "10% of the Contract Price", "twenty-four months", "CNY 78,464", "Île de Fédrun"],
    rules=[])

# ---------------------------------------------------------------- h235e04 (en, .pdf, 2 risky terms)
SRC["h235e04"] = """T:MANAGED IT AND ENDPOINT SUPPORT SERVICES AGREEMENT
P:Reference: TAR-XM-2027-06
P:THIS AGREEMENT is entered into by:
P:Xiamen Jinyao Tea Ware Export Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Huli District, Xiamen, Fujian Province ("Customer"); and
P:Tarifa Managed Services, S.L., a company incorporated in Spain, whose registered office is on the Isla de Tarifa, Cádiz, Spain, acting in China through its authorised service centre in Xiamen ("Provider").
P:RECITALS
P:A. The Customer designs and exports porcelain and clay tea sets and runs an office, a showroom and two warehouses in Xiamen with about one hundred and eighty computers, laptops and label printers used by staff.
P:B. The Customer wishes to outsource the day-to-day operation of its IT environment, including user support, endpoint management and the servers at its head office, and the Provider is willing to provide these services on the terms below.
P:C. All charges are stated and paid in Chinese yuan (CNY) at the Customer's request.
H:1 Definitions and interpretation
P:1.1 "Services" means the services in clause 2 and Schedule 1.
P:1.2 "Endpoints" means the desktop computers, laptops, tablets and label printers listed in Schedule 2, as updated monthly.
P:1.3 "Incident" means any event that interrupts or reduces the quality of an IT service used by the Customer.
P:1.4 "Transition" means the onboarding project described in clause 4.
P:1.5 "Customer Data" means all data, e-mail, documents, order records, customer lists and designs of the Customer that the Provider can access while performing the Services.
P:1.6 Headings are for convenience only. "Including" means including without limitation.
H:2 Services
P:2.1 Service desk. The Provider shall operate a service desk in Chinese and English by telephone, e-mail and WeChat from 08:00 to 20:00 on Monday to Saturday, and by telephone at any time for Priority 1 Incidents.
P:2.2 Endpoint management. The Provider shall install, patch, protect and monitor all Endpoints through its endpoint-management and anti-malware tools, keep the asset register, install new devices within two working days of request, and wipe and dispose of retired devices on the Customer's instruction.
P:2.3 Server and network operation. The Provider shall operate the Customer's two file and ERP servers, the firewall, the wireless network and the backup system at the head office, including daily backup checks and a monthly restore test.
P:2.4 On-site support. The Provider shall provide an on-site engineer at the Customer's head office from 08:30 to 17:30 on working days, and visit each warehouse at least once a week.
P:2.5 Reporting. The Provider shall deliver a monthly service report covering Incidents, response and resolution times, patch status, backup results and asset changes, and shall attend a monthly review meeting.
H:3 Term
P:3.1 The Agreement starts on the date of signature. The Services run for an initial term of twenty-four months from the Service Commencement Date, which is the date of Transition Acceptance.
P:3.2 The Agreement ends at the end of the initial term. Any extension requires a written amendment signed by both parties.
P:3.3 Neither party may terminate this Agreement before the end of the initial term for any reason. If the Provider fails to perform the Services, the Customer's remedies are the service credits in clause 6 and damages under clause 10; the Customer shall continue to pay the monthly charge for the remainder of the term.
H:4 Transition
P:4.1 Within forty-five days after signature the Provider shall take over the IT environment from the Customer's present contractor, document all systems and passwords, install its management tools on all Endpoints and complete a security baseline review.
P:4.2 Transition Acceptance requires that: (a) all Endpoints in Schedule 2 report to the management console; (b) the documentation set in Schedule 3 is delivered; (c) a full restore of the ERP server to a test machine succeeds; and (d) the service desk has handled a ten-working-day pilot with all response times met. The Customer shall confirm Transition Acceptance in writing within five working days after these criteria are met.
P:4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.
H:5 Charges and payment
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge (up to 190 Endpoints, 2 servers, 3 sites)|CNY 23,800 x 24 months|571,200
TB:Transition charge|one-time|36,000
TB:Total for the initial term||607,200
P:5.1 The monthly service charge is invoiced at the end of each month for that month and is payable within thirty days. The transition charge is invoiced after Transition Acceptance. No charges are payable in advance.
P:5.2 Endpoints above one hundred and ninety are charged at CNY 120 per Endpoint per month. Hardware, software licences and spare parts bought for the Customer are charged at cost with the Customer's prior approval.
P:5.3 The charges are fixed for the initial term.
H:6 Service levels
P:6.1 Priorities. Priority 1: the ERP server, e-mail or internet access is unavailable to a whole site, or a malware outbreak is detected. Priority 2: a service is degraded, or a single user cannot work. Priority 3: requests and minor faults.
P:6.2 The Provider shall respond to Priority 1 Incidents within 30 minutes and resolve them within six hours; respond to Priority 2 Incidents within two hours and resolve them within one working day; and respond to Priority 3 requests within one working day.
P:6.3 If the monthly report shows that fewer than ninety-five of every hundred Incidents were resolved within the times in clause 6.2, the Customer receives a credit of 5% of that month's service charge. For each Priority 1 Incident resolved late, the Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice.
H:7 Data protection and security
P:7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's documented instructions, and shall not copy, transfer or use it for any other purpose.
P:7.2 The Provider shall: (a) use named administrator accounts with multi-factor authentication; (b) keep administrator passwords in an encrypted vault; (c) log all administrator actions and keep the logs for six months; (d) keep all Customer Data in mainland China; and (e) comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.
P:7.3 The Provider shall notify the Customer within six hours after it becomes aware of a security incident affecting Customer Data or the Customer's systems, shall contain and investigate the incident, and shall bear all costs and losses caused by an incident resulting from its breach of this clause.
P:7.4 At the end of the Agreement the Provider shall hand over all passwords, documentation and Customer Data and delete any copies it holds, confirming deletion in writing.
H:8 Intellectual property
P:8.1 Tools and software of the Provider used to deliver the Services remain the Provider's property. The Provider shall remove its agents from the Endpoints at the end of the Agreement.
P:8.2 Documentation, scripts, configurations, procedures and reports prepared for the Customer belong to the Customer, which may use, modify and pass them to any successor provider without restriction.
H:9 Personnel and subcontracting
P:9.1 The Provider shall assign qualified staff and keep the same on-site engineer where possible. The Customer may require the replacement of any staff member on reasonable grounds.
P:9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:10 Liability
P:10.1 The Provider shall be liable for loss and damage caused by its breach of this Agreement or its negligence. Its total liability under this Agreement is limited to 150% of the total charges for the initial term.
P:10.2 The limit does not apply to breach of clause 7, personal injury or wilful misconduct.
P:10.3 Neither party is liable for indirect loss or loss of profit.
H:11 Insurance
P:The Provider shall maintain professional indemnity insurance and public liability insurance with reputable insurers for the term of this Agreement and provide certificates on request.
H:12 Force majeure
P:A party affected by an event beyond its reasonable control shall notify the other party promptly and is excused from performance while the event continues. The Provider shall in any case keep its business-continuity plan in Schedule 4 in force.
H:13 Exit
P:During the last three months of the term the Provider shall cooperate with the Customer and any successor provider, provide a written handover plan, and answer questions about the environment, without extra charge.
H:14 Governing law and disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of it shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:15 General
P:15.1 This Agreement, with Schedule 1 (Service description), Schedule 2 (Endpoint list), Schedule 3 (Documentation set) and Schedule 4 (Business continuity), is the entire agreement between the parties.
P:15.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses in Schedule 1.
P:15.3 This Agreement is signed in two originals in English.
P:Signed for the Customer: ____________________  Date: ________
P:Signed for the Provider: ____________________  Date: ________
"""
META["h235e04"] = dict(
    file="h235e04_tea_set_exporter_managed_it_support.pdf", fmt="pdf", lang="en", category="services",
    kind_note="tea-set exporter, managed IT + endpoint support, 24 months + transition, Spanish provider",
    terms=terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                ld_rate_per_day_pct=500 / 607200 * 100, liability_cap_pct=150, prepayment_pct=None,
                acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
                subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=607200),
    fee_base=None, forum_outside=False,
    sums=[([23800 * 24], 571200), ([571200, 36000], 607200)],
    pays=[],
    must=["within 30 minutes", "CNY 500 for each day", "150%", "Neither party may terminate", "Isla de Tarifa", "607,200"],
    rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"])

# ---------------------------------------------------------------- h235e05 (en, .txt, 3 risky terms)
SRC["h235e05"] = """T:CERTIFICATE API SUBSCRIPTION AGREEMENT
P:Subscription No. CORVO-HLJ-2027-114
P:Between Corvo Trade Data, Unipessoal Lda., a company incorporated in Portugal with its seat on the Ilha do Corvo, Azores, Portugal ("Vendor"), and Heilongjiang Beiyuan Soybean Export Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province ("Subscriber").
P:Introduction. The Subscriber exports non-genetically-modified soybeans and soybean products to Europe, Japan and South-East Asia and must supply phytosanitary, origin, non-GMO and quality certificates with each shipment. The Vendor operates CertBridge, an application programming interface (API) and web portal that creates, validates and exchanges electronic trade certificates with inspection authorities, shipping lines and buyers. The Subscriber wishes to connect its export management system to CertBridge. At the Subscriber's request all fees are stated and paid in Chinese yuan (CNY).
H:Section 1. Definitions
P:1.1 "Service" means access to the CertBridge API and portal under the plan in Section 3, including documentation, sandbox and support.
P:1.2 "Subscriber Data" means all data submitted to or generated by the Service for the Subscriber, including shipment details, lot numbers, laboratory results, consignee details and issued certificates.
P:1.3 "Go-Live" means the date on which the Vendor confirms in writing that the Subscriber's production API keys are active after Integration Acceptance.
P:1.4 "Integration" means the connection between the Subscriber's export management system and the Service, including the mapping of certificate templates, configured by the Vendor under Section 4.
H:Section 2. Term
P:2.1 The subscription term is twenty-four months from Go-Live (the "Term").
P:2.2 The Term does not renew automatically. The Subscriber may order a further term by a new written order; the Vendor shall offer the further term at fees no higher than those in Section 3.
H:Section 3. Fees
P:3.1 The fees are:
TB:Item|Description|Amount (CNY)
TB:Annual subscription, Professional plan, contract year 1|up to 2,400 certificates, 6 user accounts, API and portal|186,000
TB:Annual subscription, Professional plan, contract year 2|same plan|186,000
TB:Integration set-up|template mapping, test environment, go-live support|24,000
TB:Total||396,000
P:3.2 Certificates above 2,400 in a contract year are charged at CNY 65 each, invoiced quarterly in arrears. They are not included in the total above.
H:Section 4. Integration and Acceptance
P:4.1 The Vendor shall map the Subscriber's eleven certificate templates, configure the interfaces to the Subscriber's export management system and provide a test environment within thirty days after the first invoice is paid.
P:4.2 Integration Acceptance requires that (a) each of the eleven certificate types is created, validated and transmitted correctly for three test shipments; (b) the data on each certificate matches the Subscriber's system field by field; (c) error messages are returned in a documented format; and (d) fifty consecutive test transactions complete without failure. The Subscriber shall confirm Integration Acceptance by e-mail within three business days after the tests are passed.
P:4.3 If the Vendor does not make the Service ready for Integration Acceptance within the period in Section 4.1 for reasons within its control, the Vendor shall pay the Subscriber CNY 300 for each day of delay, by credit against later invoices.
H:Section 5. Invoicing and Payment
P:5.1 On signature of this Agreement the Vendor shall invoice the subscription fee for contract year 1 and the integration set-up fee, a total of CNY 210,000, payable within fifteen days of the invoice and before the Vendor starts the Integration.
P:5.2 The subscription fee for contract year 2 is invoiced on the first anniversary of Go-Live and payable within thirty days.
P:5.3 All amounts are payable in CNY to the Vendor's account at a bank in mainland China.
H:Section 6. Service Levels
P:6.1 The Vendor will use its best endeavours to make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least forty-eight hours in advance.
P:6.2 A Priority 1 incident is one in which no certificate can be created or transmitted. The Vendor will respond to Priority 1 incidents within 1 hour, at any time, and aim to restore the Service within eight hours. Priority 2 incidents (a single certificate type or authority connection fails) will receive a response within one business day.
P:6.3 The service levels in this Section are targets. The Vendor does not grant service credits, refunds or other compensation if a service level is not met, and the Subscriber's only remedy for a failure of the Service is to report it to the Vendor for correction.
H:Section 7. Subscriber Data
P:7.1 Subscriber Data is and remains the property of the Subscriber. The Vendor shall use Subscriber Data only to provide the Service to the Subscriber and to transmit certificates to the recipients chosen by the Subscriber, and shall not use it for statistics, benchmarking, product development or any other purpose.
P:7.2 Subscriber Data is stored in a data centre in Shanghai operated by a licensed Chinese cloud provider. Transmission to foreign authorities and buyers takes place only on the Subscriber's instruction for each shipment and in compliance with the Data Security Law and the Personal Information Protection Law of the PRC.
P:7.3 The Vendor shall apply encryption in transit and at rest, role-based access, multi-factor authentication and audit logging. It shall notify the Subscriber within twenty-four hours after becoming aware of any unauthorised access to Subscriber Data, take immediate steps to contain it, and indemnify the Subscriber against losses and fines caused by a breach attributable to the Vendor.
P:7.4 On expiry of the Term, the Vendor shall make all Subscriber Data and issued certificates available for download for sixty days and then delete them.
H:Section 8. Intellectual Property
P:8.1 The Service, the API and all related software remain the property of the Vendor.
P:8.2 The certificate template mappings and interface configurations made for the Subscriber belong to the Subscriber, which may use, modify and transfer them to another provider freely. The Vendor shall deliver them in a documented format on request.
H:Section 9. Confidentiality
P:Each party shall keep confidential the other's non-public information, including prices, customer names and shipment volumes, shall use it only for this Agreement, and shall not disclose it to any third party except as needed to perform the Service. This duty continues for three years after the Term.
H:Section 10. Subcontracting
P:The Vendor may not subcontract any part of the Service, other than the Shanghai hosting provider named in Schedule 1, without the Subscriber's prior written consent.
H:Section 11. Liability
P:11.1 The Vendor's aggregate liability under this Agreement is limited to twice the total fees in Section 3.1.
P:11.2 Neither party is liable for loss of profit or indirect loss. The limit in 11.1 does not apply to breach of Section 7 or Section 9.
H:Section 12. Termination
P:12.1 The Subscriber may terminate this Agreement by written notice if the Vendor is in material breach and does not cure the breach within twenty days after written notice.
P:12.2 The Vendor may terminate by written notice if the Subscriber fails to pay an undisputed invoice within forty-five days after a written reminder.
P:12.3 On termination by the Subscriber under 12.1, the Vendor shall refund the unused part of any prepaid subscription fee.
H:Section 13. Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Portugal.
P:13.2 The courts of Lisbon, Portugal, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Section 14. Miscellaneous
P:14.1 Schedule 1 (Service description and hosting) and Schedule 2 (API documentation) form part of this Agreement.
P:14.2 Changes to this Agreement must be agreed in writing. Notices may be sent by e-mail to the contacts in Schedule 1.
P:14.3 This Agreement is made in English in two originals.
P:For the Vendor: ____________________  Date: ________
P:For the Subscriber: ____________________  Date: ________
"""
META["h235e05"] = dict(
    file="h235e05_soybean_exporter_certificate_api_subscription.txt", fmt="txt", lang="en", category="cloud",
    kind_note="soybean exporter, certificate API subscription 24 months + set-up, Portuguese vendor, Portuguese law / Lisbon courts",
    terms=terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=300 / 396000 * 100, liability_cap_pct=200,
                prepayment_pct=210000 / 396000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="Portugal",
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=396000),
    fee_base=None, forum_outside=True,
    sums=[([186000, 186000, 24000], 396000), ([186000, 24000], 210000)],
    pays=[],
    must=["99.95%", "within 1 hour", "CNY 300 for each day", "CNY 210,000", "laws of Portugal", "Ilha do Corvo", "396,000"],
    rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"])

EN_ADD = {
    "h235e05": ("H:Section 9. Confidentiality", """H:Section 8A. Subscriber Obligations
P:8A.1 The Subscriber shall keep its API keys and portal passwords secure, shall grant access only to its own employees and its customs broker, and shall inform the Vendor without delay if it suspects that a key has been compromised, so that the Vendor can revoke it.
P:8A.2 The Subscriber is responsible for the accuracy of the shipment details and laboratory results it submits. The Vendor checks the format of each submission against the rules of the receiving authority but does not verify its content.
P:8A.3 The Subscriber shall not use the Service to send unsolicited messages, to test the security of the Vendor's systems without consent, or to exceed the documented rate limits by automated means.
H:Section 8B. Support and Changes
P:8B.1 The Vendor provides support in English and Chinese through its ticket portal and by telephone. Ticket handling for Priority 1 incidents is available at any time; other tickets are handled on business days from 08:00 to 18:00 Beijing time.
P:8B.2 When an inspection authority changes a certificate format, the Vendor shall update the relevant template at no charge and inform the Subscriber at least ten business days before the change takes effect, or as soon as the authority announces it if the notice is shorter.
P:8B.3 The Vendor may improve the API, provided that it keeps each published API version working for at least nine months after announcing a replacement and supplies migration notes.
P:8B.4 The Vendor shall send the Subscriber a quarterly usage report showing the number of certificates issued per type and destination, failed transmissions and open tickets.
"""),
    "h235e04": ("H:11 Insurance", """H:10A Customer responsibilities
P:The Customer shall give the Provider's staff access to its premises during working hours, provide a desk and network access for the on-site engineer, nominate an IT coordinator who approves changes and purchases, and inform the Provider in advance of new staff, office moves and changes to its business systems.
"""),
}
for _k, (_anchor, _text) in EN_ADD.items():
    assert SRC[_k].count(_anchor) == 1, _k
    SRC[_k] = SRC[_k].replace(_anchor, _text + _anchor)


# ================================================================ policy §3/§4 re-applied to the planned labels
def tco(m):
    t, e = m["terms"], m["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * (m["fee_base"] or e["contract_value"])
    total = e["contract_value"] + years * fee
    return total, years * fee, years * fee / total * 100


def apply_rules(m):
    t, e = m["terms"], m["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or m["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    x = tco(m)
    if x and x[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold scan (policy §3 / §4 values, any form)
NUMZH = "一二三四五六七八九十零点"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30\s*(%|％|per ?cent|percent)", r"百分之三十(?![" + NUMZH + r"\d])", r"\bthirty per ?cent",
    r"(?<![\d.])4\s*(个)?(小时|h\b|hours?\b|-hour)", r"(?<![十\d])四(个)?小时", r"(?<![-\w])four[ -]hours?\b",
    r"(?<![\d.])99\.9(?!\d)\s*(%|％|per)", r"百分之九十九点九(?![" + NUMZH + r"\d])",
    r"ninety-nine point nine(?! ?[a-z]*-?nine| five| eight| seven)",
    r"(?<![\d.])0\.05(?!\d)\s*(%|％|per)", r"万分之五(?![十\d])", r"0\.5\s*‰", r"(?<![\d.])0\.35(?!\d)\s*(%|％)",
    r"(?<![\d.])100\s*(%|％|per ?cent)", r"百分之(一)?百", r"one hundred per ?cent",
    r"(?<![\d.])12\s*(个月|months?\b|-month)", r"十二个月", r"\btwelve[ -]months?\b", r"一年", r"(?<![\d.])1\s*年",
    r"\bone[ -]year\b", r"\b1[ -]year\b", r"\bannual warranty\b",
    r"(?<![\d.])15\s*(%|％|per ?cent)", r"百分之十五(?![" + NUMZH + r"\d])", r"\bfifteen per ?cent",
    r"(?<![\d.])40\s*(%|％|per ?cent)", r"百分之四十(?![" + NUMZH + r"\d])", r"\bforty per ?cent",
    r"(?<![\d.])5\s*(年|years?\b|-year)", r"(?<![十\d])五年", r"\bfive[ -]years?\b",
    r"(?<![\d.])60\s*(个月|months?\b)", r"六十个月", r"\bsixty months\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
for _pos in ["30%", "百分之三十", "4小时", "4 hours", "四小时内", "four-hour", "99.9%", "99.9 per cent", "0.05%",
             "万分之五", "0.35%", "100%", "百分之百", "12个月", "十二个月", "12 months", "twelve months", "一年",
             "1年", "one year", "15%", "百分之十五", "40%", "forty per cent", "5年", "五年", "five years", "60 months"]:
    assert THRESHOLD_RE.search(_pos), _pos
for _neg in ["130%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%", "百分之九十九点九九", "0.055%",
             "万分之五十", "1100%", "112 months", "二十五年", "2025年", "15 days", "forty-five days", "0.08%", "35%",
             "45%", "150%", "20%", "26%", "十五日", "第十五条", "2027年"]:
    assert not THRESHOLD_RE.search(_neg), _neg


# ================================================================ rendering, building, reading back
def render(src, fmt):
    out, table = [], []

    def flush():
        if table:
            if fmt == "md":
                out.append("\n".join(["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
                                     + ["| " + " | ".join(r) + " |" for r in table[1:]]))
            else:
                out.append("\n".join("  ".join(c for c in r if c) for r in table))
            table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        if fmt == "md":
            out.append({"T": "# ", "H": "## "}.get(tag, "") + text)
        else:
            out.append(text)
    flush()
    return "\n\n".join(out) + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len("".join(text.split()))
    return sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))


if __name__ == "__main__":
    assert len(SRC) == 10 and set(SRC) == set(META)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    # sums and payment shares
    for k, m in META.items():
        for parts, total in m["sums"]:
            assert sum(parts) == total, (k, parts, total)
        for p in m["pays"]:
            base = p[2] if len(p) == 3 else m["extra"]["contract_value"]
            assert p[0] * base == p[1] * 100, (k, p)
        shares = [p[0] for p in m["pays"] if len(p) == 2]
        assert not shares or sum(shares) == 100, (k, shares)
    # rules re-applied = plan; no labelled value on a threshold
    for k, m in META.items():
        got = apply_rules(m)
        assert got == sorted(m["rules"]), (k, got, m["rules"])
        t = m["terms"]
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        x = tco(m)
        assert x is None or abs(x[2] - 40) > 1e-6, k
    # write files
    docpdf_src, docpdf_tgt = {}, {}
    for k, m in META.items():
        if m["fmt"] in ("docx", "pdf"):
            docpdf_src[k], docpdf_tgt[k] = SRC[k], (m["file"], m["fmt"])
        else:
            (OUT / m["file"]).write_text(render(SRC[k], m["fmt"]), encoding="utf-8")
            print("wrote", m["file"])
    write(docpdf_src, docpdf_tgt, OUT, wrap_words=True)
    # read back: lengths, labelled figures, threshold scan
    bad = []
    for k, m in META.items():
        text = read_back(OUT / m["file"])
        n = length(text, m["lang"])
        lo, hi = (2800, 3300) if m["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            bad.append((k, "length", n))
        flat = "".join(text.split())
        for s in m["must"]:
            assert s in SRC[k], (k, s)
            if "".join(s.split()) not in flat:
                bad.append((k, "missing", s))
        scan = flat if m["lang"] == "zh" else " ".join(text.split())
        for mt in THRESHOLD_RE.finditer(scan):
            bad.append((k, "threshold", scan[max(0, mt.start() - 20):mt.end() + 20]))
        x = tco(m)
        print("%s %-5s %-4s len=%d rules=%s risk=%s tco=%s" % (k, m["fmt"], m["lang"], n, ",".join(
            r[3:] for r in m["rules"]) or "(none)", risk(m["rules"]), x and "%.0f/%.0f/%.2f%%" % x))
    for b in bad:
        print("PROBLEM", b)
    assert not bad
    # labels
    for k, m in META.items():
        lab = {"file": m["file"], "language": m["lang"], "category": m["category"],
               "expected_terms": m["terms"], "expected_extra": extra(m["terms"]["contract_kind"], **m["extra"]),
               "expected_rules": sorted(m["rules"])}
        (OUT / (Path(m["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
    print("labels written:", len(META))
