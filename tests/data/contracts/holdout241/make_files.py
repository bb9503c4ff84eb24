"""holdout241: writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py), re-applies the policy
rules (policy.md section 3/4) to the hand labels, asserts they equal the plan, writes the .json labels, reads every
built file back and fails if any threshold value appears. Run with /work/main/.venv/bin/python make_files.py."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- rules (policy section 3, section 4)
def apply_rules(t, x, plan):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, plan)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or plan["forum_outside_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def tco_share(t, x, plan, horizon=5):
    """Policy section 4: warranty from acceptance = start of horizon; fee base = itemised licence/hardware."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years_after = max(0.0, horizon - (t["warranty_months"] or 0) / 12)
    fee = plan["fee_base"] * t["post_warranty_fee_pct"] / 100
    tco = x["contract_value"] + years_after * fee
    return years_after * fee / tco * 100


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if set(rules) & high:
        return "high"
    if [x for x in rules if x != "CR-GOVERNING-LAW"]:
        return "medium"
    return "low"


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# ---------------------------------------------------------------- h241z01 (docx, zh, buyer's paper, compliant)
H241Z01 = """T:江临市养老服务综合监管平台建设项目政府采购合同
P:合同编号：JLMZ-ZC-2026-0417　　采购方式：公开招标　　项目编号：JLCG2026-GK-0093
P:甲方（采购人）：江临市民政局　　地址：江临市政通路18号
P:乙方（供应商）：江临颐信数字科技有限公司　　地址：江临市高新区云栖大道266号
P:鉴于甲方就“江临市养老服务综合监管平台建设项目”依法组织公开招标，乙方为经评标委员会评审、甲方依法确定的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，经协商一致，订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供养老服务综合监管平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：养老机构备案与等级评定管理、居家上门服务工单核验（含服务人员定位打卡与照片留痕）、高龄津贴与护理补贴发放监测、养老机构消防与食品安全巡查、财政补贴资金绩效分析驾驶舱，以及与省养老服务信息系统、市大数据中心、市场监管及卫健部门系统的数据接口。
P:1.2 乙方负责平台在甲方政务云环境中的部署、联调、数据初始化、试运行保障及培训，覆盖全市14个街道（乡镇）、126家养老机构和约3.2万名居家服务对象。
P:1.3 招标文件、投标文件、澄清文件及中标通知书为本合同组成部分；内容不一致的，以对甲方更有利的约定为准。
H:第二条　合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰贰拾万元整（¥2,200,000），含税、含全部软件许可、开发、部署、培训及质保期内服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|养老服务综合监管平台软件许可|1,260,000
TB:2|定制开发及数据接口（共9个子系统、17个接口）|738,000
TB:3|部署实施、数据初始化及试运行保障|164,000
TB:4|培训（管理员、街道及机构操作人员）|38,000
TB:合计||2,200,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后10个工作日内，甲方支付合同总价的20%（¥440,000）作为预付款。
P:3.2 平台通过初步验收后10个工作日内，甲方支付合同总价的45%（¥990,000）。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%（¥770,000）。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条　交付期限
P:乙方应于合同签订后150日内完成全部开发、部署并提交初步验收申请；初步验收通过后进入为期90日的试运行期。
P:乙方应组建由项目经理、需求分析、开发、测试及实施人员组成的项目团队，不少于8人，其中项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。乙方每两周向甲方提交项目进度报告，列明已完成工作、存在问题及下一阶段计划；甲方每月组织一次项目例会，乙方项目经理应当出席。
H:第五条　验收
P:5.1 初步验收标准：（一）招标文件功能需求清单逐项实现并通过甲方组织的功能测试；（二）17个数据接口连续15日数据交换无差错；（三）并发500用户时常用页面响应时间不超过2秒、统计查询不超过5秒；（四）通过具有资质的第三方机构出具的安全测评和商用密码应用安全性评估。
P:5.2 最终验收标准：试运行期内未发生一级故障，二级故障累计不超过3次且均按期排除；初验遗留问题全部整改完毕；全部技术文档、源代码及操作手册已移交。
P:5.3 验收由甲方组织专家及使用单位进行，出具书面验收报告。平台上线运行、甲方使用平台或甲方支付任何款项，均不视为验收合格。
H:第六条　质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，且须提前3个工作日书面通知甲方）。故障分级及响应：一级故障（平台整体不可用或核心数据错误）30分钟内响应、2小时内到场、8小时内恢复；二级故障（单一子系统不可用）1小时内响应、24小时内解决；三级故障（一般问题）2个工作日内解决。
P:6.3 未达到上述服务水平的，每延误1小时扣减服务费人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减从质保金或后续维保费中抵扣。
P:6.4 质保期满后，甲方如需继续采购维护服务，年度维护费不超过软件许可费的9%（即每年不超过¥113,400），该价格在质保期满后两年内保持不变；维护合同须另行签订，不自动续期。
H:第七条　数据安全
P:7.1 平台内的全部数据（包括老年人身份信息、健康及护理信息、补贴发放信息、机构监管信息）均属于甲方所有。乙方仅为履行本合同目的处理数据，不得以任何形式留存、复制、分析或向第三方提供，亦不得用于本合同以外的任何用途。
P:7.2 乙方应按照网络安全等级保护第三级要求落实数据安全措施：敏感字段加密存储、最小权限、全程审计；运维须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条　保密
P:乙方对履约中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第九条　知识产权
P:9.1 乙方为本项目定制开发的全部成果，包括源代码、接口程序、数据库设计及技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方合法权益。
H:第十条　违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 交付成果未通过验收的，乙方应在15日内整改并重新提交验收；再次未通过的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
H:第十一条　转包与分包
P:乙方不得转包或分包本合同项下任何工作。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条　其他
P:本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。合同履行期间，任何一方变更联系人、地址或银行账户的，应提前7日书面通知对方。乙方应遵守甲方政务云管理规定及廉政要求，不得向甲方工作人员提供任何不正当利益。
P:本合同一式六份，甲方四份、乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：江临市民政局　　　　乙方（盖章）：江临颐信数字科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年4月17日　　　　签订地点：江临市
"""

# ---------------------------------------------------------------- h241z02 (txt, zh)
H241Z02 = """瓦楞纸板生产线在线水分及翘曲测量系统采购与维保合同

合同号：HX-SB-2026-031

买方（以下称“甲方”）：浙江恒信包装纸业有限公司
住所：嘉兴市秀洲区新塍镇工业园区恒信路9号

卖方（以下称“乙方”）：苏州测微工业检测技术有限公司
住所：苏州市吴中区越溪街道友翔路55号

甲方为稳定瓦楞纸板含水率、减少纸板翘曲造成的印刷和糊箱不良，拟在两条五层瓦楞纸板生产线上加装在线水分测量及翘曲检测系统。乙方具备相应产品及实施能力。双方经友好协商，就设备采购、安装调试及质保期满后的维护保养事宜达成如下协议。

一、供货范围及价格

（一）供货清单（人民币，含13%增值税）：
1. 扫描式在线水分仪（含O型扫描架、近红外传感头），4套，单价236,000元，小计944,000元；
2. 纸板翘曲视觉检测单元（线阵相机、激光测距、边缘计算主机），2套，单价318,000元，小计636,000元；
3. 水分与翘曲分析软件（永久许可，含与预热器、喷雾加湿装置的闭环控制模块），1套，188,000元；
以上软硬件小计1,768,000元。
4. 安装调试（含机械安装、电缆敷设、与瓦线生产管理系统对接），126,000元；
5. 标定及培训（现场标定、操作与维护培训），46,000元。
合同总价：人民币壹佰玖拾肆万元整（1,940,000元）。

（二）合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、标定、培训及质保期内的全部费用。设备原产地、型号及主要技术参数以附件技术规格书为准，乙方不得以其他型号替代。

二、付款

（一）合同生效后7个工作日内，甲方支付合同总价的20%，即388,000元；
（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，即679,000元；到货签收仅为数量确认，不代表质量验收；
（三）系统通过最终验收后15个工作日内，甲方支付合同总价的45%，即873,000元。
乙方每次收款前向甲方开具等额增值税专用发票。

三、交货与安装

（一）乙方应在合同生效后60日内将全部设备运至甲方工厂，交货后20日内完成安装及单机调试。
（二）安装须利用甲方停机检修窗口进行，每条生产线停机时间累计不得超过36小时。乙方应提前提交施工方案，经甲方设备部书面确认后实施。
（三）乙方人员进入甲方厂区，须遵守甲方安全生产、动火作业及防尘管理制度。
（四）乙方应派驻一名现场工程师全程负责安装调试，并在调试期间每日向甲方设备部提交调试日志。安装过程中损坏甲方设备、管线或纸板的，乙方负责修复或按实际损失赔偿。

四、验收

（一）系统安装调试完成后进入30日连续试运行，试运行结束后由双方共同进行最终验收。
（二）验收标准：
1. 水分测量范围3%—20%，与烘箱法比对，误差不超过±0.3个百分点（每条线每班取样不少于6次，连续10个生产班次）；
2. 翘曲检测能识别1.5毫米以上的上翘、下翘及S形翘曲，识别准确率不低于97%；
3. 闭环控制投入后，纸板含水率标准差较投入前下降两成以上（以甲方生产记录为基准）；
4. 与甲方生产管理系统数据对接正常，数据刷新周期不超过2秒；
5. 试运行期间未发生导致生产线停机的系统故障。
（三）验收合格的，双方签署最终验收证书。设备到货、安装完成或甲方在生产中使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新组织验收。
（四）验收所需的烘箱、标准样品由甲方提供，比对取样由双方人员共同完成并签字确认。

五、质量保证

（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，非因甲方操作不当造成的设备及软件故障，乙方免费维修或更换，并免费提供软件升级。
（二）质保期内的服务响应：一级故障（测量系统整体失效、影响生产线闭环控制）2小时内电话响应、12小时内到场；二级故障（单套仪表失准或离线）8小时内响应、48小时内到场；三级故障（一般问题）3个工作日内处理。
（三）乙方未按期响应或到场的，每延误1小时向甲方支付500元。
（四）乙方每半年免费上门标定一次，并出具标定报告。
（五）质保期内更换的部件，其质保期自更换之日起重新计算，但不短于原质保期的剩余期限。

六、质保期满后的维护保养

（一）质保期满后，甲方可委托乙方继续提供维护保养服务，服务内容包括定期标定、传感头及易损件更换、软件升级和故障维修。
（二）年度维保费按软硬件小计的25%计取，即每年442,000元，质保期满后三年内保持不变。维保费于每个服务年度开始后30日内支付。
（三）维保期间的服务响应标准同本合同第五条（二）、（三）。
（四）维保期内乙方每季度上门巡检一次，出具设备状态报告，并对传感头窗口、光源及扫描架导轨进行清洁保养。

七、数据与保密

（一）系统采集、生成的全部生产数据（含含水率曲线、翘曲记录、工艺参数、控制日志）属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
（二）乙方远程维护须经甲方设备部逐次授权，通过甲方指定的VPN及账号进行，维护结束即关闭账号；不得在系统中留存后门或未声明的远程通道。乙方应采取防病毒、访问控制及日志审计措施，保障系统及数据安全。
（三）发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
（四）双方对在合作中获悉的对方技术资料、工艺参数、客户信息及商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本保密义务在合同终止后三年内有效。

八、知识产权

（一）乙方为甲方生产线编制的对接程序、控制策略参数及配置文件，知识产权归甲方所有，甲方可自由使用和修改。
（二）分析软件的著作权仍归乙方，乙方授予甲方永久使用许可。乙方保证其产品不侵犯任何第三方的知识产权。

九、违约责任

（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的10%。
（二）验收两次不合格的，甲方有权退货并解除合同，乙方退还全部已付款项。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

十、分包

乙方不得将本合同项下的主要工作分包；电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

十一、合同解除

乙方严重违反本合同，经甲方书面通知后15日内未能纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

十二、法律适用及争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交嘉兴仲裁委员会仲裁。

十三、其他

本合同未尽事宜，由双方另行签订书面补充协议。双方联系人：甲方设备部经理周建平，乙方项目经理刘晓东；联系人变更的，应书面通知对方。

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、施工方案、标定规程。

甲方（盖章）：浙江恒信包装纸业有限公司        乙方（盖章）：苏州测微工业检测技术有限公司
代表签字：                                   代表签字：
日期：2026年3月20日                          日期：2026年3月20日
"""

