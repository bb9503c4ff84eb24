"""holdout226 — ten ORDINARY draft contracts (no tricks), written blind from policy.md / API.md.

Writes every contract from its markup source below (T: title, H: heading, P: paragraph, TB: table row),
.md / .txt directly, .docx / .pdf through ../word_pdf.py (write(..., wrap_words=True)); asserts every price and
payment sum and that each labelled figure appears in the text; re-applies the policy §3/§4 rules to the labels and
asserts they equal the plan; writes the .json labels; reads every built file back (python-docx paragraphs + tables,
pypdf) and fails if a value sits on a policy threshold or a text length is out of range.
Run: /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SOURCES, TARGETS, SPECS = {}, {}, {}


def render_md(src):
    out, table = [], []

    def flush():
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            for r in table[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
            table.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            table.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


def render_txt(src):
    out = []
    prev = None
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  |  ".join(text.split("|")))
        else:
            if prev == "TB":
                out.append("")
            if tag == "T":
                out += [text, ""]
            elif tag == "H":
                out += ["", text]
            else:
                out.append(text)
        prev = tag
    return "\n".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- h226z01 (zh, docx, compliant)
H226Z01 = """T:南屏省森林草原火情监测预警平台建设项目采购合同
P:合同编号：NPLC-ZFCG-2025-017    采购方式：公开招标（招标编号：NPZC2025-GK-0342）
P:甲方（采购人）：南屏省林业和草原局    地址：南屏省临川市青岗路88号
P:乙方（中标供应商）：杭州森瞳科技有限公司    地址：浙江省杭州市余杭区文一西路1218号
P:鉴于甲方以公开招标方式采购森林草原火情监测预警平台，乙方经评标委员会评审中标，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、乙方投标文件和中标通知书为基础，订立本合同。本合同使用甲方提供的合同文本，招标文件、投标文件及其澄清为本合同组成部分；如有不一致，以本合同正文为准。
H:第一条 项目内容与合同价款
P:1.1 乙方负责在全省重点林区48个瞭望点位供货、安装前端监测设备，部署火情识别平台，完成与省应急指挥平台及护林员巡护APP的对接，并提供培训和质保期服务。
P:1.2 合同价款为固定总价，人民币叁佰捌拾陆万元整（¥3,860,000），含设备、软件、运输、保险、安装、调试、税费及质保期内全部服务费用，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|双光谱热成像云台摄像机|48台|46,500|2,232,000
TB:2|铁塔加固及太阳能供电系统|48套|9,800|470,400
TB:3|前端边缘计算盒|48台|6,200|297,600
TB:4|火情识别平台软件许可（永久）|1套|386,000|386,000
TB:5|平台定制开发（应急指挥平台对接、护林员APP）|1项|248,000|248,000
TB:6|安装调试及联网|1项|196,000|196,000
TB:7|培训|1项|30,000|30,000
TB:合计|||||3,860,000
P:1.3 第1至4项为软硬件小计，计人民币3,386,000元，作为质保期满后维护费的计算基数。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起90日内完成全部点位的供货、安装和联网，并书面通知甲方组织验收。
P:2.2 交付地点为甲方指定的各瞭望点位及甲方数据中心机房。设备到货时由甲方所属林场签收，签收仅确认数量和外观，不代表质量验收。
P:2.3 乙方应在每个点位安装完成后提交点位安装记录，包括设备序列号、经纬度、供电测试结果和现场照片，由所属林场和甲方项目负责人签字确认。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，乙方提交等额预付款保函后，甲方支付合同价款的25%，即人民币965,000元，作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同价款的35%，即人民币1,351,000元。
P:3.3 项目最终验收合格后，甲方支付合同价款的35%，即人民币1,351,000元。
P:3.4 剩余5%即人民币193,000元作为质量保证金，质保期满且无未了事项后15个工作日内无息退还。
P:3.5 甲方通过国库集中支付方式付款，乙方应在每次付款前开具合法有效的增值税发票。
P:3.6 乙方收款账户以本合同载明的账户为准，变更账户须以加盖公章的书面函件通知甲方。因乙方未及时通知账户变更造成的付款延误，甲方不承担责任。
H:第四条 验收
P:4.1 验收分为初步验收和最终验收。初步验收在全部点位安装联网后进行；初步验收通过后进入30日试运行，试运行期满由甲方组织最终验收。
P:4.2 验收标准：（1）设备型号、参数与投标文件一致；（2）单点位对10公里范围内的明火、烟雾具备识别能力，识别准确率不低于92%；（3）告警从前端发现到平台推送不超过60秒；（4）与省应急指挥平台的告警、视频接口联调通过；（5）试运行期间无一级故障。
P:4.3 验收不合格的，乙方应在15日内整改并承担费用，整改后重新验收。设备安装、平台上线或甲方使用，均不视为验收合格。
H:第五条 质量保证与维护
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费更换故障设备、升级平台软件并提供巡检服务，每年对全部点位巡检不少于两次。
P:5.2 质保期满后，如甲方需要，乙方按软硬件小计的8%每年（即人民币270,880元/年）提供维护服务，该价格两年内不作调整，此后调整须经双方书面协商一致。维护合同不自动续期。
P:5.3 乙方应在南屏省内设立售后服务站并储备不少于点位总数5%的备品备件，确保故障设备可在约定时限内更换。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%，因计划维护造成的中断须提前3日书面报甲方同意。
P:6.2 故障分级响应：一级故障（平台整体不可用或连续3个以上点位离线）乙方应在30分钟内响应，2小时内远程处置，8小时内恢复；二级故障（单点位离线或识别功能异常）2小时内响应，48小时内修复；三级故障在下一次巡检时处理。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时，甲方有权从质量保证金或应付款中扣除人民币1,000元；月可用率每低于约定值0.01个百分点，扣除人民币2,000元。
H:第七条 数据安全
P:7.1 前端采集的图像、视频、告警记录及平台运行数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:7.2 平台部署于甲方政务云，按网络安全等级保护第三级要求建设；乙方远程运维须经甲方审批并通过堡垒机进行，全程审计留痕。
P:7.3 发生数据泄露、篡改或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对履约中知悉的林区分布、瞭望点位坐标、应急预案及甲方工作秘密负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 为本项目定制开发的接口程序、护林员APP、源代码及技术文档，知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:9.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供设备不符合合同约定的，应无条件更换并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。铁塔基础加固中的土建作业如需分包，须事先取得甲方书面同意，且乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:14.2 附件：招标文件、投标文件、中标通知书、点位清单、验收方案。
P:甲方（盖章）：南屏省林业和草原局    法定代表人或授权代表：________    日期：________
P:乙方（盖章）：杭州森瞳科技有限公司    法定代表人或授权代表：________    日期：________
"""
SOURCES["h226z01"] = H226Z01
TARGETS["h226z01"] = ("h226z01_provincial_forestry_fire_monitoring_platform.docx", "docx")
SPECS["h226z01"] = dict(
    lang="zh", category="hardware", kind="goods_or_licence", forum_mainland=True,
    sums=[([2232000, 470400, 297600, 386000, 248000, 196000, 30000], 3860000),
          ([48 * 46500], 2232000), ([48 * 9800], 470400), ([48 * 6200], 297600),
          ([2232000, 470400, 297600, 386000], 3386000),
          ([965000, 1351000, 1351000, 193000], 3860000)],
    pcts=[(25, 965000), (35, 1351000), (5, 193000)], pct_base={},
    pct_base_fee=(8, 3386000, 270880),
    figures=["3,860,000", "3,386,000", "270,880", "99.95%", "30分钟", "千分之一", "三年", "25%", "8%"],
    tco=dict(base=3386000, fee_pct=8, warranty_months=36),
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=3860000),
    plan=[])

# ---------------------------------------------------------------- h226z02 (zh, txt, PWF + TCO + LD-LOW)
H226Z02 = """T:空瓶检测机采购及维保合同
P:合同号：JXBL-SB-2025-0611
P:买方（甲方）：宿迁晶信玻璃制品有限公司，住所：江苏省宿迁市宿豫区玻璃产业园晶信路6号
P:卖方（乙方）：广州视准智能装备有限公司，住所：广东省广州市黄埔区科学大道233号
P:甲方为提升啤酒瓶、饮料瓶生产线的出厂质量，向乙方采购空瓶检测机及配套软件，并约定质保期满后的维保服务。双方经友好协商，订立本合同，共同遵守。
H:一、标的、数量与价格
P:（一）乙方向甲方提供下列设备和软件，并负责安装调试、与甲方MES系统对接和操作培训：
TB:项目|规格说明|数量|单价（元）|小计（元）
TB:空瓶检测机|瓶底、瓶口、瓶身、残液四工位，每分钟检测不少于600只|3台|1,260,000|3,780,000
TB:在线剔除及输送改造|含剔除器、缓冲输送段、电控柜|3套|86,000|258,000
TB:检测数据管理软件|永久许可，含MES接口|1套|162,000|162,000
TB:安装调试|三条生产线现场安装、联调|1项|96,000|96,000
TB:操作及维修培训|两期，每期三天|1项|24,000|24,000
TB:合计||||4,320,000
P:（二）合同总价为人民币肆佰叁拾贰万元整（¥4,320,000），含税、运费、保险及安装调试费用。其中设备及软件小计人民币4,200,000元。
P:（三）检测机检出率不低于99.6%，误剔率不高于0.2%，以甲方提供的标准缺陷样瓶测试为准。
P:（四）设备应符合国家有关电气安全和食品接触安全的标准，主要部件的品牌、型号以附件一技术协议为准，乙方不得擅自更换；确需更换的，须经甲方书面同意且性能不低于原型号。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方厂区，并在到货后20日内完成安装调试。
P:（二）设备到货时双方共同开箱清点，开箱清点单仅证明数量和外观，不作为质量验收的依据。
P:（三）安装期间乙方人员应遵守甲方厂区安全生产管理规定，因乙方人员违规造成的事故由乙方负责。
P:（四）甲方应在设备到货前完成基础预埋、压缩空气和电源接口的准备，并为乙方提供临时存放场地。因甲方准备不足导致安装推迟的，安装期限相应顺延。
H:三、付款
P:（一）合同生效后7个工作日内，甲方支付合同总价的20%，即人民币864,000元，作为预付款。
P:（二）全部设备到货并经开箱清点后，甲方支付合同总价的50%，即人民币2,160,000元。
P:（三）设备经最终验收合格后，甲方支付合同总价的25%，即人民币1,080,000元。
P:（四）余款5%即人民币216,000元作为质保金，质保期满后10个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
P:（六）甲方付款前，乙方应提交相应阶段的签收单或验收证书复印件，否则甲方有权顺延付款且不承担逾期责任。
H:四、验收
P:（一）安装调试完成后，设备在生产线上连续带料运行15日，其间乙方应配合甲方记录检测数据。
P:（二）最终验收标准：1. 使用甲方标准缺陷样瓶（不少于200只）测试三轮，检出率、误剔率达到第一条第（三）款要求；2. 单机检测速度不低于每分钟600只；3. 与MES系统的批次数据上传准确无误；4. 连续运行期间未发生一级故障。
P:（三）验收合格的，双方签署最终验收证书；不合格的，乙方应在10日内整改后重新验收。设备安装完成或投入生产使用，不视为验收合格。
P:（四）乙方应在最终验收时向甲方移交设备使用说明书、电气原理图、易损件清单、软件安装介质及MES接口说明，并对甲方维修人员完成操作和日常保养培训，培训考核合格的人员不少于六名。
H:五、质量保证
P:（一）设备及软件的质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修、更换非人为损坏的零部件，并免费升级检测软件。
P:（二）质保期内故障分级：一级故障（检测机停机导致生产线停线）乙方应在1小时内电话响应，24小时内派工程师到场；二级故障（检测精度下降但未停线）应在8小时内响应，48小时内到场。
P:（三）乙方超过上述时限的，每超时1小时，向甲方支付人民币800元，可从质保金中直接扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度一次的预防性保养、光源和工业相机等易损件更换、检测算法升级及故障上门维修。
P:（二）年度维保费按设备及软件小计的22%计取，即每年人民币924,000元，按季度支付，该费率在甲方续购期间保持不变。
P:（三）维保合同期满前两个月，双方协商是否续签；未签署书面续约文件的，维保服务到期终止，不自动续期。
P:（四）维保期间的故障响应时限与质保期内相同，乙方每次上门服务后应提交服务报告，由甲方设备部签字确认。
H:七、数据与信息安全
P:（一）检测机采集的图像、缺陷统计及生产批次数据属于甲方所有，乙方只能为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方远程诊断须事先取得甲方设备部书面批准，通过甲方提供的专用VPN接入，每次接入结束后立即断开；乙方不得在设备中留存后门或未经声明的远程访问程序。
P:（三）发生数据泄露或因乙方原因导致的网络安全事件，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:双方对合作中获悉的对方技术资料、工艺参数、客户信息和商业信息负有保密义务，未经对方书面许可不得向第三方披露，合同终止后保密义务继续有效。
H:九、知识产权
P:（一）乙方为甲方生产线定制的剔除逻辑、MES接口程序及其源代码、配置文件归甲方所有，甲方有权自行修改和使用。
P:（二）检测软件的原有著作权归乙方，甲方获得永久使用许可。乙方保证所供设备和软件不侵犯任何第三方的知识产权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）设备经两次整改仍未通过验收的，甲方有权退货，乙方应退还全部已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（四）乙方提供的设备在质保期内因同一部件累计发生三次以上一级故障的，乙方应免费更换该部件为全新部件。
H:十一、分包与转让
P:乙方不得将本合同项下的义务转让或分包给第三方；确需分包设备运输或吊装作业的，须事先取得甲方书面同意。
H:十二、合同解除
P:一方严重违约，经另一方书面通知后20日内仍未改正的，守约方有权解除合同并要求违约方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宿迁仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:（一）不可抗力：因地震、洪水、疫情防控措施等不能预见、不能避免且不能克服的事件导致一方不能履行合同的，该方应在事件发生后5日内通知对方并提供证明，在影响范围内免除责任，但应尽力减少损失。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一为技术协议，附件二为缺陷样瓶清单。
P:甲方：宿迁晶信玻璃制品有限公司（盖章）    代表：__________    日期：__________
P:乙方：广州视准智能装备有限公司（盖章）    代表：__________    日期：__________
"""
SOURCES["h226z02"] = H226Z02
TARGETS["h226z02"] = ("h226z02_glass_bottle_inspection_machines_maintenance.txt", "txt")
SPECS["h226z02"] = dict(
    lang="zh", category="hardware", kind="goods_or_licence", forum_mainland=True,
    sums=[([3780000, 258000, 162000, 96000, 24000], 4320000), ([3 * 1260000], 3780000), ([3 * 86000], 258000),
          ([3780000, 258000, 162000], 4200000), ([864000, 2160000, 1080000, 216000], 4320000)],
    pcts=[(20, 864000), (50, 2160000), (25, 1080000), (5, 216000)], pct_base={},
    pct_base_fee=(22, 4200000, 924000),
    figures=["4,320,000", "4,200,000", "924,000", "22%", "万分之三", "十八个月", "1小时内电话响应", "20%"],
    tco=dict(base=4200000, fee_pct=22, warranty_months=18),
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=22, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=4320000),
    plan=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])

# ---------------------------------------------------------------- h226z03 (zh, md, AUTO-RENEWAL + DATA-OWNERSHIP + SLA-AVAILABILITY)
H226Z03 = """T:租车门店预订及车队管理SaaS服务合同
P:合同编号：YC-SAAS-2025-0088
P:甲方：成都悦程汽车租赁连锁有限公司（以下简称"甲方"），注册地址：四川省成都市武侯区天府大道北段966号
P:乙方：上海车云数智科技有限公司（以下简称"乙方"），注册地址：上海市闵行区紫星路588号
P:甲方在西南地区经营60家租车门店，拟统一使用线上预订、门店取还车和车队管理系统。乙方是该类SaaS服务的提供方。双方就乙方向甲方提供订阅服务及实施服务事宜，达成如下协议。
H:1. 定义
P:1.1 "订阅服务"指乙方通过其云平台向甲方提供的在线预订、门店作业、车辆调度、车队维保管理及经营报表功能。
P:1.2 "甲方数据"指甲方及其客户在使用订阅服务过程中录入、上传或产生的全部数据，包括客户身份信息、驾驶证信息、订单、车辆轨迹和结算数据。
P:1.3 "上线"指全部60家门店切换至订阅服务并完成首个完整营业日结算。
P:1.4 "月度可用率"指一个自然月内订阅服务可正常使用的时间占该月总时间的比例，计划维护时间不计入不可用时间。
H:2. 服务内容与期限
P:2.1 乙方向甲方60家门店开通订阅服务，服务期为三十六个月，自上线之日起算。
P:2.2 乙方负责实施服务，包括门店及车辆基础数据初始化、与甲方财务系统和ETC系统的接口开发、门店人员培训及上线保障。
P:2.4 甲方可在服务期内增加门店，新增门店按本合同单价计费，自开通当月起按实际月数计算；减少门店的，应提前60日书面通知乙方，减少数量不超过门店总数的10%。
P:2.3 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期两年，可多次续期。续期时乙方有权根据市场情况上调订阅单价，上调幅度每次不超过8%，乙方应在续期前以邮件通知甲方。
H:3. 费用与支付
P:3.1 费用明细如下：
TB:费用项目|计费方式|金额（元）
TB:订阅服务费|60家门店 × 1,450元/店/月 × 36个月|3,132,000
TB:实施服务费|一次性|186,000
TB:合同总额||3,318,000
P:3.2 订阅服务费按季度后付，每季度末次月10日前，甲方凭乙方发票支付当季费用人民币261,000元。
P:3.3 实施服务费在上线验收合格后15个工作日内一次性支付。本合同不设预付款。
P:3.4 乙方应在每次收款前开具增值税专用发票。因新增门店产生的费用，按季度与订阅服务费一并结算。
H:4. 实施与上线验收
P:4.1 乙方应在合同签订后60日内完成实施并上线。
P:4.2 上线验收标准：（1）60家门店均可完成预订、取车、还车、结算全流程；（2）连续7日订单与财务系统对账差异为零；（3）在500个并发预订请求下，页面平均响应时间不超过2秒；（4）ETC费用自动归集准确。
P:4.3 验收合格的，甲方出具上线验收单。门店开始使用系统，不等同于验收合格。
P:4.5 甲方应指定项目负责人，按实施计划提供门店、车辆、价格规则等基础资料，并组织门店人员参加培训。乙方应为每家门店提供不少于两次现场或远程培训，并编制操作手册。
P:4.6 乙方应在上线前完成历史订单和会员数据的迁移，迁移结果经甲方抽样核对无误后方可切换。切换期间乙方应安排实施人员在成都总部和重点门店现场值守不少于七日。
P:4.4 因乙方原因未按期上线的，每逾期一日，乙方向甲方支付违约金人民币2,000元。
H:5. 服务水平
P:5.1 乙方保证订阅服务月度可用率不低于99.5%，计划维护应安排在凌晨2点至5点之间并提前48小时通知。
P:5.2 故障响应：P1故障（全部门店无法下单或取还车）乙方应在30分钟内响应，3小时内恢复；P2故障（部分功能不可用）2小时内响应，当日恢复；P3故障在5个工作日内解决。
P:5.3 月度可用率低于约定值的，按下表抵扣当月订阅服务费：低于99.5%但不低于99%，抵扣5%；低于99%但不低于98%，抵扣10%；低于98%，抵扣20%。P1故障响应每超时30分钟，另抵扣人民币500元。
P:5.4 乙方每月10日前向甲方提供上月服务报告，列明可用率、故障清单、处理时长及抵扣金额。甲方对报告有异议的，双方应在10个工作日内核对确认。
H:6. 甲方数据
P:6.1 甲方数据归甲方所有。乙方仅为提供订阅服务而处理甲方数据。
P:6.2 甲方同意，乙方可对甲方数据进行脱敏和汇总处理，并将处理后的订单、车辆利用率及运营数据用于行业分析报告、产品改进和算法模型训练，该权利在本合同终止后继续有效。
P:6.3 合同终止后30日内，乙方应按甲方要求以通用格式返还甲方数据，并在甲方确认后删除其系统中的原始数据。
H:7. 数据安全
P:7.1 订阅服务部署于中国境内的数据中心，乙方平台已通过网络安全等级保护第三级测评。乙方应对甲方数据进行加密存储和传输，实行最小权限访问控制，并保存访问日志不少于六个月。
P:7.2 客户身份证件及驾驶证信息属于敏感个人信息，乙方应按《个人信息保护法》要求单独加密并限制访问。
P:7.3 发生数据泄露等安全事件的，乙方应在发现后24小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的，乙方承担甲方由此遭受的全部损失，包括对甲方客户的赔偿及监管罚款。
H:8. 知识产权
P:8.1 订阅服务平台及其原有软件的知识产权归乙方所有。
P:8.2 乙方为甲方开发的接口程序、定制报表及门店配置方案，知识产权归甲方所有，甲方可自行修改使用或交由第三方维护。
H:9. 保密
P:双方对在合作中知悉的对方商业秘密、价格、客户信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:10. 违约与责任限额
P:10.1 任何一方违反本合同约定的，应赔偿对方由此遭受的直接损失。
P:10.2 除数据安全事件和故意行为外，乙方在本合同项下的累计赔偿责任以合同总额的1.5倍为限。
H:11. 分包
P:乙方不得转包本合同。乙方将实施服务中的任何部分分包给第三方的，须事先取得甲方书面同意。
H:12. 合同解除
P:12.1 乙方严重违约（包括连续两个月可用率低于98%或发生重大数据泄露），经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用期间的费用。
P:12.2 甲方连续两个季度未付款且经催告后仍不支付的，乙方有权暂停服务。
P:12.3 合同终止或解除后，乙方应配合甲方将业务平稳迁移至新的系统，迁移协助期不少于30日，期间按原单价计费。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方住所地有管辖权的人民法院起诉。
P:13.2 因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；不可抗力持续超过60日的，任何一方可书面通知解除合同。
H:14. 其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：功能清单、门店清单、接口说明。
P:甲方（盖章）：成都悦程汽车租赁连锁有限公司    授权代表：________
P:乙方（盖章）：上海车云数智科技有限公司    授权代表：________
P:签署日期：2025年____月____日
"""
SOURCES["h226z03"] = H226Z03
TARGETS["h226z03"] = ("h226z03_car_rental_chain_booking_fleet_saas.md", "md")
SPECS["h226z03"] = dict(
    lang="zh", category="cloud", kind="service", forum_mainland=True,
    sums=[([60 * 1450 * 36], 3132000), ([3132000, 186000], 3318000), ([60 * 1450 * 3], 261000),
          ([261000] * 12, 3132000)],
    pcts=[], pct_base={},
    figures=["3,318,000", "3,132,000", "99.5%", "30分钟内响应", "2,000元", "8%", "脱敏", "1.5倍"],
    tco=None,
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True,
               ld_rate_per_day_pct=2000 / 3318000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3318000),
    plan=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])

# ---------------------------------------------------------------- h226z04 (zh, pdf, SLA-RESPONSE + SUBCONTRACT + LIABILITY-CAP)
H226Z04 = """T:青溪县人民医院医院信息系统（HIS）年度运维服务合同
P:项目编号：QXZC-2025-TP-019（竞争性谈判）
P:采购人（甲方）：青溪县人民医院    地址：青溪县城关镇人民路45号
P:成交供应商（乙方）：江州医信软件服务有限公司    地址：江州市高新区创业路17号
P:根据青溪县人民医院HIS年度运维服务项目竞争性谈判的结果，乙方为成交供应商。为保障医院门急诊、住院及医技业务系统稳定运行，依据《中华人民共和国民法典》《中华人民共和国政府采购法》等法律法规，甲乙双方经协商一致，签订本合同。
H:第一条 服务范围
P:1.1 乙方为甲方提供医院信息系统的运维服务，范围包括：门急诊挂号收费、住院管理、药房药库、电子病历、医保结算接口、LIS/PACS接口、数据库及中间件，以及相关服务器的系统层维护。
P:1.2 服务内容包括：日常巡检、故障处理、数据库备份与恢复演练、医保政策调整后的接口修改、报表维护、用户培训及重大活动保障。
P:1.3 乙方安排两名工程师在甲方驻场，工作时间为每日8:00至18:00；其他时间实行电话值守和远程支持。
P:1.4 驻场工程师应具备三年以上医院信息系统运维经验，其中至少一人持有数据库认证证书。乙方更换驻场人员的，应提前10日书面通知甲方并做好工作交接，更换人员的资历不得低于原人员。
P:1.5 甲方负责提供驻场办公场所、网络接入和必要的测试环境，并指定信息科一名工作人员作为联系人，负责日常工作协调、故障报告和考核记录。
P:1.6 乙方应在服务期开始后20日内完成系统现状梳理，提交服务器、数据库、接口和账号清单，并提出需要甲方决策的风险事项。
H:第二条 服务期限
P:服务期自2025年3月1日起至2026年2月28日止。服务期满，本合同终止；甲方如需继续采购，应依法重新组织采购或另行签订合同，本合同不自动续期。
H:第三条 服务费用及支付
P:3.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人工、差旅、工具、税费等一切费用，明细如下：驻场运维服务264,000元；数据库及中间件运维108,000元；医保及第三方接口维护78,000元；巡检、应急演练及报告36,000元。
P:3.2 服务费按季度支付。每季度结束后，甲方根据本合同第六条对乙方进行考核，考核合格后15个工作日内支付当季服务费人民币121,500元。考核扣款从当季服务费中直接扣除。
P:3.3 甲方不向乙方支付预付款。乙方应在收款前开具合法发票。
P:3.4 服务期内因医保政策调整、上级卫生健康部门要求等需要新增的接口开发，如工作量超过20人天，双方另行协商费用；20人天以内的修改包含在本合同总价中。
P:3.5 乙方开具发票的抬头、税号以甲方提供的开票信息为准，发票不合规的，甲方有权退回并顺延付款。
H:第四条 服务水平
P:4.1 HIS核心业务（挂号收费、住院、药房）月可用率不低于99.95%。
P:4.2 故障分级：一级故障指门急诊挂号收费或住院业务中断；二级故障指单个科室或单项功能不可用；三级故障指不影响业务的一般问题。
P:4.3 响应时限：一级故障，乙方应在接到报告后6小时内响应并开始处理；二级故障，8小时内响应；三级故障，2个工作日内处理完毕。驻场时间内发生的故障由驻场工程师立即处理。
P:4.4 乙方每月5日前提交上月运维报告，包括故障记录、巡检结果、备份情况和改进建议。
P:4.5 重大活动保障：在医保结算系统切换、新版本上线、节假日前及甲方通知的其他重要时段，乙方应增派工程师现场值守，并提前制定应急预案报甲方确认。
P:4.6 变更管理：乙方对生产系统进行升级、补丁安装或配置变更的，应提前提交变更方案和回退方案，经甲方信息科批准后在非业务高峰时段实施，并在实施后提交变更记录。
P:4.7 乙方每季度对HIS主要业务环节开展一次性能和容量评估，对数据库空间、服务器负载和接口调用量提出优化建议，并协助甲方编制年度信息化预算中的运维部分。
H:第五条 违约金与扣款
P:5.1 乙方未在约定时限内响应故障的，每超时1小时扣款人民币500元；月可用率每低于约定值0.01个百分点，扣款人民币1,000元。
P:5.2 乙方未按约定安排驻场人员到岗、或未按期完成医保接口修改的，每逾期一日按合同总价的千分之一支付违约金。
P:5.3 乙方累计承担的赔偿责任（含违约金和扣款）以本合同总价的50%为限，但因乙方故意或重大过失导致的数据泄露除外。
H:第六条 考核与验收
P:6.1 甲方信息科每季度按以下标准考核：（1）故障响应及恢复时限达标；（2）月可用率达标；（3）巡检和备份按计划完成，且每季度至少完成一次数据库恢复演练并验证数据完整；（4）运维报告按时提交。
P:6.2 服务期满后，甲方依据四个季度的考核结果和乙方提交的年度运维总结组织验收，并出具验收意见。
P:6.3 季度考核不合格的，甲方书面通知乙方限期整改，整改期间的服务费暂缓支付，整改合格后支付。乙方对考核结果有异议的，可在收到考核结果后5个工作日内提出书面复核申请。
H:第七条 数据安全
P:7.1 HIS中的患者信息、诊疗记录、费用及医保数据均属于甲方所有。乙方仅可为履行本合同访问，不得下载、复制、留存或向第三方提供。
P:7.2 乙方人员须通过甲方堡垒机访问生产系统，使用个人账号，操作全程记录；数据库变更须经甲方信息科书面审批。
P:7.3 发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方，并配合甲方向卫生健康主管部门报告；因乙方原因造成的，由乙方承担相应的法律责任和赔偿责任。
P:7.4 乙方应每日检查数据库备份的完成情况，每季度在测试环境中进行一次恢复演练；备份介质由甲方保管，乙方不得将备份文件带出医院。
H:第八条 保密
P:乙方及其人员对履约中接触的患者信息、医院经营数据和系统口令负有保密义务，乙方驻场人员应签署个人保密承诺书。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:乙方在运维中为甲方编写的脚本、接口修改程序、运维文档和报表，知识产权归甲方所有。
P:HIS原厂软件的知识产权归其权利人所有，乙方在运维中不得破坏甲方已取得的软件使用授权。
H:第十条 分包
P:乙方可将数据库及中间件运维工作交由其合作单位实施，但应提前五个工作日书面告知甲方合作单位名称及人员名单。乙方对合作单位的行为承担责任。
H:第十一条 合同解除
P:乙方连续两个季度考核不合格，或发生重大数据安全事件的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。
P:12.2 因不可抗力不能履行合同的，受影响方应及时通知对方并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。
P:12.3 服务期满或合同解除时，乙方应在10日内移交全部运维文档、账号清单、脚本及备份记录，配合甲方或新的服务单位完成交接，交接期间不得中断服务。
H:第十三条 其他
P:本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。竞争性谈判文件、乙方响应文件及成交通知书为本合同附件。
P:甲方（盖章）：青溪县人民医院    代表签字：________
P:乙方（盖章）：江州医信软件服务有限公司    代表签字：________
P:签订日期：2025年2月____日
"""
SOURCES["h226z04"] = H226Z04
TARGETS["h226z04"] = ("h226z04_county_hospital_his_annual_maintenance.pdf", "pdf")
SPECS["h226z04"] = dict(
    lang="zh", category="services", kind="service", forum_mainland=True,
    sums=[([264000, 108000, 78000, 36000], 486000), ([121500] * 4, 486000)],
    pcts=[], pct_base={},
    figures=["486,000", "121,500", "6小时内响应", "50%", "千分之一", "99.95%", "五个工作日书面告知"],
    tco=None,
    terms=dict(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=50, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
               warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
    plan=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])

# ---------------------------------------------------------------- h226z05 (zh, md, supplier's template, ten findings)
H226Z05 = """T:企业管理软件销售及定制开发合同（云启软件标准文本 V5.0）
P:合同编号：YQ-ERP-2025-1142
P:甲方（买方）：湖南武冈香乡豆制品有限公司，地址：湖南省邵阳市武冈市工业园卤香路9号
P:乙方（卖方）：长沙云启信息技术有限公司，地址：湖南省长沙市岳麓区麓谷大道627号
P:说明：本合同为乙方标准合同文本，甲方如需修改，应以补充条款列明；补充条款未涉及的事项，以本文本为准。
H:第一章 合同标的
P:第1条 乙方向甲方销售"云启ERP食品制造版"软件许可，并为甲方提供定制开发、实施和数据迁移服务。软件模块包括财务、进销存、生产管理和质量追溯，许可用户数为25个。
P:第2条 定制开发内容：卤制及烘干工艺配方管理、豆干生产批次追溯（从黄豆入库到成品出库）、经销商订货小程序及与甲方电子秤、包装线的数据采集接口。
P:第2条之一 定制开发的具体功能以双方确认的需求说明书为准。需求说明书确认后，甲方提出的新增或修改要求，视为需求变更，乙方有权调整工期并另行收费。
P:第3条 价款如下：
TB:项目|说明|金额（元）
TB:软件许可费|ERP食品制造版，25用户，永久许可|368,000
TB:定制开发费|配方管理、批次追溯、订货小程序、采集接口|296,000
TB:实施服务费|需求调研、系统配置、培训、上线支持|98,000
TB:数据迁移费|旧系统物料、客户、库存及期初数据迁移|38,000
TB:合计||800,000
P:合同总价为人民币捌拾万元整（¥800,000）。
P:上述价款包含乙方人员差旅费用。甲方要求增加定制开发内容的，按乙方人天单价每人天人民币2,800元另行计费，由双方签署变更确认单。
H:第二章 付款
P:第4条 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币520,000元。乙方收到该款项后启动项目。
P:第5条 系统上线后5个工作日内，甲方支付合同总价的35%，即人民币280,000元。
P:第6条 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。
P:第6条之一 乙方收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。
P:第6条之二 本合同价款不含上线后新增的定制需求、报表开发和第三方接口，该等工作另行报价。
H:第三章 实施与上线
P:第7条 乙方根据项目计划实施，计划日期仅供参考。因甲方需求变更、数据准备不及时或配合不到位导致延期的，乙方不承担责任。
P:第8条 系统部署到甲方服务器并开通用户账号后，即视为系统上线。系统上线即视为甲方验收合格，甲方不再另行组织验收。
P:第8条之一 甲方应在项目启动后10个工作日内提供物料编码、配方、客户及期初库存等基础资料，并安排关键用户参加需求调研和培训。甲方提供的资料不完整或不准确导致的迁移错误，由甲方自行承担。
P:第8条之二 乙方为甲方关键用户提供集中培训，培训内容包括系统操作、基础资料维护和常用报表查询，培训总课时不少于三十课时，培训地点为甲方厂区。
P:第8条之三 甲方应自行采购并提供运行系统所需的服务器、数据库软件、网络及打印设备，其配置不得低于乙方提供的推荐配置。因甲方硬件或网络环境原因导致系统运行缓慢或异常的，乙方不承担责任。
P:第9条 乙方可根据项目需要，自行将部分定制开发或实施工作委托给其合作伙伴完成，无需另行征得甲方同意。
H:第四章 免费维护与后续服务
P:第10条 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复和远程技术支持。
P:第11条 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，年度维护费按乙方届时公布的服务价格标准执行。
P:第11条之一 未签订年度维护合同的，甲方不享有软件版本升级、补丁更新和远程技术支持服务；甲方日后补签维护合同的，应补缴中断期间的维护费用。乙方停止维护的旧版本，不再提供任何技术支持。
P:第12条 服务响应：一级问题（系统无法登录或无法开单）乙方在接到甲方报告后8小时内响应；二级问题在2个工作日内响应；其他问题在下一版本中统一处理。
P:第13条 乙方对故障的处理时间不作保证，也不因响应或处理超时承担任何扣款、赔偿或违约金。
P:第13条之一 甲方应指定一名系统管理员作为与乙方联系的唯一接口，所有问题须通过乙方服务平台提交。通过其他方式提出的要求，乙方可不予处理。
P:第13条之二 因甲方自行修改系统配置、使用非乙方认可的硬件或第三方软件，或因停电、网络故障等非乙方原因造成的问题，不属于免费维护范围。
H:第五章 知识产权
P:第14条 软件产品及其相关文档的知识产权归乙方所有。
P:第14条之一 甲方不得将软件许可转让、出租或提供给关联公司以外的第三方使用；许可用户数超过25个的，应按乙方当期报价另行购买。
P:第15条 乙方为甲方完成的定制开发成果（包括配方管理模块、批次追溯模块、订货小程序、接口程序及源代码），知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。
H:第六章 数据
P:第16条 甲方业务数据由甲方录入和管理。
P:第17条 乙方应采取防病毒、访问控制和数据备份等必要措施保护甲方数据；因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。
P:第18条 甲方同意乙方在对甲方数据进行脱敏处理后，将其用于乙方产品的优化、行业解决方案研究和对外发布的行业分析，该使用不需向甲方支付费用。
H:第七章 保密
P:第19条 双方对本合同内容及在履行过程中获知的对方商业秘密负有保密义务，保密期限至该信息依法公开为止。
P:第19条之一 乙方人员因工作需要接触甲方配方、成本及经销商价格等资料的，应签署保密承诺，乙方对其人员的泄密行为负责。
H:第八章 违约责任
P:第20条 任何一方违反本合同的，应承担相应的违约责任。
P:第21条 乙方不对甲方的间接损失、利润损失或数据恢复费用承担责任。
H:第九章 合同解除
P:第22条 一方严重违约，经对方书面通知后15日内未纠正的，守约方可以解除合同。
P:第22条之一 合同解除的，甲方已支付的款项不予退还，乙方已交付的软件许可继续有效，但甲方应支付截至解除之日乙方已完成工作的费用。
H:第十章 争议解决
P:第23条 因本合同发生争议的，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。
P:第23条之一 因不可抗力导致一方不能履行本合同的，该方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、政府行为、网络攻击及电力中断。
H:第十一章 其他
P:第24条 本合同经双方签字盖章后生效，一式两份，双方各执一份。
P:第25条 本文本中的条款已经双方充分协商，甲方确认已理解全部条款的含义。
P:第26条 甲方向乙方发出的通知，应以书面形式送达乙方上述地址；乙方可通过电子邮件、服务平台公告或短信向甲方发送通知，发出即视为送达。
P:第27条 乙方有权在其宣传材料和客户名单中使用甲方名称及商标作为案例展示。
P:甲方（盖章）：湖南武冈香乡豆制品有限公司    代表：________    日期：________
P:乙方（盖章）：长沙云启信息技术有限公司    代表：________    日期：________
"""
SOURCES["h226z05"] = H226Z05
TARGETS["h226z05"] = ("h226z05_dried_tofu_maker_erp_supplier_template.md", "md")
SPECS["h226z05"] = dict(
    lang="zh", category="software", kind="goods_or_licence", forum_mainland=True,
    sums=[([368000, 296000, 98000, 38000], 800000), ([520000, 280000], 800000)],
    pcts=[(65, 520000), (35, 280000)], pct_base={},
    figures=["800,000", "368,000", "65%", "六个月", "8小时内响应", "届时公布的服务价格标准", "脱敏", "知识产权归乙方所有"],
    tco=None,
    terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=None, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law=None),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
               contract_value=800000),
    plan=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"])

# ---------------------------------------------------------------- h226e01 (en, txt, single low finding: GOVERNING-LAW)
H226E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (Textile CAD - Perpetual Licences)
P:Agreement No. TDT-CN-2025-031
P:This Agreement is made between: (1) Zhejiang Shengzhou Silkline Necktie Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 77 Lingjiang Road, Shengzhou, Zhejiang Province (the "Customer"); and (2) Telarmonia Diseno Textil, S.L., a company incorporated in Spain with its registered seat on the Isla de Toralla, Vigo, Pontevedra, Spain (the "Vendor").
P:Background. (A) The Customer weaves neckties for export. (B) The Vendor develops textile CAD software for jacquard and dobby weaving and has agreed to license it to the Customer, adapt it to the Customer's looms and train the Customer's designers. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's TelarCAD Jacquard Suite, version 9, including the colour-separation server and the loom-file converter, in object code, with its documentation.
P:1.2 "Customisations" means the work described in Schedule 2, namely the import of the Customer's archive of about 14,000 tie patterns, the Customer-specific loom-file formats and the link between the Software and the Customer's ERP system.
P:1.3 "Final Acceptance" means the date on which the Customer signs the Final Acceptance Certificate under Clause 6.
P:1.4 "Customer Data" means all pattern files, colourways, orders and other data that the Customer processes with the Software.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its premises in Shengzhou, on the number of seats set out in Schedule 1.
P:2.2 The Customer may make back-up copies and move a seat to replacement hardware.
P:2.3 The licence survives any termination of this Agreement once the Licence Fees have been paid, except where the Agreement is terminated for the Customer's failure to pay.
H:3. Prices
P:3.1 The total price under this Agreement is CNY 1,300,000 (the "Contract Price"), made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Jacquard design seat licence, perpetual|18|42,000|756,000
TB:Colour-separation server licence, perpetual|2|88,000|176,000
TB:Loom-file converter module (six loom brands)|1|96,000|96,000
TB:Licence subtotal|||1,028,000
TB:Customisations (Schedule 2)|1|214,000|214,000
TB:Installation and designer training|1|58,000|58,000
TB:Contract Price|||1,300,000
P:3.2 The Contract Price is fixed and includes all taxes and travel expenses.
H:4. Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 260,000) within 15 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 585,000) after the Installation Certificate under Clause 5.3 has been signed; and (c) 35% (CNY 455,000) after Final Acceptance.
P:4.2 Each payment is due 30 days after the Customer receives a correct invoice.
H:5. Delivery and Installation
P:5.1 The Vendor shall deliver the licence keys and install the Software on the Customer's workstations and servers within 45 days after signature.
P:5.2 If the Vendor fails to complete installation on time for reasons attributable to it, the Vendor shall pay the Customer delay damages of CNY 1,100 for each day of delay, up to a total of 8% of the Contract Price. Delay damages do not prevent the Customer from terminating under Clause 14.
P:5.3 When installation is complete and the Software starts on every seat, the parties sign an Installation Certificate. The Installation Certificate records delivery only and is not acceptance.
H:6. Acceptance
P:6.1 After installation the Vendor completes the Customisations and the parties run acceptance tests over 20 working days, following the test plan in Schedule 3.
P:6.2 The acceptance criteria are: (a) all archived tie patterns are imported and open without loss of colourways or weave structures, checked on a sample of 300 patterns chosen by the Customer; (b) loom files produced by the converter run correctly on each of the six loom brands in a production trial of at least one tie design per loom; (c) the colour-separation server processes a 16-colour design in less than 90 seconds; (d) orders and pattern numbers pass between the Software and the ERP system without manual re-entry; and (e) no Severity 1 defect is open at the end of the test period.
P:6.3 If the criteria are met, the Customer signs the Final Acceptance Certificate within 5 working days. If not, the Vendor corrects the defects within 15 days and the tests are repeated. Installation, productive use of the Software or payment of any instalment does not amount to acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Software and the Customisations will perform substantially in accordance with their documentation and Schedule 2 for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects free of charge, provide new releases of the Software at no cost, and give remote support in Chinese or English between 8:00 and 20:00 China time on working days.
H:8. Support Levels
P:8.1 Defects are classed as follows: Severity 1 means the Software cannot produce loom files or the colour-separation server is down; Severity 2 means a major function fails but a workaround exists; Severity 3 means any other defect.
P:8.2 The Vendor shall respond to a Severity 1 defect within 2 hours and provide a workaround or fix within one working day; Severity 2 within 8 working hours with a fix in the next patch; Severity 3 in the next scheduled release.
P:8.3 For each hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall credit the Customer CNY 600 against the next invoice or, after the last instalment, pay that amount.
H:9. Support after the Warranty Period
P:9.1 After the Warranty Period the Customer may order annual support, covering new releases, defect correction and remote support on the terms of Clause 8, for an annual fee of 11% of the Licence subtotal, i.e. CNY 113,080 per year.
P:9.2 That fee is fixed for the first three years of support. Any later change requires the written agreement of both parties and shall not exceed 3% per year.
P:9.3 Support is ordered by a separate purchase order for each year. It does not renew automatically, and the Customer may stop ordering support at any time without losing its licence.
H:10. Intellectual Property
P:10.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:10.2 All intellectual property in the Customisations, including the converter formats, the ERP link, their source code and documentation, vests in the Customer on creation. The Vendor shall deliver the source code on Final Acceptance. The Customer may use, modify and license the Customisations freely.
H:11. Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:11.2 The Software is installed on the Customer's own servers. Remote access by the Vendor is permitted only for a specific support ticket, through the Customer's VPN, after the Customer's IT manager has approved the session; each session is logged.
P:11.3 The Vendor shall apply security measures no less strict than those of ISO/IEC 27001 to any Customer Data it handles, and shall comply with the data protection laws of the People's Republic of China. No Customer Data may be transferred outside mainland China.
P:11.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data and shall be liable for all losses the Customer suffers as a result of a security breach caused by the Vendor or its staff.
H:12. Confidentiality
P:12.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. The Customer's tie designs, customer names and prices are the Customer's confidential information.
P:12.2 This obligation continues for three years after this Agreement ends.
H:13. Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:13.2 The limit does not apply to liability under Clauses 11 and 12 or to wilful misconduct.
H:14. Term and Termination
P:14.1 This Agreement starts on signature and continues until the end of the Warranty Period; Clauses 2, 9 to 13 and 16 survive.
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Clause 5.2 reach their maximum. On such termination the Vendor shall refund the amounts paid for the parts that have not been accepted.
P:14.3 The Vendor may terminate only if the Customer fails to pay an undisputed amount within 60 days after a written reminder.
H:15. Subcontracting and Assignment
P:15.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. Its Shanghai partner, Huadong Weave Tech Co., Ltd., is approved for on-site installation on signature of this Agreement.
P:15.2 The Vendor remains responsible for the work of any subcontractor.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Spain.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Madrid International Arbitration Center (CIAM) by a sole arbitrator. The seat of arbitration is Madrid, Spain, and the language of the arbitration is English.
H:17. General
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:17.2 This Agreement may be amended only in writing signed by both parties.
P:Schedule 1: Seats and servers. Schedule 2: Customisations. Schedule 3: Acceptance test plan. Schedule 4: Contacts.
P:Signed for the Customer: ____________________ Name: ____________ Date: ____________
P:Signed for the Vendor: ____________________ Name: ____________ Date: ____________
"""
SOURCES["h226e01"] = H226E01
TARGETS["h226e01"] = ("h226e01_necktie_maker_textile_cad_perpetual_licences.txt", "txt")
SPECS["h226e01"] = dict(
    lang="en", category="software", kind="goods_or_licence", forum_mainland=False,
    sums=[([18 * 42000, 2 * 88000, 96000], 1028000), ([1028000, 214000, 58000], 1300000),
          ([260000, 585000, 455000], 1300000)],
    pcts=[(20, 260000), (45, 585000), (35, 455000)], pct_base={},
    pct_base_fee=(11, 1028000, 113080),
    figures=["1,300,000", "1,028,000", "113,080", "11%", "18 months", "within 2 hours", "1,100", "150%",
             "laws of Spain"],
    tco=dict(base=1028000, fee_pct=11, warranty_months=18),
    terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1100 / 1300000 * 100, liability_cap_pct=150, prepayment_pct=20,
               acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
               post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="Spain"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1300000),
    plan=["CR-GOVERNING-LAW"])