# ---------------------------------------------------------------- h241z03 (md, zh)
H241Z03 = """# 书咖门店收银及会员管理云服务合同

**合同编号**：SK-YF-2026-0086

**甲方（客户）**：成都半页书咖餐饮文化连锁有限公司
**乙方（服务商）**：杭州云帆零售科技有限公司

甲方经营“半页书咖”品牌，在成都、重庆、绵阳共有直营门店25家，门店同时销售图书、文创及咖啡轻食。为统一收银、库存和会员管理，甲方决定采用乙方“云帆零售SaaS”平台（收银POS、图书及饮品库存、会员储值与积分、营销活动模块），并委托乙方完成上线实施。双方协商一致，订立本合同。

## 1. 定义

1.1 “平台”：乙方在其云环境中运营的云帆零售SaaS服务及配套门店收银客户端。
1.2 “甲方数据”：甲方及其门店、会员在使用平台过程中录入、上传或产生的全部数据，包括商品、订单、储值、积分、会员手机号及消费记录。
1.3 “上线”：25家门店全部切换至平台收银并完成首日营业日结。
1.4 “计划维护”：乙方为升级或维护平台而事先通知甲方的服务中断。

## 2. 服务内容与期限

2.1 乙方向甲方25家门店提供平台订阅服务，每店开通收银账号3个、店长后台1个，总部开通管理账号10个。
2.2 乙方负责实施：商品资料（约4.6万个图书SKU及320个饮品SKU）导入、原有会员系统约11.8万名会员及储值余额迁移、与甲方财务系统及外卖平台的接口对接、门店培训。
2.3 服务期为三十六个月，自上线之日起计算。
2.4 乙方为每家门店提供不少于2小时的现场操作培训，并为总部财务、运营、会员管理人员分别提供专项培训；上线后首个周末，乙方安排实施人员在客流量最大的6家门店驻店支持。
2.5 平台须兼容甲方现有的收银一体机、扫码枪、小票打印机及钱箱，如个别硬件无法兼容，乙方应提前书面说明并提供替代方案，不另收费。

## 3. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 25店 × 1,380元/店/月 × 36个月 | 1,242,000 |
| 会员营销模块 | 6,800元/月 × 36个月 | 244,800 |
| 上线实施费（一次性） | 固定价 | 118,000 |
| **合计** | | **1,604,800** |

3.1 订阅费及模块费按季度结算，每季度结束后15日内由乙方开具发票，甲方收到发票后15日内支付。
3.2 实施费在上线验收合格后15日内一次性支付。
3.3 甲方无需预付任何款项。
3.4 乙方开具的发票应为增值税专用发票，税率按国家规定执行；税率调整的，不含税价格保持不变。

## 4. 实施与验收

4.1 乙方应于合同签订后45日内完成全部门店上线。
4.2 上线验收标准：（1）迁移后会员数量、储值余额及积分与原系统逐条核对一致；（2）连续7个营业日各门店日结与银行、第三方支付对账无差异；（3）收银单笔结算时间不超过3秒；（4）与财务系统、外卖平台的接口数据一致。双方据此签署上线验收单。门店开始使用平台收银不视为验收合格。
4.3 因乙方原因未能在4.1约定期限内完成上线的，每逾期一日，乙方向甲方支付1,200元违约金。
4.4 乙方应在实施期间每周提交实施进度表；数据迁移前应对原系统数据进行完整备份，迁移过程中造成数据丢失或储值余额错误的，乙方负责恢复并赔偿甲方及会员因此遭受的损失。

## 5. 服务水平

5.1 乙方承诺平台每月可用率不低于99.5%（经双方确认的计划维护时间除外）。
5.2 故障响应：一级故障（收银无法结算或会员储值无法使用）30分钟内响应、3小时内恢复；二级故障（报表、营销等非收银功能异常）2小时内响应、1个工作日内解决。
5.3 月度可用率低于承诺值的，按以下比例抵扣当月订阅费：低于99.5%但不低于99%，抵扣5%；低于99%但不低于98%，抵扣10%；低于98%，抵扣20%。一级故障未按时恢复的，每超时1小时另行抵扣500元。
5.4 乙方每月5日前向甲方提供上月服务报告，列明可用率、故障记录及处理情况、抵扣金额。计划维护应安排在门店营业时间以外（22:30至次日07:30），并提前48小时通知甲方。

## 6. 数据

6.1 甲方数据归甲方所有。乙方应采取加密传输与存储、访问权限控制、操作日志审计等措施保障甲方数据安全，平台按网络安全等级保护第三级要求建设，数据存储于中国境内。
6.2 乙方发现数据泄露、毁损或被非法访问的，应在12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方因此遭受的损失。
6.3 甲方同意，乙方可在服务期内及服务期满后，将甲方数据经去标识化处理后用于行业消费趋势分析报告、平台产品优化及向其他客户提供的经营对标服务。
6.4 服务期满或合同解除后，乙方应在30日内按甲方要求以通用格式导出并交付全部甲方数据，之后删除平台中的甲方数据（6.3所述去标识化数据除外）。
6.5 会员个人信息的收集和使用应遵守《中华人民共和国个人信息保护法》，乙方应配合甲方响应会员查询、更正、删除个人信息的请求。

## 7. 保密

双方对因本合同知悉的对方商业秘密（包括经营数据、价格策略、技术方案）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 8. 知识产权

8.1 平台及其原有功能的知识产权归乙方。
8.2 乙方为甲方专门开发的接口程序、定制报表及会员营销规则配置，归甲方所有，甲方可自由使用、修改或交由第三方维护。
8.3 乙方保证平台及其交付成果不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部责任。

## 9. 续约

9.1 服务期届满前60日，任何一方未书面提出不续约的，本合同自动续期二十四个月，可连续续期。
9.2 每次续期时，乙方有权根据其当期价目表调整订阅费及模块费，调价幅度不超过8%，调整后的价格自续期之日起适用。

## 10. 责任限额

乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方故意、重大过失或违反第6.1、6.2条造成的损失不受此限。

## 11. 分包

乙方将门店硬件安装等辅助工作委托第三方的，须事先取得甲方书面同意。

## 12. 解除

一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权解除本合同。乙方违约导致解除的，应退还甲方已支付但未使用期间的费用。

12.2 合同终止后，乙方应在甲方数据导出完成前保持平台只读访问不少于30日，并配合甲方完成向新系统的切换。

## 13. 法律适用与争议

本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。双方应首先通过友好协商解决争议，协商期不超过30日。

## 14. 其他

14.1 双方指定联系人：甲方信息部负责人何静，乙方客户成功经理陈亮。一方变更联系人或联系方式的，应提前3日书面通知对方。
14.2 本合同附件包括：附件一《门店清单》、附件二《实施计划》、附件三《服务水平说明》，附件与本合同具有同等效力。
14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：成都半页书咖餐饮文化连锁有限公司　　乙方（盖章）：杭州云帆零售科技有限公司

授权代表：＿＿＿＿　　授权代表：＿＿＿＿　　日期：2026年5月8日
"""