# ---------------------------------------------------------------- h226e02 (en, pdf, LIABILITY-CAP + SLA-NO-REMEDY + CONFIDENTIALITY)
H226E02 = """T:ORDER FORM No. LT-ZJK-0425 - Lift Ticketing Cloud Service
P:This Order Form is issued under, and incorporates, the Lochside Ticketing General Terms (version 3.2) set out in Part B below. Part A and Part B together form the "Agreement".
P:Vendor: Lochside Ticketing Ltd, a company registered in Scotland, registered office: Inchconnachan, Loch Lomond, Argyll and Bute, Scotland, United Kingdom ("Lochside").
P:Customer: Zhangjiakou Saibei Snowfield Resort Co., Ltd., Chongli District, Zhangjiakou, Hebei Province, People's Republic of China ("Customer").
H:PART A - ORDER DETAILS
H:A1. Service
P:A1.1 Lochside will provide its SnowGate cloud platform for online and on-site sale of lift tickets and season passes, RFID card encoding, turnstile access control at the resort's 14 lift stations, dynamic day pricing, group and school bookings, and daily revenue reporting (the "Service").
P:A1.2 The Service is hosted in mainland China on servers in the Zhangjiakou region of Alibaba Cloud, operated for Lochside by Hangzhou Snowline Cloud Services Co., Ltd. (the "Hosting Partner").
P:A1.3 Lochside will also carry out the one-off onboarding set out in A3 (the "Onboarding").
H:A2. Subscription Term and Fees
P:A2.1 Subscription Term: 36 months from the Go-Live Date defined in A3.4.
P:A2.2 Fees (all amounts in Chinese yuan, as requested by the Customer, inclusive of VAT):
TB:Item|Basis|Amount (CNY)
TB:SnowGate subscription (14 lift stations, 60 sales points)|CNY 46,500 per month x 36 months|1,674,000
TB:Onboarding: turnstile integration, RFID encoders, data set-up, training|one-off|138,000
TB:Total Contract Value||1,812,000
P:A2.3 Subscription fees are invoiced monthly in arrears, at the end of each calendar month of the Subscription Term. The Onboarding fee is invoiced once the Go-Live Acceptance Certificate has been signed. No fee is payable in advance.
P:A2.4 Invoices are payable within 30 days by bank transfer to Lochside's CNY account in Beijing.
P:A2.5 At the end of the Subscription Term the Agreement renews automatically for successive periods of 24 months at the same monthly fee and on the same terms, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.
H:A3. Onboarding and Go-Live Acceptance
P:A3.1 Lochside will complete the Onboarding within 70 days after signature of this Order Form, so that the Service is live before the opening of the 2025-26 ski season.
P:A3.2 The Onboarding covers: connection of the 14 lift-station turnstiles through the Customer's existing controllers; delivery and set-up of 60 RFID encoders at the ticket offices; import of the Customer's pass holders and price lists; integration with the resort's hotel booking system and its payment gateway (WeChat Pay, Alipay, UnionPay); and training of 80 ticket office and gate staff.
P:A3.3 Go-Live Acceptance tests, run jointly over 10 days: (a) every turnstile reads cards and QR tickets and opens within 1 second; (b) 2,000 tickets sold in one hour through all channels without error; (c) daily revenue report reconciles with the payment gateway settlement to the fen for 5 consecutive days; (d) pass-holder data imported without loss, verified on a sample of 500 records; (e) no open Priority 1 incident.
P:A3.4 When the tests are passed, the parties sign a Go-Live Acceptance Certificate; the date of signature is the "Go-Live Date". Use of the Service in a trial or soft opening does not count as acceptance.
P:A3.5 If Onboarding is not completed by the date in A3.1 for reasons attributable to Lochside, Lochside will pay the Customer delay damages of CNY 1,500 for each day of delay until Go-Live.
P:Signed for Lochside Ticketing Ltd: ____________________  Date: __________
P:Signed for Zhangjiakou Saibei Snowfield Resort Co., Ltd.: ____________________  Date: __________
H:PART B - LOCHSIDE TICKETING GENERAL TERMS (version 3.2)
H:B1. Use of the Service
P:B1.1 Lochside grants the Customer a non-exclusive right during the Subscription Term to use the Service, and to let its staff, agents and tour operators use it, for the resort's business.
P:B1.2 The Customer is responsible for the turnstiles, controllers, network at the resort and the accuracy of the prices it sets in the Service.
P:B1.3 Lochside may update the Service from time to time, provided that no update materially reduces its functions. Major upgrades are scheduled outside the ski season unless the Customer agrees otherwise.
P:B1.4 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to process ticket sales for any resort other than the one named in Part A. Lochside may suspend access of a user account that is used in breach of this Clause, after telling the Customer why.
H:B2. Service Levels
P:B2.1 Lochside targets a monthly availability of the Service of 99.95%, measured at the Hosting Partner's network edge, excluding maintenance windows announced at least 72 hours ahead and scheduled between 01:00 and 05:00 China time.
P:B2.2 Incidents are classed as Priority 1 (ticket sales or turnstile access stopped at one or more lift stations), Priority 2 (a function is degraded but tickets can be sold and gates opened) and Priority 3 (all other issues).
P:B2.3 Lochside's support desk, available by telephone at all times during the ski season, will respond to a Priority 1 incident within 15 minutes and work continuously until the Service is restored; to a Priority 2 incident within 2 hours; and to a Priority 3 incident within 2 business days.
P:B2.4 Lochside will send the Customer a monthly report of availability and incidents and, after each Priority 1 incident, a root-cause report within 5 business days.
P:B2.5 The service levels in this Clause B2 are targets. No service credits, fee reductions, refunds or damages are payable if a target is not met, and the reports in B2.4 are the Customer's only remedy for such a failure.
H:B3. Customer Data
P:B3.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, ID numbers, photographs on season passes, ticket sales and gate passage records.
P:B3.2 Customer Data belongs to the Customer. Lochside and the Hosting Partner process Customer Data only on the Customer's instructions and only to provide the Service, and do not use it for any other purpose.
P:B3.3 On expiry or termination Lochside will return all Customer Data in CSV format within 30 days and then delete it from the Service, and confirm the deletion in writing.
H:B4. Data Security
P:B4.1 Lochside shall keep Customer Data in mainland China and shall not transfer it abroad. Lochside's support staff in Scotland may view operational logs only, and never personal information.
P:B4.2 Lochside shall maintain, and shall make the Hosting Partner maintain, an information security programme certified to ISO/IEC 27001, encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, and a classified protection (MLPS) level 3 filing for the Service.
P:B4.3 Lochside shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate with the Customer's notifications to regulators and affected visitors, and bear the costs and losses caused by any incident resulting from a breach of this Clause B4 by Lochside or the Hosting Partner.
H:B5. Intellectual Property
P:B5.1 The Service, its software and all improvements to them belong to Lochside.
P:B5.2 Configurations, price rules, turnstile scripts and report templates produced for the Customer in the Onboarding belong to the Customer, which may use, change and pass them to any successor provider.
H:B6. Liability
P:B6.1 Neither party is liable for indirect or consequential loss or loss of profit, except for liability under B4.
P:B6.2 Lochside's total liability arising out of or in connection with the Agreement in any contract year shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.
P:B6.3 The limits in this Clause B6 do not apply to death or personal injury caused by negligence, or to fraud.
H:B7. Subcontracting
P:B7.1 The Customer approves the Hosting Partner by signing the Order Form.
P:B7.2 Lochside shall not use any other subcontractor for the Service or the Onboarding without the Customer's prior written consent, and remains responsible for the acts of the Hosting Partner and any approved subcontractor.
H:B8. Term and Termination
P:B8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:B8.2 The Customer may also terminate if the Service suffers more than three Priority 1 incidents in any ski season.
P:B8.3 On termination by the Customer under B8.1 or B8.2, Lochside will refund any fees paid for the period after termination and provide the exit assistance in B3.3 free of charge.
H:B9. Force Majeure
P:B9.1 Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disaster, epidemic, war, or a failure of public power or telecommunications networks, provided it notifies the other party promptly.
P:B9.2 Lack of snow or closure of the resort by weather is not force majeure for the payment of subscription fees.
H:B10. Governing Law and Disputes
P:B10.1 The Agreement is governed by the laws of the People's Republic of China.
P:B10.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.
H:B11. General
P:B11.1 Notices must be in writing and sent to the addresses in Part A, by courier or by e-mail with confirmation of receipt.
P:B11.2 In case of conflict, Part A prevails over Part B. Any amendment must be in writing and signed by both parties.
P:B11.3 Neither party may assign the Agreement without the other party's written consent, except that the Customer may assign it to an affiliate that takes over the operation of the resort.
"""
SOURCES["h226e02"] = H226E02
TARGETS["h226e02"] = ("h226e02_ski_resort_lift_ticket_saas_order_form.pdf", "pdf")
SPECS["h226e02"] = dict(
    lang="en", category="cloud", kind="service", forum_mainland=True,
    sums=[([46500 * 36], 1674000), ([1674000, 138000], 1812000)],
    pcts=[], pct_base={},
    figures=["1,812,000", "1,674,000", "46,500", "99.95%", "15 minutes", "six months", "1,500",
             "No service credits"],
    tco=None,
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False,
               ld_rate_per_day_pct=1500 / 1812000 * 100, liability_cap_pct=round(6 / 36 * 100, 4),
               prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1812000),
    plan=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"])

# ---------------------------------------------------------------- h226e03 (en, docx, compliant, buyer's paper)
H226E03 = """T:Purchase Contract for Pond Water-Quality Monitoring System
P:Contract No. ZJBW-PUR-2025-014
P:Buyer: Zhanjiang Bluewater Shrimp Farming Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Acquaviva Sistemi S.r.l., with its registered seat on the Isola di San Lazzaro, 30126 Venice, Italy, acting through its authorised representative in Guangzhou (the "Supplier").
P:This Contract is drawn up on the Buyer's standard form. The Buyer operates 64 shrimp ponds and wishes to monitor water quality continuously and to control its aerators automatically. The Supplier has offered a complete system of probes, gateways, control boxes and software. At the Buyer's request every price in this Contract is expressed and paid in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring system for the Buyer's 64 ponds (the "System"), consisting of: one multi-parameter probe per pond measuring dissolved oxygen, pH, temperature, salinity and ammonia nitrogen; LoRa gateways covering the whole farm; one aerator control box per pond; and the monitoring software installed on the Buyer's server in the farm office, with mobile alerts for the pond keepers.
P:1.2 The Supplier shall also train the Buyer's technicians and pond keepers and hand over all documentation in Chinese.
P:1.3 The Supplier's staff working at the farm shall follow the Buyer's biosecurity rules, including disinfection of boots and equipment between ponds, and shall not enter a pond area without a Buyer technician. Any stock losses caused by a breach of these rules are borne by the Supplier.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,848,000, fixed for the duration of the Contract and including packing, sea and inland freight, insurance, customs duties, import VAT, installation, calibration and training. The breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality probe (DO, pH, temperature, salinity, NH3-N)|64|18,600|1,190,400
TB:2|LoRa gateway with solar power kit|8|12,500|100,000
TB:3|Aerator control box|64|4,200|268,800
TB:4|Monitoring software, perpetual licence|1|146,000|146,000
TB:|Hardware and Software Subtotal|||1,705,200
TB:5|Installation, calibration and commissioning|1|124,800|124,800
TB:6|Training (two sessions)|1|18,000|18,000
TB:|Contract Price|||1,848,000
H:Article 3 Payment
P:3.1 The Buyer shall pay: (a) 10% of the Contract Price, CNY 184,800, within 20 days after signature, against the Supplier's advance-payment bank guarantee issued by a bank in mainland China; (b) 55%, CNY 1,016,400, within 30 days after the Installation Certificate under Article 5.2; and (c) the remaining 35%, CNY 646,800, within 30 days after the Final Acceptance Certificate.
P:3.2 The Supplier shall issue a valid VAT invoice before each payment.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within 75 days after signature, DDP Zhanjiang (Incoterms 2020), and complete installation within 30 days after delivery.
P:4.2 For each day of delay in delivery or installation attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price, up to a maximum of 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Article 12.
P:4.3 The Supplier shall keep in Guangzhou a stock of spare probes, gateway modules and control boards sufficient to replace at least 5% of the installed quantity within 48 hours.
H:Article 5 Installation and Acceptance
P:5.1 The Supplier shall install the probes on floating mounts, position gateways after a radio survey, wire the control boxes to the existing aerators and calibrate every probe against the Buyer's laboratory measurements.
P:5.2 When installation is complete, the parties sign an Installation Certificate, which confirms delivery and installation only and does not constitute acceptance.
P:5.3 The System then runs for a 30-day trial. The acceptance criteria are: (a) dissolved oxygen readings within plus or minus 0.2 mg/L and pH within plus or minus 0.1 of laboratory results on three sampling days; (b) at least 98% of scheduled readings from every pond received by the software during the trial; (c) aerators switch on automatically within 2 minutes when dissolved oxygen falls below the set point, tested on every pond; (d) alarm messages reach the keepers' phones within 1 minute; and (e) no Severity 1 fault unresolved during the last 10 days of the trial.
P:5.4 If the criteria are met, the Buyer issues a Final Acceptance Certificate within 7 days. Otherwise the Supplier shall remedy the defects at its own cost and the trial is repeated for the affected items. Use of the System during the trial is not acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for 24 months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period it shall repair or replace any defective equipment and correct any software defect free of charge, including parts, labour and travel.
P:6.2 Sensor membranes and electrolyte, which wear out in normal use, are supplied free during the first six months and afterwards at the prices in Annex 3.
P:6.3 Faults are handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Readings or aerator control lost on 8 or more ponds, or the software is down|1 hour|24 hours|36 hours
TB:Severity 2|Readings or control lost on fewer than 8 ponds|8 hours|48 hours|72 hours
TB:Severity 3|Other faults and questions|2 working days|as agreed|next visit
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Supplier shall, if the Buyer so requests, provide annual support on the terms of Article 6 for an annual fee of 9% of the Hardware and Software Subtotal, i.e. CNY 153,468 per year, fixed for three years after the Warranty Period.
P:7.2 Support is ordered year by year by written order of the Buyer and does not renew automatically.
H:Article 8 Buyer Data and Data Security
P:8.1 All readings, alarm logs, pond records and production data generated by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:8.2 The software and all Buyer Data are kept on the Buyer's server; the System shall not send data to any server outside the farm without the Buyer's written approval. The Supplier's remote access for support requires the Buyer's approval for each session and is made through an encrypted VPN with individual accounts, and every session is logged.
P:8.3 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. If the Supplier becomes aware of unauthorised access to or loss of Buyer Data, it shall notify the Buyer within 12 hours and take remedial measures, and it shall be liable for all losses caused by a breach of this Article by the Supplier or its staff.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public technical and commercial information received from the other party, including the Buyer's stocking densities, feed formulas and yields, and shall use it only for the purposes of this Contract.
P:9.2 This Article survives for three years after the end of the Contract.
H:Article 10 Intellectual Property
P:10.1 The pond layout drawings, alarm rules, aerator control logic and reports prepared specifically for the Buyer, including their source files, belong to the Buyer, which may modify and use them and license them to others without restriction.
P:10.2 The monitoring software and equipment firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually and free of further charge.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price.
P:11.2 The limit does not apply to liability under Articles 8 and 9, to personal injury or to wilful misconduct or gross negligence.
H:Article 12 Termination
P:12.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to cure it within 20 days after notice, or if the delay in Article 4.2 exceeds 45 days.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or unaccepted parts and compensate the Buyer's direct losses.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Subcontracting does not relieve the Supplier of any obligation under this Contract.
H:Article 14 Force Majeure
P:14.1 A party prevented from performing by typhoon, flood, epidemic or another event it could not foresee, avoid or overcome shall notify the other party within 5 days and is excused to the extent of the event. Typhoon damage to installed equipment during the Warranty Period is repaired by the Supplier at cost price.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese, both texts being equally authentic, and takes effect on signature by both parties.
P:16.2 Annexes: Annex 1 Technical specification; Annex 2 Pond list and layout; Annex 3 Consumables price list.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""
SOURCES["h226e03"] = H226E03
TARGETS["h226e03"] = ("h226e03_shrimp_farm_water_quality_sensors.docx", "docx")
SPECS["h226e03"] = dict(
    lang="en", category="hardware", kind="goods_or_licence", forum_mainland=True,
    sums=[([64 * 18600], 1190400), ([8 * 12500], 100000), ([64 * 4200], 268800),
          ([1190400, 100000, 268800, 146000], 1705200), ([1705200, 124800, 18000], 1848000),
          ([184800, 1016400, 646800], 1848000)],
    pcts=[(10, 184800), (55, 1016400), (35, 646800)], pct_base={},
    pct_base_fee=(9, 1705200, 153468),
    figures=["1,848,000", "1,705,200", "153,468", "9%", "24 months", "1 hour", "0.1%", "200%"],
    tco=dict(base=1705200, fee_pct=9, warranty_months=24),
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1848000),
    plan=[])

# ---------------------------------------------------------------- h226e04 (en, txt, DATA-SECURITY + TERMINATION)
H226E04 = """T:MANAGED IT AND SERVICE DESK AGREEMENT
P:Reference: LMS/XM/2025/07
P:THIS AGREEMENT is dated ____________ 2025 and made BETWEEN:
P:(1) XIAMEN BRIGHTWAY LED DISTRIBUTION CO., LTD., a company established in the People's Republic of China, whose registered address is 168 Xiangyun Road, Huli District, Xiamen, Fujian Province ("Customer"); and
P:(2) LAGUNARE MANAGED SERVICES S.P.A., a company incorporated in Italy, whose registered seat is on the Isola di Poveglia, Venice, Italy, and which performs the on-site services through its branch office in Xiamen ("Provider").
P:WHEREAS Customer distributes LED lighting products from its Xiamen head office, two warehouses and nine sales offices in southern China, and wishes to outsource the running of its IT environment and user support; and WHEREAS Provider has submitted a proposal dated 3 June 2025 which Customer has accepted. At Customer's request all charges are expressed and paid in Chinese yuan (CNY).
P:NOW IT IS AGREED as follows.
H:1. INTERPRETATION
P:1.1 "Services" means the managed services described in Clause 3 and Schedule 1.
P:1.2 "Environment" means Customer's 420 end-user devices, 26 servers (physical and virtual), network equipment at twelve locations, the warehouse management system, the ERP system and Customer's Microsoft 365 tenant.
P:1.3 "Incident" means an unplanned interruption or reduction in the quality of a Service; "P1 Incident" means an Incident that stops order processing, warehouse dispatch or e-mail for the whole of Customer or for a whole location.
P:1.4 "Monthly Charge" means the charge in Clause 5.1.
P:1.5 "Service Commencement Date" means the date of Transition Acceptance under Clause 4.4.
H:2. TERM
P:2.1 This Agreement begins on signature. The Services run for an initial term of 24 months from the Service Commencement Date (the "Term").
P:2.2 The Term may be extended only by a written agreement signed by both parties, which shall state the charges for the extension. There is no automatic renewal.
H:3. SERVICES
P:3.1 Provider shall provide: (a) a bilingual service desk reachable by telephone, e-mail and chat from 8:00 to 20:00 on working days, with an on-call engineer at all other times; (b) on-site support at the Xiamen head office by two resident engineers and visits to other locations as needed; (c) monitoring of servers, network links and the warehouse scanners 24 hours a day; (d) patch management, back-up operation and restore tests; (e) administration of user accounts and licences; (f) management of Customer's hardware suppliers and telecommunications carriers for fault repair.
P:3.2 Provider shall keep an asset register and a knowledge base of Customer-specific procedures, both accessible to Customer at all times.
P:3.3 Projects outside the Services, such as office moves, new warehouse fit-outs or an ERP upgrade, are not included in the Monthly Charge. Provider shall quote for them on request at the day rates in Schedule 2, and no such work starts before Customer issues a written purchase order.
H:4. TRANSITION
P:4.1 Provider shall take over the Services from Customer's internal team within 45 days after signature (the "Transition").
P:4.2 During the Transition Provider shall document the Environment, set up its monitoring tools, open the service desk and run it in parallel with Customer's team for at least 10 working days.
P:4.3 Transition Acceptance criteria: (a) all 420 devices and 26 servers are recorded in the asset register and visible in the monitoring tools; (b) a restore test of the ERP database succeeds within the time set in Schedule 1; (c) the service desk has handled all tickets in the parallel run within the times in Clause 6; (d) runbooks for the ERP, warehouse system and network have been reviewed and approved by Customer's IT manager.
P:4.4 When the criteria are met, Customer signs a Transition Acceptance Certificate. Starting the service desk or taking calls does not by itself amount to acceptance.
P:4.5 If Transition Acceptance is delayed for reasons attributable to Provider beyond the date in Clause 4.1, Provider shall pay Customer liquidated damages of CNY 1,200 per day of delay.
H:5. CHARGES AND PAYMENT
P:5.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly Charge (all Services in Clause 3)|CNY 68,000 x 24 months|1,632,000
TB:Transition fee|one-off, after Transition Acceptance|72,000
TB:Total Contract Value||1,704,000
P:5.2 Provider invoices the Monthly Charge at the end of each month for that month. The Transition fee is invoiced after the Transition Acceptance Certificate is signed. Customer pays each invoice within 30 days. Nothing is payable in advance.
P:5.3 The Monthly Charge covers up to 440 devices and 30 servers. Additional devices or servers are charged at the unit rates in Schedule 2, pro rata for part months.
P:5.4 The charges are fixed for the Term and include VAT, travel within Fujian and Guangdong, and the tools Provider uses to deliver the Services.
H:6. SERVICE LEVELS AND SERVICE CREDITS
P:6.1 Provider shall respond to a P1 Incident within 30 minutes and restore the affected Service within 6 hours; respond to a P2 Incident within 2 hours and restore it within one working day; and handle service requests within 3 working days.
P:6.2 The service desk shall answer at least 90% of calls within 60 seconds in each month.
P:6.3 If Provider misses a P1 response or restoration time, Customer is entitled to a service credit of 5% of the Monthly Charge for each such failure. If the monthly call-answering level is missed, the credit is 2% of the Monthly Charge. Service credits in a month shall not exceed 20% of the Monthly Charge and are deducted from the next invoice.
P:6.4 Provider shall send a monthly service report by the fifth working day of each month, and the parties shall hold a service review meeting every quarter.
H:7. CUSTOMER DATA
P:7.1 All data held in or passing through the Environment, including product, price, customer and employee data ("Customer Data"), belongs to Customer.
P:7.2 Provider shall use Customer Data only as necessary to perform the Services and shall not sell, license or otherwise exploit it.
P:7.3 At the end of the Term Provider shall hand back all Customer Data and documentation in its possession and delete any copies.
H:8. CONFIDENTIALITY
P:8.1 Each party shall treat as confidential all information of the other party that is marked as confidential or would reasonably be regarded as such, including Customer's supplier prices, customer lists and margins, and shall not disclose it to any third party except to its employees and advisers who need to know it.
P:8.2 This Clause continues to apply for three years after the end of the Term.
H:9. INTELLECTUAL PROPERTY
P:9.1 The runbooks, scripts, knowledge-base articles, asset register and reports produced by Provider for Customer belong to Customer, which may use, modify and share them with any successor provider without restriction.
P:9.2 Provider's monitoring tools and its general methods remain Provider's property.
H:10. PERSONNEL AND SUBCONTRACTING
P:10.1 Provider shall assign suitably qualified staff who speak Chinese. Customer may require the replacement of a resident engineer whose work is unsatisfactory.
P:10.2 Resident engineers follow Customer's office hours and site rules, and Provider shall arrange cover for their leave and sickness so that two engineers are present on every working day.
P:10.3 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any subcontractor it uses.
H:11. LIABILITY
P:11.1 Each party is liable to the other for direct loss caused by its breach of this Agreement.
P:11.2 Provider's aggregate liability under this Agreement is limited to 150% of the Total Contract Value. Service credits count towards this limit.
P:11.3 Neither party is liable for loss of profit or indirect loss.
H:12. DURATION AND EARLY ENDING
P:12.1 This Agreement runs until the end of the Term. Neither party may terminate it before the end of the Term, whether for breach or otherwise; a party affected by a breach is entitled to service credits, damages and performance of the Agreement, but not to end it early.
P:12.2 If a force majeure event prevents the performance of the Services for more than 90 consecutive days, the parties shall discuss in good faith whether to suspend or end the Agreement.
P:12.3 At the end of the Term Provider shall give reasonable exit assistance for up to 30 days, including a hand-over to Customer's new provider, at the rates in Schedule 2.
H:13. FORCE MAJEURE
P:13.1 Neither party is liable for delay or failure caused by typhoon, flood, epidemic, government action or other events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance.
H:14. NOTICES
P:14.1 Notices under this Agreement shall be in writing, in English or Chinese, and delivered by hand, by courier or by e-mail to the addresses set out above or to another address notified in writing.
H:15. GOVERNING LAW AND ARBITRATION
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or relating to this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen. The arbitral award is final and binding upon both parties.
H:16. GENERAL
P:16.1 This Agreement, with Schedule 1 (Service Description and Service Levels) and Schedule 2 (Rates), is the entire agreement of the parties on its subject matter.
P:16.2 Neither party may assign this Agreement without the other party's written consent.
P:16.3 Any change to this Agreement must be in writing and signed by authorised representatives of both parties.
P:SIGNED for and on behalf of XIAMEN BRIGHTWAY LED DISTRIBUTION CO., LTD.: ____________________
P:SIGNED for and on behalf of LAGUNARE MANAGED SERVICES S.P.A.: ____________________
"""
SOURCES["h226e04"] = H226E04
TARGETS["h226e04"] = ("h226e04_led_distributor_managed_it_service_desk.txt", "txt")
SPECS["h226e04"] = dict(
    lang="en", category="services", kind="service", forum_mainland=True,
    sums=[([68000 * 24], 1632000), ([1632000, 72000], 1704000)],
    pcts=[], pct_base={},
    figures=["1,704,000", "1,632,000", "68,000", "30 minutes", "1,200", "150%", "service credit",
             "Neither party may terminate it before the end of the Term"],
    tco=None,
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=1200 / 1704000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1704000),
    plan=["CR-DATA-SECURITY", "CR-TERMINATION"])

# ---------------------------------------------------------------- h226e05 (en, md, SLA-MISSING + SLA-RESPONSE + AUTO-RENEWAL)
H226E05 = """T:API Subscription Agreement - ResiCert Pesticide-Residue Certificate Service
P:Agreement number: ARA-2025-HN-112
P:Between Alegranza Residue Analytics, S.L., a Spanish limited company whose registered seat is on the Isla de Alegranza, Teguise, Las Palmas, Canary Islands, Spain ("Vendor"), and Hunan Xiangla Chilli Export Co., Ltd., a company organised under the laws of the People's Republic of China, of 219 Furong Middle Road, Changsha, Hunan Province ("Customer").
P:Recitals. Customer exports dried chillies, chilli flakes and chilli sauce to the European Union, Japan, the Republic of Korea and the United States. Before each shipment it must show that residues of pesticides in the lot are below the maximum residue limits (MRLs) of the destination market. Vendor operates the ResiCert application programming interface (API), which compares laboratory results with current MRL tables and issues a pre-shipment residue compliance certificate. Customer wishes to subscribe to that API. At Customer's request, every fee in this Agreement is stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "API" means the ResiCert interface described in the Documentation, through which Customer submits lot data and laboratory results and receives certificates and MRL reports.
P:1.2 "Certificate" means the compliance certificate, in PDF and XML form, generated by the API for one lot and one destination market.
P:1.3 "Customer Data" means the lot numbers, grower and field records, laboratory reports, shipment details and any other data Customer submits to the API, and the Certificates generated from them.
P:1.4 "Documentation" means Vendor's API reference and user guide as updated from time to time.
P:1.5 "Initial Term" means 24 months from the Start Date, and "Start Date" means the date of the Onboarding Acceptance Certificate under Clause 4.
H:2. The Subscription
P:2.1 Vendor grants Customer a non-exclusive, non-transferable right during the term to access the API and to use the Certificates in its export business, including by sending them to buyers, customs agents and inspection bodies.
P:2.2 The subscription includes up to 6,000 Certificates per subscription year, the MRL tables of the EU, Japan, the Republic of Korea, the United States and the Codex Alimentarius, and updates of those tables within 10 working days after an official change is published.
P:2.3 Customer shall keep its API keys secure, is responsible for the accuracy of the laboratory results it submits, and shall use accredited laboratories for every lot it certifies.
P:2.4 Each Certificate carries a verification code that Customer's buyers can check on Vendor's website. Certificates above the annual allowance in Clause 2.2 are not charged separately during the Initial Term; if Customer regularly exceeds the allowance, the parties shall discuss a larger plan in good faith.
H:3. Fees and Payment
P:3.1 The fees are as follows:
TB:Item|Basis|Amount (CNY)
TB:Annual subscription fee|CNY 286,000 per subscription year x 2 years (Initial Term)|572,000
TB:Onboarding (integration with Customer's quality system, certificate templates, training)|one-off|36,000
TB:Total fees for the Initial Term||608,000
P:3.2 The subscription fee is invoiced quarterly in arrears, in eight instalments of CNY 71,500 each, at the end of each quarter of the Initial Term. The onboarding fee is invoiced after the Onboarding Acceptance Certificate has been signed. No amount is payable before the Start Date.
P:3.3 Invoices are payable within 30 days. The fees include all taxes payable in China by Vendor, and Vendor shall issue Chinese VAT invoices through its agent in Changsha.
H:4. Onboarding and Acceptance
P:4.1 Within 40 days after signature Vendor shall connect the API to Customer's quality-management system, set up certificate templates in Chinese and English with Customer's logo, load Customer's product list and train six quality staff.
P:4.2 The parties shall then carry out acceptance tests: (a) Certificates are generated correctly for 50 historic lots chosen by Customer, checked against a manual comparison with the MRL tables of each market; (b) a lot with one residue above the limit is flagged as non-compliant for the markets concerned; (c) the templates show all fields required by Customer's buyers in Schedule 1; and (d) lot data flows from the quality-management system without manual re-entry.
P:4.3 If the tests are passed, Customer signs an Onboarding Acceptance Certificate. Issuing Certificates during the tests does not count as acceptance.
P:4.4 If Vendor fails to complete onboarding within the period in Clause 4.1 for reasons attributable to it, Vendor shall pay Customer CNY 500 for each day of delay until the acceptance tests are passed.
H:5. Service and Support
P:5.1 Vendor will use commercially reasonable efforts to make the API available at all times, except for planned maintenance, which Vendor will try to schedule outside Customer's working hours.
P:5.2 Support is given by e-mail and through Vendor's ticket portal, in English or Spanish, during Vendor's business hours in Madrid. Vendor will endeavour to answer support requests promptly and to correct errors in the API within a reasonable time.
P:5.3 Vendor may change the API from time to time, provided that it gives Customer at least 60 days' notice of any change that requires Customer to change its integration.
P:5.4 Vendor publishes notices of planned maintenance and of known problems on its customer portal. Customer may nominate up to three contact persons who may open support tickets.
H:6. Customer Data
P:6.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the API and the support under this Agreement and for no other purpose.
P:6.2 Vendor shall not disclose Customer Data to any third party except the Hosting Provider under Clause 9, and shall return or delete it at Customer's choice within 30 days after the end of the Agreement.
H:7. Data Security
P:7.1 The API used by Customer runs on servers located in mainland China, operated for Vendor by Changsha Yunxiang Data Services Co., Ltd. (the "Hosting Provider"). Customer Data shall be stored and processed in mainland China only.
P:7.2 Vendor shall maintain, and ensure that the Hosting Provider maintains, ISO/IEC 27001 certified security management, encryption of Customer Data in transit and at rest, role-based access with multi-factor authentication and access logs kept for at least 180 days.
P:7.3 Vendor shall inform Customer of any security incident affecting Customer Data within 48 hours after discovering it, shall take immediate measures to contain it, and shall compensate Customer for losses caused by an incident resulting from a failure of Vendor or the Hosting Provider to comply with this Clause 7.
H:8. Intellectual Property
P:8.1 The API, the MRL database and the Documentation are and remain the property of Vendor.
P:8.2 The certificate templates, field mappings and integration scripts made for Customer during onboarding belong to Customer, which may use and modify them and have them used by others.
H:9. Subcontracting
P:9.1 Customer approves the Hosting Provider by signing this Agreement. Vendor shall not engage any other subcontractor to perform this Agreement without Customer's prior written consent and remains liable for the work of the Hosting Provider and any approved subcontractor.
H:10. Confidentiality
P:10.1 Each party shall keep secret the other party's non-public business information, including Customer's shipment volumes, buyers and laboratory results and Vendor's pricing and technical documentation, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of the Agreement.
H:11. Term, Renewal and Termination
P:11.1 This Agreement starts on signature and continues for the Initial Term.
P:11.2 At the end of the Initial Term and of each renewal term, the Agreement renews automatically for a further 24 months unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term.
P:11.3 Vendor may increase the subscription fee for any renewal term by notifying Customer in writing at least 60 days before the renewal takes effect. The increased fee applies from the start of the renewal term.
P:11.4 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after being notified of it. On termination by Customer under this Clause, Vendor shall refund fees paid for any period after termination.
H:12. Liability
P:12.1 Vendor does not guarantee that a shipment will be admitted by the authorities of the destination market; it is responsible for the correct comparison of the submitted results with the MRL tables in force.
P:12.2 Each party's total liability under this Agreement shall not exceed 150% of the total fees for the Initial Term. This limit does not apply to breach of Clauses 7 and 10 or to wilful misconduct.
H:13. Force Majeure
P:13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public telecommunications networks, provided it informs the other party without delay.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising from this Agreement shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final and binding.
H:15. Miscellaneous
P:15.1 Notices shall be given in writing to the addresses above, by courier or e-mail.
P:15.2 This Agreement may be amended only in writing signed by both parties. It is made in English; a Chinese translation is provided for reference only.
P:15.3 Neither party may assign this Agreement without the other party's prior written consent, which shall not be unreasonably withheld in the case of a transfer to an affiliate.
P:Signed for Vendor: ____________________ (name, title, date)
P:Signed for Customer: ____________________ (name, title, date)
"""
SOURCES["h226e05"] = H226E05
TARGETS["h226e05"] = ("h226e05_chilli_exporter_residue_certificate_api.md", "md")
SPECS["h226e05"] = dict(
    lang="en", category="cloud", kind="service", forum_mainland=True,
    sums=[([286000 * 2], 572000), ([572000, 36000], 608000), ([71500] * 8, 572000)],
    pcts=[], pct_base={},
    figures=["608,000", "572,000", "286,000", "71,500", "commercially reasonable efforts", "renews automatically",
             "increase the subscription fee", "CNY 500", "150%"],
    tco=None,
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=None, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=500 / 608000 * 100, liability_cap_pct=150, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC"),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=608000),
    plan=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]
HORIZON = 5


def tco(spec):
    """Policy §4: horizon 5 years from acceptance (= start of the warranty); contract value = purchase +
    implementation; post-warranty fee = fee base × pct per year after the warranty, partial year pro rata."""
    t = spec["tco"]
    if not t or spec["terms"]["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["base"] * t["fee_pct"] / 100 * years_after
    total = spec["extra"]["contract_value"] + fees
    return dict(total=total, fees=fees, share=fees / total * 100)


def apply_rules(spec):
    t, x, goods = spec["terms"], spec["extra"], spec["kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and t["sla_remedy"] is False:
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(spec)
        if c and c["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not spec["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if set(rules) & high:
        return "high"
    return "medium" if set(rules) - low else "low"


def label(key, spec):
    name = TARGETS[key][0]
    terms = {k: spec["terms"][k] for k in TERM_KEYS}
    terms["contract_kind"] = spec["kind"]
    x = spec["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if spec["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": name, "language": spec["lang"], "category": spec["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": apply_rules(spec)}


# ---------------------------------------------------------------- threshold scan
NUM_NO = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLDS = [
    ("availability 99.9", NUM_NO + r"99\.90*(?!\d)"),
    ("LD 0.05", NUM_NO + r"0\.050*(?!\d)"),
    ("LD 万分之五", r"万分之五(?!十)"),
    ("LD 0.5 per mille", r"千分之零点五|0\.5\s*‰"),
    ("30 %", NUM_NO + r"30(?:\.0+)?" + PCT), ("30 % zh", r"百分之三十(?![一二三四五六七八九点])|三成"),
    ("30 % en", r"\bthirty[\s-]+per\s*cent"),
    ("40 %", NUM_NO + r"40(?:\.0+)?" + PCT), ("40 % zh", r"百分之四十(?![一二三四五六七八九点])|四成"),
    ("40 % en", r"\bforty[\s-]+per\s*cent"),
    ("15 %", NUM_NO + r"15(?:\.0+)?" + PCT), ("15 % zh", r"(?<![一二三四五六七八九])百分之十五(?!点)"),
    ("15 % en", r"\bfifteen[\s-]+per\s*cent"),
    ("100 %", NUM_NO + r"100(?:\.0+)?" + PCT), ("100 % zh", r"百分之百|百分之一百(?![零一二三四五六七八九十点])"),
    ("100 % en", r"\bone\s+hundred[\s-]+per\s*cent"),
    ("4 hours", NUM_NO + r"4\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)"),
    ("4 hours zh", r"(?<![十\d])四\s*个?\s*小时"), ("4 hours en", r"\bfour[\s-]+hours?\b"),
    ("240 minutes", NUM_NO + r"240\s*(?:分钟|minutes)"),
    ("12 months", NUM_NO + r"12\s*-?\s*(?:个)?\s*(?:月|months?\b)"), ("12 months zh", r"(?<![二三四五六七八九])十二个月"),
    ("12 months en", r"\btwelve[\s-]+months?\b"), ("1 year zh", r"(?<![第每])一\s*年(?!级)|" + NUM_NO + r"1\s*年(?![级度])"),
    ("1 year en", r"\b(?:one|1)[\s-]+year\b|\ba\s+one-year\b"), ("365 days", NUM_NO + r"365\s*(?:日|天|days)"),
    ("5 years", NUM_NO + r"5\s*-?\s*(?:个)?\s*(?:年(?!度)|years?\b)"), ("5 years zh", r"(?<![十二三四六七八九〇零\d])五\s*年(?!度)"),
    ("5 years en", r"\bfive[\s-]+years?\b"), ("60 months", NUM_NO + r"60\s*-?\s*(?:个)?\s*(?:月|months?\b)|六十个月|\bsixty[\s-]+months?\b"),
]
THRESHOLD_RX = [(n, re.compile(p, re.I)) for n, p in THRESHOLDS]
SELF_TEST_HIT = ["可用率99.9%", "99.90 %", "0.05%", "万分之五", "30%", "30 per cent", "百分之三十", "thirty per cent",
                 "40%", "百分之四十", "15 %", "百分之十五", "fifteen percent", "100%", "百分之百", "4小时", "4 hours",
                 "four-hour", "四小时", "12个月", "十二个月", "12 months", "twelve-month", "一年", "one year", "五年",
                 "5 years", "five-year", "60个月", "240分钟", "4-hour", "1年"]
SELF_TEST_MISS = ["99.95%", "99.5%", "0.08%", "万分之三", "130%", "25%", "115%", "150%", "24小时", "二十四小时",
                  "24 hours", "14 hours", "18个月", "十八个月", "第一年", "每一年", "2025年", "二十五年", "2015年",
                  "3.5%", "1,500", "0.1%", "Clause 12", "24-month", "45 days", "20 minutes", "36个月", "一级故障"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", "", text)):
        for n, rx in THRESHOLD_RX:
            for m in rx.finditer(variant):
                hits.append((n, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in SELF_TEST_HIT:
        assert threshold_hits(s), ("regex misses", s)
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), ("regex false positive", s, threshold_hits(s))


# ---------------------------------------------------------------- read-back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def en_words(text):
    return len(re.findall(r"\S*[A-Za-z0-9]\S*", text))


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, kind) in TARGETS.items():
        if kind == "md":
            (OUT / name).write_text(render_md(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
        elif kind == "txt":
            (OUT / name).write_text(render_txt(SOURCES[key]), encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in TARGETS if TARGETS[k][1] in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    failures, summary = [], []
    for key, spec in SPECS.items():
        name = TARGETS[key][0]
        src = SOURCES[key]
        cv = spec["extra"]["contract_value"]
        for parts, total in spec["sums"]:
            assert sum(parts) == total, (key, parts, total)
        for p, amount in spec["pcts"]:
            assert cv * p / 100 == amount, (key, p, amount)
        if "pct_base_fee" in spec:
            p, base, fee = spec["pct_base_fee"]
            assert base * p / 100 == fee, (key, "fee", p)
        for p, base in spec["pct_base"].items():
            pass
        if spec["tco"]:
            t = spec["tco"]
            assert t["fee_pct"] == spec["terms"]["post_warranty_fee_pct"]
            assert t["warranty_months"] == spec["terms"]["warranty_months"]
        text = read_back(OUT / name)
        compact_src, compact_txt = re.sub(r"\s+", "", src), re.sub(r"\s+", "", text)
        for fig in spec["figures"] + ["{:,}".format(cv)]:
            f = re.sub(r"\s+", "", fig)
            if f not in compact_src or f not in compact_txt:
                failures.append((name, "figure missing", fig))
        rules = apply_rules(spec)
        if rules != sorted(spec["plan"]):
            failures.append((name, "rules differ from plan", rules, spec["plan"]))
        for v in (spec["terms"]["availability_pct"], spec["terms"]["p1_response_hours"],
                  spec["terms"]["ld_rate_per_day_pct"], spec["terms"]["liability_cap_pct"],
                  spec["terms"]["prepayment_pct"], spec["terms"]["warranty_months"],
                  spec["terms"]["post_warranty_fee_pct"]):
            assert v not in (99.9, 4, 0.05, 100, 30, 12, 15), (key, "label on a threshold", v)
        c = tco(spec)
        if c:
            assert abs(c["share"] - 40) > 0.5, (key, c)
        hits = threshold_hits(text)
        if hits:
            failures.append((name, "threshold value", hits))
        n_chars = len(text)
        n_words = en_words(text)
        if spec["lang"] == "zh":
            nonspace = len(re.sub(r"\s+", "", text))
            if not (2800 <= n_chars <= 3300 and 2800 <= nonspace <= 3300):
                failures.append((name, "length", n_chars, nonspace))
        elif not (1500 <= n_words <= 1700 and 1500 <= len(text.split()) <= 1700):
            failures.append((name, "words", n_words, len(text.split())))
        lab = label(key, spec)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        summary.append((name, spec["lang"], n_chars, len(re.sub(r"\s+", "", text)), n_words, len(text.split()), risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                        "" if not c else "TCO %.0f share %.2f%%" % (c["total"], c["share"])))
    for s in summary:
        print(*s, sep="  ")
    fired = sorted({r for k, s in SPECS.items() for r in apply_rules(s)})
    print("rules fired across the set:", len(fired), fired)
    if failures:
        for f in failures:
            print("FAIL", f)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