# ---------------------------------------------------------------- h241z04 (pdf, zh)
H241Z04 = """T:青岚县地表水水质自动监测站网运行维护服务合同
P:合同编号：QLHB-YW-2026-012　　采购方式：单一来源采购
P:采购人（甲方）：青岚县生态环境局
P:供应商（乙方）：浙江清源环境监测运营有限公司
P:根据《中华人民共和国政府采购法》及单一来源采购相关规定，经公示无异议并经财政部门批准，甲方就县域内地表水水质自动监测站网运行维护服务向乙方采购。乙方为原站点设备供货及系统集成单位，具备相应运维能力。双方经协商，签订本合同。
H:第一部分　服务范围
P:1.1 服务对象：甲方辖区内9座地表水水质自动监测站（青溪上游、青溪入江口、龙潭水库、南渠闸等），每站配备五参数、高锰酸盐指数、氨氮、总磷、总氮分析仪及采配水单元、数据采集传输仪。
P:1.2 服务内容：日常巡检与维护、试剂配制与更换、仪器校准与质控、故障维修、备品备件供应、站房环境保障、数据审核与上报、年度比对监测，以及配合上级生态环境部门的监督检查。
P:1.3 服务期：自2026年7月1日起至2027年6月30日止。服务期满本合同终止，不自动续期；甲方需继续采购的，依法另行组织。
P:1.4 乙方应配备专职运维人员不少于6名，设项目负责人1名，运维人员须持有相应岗位培训合格证明；人员名单报甲方备案，更换人员应提前7日书面告知甲方并经甲方认可。
P:1.5 乙方应配备运维车辆2辆及便携式比对仪器一套，并在县城设立备件库，常用备件库存应满足更换需要。
P:1.6 乙方应为运维人员办理意外伤害保险，遵守站房安全用电、危化品（试剂）存储及野外作业安全规定，因乙方原因发生的安全事故由乙方负责。
H:第二部分　服务费用
P:2.1 本合同总价为人民币捌拾肆万捌仟元整（¥848,000），构成如下：
P:（1）站点运维费：9座 × 68,000元 = 612,000元；
P:（2）试剂及备品备件费：146,000元；
P:（3）年度比对监测费：54,000元；
P:（4）数据审核及平台运行支持费：36,000元。
P:2.2 上述费用为包干价，包括人员、交通、试剂、耗材、备件、仪器检定、废液处置及税费。
P:2.3 服务期内因国家监测技术规范调整而增加监测项目的，双方另行协商。
H:第三部分　付款
P:3.1 服务费按季度支付。每季度结束后，甲方依据第五部分考核结果，在15个工作日内支付当季服务费（总价的四分之一），扣减考核扣款后结算。
P:3.2 本合同不设预付款。
P:3.4 乙方申请付款时应提交季度运维报告、考核结果确认单及合法有效的发票。
P:3.3 乙方应于2027年3月31日前完成年度比对监测，并提交比对报告。比对报告迟交的，每逾期一日乙方支付600元违约金。
H:第四部分　服务标准
P:4.1 巡检：每站每周现场巡检不少于1次，每月全面维护1次，并填写运维记录。
P:4.2 质控：每日零点及跨度核查，每周标准样品核查，每月加标回收率测试，质控结果须符合国家地表水自动监测技术规范要求。
P:4.3 数据：每月数据有效率不低于90%，数据传输至国家及省级平台的准时率不低于95%；该两项指标为考核指标，不代表平台可用率。
P:4.4 故障响应：一级故障（站点停运或主要仪器失效导致监测数据中断）乙方应在1小时内响应，24小时内恢复运行；二级故障（单台辅助设备故障）2小时内响应，48小时内修复；三级故障（一般问题）3日内处理。
P:4.5 乙方应设立24小时值班电话，并在站点显著位置公示。
P:4.6 乙方应建立运维档案，按站点分别保存巡检记录、维护记录、试剂配制与更换记录、校准及质控记录、故障维修记录，档案保存期限不少于六年，并于每月5日前向甲方报送上月运维报告。
P:4.7 汛期、重大活动保障及突发水污染事件期间，乙方应按甲方要求加密巡检频次，必要时安排人员驻站，并配合开展应急加密监测，所需费用已包含在合同价款内。
P:4.8 废液应分类收集，交由具有危险废物经营许可证的单位处置，并保存转移联单备查。
P:4.9 乙方应每季度对站房空调、UPS、防雷接地及视频监控设施进行检查，保证站房温度、湿度符合仪器运行要求。
H:第五部分　考核与扣款
P:5.1 甲方每季度对乙方运维情况进行考核，考核结果作为付款依据。
P:5.2 一级故障响应每超时1小时扣款500元，恢复每超时1日扣款2,000元；数据有效率每低于考核值1个百分点扣款1,000元；发现数据造假的，甲方有权解除合同，并按规定报告有关部门。
P:5.3 考核结果书面通知乙方，乙方有异议的可在5个工作日内提出复核。
P:5.4 季度考核得分低于80分的，当季服务费另扣减2%；连续两个季度低于70分的，按第十一部分处理。
P:5.5 上级生态环境部门对站点进行飞行检查或质控考核发现问题的，乙方应在3日内完成整改，并书面报告整改结果。
H:第六部分　验收
P:6.1 每季度运维工作由甲方按第四部分标准组织验收，出具季度验收意见；服务期满由甲方组织终期验收。
P:6.2 验收依据包括运维记录、质控报告、数据有效率统计及比对报告。
P:6.3 终期验收时乙方应移交全部运维档案、备品备件清单及站点设备状况评估报告，站点设备应处于正常运行状态。
H:第七部分　数据安全与保密
P:7.1 全部监测数据、运维记录、质控记录归甲方所有。乙方不得篡改、删除、伪造监测数据，不得将数据用于本合同以外的目的或向任何第三方提供。
P:7.2 乙方应对数据采集传输仪及站房网络采取访问控制、口令管理、防病毒及日志审计措施，远程运维须经甲方审批；发生数据异常、网络入侵或数据泄露的，乙方应在2小时内报告甲方，因乙方原因造成的损失由乙方承担。
P:7.3 乙方对履约中获悉的未公开监测数据、执法信息及甲方工作信息负有保密义务，不得对外披露；合同终止后保密义务继续有效。
P:7.4 乙方人员不得擅自修改数据采集传输仪参数，参数修改须经甲方书面批准并留存修改记录。
H:第八部分　成果归属
P:运维记录、质控报告、比对报告及乙方为站点编制的操作规程，归甲方所有。
H:第九部分　分包
P:乙方可将试剂配送、废液处置及年度比对监测中的实验室分析工作分包给具有相应资质的单位，但应提前5个工作日书面告知甲方分包单位名称及资质。乙方对分包工作向甲方负责。
H:第十部分　责任限额
P:除因乙方故意或数据造假造成的损失外，乙方在本合同项下对甲方承担的赔偿责任总额以本合同总价的50%为限。
H:第十一部分　合同解除
P:乙方严重违约，或连续两个季度考核不合格，经甲方书面通知限期整改仍未改正的，甲方有权解除本合同。合同解除后，乙方应在10日内完成站点、档案及备件交接，交接完成前不得停止站点运行维护。
H:第十二部分　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青岚县人民法院提起诉讼。
H:第十三部分　其他
P:本合同附件包括：单一来源采购文件、乙方响应文件、站点清单、运维技术规范及考核细则，附件与本合同具有同等效力。
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方：青岚县生态环境局（盖章）　　乙方：浙江清源环境监测运营有限公司（盖章）
P:代表：__________　　代表：__________　　日期：2026年6月18日
"""

# ---------------------------------------------------------------- h241z05 (md, zh, supplier's own template)
H241Z05 = """# 仓储管理系统（WMS）软件许可及实施服务合同

> 仓迅科技标准合同文本 CX-WMS-2025版（第3.0版）

合同编号：CX-2026-GD-0215

甲方：广州市荣记腊味食品有限公司（以下简称“甲方”）
乙方：广州仓迅科技有限公司（以下简称“乙方”）

甲方主营广式腊肠、腊肉及腊味礼盒的生产与销售，设有原料冷库、风干车间、成品库及电商发货仓。为实现原料批次、保质期及成品出入库的信息化管理，甲方采购乙方“仓迅WMS”软件并委托乙方进行定制开发及实施。双方本着平等自愿原则，签订本合同。合同签订前，乙方已向甲方演示标准产品功能，甲方确认标准产品能够满足其基本业务需要。甲方已充分阅读并理解本合同全部条款，特别是免责及限制责任条款，乙方已应甲方要求作出说明。

## 第一章　合同标的

第1条　乙方向甲方提供仓迅WMS标准版软件许可（永久许可，授权仓库4个、并发用户30个），并根据甲方需求完成以下定制开发：
（1）原料肉批次追溯及冷库温湿度数据接入；
（2）腊肠风干工序在制品管理及晾晒批次看板；
（3）成品保质期预警与先进先出拣货策略；
（4）与甲方ERP、电商平台订单及快递面单系统的接口。
（5）移动端手持终端（PDA）入库、上架、拣货、盘点应用。
定制开发的具体范围以双方确认的《需求说明书》为准，《需求说明书》确认后的变更按乙方人天单价另行计费。

第2条　乙方负责系统安装部署、基础数据初始化、上线支持及操作培训。乙方提供的实施服务包括：需求调研（不超过10个工作日）、系统配置、基础资料（物料、库位、客户、供应商）导入模板的提供、关键用户培训及上线首周远程支持。培训以集中授课方式进行，共3次，每次不超过半天。甲方应指定项目负责人及关键用户，配合乙方完成需求确认、数据整理和测试。

## 第二章　价款及支付

第3条　合同总价为人民币捌拾陆万元整（¥860,000），其中：

| 项目 | 金额（元） |
|---|---|
| 仓迅WMS标准版软件许可 | 420,000 |
| 定制开发 | 356,000 |
| 实施及培训 | 84,000 |
| 合计 | 860,000 |

上述价格不含服务器、数据库、PDA手持终端及标签打印机等硬件费用，相关硬件由甲方自行采购或另行向乙方订购。

第4条　支付方式：
（1）本合同签订后5个工作日内，甲方支付合同总价的65%，即人民币559,000元；
（2）系统上线后5个工作日内，甲方支付合同总价的35%，即人民币301,000元。
（3）甲方支付每笔款项前，乙方开具增值税普通发票；甲方要求开具专用发票的，应提前书面告知。

第5条　甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务并停止软件授权。乙方暂停服务期间的损失由甲方自行承担。

## 第三章　实施与上线

第6条　乙方在收到首期款后开始实施，预计在90日内完成上线。实施进度受甲方需求确认、数据准备及配合情况影响，乙方不对具体日期作出承诺。甲方应在乙方提出需求后3个工作日内完成确认，每延迟一日，实施周期相应顺延。甲方应自行准备符合乙方要求的服务器、数据库及网络环境，服务器配置以乙方提供的《部署环境要求》为准。

第7条　系统安装完成并投入使用，即视为甲方验收合格。甲方在上线后提出的需求变更，乙方另行报价。上线后，甲方应按照乙方提供的操作手册使用系统，因甲方操作不当、擅自修改配置或数据导致的问题，乙方提供的处理服务另行收费。

## 第四章　售后服务

第8条　乙方自系统上线之日起提供三个月免费维护，包括缺陷修复及远程技术支持。免费维护期内的服务方式以远程支持为主；确需现场服务的，甲方承担乙方人员的差旅费用。

第9条　免费维护期内，甲方通过乙方客服热线或在线工单报告问题，乙方将尽合理努力及时处理，但不对响应时间及解决时间作出承诺。甲方报告问题时应提供问题描述、截图及复现步骤，以便乙方分析处理。

第10条　免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价目表执行。未签订维护协议的，乙方不再提供任何技术支持及软件升级。维护协议以年度为单位签订，乙方有权根据市场情况调整维护费标准。

## 第五章　知识产权

第11条　仓迅WMS软件及乙方在本合同项下完成的全部定制开发成果（包括源代码、接口程序、报表模板及相关文档）的著作权及其他知识产权均归乙方所有。
甲方提出的需求、业务流程及改进建议被乙方采纳并纳入产品的，甲方不因此取得任何权利。

第12条　乙方授予甲方在本合同约定的仓库范围内非独占、不可转让地使用上述成果的权利。未经乙方书面许可，甲方不得修改、反编译或交由第三方维护。甲方不得将系统转让、出租或提供给甲方关联公司使用；甲方新增仓库或用户数的，应按乙方当时的报价购买扩展许可。

## 第六章　数据

第13条　甲方录入系统的业务数据由甲方负责其真实性与合法性。甲方应自行做好数据的备份，乙方对甲方未备份的数据不承担恢复义务。

第14条　乙方对系统及数据采取必要的安全防护措施，包括权限分级、数据库定期备份及操作日志记录；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并在获知后及时通知甲方。

第15条　甲方同意，乙方可对甲方的出入库、库存周转及销售数据进行汇总和去标识化处理，用于乙方的行业研究、产品改进及向其他客户提供的行业基准分析。乙方基于上述数据形成的分析成果，其权利归乙方所有。

## 第七章　责任

第16条　因不可抗力、网络运营商故障、第三方软件缺陷或甲方硬件环境原因导致的系统问题，乙方不承担责任。乙方不保证系统运行不中断或完全无错误。

第17条　任何一方违反本合同约定的，应当承担相应的违约责任。乙方对甲方的间接损失、利润损失及商誉损失不承担责任。甲方在系统上线后发现的问题，应在免费维护期内书面提出，逾期提出的视为甲方认可系统质量。

## 第八章　合同解除

第18条　一方严重违约，经对方书面催告后30日内仍未改正的，对方有权解除本合同。因甲方原因解除的，已付款项不予退还。合同解除的，甲方应立即停止使用系统并删除全部软件副本。

## 第九章　争议解决

第19条　本合同适用中华人民共和国法律。因本合同产生的争议，由乙方所在地人民法院管辖。

## 第十章　其他

第20条　本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同具有同等效力。本合同的附件包括《报价单》《需求说明书》《部署环境要求》及《操作手册》，附件与本合同不一致的，以本合同为准。
第21条　本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州市荣记腊味食品有限公司　　　　乙方（盖章）：广州仓迅科技有限公司

代表：＿＿＿＿＿　　　　代表：＿＿＿＿＿　　　　日期：2026年2月26日
"""

# ---------------------------------------------------------------- h241e01 (docx, en, Italian vendor's paper)
H241E01 = """T:Software Licence and Services Agreement
P:Agreement No. LDS-CN-2026-0119
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2026 between:
P:(1) Laguna Design Systems S.r.l., a company incorporated in Italy with its registered office at Isola di San Giacomo in Paludo, 30142 Venice, Italy (the "Vendor"); and
P:(2) Wenzhou Huayan Lighter Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Oubei Industrial Road, Yongjia County, Wenzhou, Zhejiang Province (the "Customer").
P:Background: (A) The Vendor develops and licenses FormaLaguna, a product-design software suite for industrial designers, comprising parametric surface modelling, mechanism simulation and photorealistic rendering. (B) The Customer designs and manufactures windproof, refillable and electronic lighters and wishes to equip its design centre in Wenzhou and its product-development office in Shanghai with perpetual licences of FormaLaguna, together with installation, a customised template library and training. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means the FormaLaguna modules listed in Schedule 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the lighter-specific template library (ignition-mechanism assemblies, flint-wheel and piezo components, gas-valve and nozzle families, housing surface templates), the CMF (colour, material, finish) presets and the PLM export plug-in that the Vendor creates for the Customer under this Agreement.
P:1.3 "Installation Certificate" means the certificate signed by the Customer confirming that the Licensed Software has been installed on all designated workstations and the licence server.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Clause 5 have been passed.
P:1.5 "Customer Materials" means all drawings, models, product data, renderings and other files created by or for the Customer, including files created with the Licensed Software.
H:2. Scope
P:2.1 The Vendor grants the Customer a non-exclusive, non-transferable, perpetual licence to install and use the Licensed Software for the number of named seats in Schedule 1 at the Customer's sites in Wenzhou and Shanghai for the Customer's internal business.
P:2.2 The Vendor shall install the Licensed Software and the licence server, migrate the Customer's existing 3D library (about 2,600 part models), develop the Custom Deliverables and deliver four training courses as described in Schedule 2.
H:3. Fees
P:3.1 The fees are fixed and are set out below. They include value-added tax at the applicable rate, travel and all expenses.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FormaLaguna Studio perpetual licence (named seat)|28|46,500|1,302,000
TB:FormaLaguna Render add-on perpetual licence|6|38,000|228,000
TB:Licence subtotal|||1,530,000
TB:Installation, library migration and Custom Deliverables|1|96,000|96,000
TB:Training (four courses, Wenzhou and Shanghai)|1|54,000|54,000
TB:Total Contract Price|||1,680,000
P:3.2 The Total Contract Price is CNY 1,680,000.
H:4. Payment
P:4.1 The Customer shall pay: (a) 20% of the Total Contract Price (CNY 336,000) within 15 days after signature of this Agreement, against the Vendor's invoice; (b) 45% (CNY 756,000) within 15 days after the Installation Certificate; and (c) 35% (CNY 588,000) within 15 days after Final Acceptance.
P:4.2 The Installation Certificate confirms installation only and is not acceptance of the Licensed Software or of the Custom Deliverables.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 30 days and deliver the Custom Deliverables within 90 days after signature.
P:5.2 Acceptance tests shall be run jointly on the Customer's workstations within 20 working days after delivery of the Custom Deliverables and shall show that: (a) all 28 seats and 6 render seats activate against the licence server and work offline for at least 7 days; (b) the migrated library opens without geometry errors in a sample of 300 models chosen by the Customer; (c) each template family in the Custom Deliverables regenerates correctly when its key parameters are changed; (d) the PLM export plug-in transfers models and bills of materials to the Customer's PLM system without loss in 50 test cases; and (e) a reference lighter housing renders at 4K resolution in under ten minutes on the designated workstation.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test within 10 working days. Installation, use of the Licensed Software in production or any payment does not constitute acceptance.
P:5.4 If the Vendor fails to deliver the Custom Deliverables by the date in Clause 5.1, the Vendor shall pay delay damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
H:6. Warranty and Support during the Warranty Period
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:6.2 During the Warranty Period the Vendor shall provide support in Chinese and English. For a Severity 1 issue (the Licensed Software cannot be started or licences cannot be activated on more than a quarter of the seats) the Vendor shall respond within two (2) hours and provide a workaround within one business day. For a Severity 2 issue the Vendor shall respond within eight business hours.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 800 for each hour of delay, to be set off against the next payment due or refunded.
H:7. Maintenance after the Warranty Period
P:7.1 After the Warranty Period the Customer may purchase annual maintenance (updates, new versions and support on the terms of Clause 6.2) by placing an order before each maintenance year.
P:7.2 Maintenance fees shall be charged at the Vendor's list price for maintenance current on the date of each order. The Vendor may revise its list price at the start of each calendar year.
P:7.3 Maintenance does not renew automatically; each year requires a new order from the Customer.
H:8. Customer Materials and Data Security
P:8.1 All Customer Materials belong to the Customer. The Vendor shall use Customer Materials only to perform this Agreement and shall not retain, copy or disclose them.
P:8.2 The Licensed Software does not send design files, telemetry or usage data outside the Customer's network. Licence activation uses only the seat identifiers and the licence server's hardware fingerprint.
P:8.3 Where the Vendor accesses the Customer's systems for installation or support, it shall do so only through the remote-access tool designated by the Customer, with a session approved by the Customer each time, and shall follow the Customer's security instructions. The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer Materials caused by the Vendor and shall be responsible for the resulting losses.
H:9. Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver them with their editable source files. The Customer may use, modify and license the Custom Deliverables freely, also to its suppliers and tool makers.
P:9.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including product designs, unreleased models, prices and know-how, and shall use it only for this Agreement.
P:10.2 These obligations survive for three years after termination; for unreleased product designs they survive until the Customer publishes the product.
H:11. Limitation of Liability
P:11.1 Neither party shall be liable for indirect or consequential loss, loss of profit or loss of data, except in case of wilful misconduct or gross negligence.
P:11.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed CNY 420,000.
P:11.3 The limitation in Clause 11.2 does not apply to the indemnity in Clause 9.3 or to death or personal injury caused by negligence.
H:12. Term and Termination
P:12.1 This Agreement takes effect on signature. The licences granted in Clause 2.1 are perpetual and survive termination once paid.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.3 If the Customer terminates under Clause 12.2 before Final Acceptance, the Vendor shall refund all amounts paid for the items not accepted.
H:13. Export Control
P:13.1 Each party shall comply with the export-control laws that apply to it.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:15. Subcontracting and Assignment
P:15.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its approved subcontractors.
P:15.2 Neither party may assign this Agreement without the other party's written consent.
H:16. Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of Italy, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:16.2 The courts of Venice, Italy, shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:17. General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:Schedule 1: Licensed Software and seats. Schedule 2: Services description and training plan.
P:Signed for Laguna Design Systems S.r.l.: ____________________  Name: Marco Bellin  Title: Managing Director
P:Signed for Wenzhou Huayan Lighter Manufacturing Co., Ltd.: ____________________  Name: Chen Liyang  Title: General Manager
"""

# ---------------------------------------------------------------- h241e02 (txt, en, Order Form + General Terms)
H241E02 = """ORDER FORM No. JT-OF-2026-044
for the BilletJarre Visitor Platform

Vendor: BilletJarre SAS, a French simplified joint-stock company, registered office: Île Jarre, 13008 Marseille, France ("BilletJarre")
Customer: Luoyang Longmen Grottoes Visitor Centre Management Co., Ltd., Longmen Avenue, Luolong District, Luoyang, Henan Province, China ("Customer")
Order date: 14 April 2026

This Order Form and the BilletJarre General Terms of Service attached to it (the "General Terms") together form the agreement between BilletJarre and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

PART A - ORDER DETAILS

A1. Subscribed Services
(a) BilletJarre Visitor Platform: timed-entry online ticketing (WeChat mini-program, website and group-booking portal), real-name ticket verification, capacity and time-slot management for the West Hills, East Hills and Xiangshan Temple areas, guide and audio-guide booking, and the daily revenue and visitor-flow dashboard.
(b) Integration of the platform with Customer's 42 turnstile gates, 16 self-service kiosks, the provincial tourism visitor-monitoring system and Customer's finance system ("Integration Services").
(c) Hosting in a mainland China data centre operated by BilletJarre's contracted cloud provider.

A2. Subscription Term
Twenty-four (24) months from the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under A5. This Agreement does not renew automatically; any extension requires a new order form signed by both parties.

A3. Fees (all amounts in Chinese Yuan, CNY, at Customer's request, including VAT)
  Platform subscription: CNY 26,500 per month x 24 months = CNY 636,000
  Integration Services (one-time fee): CNY 88,000
  Total fees under this Order Form: CNY 724,000
Payment-gateway charges of the banks and wallet providers are paid by Customer directly to them and are not part of the fees.

A4. Invoicing and Payment
(a) BilletJarre will invoice the subscription fees annually in advance. The first invoice covers the subscription fees for months 1 to 12 (CNY 318,000) and the Integration Services fee (CNY 88,000), a total of CNY 406,000, and is payable within 10 days after signature of this Order Form and in any case before the Service Start Date.
(b) The second invoice covers months 13 to 24 (CNY 318,000) and is payable before the first day of month 13.
(c) Payments are made in CNY by bank transfer to the account of BilletJarre's Shanghai subsidiary named on the invoice.

A5. Go-Live and Acceptance
(a) BilletJarre shall make the platform ready for Go-Live Acceptance within 60 days after signature.
(b) Go-Live Acceptance tests are run on site by both parties over 5 consecutive opening days and must show that: (i) every gate and kiosk validates real-name tickets in under 1.5 seconds; (ii) time-slot capacity limits are never exceeded in a load test with 8,000 bookings per hour; (iii) daily ticket revenue in the dashboard matches the payment-gateway settlement files to the cent; and (iv) visitor counts are transmitted to the provincial system every 5 minutes without gaps. Customer signs a Go-Live Acceptance certificate when all tests are passed. Use of the platform for sales during the test days is not acceptance.
(c) If the platform is not ready for Go-Live Acceptance by the date in A5(a) for reasons attributable to BilletJarre, BilletJarre shall pay Customer CNY 500 for each day of delay.

A6. Service Levels
See Section 3 of the General Terms. The service-level commitments there are part of this Order Form.

A7. Customer Contacts
Operations: Ms Zhao Min, head of visitor services. Finance: Mr Li Gang. IT: Mr Wang Hao.

Signed for BilletJarre SAS: ____________________  Name: Claire Dumas  Title: President
Signed for Customer: ____________________  Name: Guo Jianhua  Title: General Manager

PART B - BILLETJARRE GENERAL TERMS OF SERVICE (version 2026.1)

1. Definitions
1.1 "Services" means the subscribed services set out in the Order Form.
1.2 "Customer Data" means all data submitted to the Services by or for Customer or its visitors, including visitor names, ID numbers, mobile numbers, bookings, payment references, gate records and visitor-flow statistics.
1.3 "Incident" means an unplanned interruption or degradation of the Services. Incidents are classified as Priority 1 (ticket sales or ticket verification unavailable at one or more scenic areas), Priority 2 (a major function degraded, with a workaround) and Priority 3 (any other issue).

2. Use of the Services
2.1 BilletJarre grants Customer a non-exclusive right to use the Services during the Subscription Term for Customer's ticketing operations.
2.2 Customer is responsible for the accuracy of its price lists, opening hours and capacity settings.
2.3 Customer shall not use the Services to sell tickets for events outside the Longmen Grottoes scenic area without BilletJarre's agreement, and shall keep its administrator passwords secret and change them at least every 90 days.

3. Service Levels
3.1 Availability. The ticketing and verification functions will be available 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 23:00 and 05:00 China Standard Time.
3.2 Response. BilletJarre provides a support line in Chinese staffed every day from 06:30 to 22:00 China Standard Time and an e-mail channel at all other times. BilletJarre shall respond to a Priority 1 Incident within six (6) hours after Customer's report, to a Priority 2 Incident within one business day and to a Priority 3 Incident within three business days.
3.3 Service credits. If availability in a month falls below 99.95%, Customer receives a credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that month's fee. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.
3.4 Reports. By the fifth working day of each month BilletJarre sends Customer a service report showing availability, all Priority 1 and Priority 2 Incidents with their response and resolution times, and the credits due.
3.5 Peak days. For the Spring Festival, the Peony Festival in April, the May Day holiday and the National Day week BilletJarre shall keep an engineer on call on site in Luoyang and freeze all non-urgent changes from three days before each period.

4. Customer Data and Security
4.1 Customer Data belongs to Customer. BilletJarre processes Customer Data only to provide the Services under Customer's instructions and for no other purpose.
4.2 Customer Data is stored and processed only in mainland China. The hosting environment holds a level-3 Multi-Level Protection Scheme filing. BilletJarre encrypts ID numbers and mobile numbers at rest, restricts access to named staff with multi-factor authentication and keeps access logs for 180 days.
4.3 BilletJarre shall notify Customer within 24 hours after becoming aware of a personal-information breach affecting Customer Data, shall cooperate with Customer in reporting to the authorities and informing visitors, and shall bear the losses and costs caused by a breach attributable to BilletJarre.
4.4 At the end of the Subscription Term BilletJarre shall return Customer Data in CSV format within 30 days and then delete it.
4.5 Customer may, once a year and on 15 days' notice, audit BilletJarre's compliance with this Section 4, itself or through an independent auditor bound by confidentiality; BilletJarre shall provide the relevant records and certificates.

5. Customer-Specific Work
5.1 Ticket templates, price-rule configurations, gate and kiosk interface programs and reports created specifically for Customer belong to Customer. Customer may use, modify and have them maintained by any third party. BilletJarre keeps all rights in its platform.

6. Confidentiality
6.1 Each party shall keep confidential the other party's non-public information and use it only for the Agreement. This obligation lasts for three years after the end of the Agreement.

7. Subcontractors
7.1 BilletJarre may use subcontractors and sub-processors (including its cloud provider, SMS provider and on-site integration partners) to perform the Services. BilletJarre will list its current subcontractors on its website and will inform Customer by e-mail before it engages a new one. BilletJarre remains responsible for its subcontractors.

8. Liability
8.1 Neither party is liable for indirect or consequential loss.
8.2 Each party's total liability under the Agreement is limited to 200% of the total fees under the Order Form. The limit does not apply to breach of Section 4 or 6, fraud or wilful misconduct.

9. Term and Termination
9.1 The Agreement runs for the Subscription Term.
9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates for BilletJarre's breach, BilletJarre refunds prepaid fees for the period after termination.
9.3 Customer may also terminate if availability falls below 99% in two consecutive months.

10. Suspension
10.1 BilletJarre may suspend the Services only if an invoice remains unpaid 30 days after a written reminder, or where required by law, and shall give Customer at least 5 days' notice except where the law requires immediate suspension.

11. Changes to the Services
11.1 BilletJarre may improve the Services but shall not materially reduce their functionality during the Subscription Term.

12. Governing Law and Disputes
12.1 The Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

13. Miscellaneous
13.1 Notices must be in writing and sent to the addresses in the Order Form.
13.2 Neither party may assign the Agreement without the other party's written consent, except to an affiliate in a merger.
13.3 The Agreement is written in English and Chinese; both versions have equal force.
13.4 Notices to Customer may be given in Chinese. Operational communication, training and the support line are provided in Chinese.
"""

# ---------------------------------------------------------------- h241e03 (pdf, en, buyer's paper, compliant)
H241E03 = """T:Purchase Contract for Pond Water-Quality Monitoring Equipment
P:Contract No. XSXY-PC-2026-07
P:Buyer: Xiangshan Xinyu Swimming Crab Aquaculture Co., Ltd., Hepu Town, Xiangshan County, Ningbo, Zhejiang Province, China (the "Buyer")
P:Supplier: Aquaplane Systemes SARL, Île Plane, 13008 Marseille, France, acting in China through its Ningbo branch office (the "Supplier")
P:Whereas the Buyer farms swimming crabs (Portunus trituberculatus) in 64 ponds and two nursery sheds on the Xiangshan coast and needs continuous measurement of dissolved oxygen, pH, salinity, temperature, ammonia and nitrite to control aeration and water exchange; and whereas the Supplier has offered a complete monitoring system in its tender of 2 February 2026; the parties agree as follows. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install and commission the equipment and software listed in Article 2, connect the probes to the Buyer's existing aerator controllers, and train the Buyer's staff (the "System").
P:1.2 The Buyer's technical specification (Annex 1) and the Supplier's tender (Annex 2) form part of this Contract. If they differ, Annex 1 prevails.
P:1.3 The Buyer shall provide power at each pond station, access roads and a dry storage room for the equipment during installation. The Supplier has inspected the farm and confirms that the site conditions are sufficient for the System.
H:Article 2 Price
P:2.1 The fixed Contract Price is CNY 1,400,000, including VAT, packing, transport to the farm, insurance, import duties, installation and training:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sonde (DO, pH, salinity, temperature) with anti-fouling wiper|36|21,800|784,800
TB:Ammonia and nitrite wet-chemistry analyser|6|46,000|276,000
TB:LoRa gateway with solar power kit|8|9,600|76,800
TB:PondView monitoring software, perpetual licence|1|142,000|142,000
TB:Hardware and Software Subtotal|||1,279,600
TB:Installation, cabling and controller integration|1|96,400|96,400
TB:Training|1|24,000|24,000
TB:Contract Price|||1,400,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 140,000) within 15 days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 770,000) within 15 days after delivery and installation of all equipment, confirmed by a delivery note signed by the Buyer. The delivery note confirms quantities only and is not acceptance.
P:3.3 35% (CNY 490,000) within 15 days after Final Acceptance under Article 5.
P:3.4 Each payment requires a valid VAT invoice.
P:3.5 The advance-payment guarantee is released when the Installation payment under 3.2 is made.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within 75 days after signature and complete installation within 25 days after delivery, outside the crab-moulting peak announced by the Buyer.
P:4.3 Equipment shall be packed for sea and road transport in a coastal climate, with the serial numbers of each item listed on the packing list. Risk passes to the Buyer when the Buyer signs the delivery note.
P:4.2 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate this Contract under Article 12.
H:Article 5 Acceptance
P:5.1 After installation the System runs for a 30-day trial. Final Acceptance is granted when: (a) each sonde reading agrees with the Buyer's calibrated handheld meter within DO 0.3 mg/L, pH 0.1, salinity 0.5 and temperature 0.2 degrees C in weekly checks; (b) ammonia and nitrite analysers agree with laboratory results of the Ningbo marine fisheries testing centre within 10% on 12 paired samples; (c) low-oxygen alarms reach the duty phone and start the aerators within 60 seconds in all 64 ponds; (d) no data gap longer than 30 minutes occurs in the trial; and (e) manuals, calibration records and the as-built drawings are delivered.
P:5.2 The parties sign a Final Acceptance Certificate when all criteria are met. Installation, use of the System or any payment does not constitute acceptance.
P:5.3 If the System fails the trial, the Supplier shall remedy the defects and a new 30-day trial shall follow.
H:Article 6 Warranty and Service Levels
P:6.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the warranty the Supplier repairs or replaces defective equipment, replaces worn wiper brushes and membranes quarterly, and supplies software updates free of charge.
P:6.2 The PondView platform shall be available at least 99.95% of each month during the warranty.
P:6.3 Faults are classified as Critical (alarms or data from one or more ponds lost, or an analyser out of service during the high-temperature season), Major (a single sonde out of service) and Minor (other). The Supplier shall respond to a Critical fault within one (1) hour by telephone and be on site within 8 hours; for a Major fault it shall respond within 2 hours and be on site within 24 hours; a Minor fault is handled within 3 working days.
P:6.4 For each hour by which the Supplier exceeds a Critical response or on-site time, it shall pay the Buyer CNY 600; for each started 0.1 percentage point below the availability level in 6.2, it shall pay CNY 1,000 per month. These amounts are deducted from the next payment or the warranty guarantee.
P:6.5 A spare-parts stock of 4 sondes and 1 analyser shall be kept in the Supplier's Ningbo branch during the warranty.
P:6.6 The Supplier shall visit the farm every two months during the warranty to calibrate the sondes and analysers against reference standards and shall leave a signed calibration record with the Buyer.
H:Article 7 Maintenance after the Warranty
P:7.1 After the warranty the Buyer may order annual maintenance with the service levels of Article 6. The annual maintenance fee is 8% of the Hardware and Software Subtotal (CNY 102,368 per year) and remains fixed for the three years following the warranty. Any later change must be agreed in writing.
P:7.2 Maintenance is ordered year by year by the Buyer's purchase order and does not renew automatically.
P:7.3 The Supplier shall keep spare parts for the sondes, analysers and gateways available for at least seven years after Final Acceptance, or shall offer a compatible replacement at no higher price.
H:Article 8 Data and Security
P:8.1 All measurement data, alarm records and pond records belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, sell or otherwise use them, including in aggregated or anonymised form.
P:8.2 The PondView server is installed in the Buyer's farm office. Remote access by the Supplier is allowed only through the Buyer's VPN, for each session approved by the Buyer's IT officer, with individual accounts and logged activity. The Supplier shall change all default passwords and shall not install any undeclared remote-access tool.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or the data and shall bear the losses caused by an incident attributable to it.
H:Article 9 Intellectual Property
P:9.1 Configurations, alarm rules, controller interface scripts and reports made for the Buyer belong to the Buyer, which may use and modify them and have them maintained by others.
P:9.2 The PondView software remains the Supplier's property; the Buyer has a perpetual licence to use it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's stocking densities, feed rates and yields, and shall not disclose it to third parties without written consent. The obligation lasts for three years after the end of this Contract.
H:Article 11 Liability and Subcontracting
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Article 8 or 10.
P:11.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Civil works for cable trenches may be subcontracted only to a contractor approved in writing by the Buyer.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, and may claim the refund of payments for items not accepted and compensation of its losses.
H:Article 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:Article 14 Final Provisions
P:14.1 This Contract is made in English and Chinese in four originals, two for each party, and takes effect on signature.
P:14.2 Neither party is liable for delay caused by typhoons, storm surges or other events of force majeure, provided it informs the other party within 48 hours and resumes performance as soon as the event ends.
P:14.3 Notices shall be made in writing to the addresses above; e-mail is sufficient for operational matters.
P:For the Buyer: ____________________  Name: Xu Haibo  Title: General Manager  Date: 20 March 2026
P:For the Supplier: ____________________  Name: Julien Marchetti  Title: Head of Ningbo Branch  Date: 20 March 2026
"""

# ---------------------------------------------------------------- h241e04 (md, en)
H241E04 = """# Managed IT and Endpoint Support Services Agreement

**Reference:** CAT-MSA-HZ-2026-03
**Date:** 2 June 2026

**Between**

**Catalina Servicios Gestionados S.L.**, a Spanish limited company with its registered office at Isla de Santa Catalina, 11701 Ceuta, Spain, acting through its Hangzhou service centre ("**Provider**"), and

**Hangzhou Yunshang Fushi E-Commerce Co., Ltd.**, a company registered in the People's Republic of China with its office at 1288 Binkang Road, Binjiang District, Hangzhou ("**Customer**").

**Recitals.** Customer sells women's and children's apparel through Tmall, JD.com and Douyin stores and runs a photo studio, a customer-service floor and a warehouse in Hangzhou. Customer wishes to outsource its service desk, endpoint management and on-site IT support to Provider. All amounts in this Agreement are in Chinese Yuan (CNY), as Customer requested.

## 1. Definitions

- **Endpoints**: the laptops, desktops, studio workstations, label printers and handheld scanners listed in Schedule A, about 420 devices at signature.
- **Service Desk**: Provider's help desk for Customer's users, reachable by phone, WeCom and the ticket portal.
- **Incident**: an unplanned interruption of an IT service or an Endpoint.
- **Priority 1 Incident**: an Incident that stops order processing, customer service, the photo studio or the warehouse dispatch line for more than ten users or for a whole function.
- **Onboarding**: the transition work described in Clause 3.

## 2. Services

2.1 Provider shall provide: (a) the Service Desk from 08:00 to 24:00 every day, including the "Double 11" and "618" campaign periods; (b) endpoint management: imaging, patching, software distribution, asset inventory and lifecycle management of the Endpoints; (c) on-site support by two resident engineers at Customer's Binjiang office and one engineer at the Xiaoshan warehouse; (d) management of Customer's Wi-Fi, printers and meeting rooms; and (e) a monthly service report.
2.2 Hardware purchases, software licences and Customer's e-commerce platforms' own systems are outside the Services.
2.3 During the "Double 11" and "618" campaign periods Provider shall add one further engineer on site at the Binjiang office and one at the Xiaoshan warehouse for the peak week, at no extra charge.
2.4 Customer may request changes to the scope of the Services in writing. Provider shall answer within ten working days with the impact on charges and service levels, and no change takes effect until both parties have signed it.
2.5 Provider shall keep an up-to-date asset inventory of the Endpoints and deliver it to Customer every quarter, with the warranty status and the age of each device, so that Customer can plan replacements.

## 3. Onboarding and Acceptance

3.1 Provider shall complete Onboarding within 45 days after the date of this Agreement: discovery of all Endpoints, set-up of the ticket portal and knowledge base, enrolment of all Endpoints in the management tool, and documentation of the existing network.
3.2 Onboarding is accepted when Customer confirms in writing that: (a) at least 98% of the Endpoints in Schedule A report to the management tool; (b) the asset inventory has been reconciled with Customer's fixed-asset register; (c) a test of 30 sample tickets, including two simulated Priority 1 Incidents, met the response times in Clause 4; and (d) the runbooks for the campaign periods have been delivered. Starting the Service Desk does not constitute acceptance.
3.4 Customer shall give Provider timely access to its offices, the warehouse and the relevant systems, name a single point of contact for Onboarding, and provide the asset register and the list of authorised users.
3.3 If Onboarding is not accepted by the date in Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

## 4. Service Levels

| Priority | Response | Target resolution |
|---|---|---|
| Priority 1 | 1 hour (30 minutes during campaign periods) | 6 hours |
| Priority 2 | 2 hours | 1 business day |
| Priority 3 | 8 business hours | 3 business days |

4.1 Provider shall measure its performance against these service levels monthly and report it in the monthly service report.
4.2 The service levels are targets. Provider shall use its best efforts to meet them and, if a target is missed, shall present an improvement plan in the next monthly report. A missed target does not entitle Customer to any service credit, fee reduction or damages.
4.3 Each party shall name escalation contacts at operational, management and executive level. A Priority 1 Incident that is not resolved within its target is escalated to management level at once and reviewed in a meeting within five working days.
4.4 The monthly service report shows, for each priority, the number of tickets, the share handled within target, the longest response time and the main causes of repeated Incidents.

## 5. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Endpoint management and support | 420 Endpoints x CNY 78 per month x 24 months | 786,240 |
| Service Desk and resident engineers | CNY 18,400 per month x 24 months | 441,600 |
| Onboarding (one-time) | fixed | 46,000 |
| **Total Contract Value** | | **1,273,840** |

5.1 Monthly charges are invoiced monthly in arrears. The Onboarding charge is invoiced after acceptance under Clause 3.2. Customer pays within 30 days after receipt of a correct VAT invoice. No amount is payable in advance.
5.2 Endpoints added or removed during the term are charged or credited at CNY 78 per Endpoint per month from the following month; such changes do not alter the Total Contract Value stated above.
5.3 The charges are fixed for the Term. Provider may not increase them during the Term, including for changes in exchange rates or in its own costs.

## 6. Term

6.1 This Agreement runs for 24 months from the date of acceptance of Onboarding (the "Term"). It ends at the end of the Term without automatic renewal; any extension must be agreed in writing.
6.2 Neither party may terminate this Agreement before the end of the Term, except that either party may terminate it with immediate effect if the other party becomes insolvent or ceases its business. In any other case of breach the affected party may claim damages, but the Agreement remains in force.

## 7. Customer Data

7.1 Customer's business data on the Endpoints and in Customer's systems, including order data, customer lists, product designs and photographs, belongs to Customer. Provider may use it only as necessary to provide the Services and shall not sell it, disclose it or use it for any other purpose.

## 8. Confidentiality

8.1 Provider shall keep confidential all non-public information of Customer, including sales figures, campaign plans, supplier prices and unreleased collections, and shall use it only to provide the Services. Provider shall ensure that its engineers sign individual confidentiality undertakings.
8.3 At the end of the Term Provider shall return or destroy Customer's documents and confirm this in writing.
8.2 This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, scripts, device images, the knowledge base and the network documentation produced for Customer belong to Customer, which may use and modify them freely and hand them to another provider at the end of the Term.
9.2 Provider keeps the rights in its own tools and methods.

## 10. Personnel and Subcontracting

10.1 Provider shall assign qualified engineers and replace any engineer on Customer's reasonable request.
10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.
10.3 Resident engineers work Customer's office hours, follow Customer's workplace rules, and are supervised by Provider's service manager, who meets Customer's IT lead every week.
10.4 Provider shall give Customer the names and contact details of the engineers assigned to Customer and update the list whenever it changes.

## 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss, except for wilful misconduct.
11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.
11.3 Provider shall maintain professional liability insurance with an insurer licensed in China for the whole Term and show the certificate on request.

## 12. Exit

12.1 In the last two months of the Term Provider shall cooperate with Customer and any new provider to transfer the Services, and shall hand over all documentation, credentials and asset records.
12.2 The hand-over includes the ticket history, the knowledge base, device images, configuration backups of the network equipment and a list of open issues.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force.

## 14. General

14.1 This Agreement, with Schedule A (Endpoint list) and Schedule B (service description), is the entire agreement on its subject matter. Changes must be in writing and signed by both parties.
14.2 Neither party may assign this Agreement without the other party's written consent.
14.3 Notices shall be given in writing to the addresses above or to the e-mail addresses named in Schedule B.
14.4 This Agreement is signed in two counterparts, one for each party, in English with a Chinese translation for reference.

**For Provider:** ____________________ Name: Javier Ortega Ruiz, Country Manager China

**For Customer:** ____________________ Name: Shen Yiting, Chief Operating Officer
"""

# ---------------------------------------------------------------- h241e05 (txt, en, single low finding)
H241E05 = """SUBSCRIPTION AGREEMENT - CERTIFY API FOR EXPORT CERTIFICATES

Agreement number: CAL-SUB-2026-0311

Parties
1. Cal Certificacao Digital, Lda., a Portuguese private limited company with its seat at Ilhéu da Cal, 9400-010 Porto Santo, Madeira, Portugal ("Cal").
2. Yantai Hongying Cherry Export Co., Ltd., Fushan District, Yantai, Shandong Province, People's Republic of China ("Subscriber").

Introduction
Subscriber grows, packs and exports fresh sweet cherries from Yantai to Southeast Asia, the Middle East and Europe during a short harvest season. Each export lot requires phytosanitary, origin and cold-chain documentation. Cal operates the Certify API, which validates lot data, assembles certificate applications for the customs and quarantine systems of the importing countries, and returns the status of each application. Subscriber wishes to connect its packing-house and export-management systems to the Certify API. At Subscriber's request, all fees in this Agreement are in Chinese Yuan (CNY).

Article 1 - Definitions
1.1 "Service" means the Certify API, the web console, the sandbox environment and the related documentation.
1.2 "Subscriber Data" means all data submitted by Subscriber or generated for Subscriber in the Service, including grower and orchard records, spray logs, lot numbers, pre-cooling and cold-chain temperature records, consignee details and certificate files.
1.3 "Severity 1 Incident" means an incident in which the API or the console is unavailable or certificate applications cannot be submitted.
1.4 "Go-Live" means the date of the acceptance certificate signed under Article 4.

Article 2 - Service
2.1 Cal grants Subscriber a non-exclusive right to use the Service for its own export business during the Subscription Term.
2.2 The Service includes up to 6,000 certificate applications per season, the web console for 15 named users and the sandbox. Additional applications are charged under Article 3.3.
2.4 The sandbox mirrors the production Service and may be used by Subscriber's IT contractor for testing during the whole Subscription Term, without counting against the included volume.
2.3 Cal shall maintain the Service so that it keeps up with changes in the published certificate formats of the importing countries listed in Annex 1.

Article 3 - Fees
3.1 The fees are:
   Subscription fee: CNY 14,200 per month x 36 months = CNY 511,200
   Onboarding and integration (one-time): CNY 37,800
   Total fees for the Subscription Term: CNY 549,000
3.2 The subscription fee is invoiced quarterly in arrears; the onboarding fee is invoiced after Go-Live. Subscriber pays within 30 days after receipt of a correct invoice. No fee is payable in advance.
3.3 Applications above the included volume are charged at CNY 6 per application, invoiced with the next quarterly invoice.
3.4 The fees include value-added tax. Each party bears its own bank charges.

Article 4 - Onboarding and Acceptance
4.1 Cal shall complete onboarding within 50 days after signature: configuration of Subscriber's certificate templates, connection of Subscriber's export-management system, and training of Subscriber's documentation team.
4.2 Acceptance tests run in the sandbox and then on 20 live export lots. The Service is accepted when: (a) all 20 lots produce complete and correct certificate applications without manual correction; (b) status updates from the importing systems are returned to Subscriber's system within 10 minutes; (c) the API answers 95% of validation calls within 800 milliseconds under a test load of 50 calls per second; and (d) the cold-chain temperature records are attached correctly to every application. Cal and Subscriber sign an acceptance certificate when all tests are passed. Using the Service for live lots during the tests is not acceptance.
4.4 Cal shall train Subscriber's documentation team in two sessions in Yantai before the first harvest season and shall deliver a user guide in Chinese.
4.5 Cal shall name an onboarding manager who speaks Chinese and attends a weekly progress call with Subscriber until Go-Live.
4.3 If onboarding is not accepted within the period in Article 4.1 for reasons attributable to Cal, Cal shall pay Subscriber CNY 400 for each day of delay.

Article 5 - Service Levels
5.1 Cal shall make the Service available at least 99.95% of each calendar month, measured at Cal's API gateway, excluding planned maintenance notified 7 days in advance and performed outside the harvest season (15 May to 31 July).
5.2 Cal shall respond to a Severity 1 Incident within one (1) hour, around the clock, and restore the Service or provide a workaround within 6 hours. Other incidents are answered within one business day.
5.3 If Cal misses the availability level in a month, Subscriber receives a credit of 10% of that month's subscription fee for each started 0.1 percentage point below the level, up to the whole monthly fee. For each hour by which a Severity 1 response or restoration time is exceeded, Subscriber receives a credit of CNY 300. During the harvest season all credits are doubled.
5.4 Cal shall send Subscriber a monthly service report with the measured availability, all Severity 1 Incidents, their causes and the credits due, and shall inform Subscriber at least 30 days in advance of any change in the API that requires work on Subscriber's side.

Article 6 - Subscriber Data and Security
6.1 Subscriber Data belongs to Subscriber. Cal processes it only to provide the Service under Subscriber's instructions and shall not use it for any other purpose, in identified, aggregated or anonymised form.
6.2 Subscriber Data is stored in a data centre in mainland China operated by Cal's contracted cloud provider, which holds a level-3 Multi-Level Protection Scheme filing. Cal encrypts Subscriber Data in transit and at rest, grants access only to named staff with two-factor authentication and keeps audit logs for 180 days.
6.3 Cal shall notify Subscriber within 24 hours of a security incident affecting Subscriber Data, shall take all reasonable measures to limit its effects, and shall be liable for the losses caused by incidents attributable to Cal.
6.4 At the end of the Subscription Term Cal shall return all Subscriber Data in a standard format within 30 days and then delete it, and shall confirm the deletion in writing.

Article 7 - Confidentiality
7.1 Each party shall keep confidential the other party's non-public information, including prices, customer lists and export volumes, and shall not disclose it without the other party's written consent. This obligation continues for three years after the end of this Agreement.
7.2 Each party shall limit access to the other party's confidential information to those of its staff and advisers who need it for this Agreement and are bound by equivalent duties.

Article 8 - Intellectual Property
8.1 Cal keeps all rights in the Service.
8.2 Certificate templates, mapping tables and connector code made for Subscriber belong to Subscriber, which may use, modify and license them freely, including to another service provider.

Article 9 - Subcontracting
9.1 Cal shall not subcontract any part of the Service, other than hosting by the cloud provider named in Annex 2, without Subscriber's prior written consent.

Article 10 - Liability
10.1 Neither party is liable for indirect or consequential loss or loss of profit, except in case of fraud or wilful misconduct.
10.2 Cal's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term. This limit does not apply to breaches of Article 6 or 7.

Article 11 - Term, Renewal and Termination
11.1 The Subscription Term is 36 months from Go-Live.
11.2 At the end of the Subscription Term the Agreement renews for successive periods of 24 months at the same fees, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.
11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Subscriber terminates for Cal's breach, Cal shall refund any fees paid for the period after termination and support the transfer of Subscriber Data.
11.4 After termination or expiry Subscriber may continue to download its certificate files from the console for 60 days.

Article 12 - Force Majeure
12.1 A party is not liable for a failure caused by events beyond its reasonable control, provided that it informs the other party without delay. Failures of Cal's subcontractors are not force majeure unless they are themselves caused by such events.

Article 13 - Governing Law and Disputes
13.1 This Agreement is governed by the laws of Portugal.
13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.

Article 14 - General
14.1 This Agreement, with Annex 1 (importing countries and certificate types) and Annex 2 (hosting provider), is the entire agreement on its subject matter. Amendments must be in writing and signed by both parties.
14.2 Notices shall be sent by e-mail and registered post to the addresses above.
14.3 This Agreement is made in English. A Chinese translation is attached for reference only.

Signed for Cal Certificacao Digital, Lda.: ____________________  Name: Ines Carvalho, Managing Partner  Date: 11 March 2026
Signed for Yantai Hongying Cherry Export Co., Ltd.: ____________________  Name: Sun Yanbo, Chairman  Date: 11 March 2026
"""

# ---------------------------------------------------------------- targets
FILES = {
    "h241z01": ("h241z01_civil_affairs_elderly_care_supervision_platform.docx", "docx", "zh", H241Z01),
    "h241z02": ("h241z02_corrugated_board_moisture_warp_measurement.txt", "txt", "zh", H241Z02),
    "h241z03": ("h241z03_bookstore_cafe_chain_pos_membership_saas.md", "md", "zh", H241Z03),
    "h241z04": ("h241z04_county_river_water_quality_stations_om.pdf", "pdf", "zh", H241Z04),
    "h241z05": ("h241z05_cantonese_sausage_wms_supplier_template.md", "md", "zh", H241Z05),
    "h241e01": ("h241e01_lighter_maker_design_software_licences.docx", "docx", "en", H241E01),
    "h241e02": ("h241e02_grottoes_ticketing_saas_order_form.txt", "txt", "en", H241E02),
    "h241e03": ("h241e03_crab_farm_water_sensors.pdf", "pdf", "en", H241E03),
    "h241e04": ("h241e04_apparel_ecommerce_managed_it_endpoints.md", "md", "en", H241E04),
    "h241e05": ("h241e05_cherry_exporter_certificate_api_subscription.txt", "txt", "en", H241E05),
}

# ---------------------------------------------------------------- hand labels (buyer's view) and the plan
def T(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
PLAN = {
    "h241z01": dict(category="software", value=2200000, fee_base=1260000, forum_outside_mainland=False,
                    items=[1260000, 738000, 164000, 38000], pays=[440000, 990000, 770000],
                    terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False,
                            True, False, "PRC", G),
                    sla=True, ld_stated=True, capped=True, deemed=False,
                    must=["99.95%", "30分钟内响应", "千分之一", "20%", "三年", "9%", "113,400", "不得转包或分包",
                          "适用中华人民共和国法律"],
                    rules=[]),
    "h241z02": dict(category="hardware", value=1940000, fee_base=1768000, forum_outside_mainland=False,
                    items=[944000, 636000, 188000, 126000, 46000], pays=[388000, 679000, 873000],
                    terms=T(None, 2, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 25, False,
                            True, False, "PRC", G),
                    sla=True, ld_stated=True, capped=True, deemed=False,
                    must=["2小时内电话响应", "万分之二", "20%", "十八个月", "25%", "442,000", "1,768,000",
                          "适用中华人民共和国法律"],
                    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h241z03": dict(category="cloud", value=1604800, fee_base=None, forum_outside_mainland=False,
                    items=[25 * 1380 * 36, 6800 * 36, 118000], pays=[],
                    terms=T(99.5, 0.5, True, "buyer", True, False, True, 1200 / 1604800 * 100, 150, None, True,
                            None, None, None, True, True, False, "PRC", S),
                    sla=True, ld_stated=True, capped=None, deemed=False,
                    must=["99.5%", "30分钟内响应", "1,200元", "150%", "去标识化", "自动续期", "8%",
                          "适用中华人民共和国法律"],
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h241z04": dict(category="services", value=848000, fee_base=None, forum_outside_mainland=False,
                    items=[9 * 68000, 146000, 54000, 36000], pays=[],
                    terms=T(None, 1, True, "buyer", True, True, True, 600 / 848000 * 100, 50, None, True, None,
                            None, None, False, True, True, "PRC", S),
                    sla=True, ld_stated=True, capped=None, deemed=False,
                    must=["1小时内响应", "600元", "50%", "书面告知", "不设预付款", "适用中华人民共和国法律"],
                    rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h241z05": dict(category="software", value=860000, fee_base=420000, forum_outside_mainland=False,
                    items=[420000, 356000, 84000], pays=[559000, 301000],
                    terms=T(None, None, False, "supplier", True, False, False, None, None, 65, False, False, 3,
                            None, False, True, None, "PRC", G),
                    sla=False, ld_stated=False, capped=False, deemed=True,
                    must=["65%", "即视为甲方验收合格", "三个月", "当年度公布的服务价目表", "均归乙方所有", "去标识化",
                          "尽合理努力", "适用中华人民共和国法律"],
                    rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP",
                           "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
                           "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h241e01": dict(category="software", value=1680000, fee_base=1530000, forum_outside_mainland=True,
                    items=[28 * 46500, 6 * 38000, 96000, 54000], pays=[336000, 756000, 588000],
                    terms=T(None, 2, True, "buyer", True, True, True, 0.1, 420000 / 1680000 * 100, 20, True, True,
                            18, None, False, True, False, "Italy", G),
                    sla=True, ld_stated=True, capped=False, deemed=False,
                    must=["within two (2) hours", "0.1% of the Total Contract Price for each day", "CNY 420,000",
                          "20% of the Total Contract Price", "eighteen (18) months", "list price",
                          "laws of Italy", "courts of Venice", "Isola di San Giacomo in Paludo"],
                    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"]),
    "h241e02": dict(category="cloud", value=724000, fee_base=None, forum_outside_mainland=False,
                    items=[26500 * 24, 88000], pays=[406000, 318000],
                    terms=T(99.95, 6, True, "buyer", True, True, True, 500 / 724000 * 100, 200,
                            406000 / 724000 * 100, True, None, None, None, False, True, True, "PRC", S),
                    sla=True, ld_stated=True, capped=None, deemed=False,
                    must=["99.95%", "six (6) hours", "CNY 500 for each day", "200%", "CNY 406,000",
                          "before the Service Start Date", "inform Customer by e-mail", "People's Republic of China", "Île Jarre"],
                    rules=["CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h241e03": dict(category="hardware", value=1400000, fee_base=1279600, forum_outside_mainland=False,
                    items=[36 * 21800, 6 * 46000, 8 * 9600, 142000, 96400, 24000], pays=[140000, 770000, 490000],
                    terms=T(99.95, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 8, False,
                            True, False, "PRC", G),
                    sla=True, ld_stated=True, capped=True, deemed=False,
                    must=["99.95%", "within one (1) hour", "0.08% of the Contract Price", "150%", "10%",
                          "twenty-four (24) months", "8% of the Hardware and Software Subtotal", "102,368",
                          "People's Republic of China", "Île Plane"],
                    rules=[]),
    "h241e04": dict(category="services", value=1273840, fee_base=None, forum_outside_mainland=False,
                    items=[420 * 78 * 24, 18400 * 24, 46000], pays=[],
                    terms=T(None, 1, False, "buyer", False, True, True, 900 / 1273840 * 100, 150, None, True, None,
                            None, None, False, False, False, "PRC", S),
                    sla=True, ld_stated=True, capped=None, deemed=False,
                    must=["| Priority 1 | 1 hour", "does not entitle Customer to any service credit", "CNY 900",
                          "150%", "Neither party may terminate", "prior written consent", "People's Republic of China", "Isla de Santa Catalina"],
                    rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h241e05": dict(category="cloud", value=549000, fee_base=None, forum_outside_mainland=True,
                    items=[14200 * 36, 37800], pays=[],
                    terms=T(99.95, 1, True, "buyer", True, True, True, 400 / 549000 * 100, 150, None, True, None,
                            None, None, False, True, False, "Portugal", S),
                    sla=True, ld_stated=True, capped=None, deemed=False,
                    must=["99.95%", "within one (1) hour", "CNY 400 for each day", "150%", "at the same fees",
                          "laws of Portugal", "seated in Lisbon", "Ilhéu da Cal"],
                    rules=["CR-GOVERNING-LAW"]),
}
RISK = {"h241z01": "low", "h241z02": "high", "h241z03": "medium", "h241z04": "medium", "h241z05": "high",
        "h241e01": "high", "h241e02": "medium", "h241e03": "low", "h241e04": "high", "h241e05": "low"}

# ---------------------------------------------------------------- threshold regexes (policy section 3 and 4)
ZN = "〇零一二三四五六七八九十百点"
THRESHOLDS = {
    "prepayment 30 %": [r"(?<![\d.])30(\.0+)?\s*%", r"(?<![" + ZN + r"])百分之三十(?![" + ZN + r"])", r"三成",
                        r"\bthirty\s*(\(30\)\s*)?(per\s*cent|percent)"],
    "P1 response 4 hours": [r"(?<![\d.])4(\.0+)?\s*(小时|个小时|h\b|hrs?\b|hours?\b|-hour)",
                            r"(?<![" + ZN + r"])四个?小时", r"\bfour\s*(\(4\)\s*)?[- ]?hours?\b"],
    "availability 99.9 %": [r"99\.90*(?!\d)", r"九十九点九(?![" + ZN + r"])"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![" + ZN + r"])", r"千分之零点五", r"0\.5\s*‰"],
    "liability cap 100 %": [r"(?<![\d.])100(\.0+)?\s*%", r"百分之一?百(?![" + ZN + r"])",
                            r"\bone\s+hundred\s*(per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*(个月|months?\b|-month)", r"(?<![" + ZN + r"])十二个月", r"一年",
                           r"\btwelve\s*(\(12\)\s*)?[- ]?months?\b", r"\b(one|1)[- ]year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(\.0+)?\s*%", r"(?<![" + ZN + r"])百分之十五(?![" + ZN + r"])",
                               r"\bfifteen\s*(\(15\)\s*)?(per\s*cent|percent)"],
    "TCO share 40 %": [r"(?<![\d.])40(\.0+)?\s*%", r"(?<![" + ZN + r"])百分之四十(?![" + ZN + r"])", r"四成",
                       r"\bforty\s*(\(40\)\s*)?(per\s*cent|percent)"],
    "TCO horizon 5 years": [r"(?<![\d.])5\s*(年|years?\b|-year)", r"(?<![" + ZN + r"])五年",
                            r"\bfive\s*(\(5\)\s*)?[- ]?years?\b"],
}


def threshold_hits(text):
    hits = []
    for name, pats in THRESHOLDS.items():
        for p in pats:
            for m in re.finditer(p, text, re.I):
                hits.append((name, m.group(0), text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    return hits


def self_test():
    bad = ["30%", "百分之三十", "4小时内响应", "4\n小时", "four hours", "four (4) hours", "4-hour", "99.9%",
           "99.90 %", "0.05%", "万分之五", "100%", "百分之百", "12个月", "twelve (12) months", "12 months",
           "一年", "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "five years", "5-year", "三成",
           "one hundred per cent", "one-year"]
    good = ["130%", "24小时", "24 hours", "99.95%", "99.5%", "0.08%", "万分之二", "150%", "200%", "18个月",
            "十八个月", "二十四个月", "25%", "45%", "2026年", "十五年", "6.4 For each hour", "35%", "三年",
            "0.5 and temperature", "8,000 bookings", "1,400,000", "二〇二五年"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex false alarm", s, threshold_hits(s))

# ---------------------------------------------------------------- build, read back, check, write labels
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def label(key):
    name, fmt, lang, _ = FILES[key]
    p = PLAN[key]
    extra = {"sla_clause": p["sla"], "ld_stated": p["ld_stated"]}
    if p["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p["deemed"]
    extra["contract_value"] = p["value"]
    return {"file": name, "language": lang, "category": p["category"], "expected_terms": p["terms"],
            "expected_extra": extra, "expected_rules": p["rules"]}


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)
    failures = []
    for key, (name, fmt, lang, src) in FILES.items():
        p = PLAN[key]
        assert sum(p["items"]) == p["value"], (key, "items", sum(p["items"]))
        if p["pays"]:
            assert sum(p["pays"]) == p["value"], (key, "payments", sum(p["pays"]))
        lab = label(key)
        x = lab["expected_extra"]
        got = apply_rules(lab["expected_terms"], x, p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        assert risk(got) == RISK[key], (key, risk(got), RISK[key])
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for m in p["must"]:
            mm = re.sub(r"\s+", "", m) if lang == "zh" else m
            if mm not in flat:
                failures.append((key, "figure not in text", m))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        share = tco_share(lab["expected_terms"], x, p) if lab["expected_terms"]["contract_kind"] == G else None
        print("%s %-4s %s=%d  rules=%d risk=%s tco_share=%s" % (key, fmt, "chars" if lang == "zh" else "words", n,
              len(got), RISK[key], None if share is None else round(share, 2)))
        if not lo <= n <= hi:
            failures.append((key, "length", n))
        for h in threshold_hits(text):
            failures.append((key, "threshold") + h)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    for f in failures:
        print("FAIL", f)
    assert not failures, "%d failures" % len(failures)
    print("all checks passed")


if __name__ == "__main__":
    main()
