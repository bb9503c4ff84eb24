"""holdout262: ten ordinary draft contracts + labels, written blind from policy.md / API.md.

Every contract is kept below as a small markup (T: title, H: heading, P: paragraph, TB: table row, cells split by |).
.docx / .pdf are built with ../word_pdf.py (wrap_words=True); .md / .txt are rendered from the same markup.
Run: /work/main/.venv/bin/python make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}


def render(src, kind):
    out, first_row = [], True
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag != "TB":
            first_row = True
        if tag == "T":
            out.append(("# " if kind == "md" else "") + text)
        elif tag == "H":
            out.append(("## " if kind == "md" else "") + text)
        elif tag == "TB":
            cells = text.split("|")
            if kind == "md":
                out.append("| " + " | ".join(cells) + " |")
                if first_row:
                    out.append("|" + "---|" * len(cells))
            else:
                out.append(" | ".join(cells))
            first_row = False
            continue
        else:
            out.append(text)
        out.append("")
    return "\n".join(out).strip() + "\n"

SRC["h262z01"] = """T:滨江市巡游出租汽车和网络预约出租汽车监管服务平台建设项目合同
P:合同编号：BJJT-ZFCG-2027-0318
P:采购项目编号：BJCG2027-GK-0142（公开招标）
P:甲方（采购人）：滨江市交通运输局
P:住所：滨江市东湖路88号
P:乙方（供应商）：浙江行衡智能交通科技有限公司
P:住所：杭州市滨江区江虹路1760号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就滨江市巡游出租汽车和网络预约出租汽车监管服务平台（以下简称"监管平台"）的软件许可、定制开发、部署实施及培训事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供监管平台软件许可一套（含运政业务管理、车辆动态监控、网约车合规审核、信用考核、投诉处置、统计分析六个子系统），授权甲方在本市交通运输行业内永久使用，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：与部级网约车监管信息交互平台的数据对接、与本市各网约车平台公司的订单及轨迹数据接入、巡游车计价器及车载视频数据接入、与市信用平台和12328服务热线的接口，以及执法案件移送功能。
P:1.3 乙方负责在甲方政务云资源上完成部署、联调、数据初始化和试运行，并对甲方及执法支队人员进行操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾叁万元整（¥2,230,000.00），为固定总价，已包含软件许可、开发、实施、培训、差旅、税费及质保期内全部服务费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|监管平台软件许可（六个子系统）|1,160,000
TB:2|定制开发（部级平台对接、网约车数据接入、计价器及视频接入、信用与热线接口、执法移送）|836,000
TB:3|部署实施及数据初始化|188,000
TB:4|操作培训|46,000
TB:合计||2,230,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%，即¥446,000，作为预付款。
P:3.2 监管平台通过初步验收且乙方提交初验报告后，甲方支付合同总价的45%，即¥1,003,500。
P:3.3 监管平台通过最终验收后，甲方支付合同总价的35%，即¥780,500。
P:3.4 甲方通过国库集中支付系统付款。乙方开户银行及账号以乙方书面确认为准，变更时应提前书面通知甲方。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后九十日内完成开发、部署并提交初验申请，在初验通过后三个月试运行期满时提交终验申请。
P:4.2 乙方交付物包括：软件安装介质及许可文件、定制开发部分的全部源代码、数据库设计说明、接口规范、部署手册、运维手册、用户手册及培训材料。
P:4.3 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员不得擅自更换；确需更换的，应提前十日书面报甲方同意，接替人员资历不得低于原人员。乙方每周向甲方提交项目周报，说明进度、问题及风险。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；部级平台数据交互连续十日无中断、无积压；接入的网约车平台订单数据与平台公司报送数据逐条比对一致；300个并发用户下常用查询响应时间不超过3秒；通过第三方软件测评机构的功能和安全测试。
P:5.2 最终验收标准：试运行期间未发生一级故障；初验遗留问题全部整改完毕；全部交付物齐备；系统通过网络安全等级保护第三级测评。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。系统上线运行、甲方使用系统或甲方支付任何款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，监管平台核心业务（车辆动态监控、网约车合规审核）月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，并安排在夜间进行。
P:6.2 故障分级及响应：一级故障（核心业务中断或数据对接中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内解决；三级故障（一般问题）在下一工作日内解决。
P:6.3 乙方一级故障响应或恢复每超时1小时，甲方有权扣除服务费¥1,000；月可用率每低于承诺值0.01个百分点，扣除¥2,000，从质保金或后续应付款中扣除。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、政策性功能调整和远程及现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可价格的9%，即每年不超过¥104,400，质保期满后三年内不得上调。维护服务需双方另行签订书面合同，不自动续期。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权仍归乙方，乙方授予甲方的使用许可为永久、不可撤销的许可。
P:8.2 定制开发部分（含源代码、接口程序、数据库设计及相关文档）的知识产权归甲方所有，甲方可以自行或委托第三方修改、使用和再开发，乙方不得向第三方提供。
P:8.3 乙方保证其提供的软件不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 监管平台中的全部数据，包括驾驶员及车辆信息、订单和轨迹数据、乘客投诉信息，均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内处理，不得复制、留存或用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，运维访问须经甲方审批并通过堡垒机进行，敏感个人信息加密存储、脱敏展示，操作日志留存不少于六个月。
P:9.3 发生数据泄露、篡改或丢失等安全事件，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，应按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统未通过验收的，应在甲方指定期限内整改；第二次验收仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市交通运输局　　　乙方（盖章）：浙江行衡智能交通科技有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2027年3月18日
"""

SRC["h262z02"] = """T:废水在线监测系统采购及安装合同
P:合同编号：QY-HB-2027-027
P:甲方（买方）：绍兴清漪印染有限公司
P:地址：绍兴市柯桥区滨海工业区印染路9号
P:乙方（卖方）：杭州澄源环境监测技术有限公司
P:地址：杭州市余杭区良渚街道好运路156号
P:鉴于甲方须按排污许可证及地方生态环境主管部门的要求，在废水总排口和污水处理站进口安装水污染源在线监测设备并与监管平台联网，乙方具备相应的产品和安装能力，双方经友好协商，就甲方废水在线监测系统的供货、安装、调试、联网、验收及后续维保事宜达成如下协议。
H:第一条 供货范围与价格
P:1.1 乙方提供的设备、软件及服务清单和价格如下（人民币，含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|COD在线自动监测仪|2台|168,000|336,000
TB:2|氨氮在线自动监测仪|2台|152,000|304,000
TB:3|总磷总氮一体化在线监测仪|1台|236,000|236,000
TB:4|pH及水温在线监测仪|2套|18,000|36,000
TB:5|超声波明渠流量计|2套|42,000|84,000
TB:6|数据采集传输仪|2台|35,000|70,000
TB:7|废水在线监测管理平台软件（含与生态环境局平台对接）|1套|220,000|220,000
TB:|设备及软件小计|||1,286,000
TB:8|站房改造、安装调试及联网||148,000|148,000
TB:9|比对监测配合及验收||58,000|58,000
TB:10|操作培训||18,000|18,000
TB:|合同总价|||1,510,000
P:1.2 合同总价为人民币壹佰伍拾壹万元整，包含设备、软件、运输、保险、安装、调试、联网、培训及税费。
H:第二条 付款
P:2.1 合同生效后十个工作日内，甲方支付合同总价的20%，即302,000元，作为预付款。
P:2.2 全部设备到货并安装完毕、乙方提交安装记录后十个工作日内，甲方支付合同总价的45%，即679,500元。设备到货签收和安装完毕仅表示数量和外观无误，不构成质量验收。
P:2.3 系统通过第四条所述验收后十个工作日内，甲方支付合同总价的35%，即528,500元。
P:2.4 乙方每次收款前应向甲方开具合法有效的增值税专用发票。
H:第三条 交货与安装
P:3.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区指定站房，并在到货后二十日内完成安装调试，设备安装应符合HJ 353和HJ 354的技术要求。
P:3.2 乙方负责站房内采样管路、预处理单元、留样器、电气及防雷接地的改造，改造方案须经甲方环保负责人确认后实施。
P:3.3 乙方应完成数据采集传输仪与市生态环境局污染源自动监控平台的联网，确保实时数据、小时均值和日均值按规定格式上传。
P:3.4 乙方应对甲方环保专员及污水站操作人员进行不少于三天的培训，内容包括仪表原理、日常巡检、试剂更换、标液核查、异常数据识别和记录填写，培训结束后进行考核。
P:3.5 乙方应随设备提供一年用量的常用备品备件清单和报价，并保证设备停产后八年内继续供应备件。
H:第四条 验收
P:4.1 系统安装调试后连续试运行七十二小时无故障，方可申请验收。
P:4.2 验收标准：各监测仪表的示值误差、重复性和零点漂移符合HJ 355的要求；由有资质的第三方监测机构开展比对监测，实际水样比对结果合格；联网数据与现场仪表读数一致；管理平台各项功能按技术协议实现；全部资料（说明书、合格证、计量证书、安装记录、操作规程）齐全。
P:4.3 验收由甲方组织，乙方配合，验收合格后双方签署验收报告，并报生态环境主管部门备案。未经甲方签署验收报告的，不论设备是否已经运行，均不视为验收合格。
H:第五条 质量保证
P:5.1 质保期为十八个月，自验收合格之日起计算。质保期内因设备质量问题产生的维修、更换零部件及上门服务均由乙方免费负责，试剂和易耗品除外。
P:5.2 质保期内乙方每月至少上门巡检一次，按规范进行校准、清洗和维护，并填写运维记录。
H:第六条 故障响应
P:6.1 一级故障（监测数据中断、数据明显失真或可能导致超标误报）：乙方接到甲方通知后6小时内响应，24小时内到达现场并排除故障；二级故障（单台仪表异常但数据仍可上传）：乙方在24小时内响应，48小时内排除。
P:6.2 乙方未按上述时限响应或到场的，每超时1小时，甲方有权从应付款或质保期满后的维保费中扣除500元。
P:6.3 因设备故障导致数据缺失的，乙方应协助甲方向主管部门报告并说明原因，按规定进行数据补遗和标记。
P:6.4 乙方应在甲方厂区或柯桥区内设立服务网点并常备关键备件，服务人员持有在线监测运维相关培训证书，更换服务人员应提前告知甲方。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方继续为甲方提供年度维保服务，内容包括定期巡检、校准、比对、故障维修、备件更换（不含试剂）以及平台软件升级。
P:7.2 年度维保费按设备及软件小计的16.5%计取，即每年212,190元，质保期满后三年内固定不变，每年度开始前一次性支付。
P:7.3 维保合同期满，双方可另行协商续签，不自动续期。
H:第八条 知识产权
P:8.1 乙方为甲方定制的报表、数据接口和平台配置的知识产权归甲方所有，甲方可以自行修改或交由第三方使用。仪表嵌入式软件和平台基础软件的知识产权归乙方，甲方享有永久使用权。
H:第九条 数据安全与保密
P:9.1 监测数据、生产及排放数据均属于甲方所有，乙方仅为履行本合同使用，不得向第三方提供，也不得用于其他目的。
P:9.2 乙方远程维护须经甲方同意并使用甲方指定的账户，乙方应采取访问控制、数据加密传输等安全措施，防止数据被篡改或泄露；乙方不得擅自修改仪表参数或数据。
P:9.3 因乙方原因导致数据被篡改、泄露或丢失的，乙方应在2小时内通知甲方，并承担由此造成的全部损失，包括甲方因此受到的行政处罚。
P:9.4 双方对履行本合同中获悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任，并赔偿对方因此遭受的实际损失。
P:10.2 乙方延迟交货或延迟完成安装调试的，应及时向甲方说明原因并加快进度。
P:10.3 设备质量不符合约定的，乙方应负责更换或修理，由此产生的费用由乙方承担。
H:第十一条 分包
P:11.1 站房土建改造如需分包，乙方须事先取得甲方书面同意，并对分包方的工作质量和安全承担全部责任。除此之外，乙方不得分包本合同项下工作。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应退还相应款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 技术协议、设备清单和乙方投标文件为本合同附件，与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：绍兴清漪印染有限公司（盖章）　　　乙方：杭州澄源环境监测技术有限公司（盖章）
P:代表签字：__________　　　代表签字：__________
P:日期：2027年4月6日
"""

SRC["h262z03"] = """T:门店收银及会员管理云服务协议
P:协议编号：YB-SaaS-2027-112
P:客户（甲方）：湖南贝亲优选母婴连锁有限公司
P:服务商（乙方）：长沙云铺数字科技有限公司
P:甲方在湖南、江西两省经营120家母婴门店，拟统一使用乙方的"云铺"门店收银（POS）与会员管理云服务，替换各门店现有的单机收银系统。双方经协商，订立本协议。
H:一、服务内容
P:（一）乙方通过其云平台向甲方提供以下订阅服务：门店收银、商品与库存、会员积分与储值、营销券、导购业绩、总部报表，以及会员营销模块（含小程序商城对接和短信触达）。
P:（二）乙方提供一次性实施服务：120家门店的系统配置、商品及会员历史数据迁移、收银硬件联调、支付通道对接、店长及收银员培训、上线陪跑。
P:（三）乙方提供的收银终端适配清单见附件一，甲方自行采购收银硬件。
H:二、服务期限与续期
P:（一）订阅服务期限为三年，自全部门店上线验收之日起算。
P:（二）服务期满前三十日内，任何一方未书面提出不续期的，本协议自动续期一年，续期次数不限。
P:（三）每次续期时，乙方有权根据其成本及产品升级情况上调订阅单价，每次上调幅度不超过8%，并于续期前以系统公告方式通知甲方，甲方继续使用即视为接受新价格。
H:三、费用与支付
P:（一）费用明细如下：
TB:项目|计费方式|年费用（元）|三年合计（元）
TB:门店收银及会员管理订阅|2,160元/店/年 × 120店|259,200|777,600
TB:会员营销模块|按年|86,400|259,200
TB:订阅费合计||345,600|1,036,800
TB:实施服务（一次性）|固定价||138,000
TB:历史数据迁移（一次性）|固定价||24,000
TB:协议总价|||1,198,800
P:（二）订阅费按季度支付，每季度86,400元，于每季度结束后十五个工作日内凭乙方发票支付。乙方不收取任何预付款。
P:（三）实施服务费和数据迁移费在全部门店上线验收合格后一次性支付。
P:（四）新增门店按上表单价按月折算计费，关闭门店自次月起停止计费。
H:四、实施与验收
P:（一）乙方应在协议签订后六十日内完成首批20家试点门店上线，试点验收合格后九十日内完成其余门店上线。
P:（二）上线验收标准：收银、退换货、会员积分、储值和券核销业务在门店真实交易中连续运行十日无一级故障；迁移后的会员数量、积分和储值余额与旧系统核对一致；收银单笔结算时间不超过2秒；总部报表与门店日结数据一致。
P:（三）甲方按批次签署验收单。门店开始使用系统收银不等于验收合格。
P:（四）因乙方原因上线延期的，每延期一日，乙方向甲方支付违约金800元。
H:五、服务水平
P:（一）乙方保证收银和会员服务的月可用率不低于99.5%，计划内维护须安排在凌晨1点至6点之间并提前三天通知。
P:（二）一级故障（多家门店无法收银或会员无法核销）：乙方30分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）：2小时内响应，当日解决；其他问题：三个工作日内解决。
P:（三）乙方应提供离线收银功能，网络中断时门店可继续收银并在恢复后自动同步。
P:（四）月可用率低于承诺值的，乙方按当月订阅费的5%至20%减免服务费；一级故障恢复每超时1小时，减免当月订阅费的1%。
P:（五）乙方提供7×24小时热线及在线客服，门店店长可通过管理后台提交工单并查看处理进度；乙方每月向甲方总部提交服务报告，列明可用率、故障记录、工单处理时长及改进措施。
P:（六）乙方每季度组织一次线上培训，内容包括新功能说明、会员营销玩法和常见问题，并为甲方新开门店提供上线前的远程培训和配置支持。
H:五之一、甲方的义务
P:（一）甲方负责各门店的网络接入、收银硬件、电力保障和门店人员管理，并指定总部信息部一名负责人作为本协议联系人。
P:（二）甲方应按乙方提供的数据模板整理商品、会员和储值历史数据，并对数据的真实性负责；甲方应按时确认各批次的上线验收结果，无正当理由不得拖延。
P:（三）甲方应妥善保管管理员账号和密码，门店人员离职时及时停用其账号；因甲方账号管理不当造成的损失由甲方自行承担。
P:（四）甲方使用支付通道所发生的手续费按甲方与支付机构的约定结算，不包含在本协议价款中。
H:六、数据
P:（一）甲方的商品、交易、会员及储值数据归甲方所有。
P:（二）乙方可对甲方会员的消费数据进行脱敏和汇总处理，用于乙方母婴行业消费趋势分析报告、产品改进及向其他客户提供的行业对标服务，该使用权在本协议终止后继续有效。
P:（三）数据安全：乙方应按照网络安全等级保护第三级要求运营平台，会员个人信息加密存储，后台操作留存日志，员工按最小权限访问。发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
P:（四）协议终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据并出具删除证明。
P:（五）乙方应配合甲方接受监管部门对个人信息保护的检查，并每年向甲方提供一次平台安全测评或渗透测试结论摘要。会员个人信息仅存储于境内数据中心，不得向境外传输。
H:七、知识产权
P:（一）云铺平台的知识产权归乙方所有。
P:（二）乙方为甲方定制的报表、小程序页面、营销规则和接口配置归甲方所有，甲方可自行修改或交由其他服务商使用。
H:八、保密
P:甲乙双方对在合作中获知的对方商业信息（包括价格、供应商、会员规模和经营数据）承担保密义务，未经对方书面同意不得向第三方披露，本条在协议终止后三年内有效。
H:九、分包
P:乙方不得将实施服务分包给第三方，但经甲方书面同意的除外。乙方使用的公有云基础设施服务商在附件二中列明，更换须事先征得甲方书面同意。
H:十、违约与解除
P:（一）任何一方违反本协议，应赔偿对方因此遭受的损失。
P:（二）乙方连续两个月未达到服务水平承诺，或发生严重违约经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本协议。
P:（三）本协议解除或终止的，甲方应支付截至终止日已实际使用的订阅费，已支付但未使用期间的费用由乙方按日退还。乙方应在终止后提供不少于六十日的过渡支持，保证门店在切换到新系统前能够正常收银，过渡期内按原单价按月计费。
H:十之一、不可抗力
P:因地震、洪水、疫情防控措施、公共网络大面积中断等不可抗力导致一方不能履行的，该方应及时通知对方并在十五日内提供证明，在影响范围内免除责任，但应尽力减少损失。乙方云平台所在机房的一般性故障、乙方基础设施服务商的故障不属于不可抗力。不可抗力持续超过六十日的，任何一方可书面通知解除本协议。
H:十一、法律适用与争议解决
P:本协议适用中华人民共和国法律。因本协议产生的争议，双方协商不成的，提交长沙仲裁委员会仲裁。
H:十二、其他
P:本协议附件（终端适配清单、基础设施服务商清单、服务说明）为本协议组成部分。本协议一式两份，自双方盖章之日起生效。
P:甲方：湖南贝亲优选母婴连锁有限公司（盖章）
P:乙方：长沙云铺数字科技有限公司（盖章）
P:签署日期：2027年5月10日
"""

SRC["h262z04"] = """T:云溪区退役军人服务信息系统2027年度运行维护服务合同
P:项目编号：YXCG-2027-CS-0056（竞争性磋商）
P:甲方：云溪区退役军人事务局
P:乙方：岳阳启程信息技术服务有限公司
P:根据云溪区退役军人服务信息系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，为保障区退役军人服务中心、各街道（乡镇）服务站使用的服务信息系统安全稳定运行，甲乙双方经协商一致，签订本合同。
H:一、服务范围
P:（一）运维对象：退役军人信息采集与管理、优抚待遇发放、帮扶援助、就业创业服务、褒扬纪念、信访接待六个业务子系统，以及系统所依托的数据库、中间件、应用服务器、门户网站和移动端服务程序。
P:（二）服务内容：驻场运维、应用系统运维（缺陷修复、小规模功能调整、报表维护）、数据库及中间件运维（备份、巡检、性能优化）、安全巡检与等级保护测评配合、应急演练。
P:（三）服务期限：自2027年1月1日起至2027年12月31日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。
H:二、服务费用
P:（一）本合同总价为人民币伍拾陆万元整（¥560,000），为固定总价，包括人员、工具、差旅、税费等全部费用。
P:（二）费用构成：驻场运维服务264,000元；应用系统运维148,000元；数据库及中间件运维76,000元；安全巡检与等保测评配合58,000元；应急演练14,000元。
P:（三）服务费按季度支付，每季度140,000元。乙方每季度结束后提交季度运维报告，经甲方按第五条考核确认后，甲方在十五个工作日内支付该季度费用。本合同不设预付款。
H:三、人员配备
P:（一）乙方派驻两名运维工程师在区退役军人服务中心现场工作，工作时间与甲方一致，节假日安排值班。驻场人员应具备三年以上政务系统运维经验，须经甲方面试确认。
P:（二）乙方应在合同生效后五个工作日内完成人员进场和运维交接。乙方逾期进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（三）驻场人员更换须提前十日书面征得甲方同意；甲方认为驻场人员不称职的，有权要求乙方在七日内更换。
H:四、服务水平
P:（一）系统核心业务（信息采集、待遇发放）在工作时间内的月可用率不低于99.95%。
P:（二）故障分级与响应：一级故障（核心业务中断、待遇发放数据异常、安全事件）15分钟内响应，1小时内到场，6小时内恢复；二级故障（单个子系统部分功能异常）30分钟内响应，8小时内解决；三级故障（一般咨询和报表需求）两个工作日内办结。
P:（三）乙方每日巡检并记录，每周完成数据库全量备份核验，每月提交巡检报告，每季度完成一次备份恢复演练。
P:（四）一级故障响应或恢复每超时1小时，扣减当季服务费1,000元；月可用率每低于承诺值0.01个百分点，扣减当季服务费800元；扣减额在当季付款中直接扣除。
P:（五）在清明节、八一建军节、烈士纪念日等重要时间节点及集中发放待遇期间，乙方应提前制定保障方案，增派一名工程师现场值守，并在活动前两日完成全面巡检和应急预案演练，保障期间的额外人力不另行收费。
P:（六）乙方应建立运维工单台账，对每一个故障和服务请求记录受理时间、处理过程、处理人和办结时间，台账按月报送甲方，作为季度考核依据。
H:四之一、运维交接与甲方配合
P:（一）合同生效后，乙方应与上一服务期的运维单位完成交接，核对系统清单、账号权限、配置资料、备份介质和遗留问题清单，交接记录由三方签字确认。交接中发现的遗留问题，乙方应在十五个工作日内提出处理方案。
P:（二）甲方为驻场人员提供办公场所、网络接入和必要的系统访问权限，指定信息化专员负责日常对接，并及时组织对需求变更和故障处理结果的确认。
P:（三）系统功能调整单项工作量超过十个人日的，双方另行协商，乙方应先提交工作量评估，经甲方书面确认后实施，未经确认的工作甲方不承担费用。
H:五、考核与验收
P:（一）季度考核：甲方按照附件《运维服务考核表》对故障处理时效、巡检完成率、备份核验记录、工单办结率和用户满意度进行评分，满分100分，85分以上足额支付，低于85分的按考核表规定比例扣减。
P:（二）年度验收：服务期满前，甲方组织对全年运维工作进行验收，验收内容包括全年服务水平达成情况、运维文档和配置资料的完整移交、账号权限交回及知识转移。验收合格后甲方出具书面验收意见，第四季度费用在年度验收合格后支付。
H:六、数据安全
P:（一）系统中的退役军人个人信息、优抚待遇数据及业务数据均属甲方所有。乙方及其人员仅可为履行本合同在授权范围内访问，不得下载、复制、留存或向任何第三方提供，不得用于其他任何目的。
P:（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求：运维操作一律通过甲方堡垒机进行并全程审计，严禁使用个人设备接入业务网络，测试使用甲方提供的脱敏数据。
P:（三）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。
H:七、保密
P:乙方及其人员对履行合同中知悉的国家秘密、工作秘密、个人信息及甲方其他非公开信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。
H:八、成果归属
P:乙方在服务期内形成的运维文档、配置基线、脚本、报表和功能调整成果，其知识产权归甲方所有，乙方应在年度验收时完整移交，甲方可自由使用和修改，并可交由后续服务商使用。
H:九、转包与分包
P:乙方不得将本合同项下服务转包或分包给任何第三方。
H:十、违约责任与合同解除
P:（一）乙方连续两个季度考核低于70分，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:（二）合同解除的，甲方按实际服务期间和考核结果结算费用。乙方应配合甲方完成运维交接，交接期不少于十五日。
P:（三）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二支付违约金。
H:十之一、廉洁与安全生产
P:（一）乙方及其人员不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益，发现违反的，甲方有权解除合同并依法追究责任。
P:（二）驻场人员应遵守甲方的考勤、保密、出入登记和办公安全管理制度，因乙方人员过错造成甲方设备损坏的，由乙方照价赔偿。乙方应为驻场人员依法缴纳社会保险，人员的劳动关系、工资和福利由乙方负责，与甲方无关。
H:十一、法律适用与争议解决
P:本合同适用中华人民共和国法律。合同履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十二、其他
P:（一）磋商文件、响应文件、成交通知书、运维服务考核表为本合同附件，与本合同具有同等效力。
P:（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方：云溪区退役军人事务局（盖章）
P:乙方：岳阳启程信息技术服务有限公司（盖章）
P:签订日期：2026年12月20日
"""

SRC["h262z05"] = """T:智造云MES系统软件许可及实施合同（标准文本 V5.0）
P:本文本由苏州智造云软件有限公司提供，版本号ZZY-HT-V5.0，适用于智造云MES系统的软件许可、定制开发及实施项目。
P:合同编号：ZZY-2027-0615
P:甲方：嘉兴五芳粽香食品有限公司
P:乙方：苏州智造云软件有限公司
P:甲方拟在其粽子生产基地（浸米、拌料、包制、蒸煮、冷却、真空包装、杀菌、装箱八道工序）建设生产执行系统，乙方为智造云MES系统的著作权人。双方根据《中华人民共和国民法典》，就系统许可、定制开发及实施事宜订立本合同。
H:第1条 合同标的
P:1.1 乙方授予甲方智造云MES系统（食品行业版）软件使用许可，包括生产计划排程、工单管理、物料追溯、质量检验、设备管理和能耗管理模块，许可范围为甲方嘉兴生产基地，永久使用，50个并发用户。
P:1.2 乙方按甲方需求进行定制开发：蒸煮及杀菌工艺参数监控与批次放行、粽叶及糯米原料批次到成品的正反向追溯、称重包装线及金属检测机数据对接、与甲方ERP系统（物料、工单、入库）的接口、食品安全追溯码赋码对接。
P:1.3 乙方负责系统部署、基础数据初始化、设备数据采集对接、用户培训和上线支持。
H:第2条 合同价款
P:2.1 合同总价为人民币壹佰肆拾叁万元整（¥1,430,000），明细如下：
TB:项目|内容|金额（元）
TB:软件许可|智造云MES食品行业版，六个标准模块|620,000
TB:定制开发|工艺监控与放行、追溯、称重及金检对接、ERP接口、赋码对接|540,000
TB:设备数采对接|蒸煮柜、杀菌釜、包装线共32台设备|176,000
TB:实施服务|部署、初始化、培训、上线支持|94,000
TB:合计||1,430,000
H:第3条 付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即715,000元。
P:3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即643,500元。
P:3.3 系统上线运行满三个月后五个工作日内，甲方支付合同总价的5%，即71,500元。
P:3.4 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。
H:第4条 实施与上线
P:4.1 乙方在收到首期款后开始实施，计划在一百二十日内完成上线。甲方应按乙方要求及时提供需求、基础数据、现场条件及设备接口资料，因甲方原因导致的延误，工期相应顺延。
P:4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
P:4.3 甲方应指定项目负责人和各车间关键用户，配合乙方开展需求调研、蓝图确认、数据准备和上线切换。甲方在蓝图确认后提出的需求变更，乙方将另行评估工作量并报价，由甲方另行支付费用，工期相应顺延。
P:4.4 甲方应自行准备服务器、数据库、操作系统、网络及工业交换机等运行环境，并保证设备厂商开放数据接口；因设备不具备通讯条件而无法采集的，乙方不承担责任。
P:4.5 乙方为甲方关键用户提供两次集中培训，并为车间班组长提供一次现场操作培训，培训教材以电子文档形式提供。
H:第5条 验收
P:5.1 系统部署完成并在甲方生产环境上线运行，即视为甲方验收合格。
P:5.2 甲方在上线后提出的修改意见，乙方将根据情况在后续版本中予以考虑。
H:第6条 售后服务
P:6.1 乙方提供六个月的免费维护期，自系统上线之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。
P:6.2 系统故障分级：一级故障（生产工单无法下达或追溯数据无法记录）乙方在12小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。
P:6.3 乙方将尽力在合理时间内解决故障，但不承担因故障导致的停产、扣款、赔偿或违约金责任。
P:6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的维护服务价格标准购买年度维护服务，具体价格以乙方报价为准。
P:6.5 乙方发布的标准版本升级包，甲方可在免费维护期内免费获取；免费维护期满后未购买维护服务的，甲方不得获取升级包，乙方亦不再负责系统与新版操作系统、数据库或设备固件的兼容。定制开发部分的升级适配另行收费。
H:第7条 知识产权
P:7.1 智造云MES系统及其全部组件的知识产权归乙方所有。
P:7.2 乙方为本项目完成的定制开发成果（包括工艺监控程序、追溯模型、设备采集驱动、接口程序及其源代码和文档）的知识产权均归乙方所有，乙方授予甲方在许可范围内的非独占使用权。甲方不得修改、反编译或交由第三方维护，乙方有权将上述成果用于其他客户项目。
H:第8条 数据
P:8.1 乙方应对甲方提供的数据采取必要的安全保护措施，包括账号权限控制、数据库定期备份和传输加密。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。
P:8.2 甲方同意，乙方可以对系统运行中产生的生产工艺参数、设备运行数据和质量检验数据进行脱敏处理后，用于乙方食品行业工艺模型的训练、产品优化和行业案例展示。
P:8.3 乙方有权在甲方同意的时间通过远程方式登录甲方系统进行维护、升级和问题排查，甲方应提供必要的远程访问条件。
P:8.4 系统中的生产数据由甲方负责备份；甲方未按乙方建议进行备份而导致数据丢失的，乙方不承担责任。
H:第9条 保密
P:双方应对在合作过程中获知的对方技术秘密和经营信息保密，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。
H:第10条 分包
P:乙方有权根据项目需要，将设备数采对接、现场布线等部分工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作进行管理。
H:第11条 责任限制
P:11.1 任何情况下，乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的25%。
P:11.2 乙方不承担任何间接损失、利润损失、产品召回损失或生产停顿损失。
H:第12条 合同解除
P:12.1 一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。
P:12.2 合同解除的，甲方应支付乙方已完成工作的费用，已交付的软件许可不予退还。
H:第12条之一 不可抗力
P:因不可抗力（包括但不限于自然灾害、疫情、政府行为、电力或网络中断、第三方云服务故障）导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。
H:第12条之二 通知
P:双方的通知以本合同首页所列地址、电子邮箱送达。乙方通过其客户服务系统发布的公告，自发布之日起视为已通知甲方。
H:第13条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。
H:第14条 其他
P:13.2 诉讼期间，本合同不涉及争议的部分应继续履行，但甲方未按约定付款的，乙方有权暂停实施和维护服务。
P:14.1 本合同未尽事宜，以乙方《智造云软件产品服务说明》为准。
P:14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：嘉兴五芳粽香食品有限公司　　　乙方（盖章）：苏州智造云软件有限公司
P:授权代表：__________　　　授权代表：__________
P:日期：2027年6月15日
"""

SRC["h262e01"] = """T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT (Kiln Firing-Curve Control Software)
P:Agreement No. FS-LQ-2027-044
P:This Agreement is made between Longquan Qingci Heritage Kiln Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at No. 18 Dayao Road, Xiaomei Town, Longquan, Zhejiang Province (the "Customer"), and Fornace Sistemi S.r.l., a company organised under the laws of Italy with its registered office at Via del Faro 3, Isola di San Nicola, Isole Tremiti (FG), Italy (the "Vendor").
H:Background
P:(A) The Customer produces Longquan celadon ware in six gas-fired shuttle kilns and two electric test kilns, and wishes to replace manual firing records with software that designs, runs and records firing curves, controls the reduction atmosphere and keeps a complete record of every firing.
P:(B) The Vendor develops the FornaceCurve software suite and has offered to license it to the Customer, to integrate it with the Customer's kilns and to train the Customer's kiln masters.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Licensed Software" means the FornaceCurve Kiln Controller module and the FornaceCurve Studio designer module, in object code, with their documentation and all updates provided under this Agreement.
P:1.2 "Custom Work" means everything the Vendor creates specifically for the Customer under this Agreement, including the firing-curve templates for the Customer's glazes, the thermocouple and oxygen-probe mapping for each kiln, the integration scripts for the kiln burners and the reports.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Clause 5.3 that the Licensed Software and the Custom Work meet the acceptance criteria.
P:1.4 "Customer Data" means all data entered into or produced by the Licensed Software at the Customer's site, including firing curves, temperature and atmosphere logs, glaze recipes, batch records and photographs of fired ware.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its Longquan site for its own business, on the number of kilns and workstations stated in Schedule 1.
P:2.2 The Customer may make backup copies and may move a licence to a replacement kiln controller on written notice to the Vendor, without charge.
P:2.3 The Licensed Software remains the property of the Vendor and its licensors.
H:3. Price
P:3.1 The total price of this Agreement is CNY 1,380,000 (the "Contract Price"), made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FornaceCurve Kiln Controller perpetual licence|6|158,000|948,000
TB:FornaceCurve Studio designer perpetual licence|4|63,000|252,000
TB:Licence Subtotal|||1,200,000
TB:Kiln integration, curve templates and data migration|1|146,000|146,000
TB:Training of kiln masters and operators|1|34,000|34,000
TB:Contract Price|||1,380,000
P:3.2 The Contract Price is fixed and includes all taxes, travel, shipping of any interface hardware and all work described in Schedule 2.
H:4. Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 276,000) within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45% (CNY 621,000) within 30 days after the Installation Certificate is signed; (c) 35% (CNY 483,000) within 30 days after Final Acceptance.
P:4.2 The Installation Certificate only confirms that the Licensed Software has been installed on every kiln controller and workstation; it is not an acceptance of the Licensed Software or the Custom Work.
P:4.3 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 120 days after signature.
P:5.2 Acceptance tests shall show that: (a) each of the six gas kilns follows a test curve within plus or minus 5 degrees Celsius between 600 and 1,300 degrees Celsius; (b) the oxygen-probe readings drive the reduction stage as specified in Schedule 2; (c) ten consecutive production firings per kiln are fully recorded without data gaps; (d) the reports in Schedule 2 are produced correctly; and (e) all documentation has been delivered.
P:5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. Installation, use of the Licensed Software in production or payment of any instalment does not amount to acceptance.
P:5.4 If the tests are not passed, the Vendor shall correct the defects and repeat the tests within 20 days. If the second tests fail, the Customer may terminate this Agreement under Clause 14.
P:5.5 If the Vendor is late in submitting the system for acceptance testing, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.6 Training shall be given at the Customer's site in Chinese, with an interpreter provided by the Vendor, for at least eight kiln masters and twelve operators, and shall cover curve design, reduction control, alarm handling, manual override, record review and basic troubleshooting. The Vendor shall provide printed and electronic training materials in Chinese.
H:6. Warranty
P:6.1 The Vendor warrants that for 18 months after Final Acceptance the Licensed Software and the Custom Work will perform in accordance with Schedule 2 and the documentation. During this warranty period the Vendor shall correct all defects and provide all updates free of charge.
P:6.2 Severity 1 incidents (a kiln controller cannot run or record a firing) shall be responded to within 2 hours and resolved or worked around within 24 hours; Severity 2 incidents within 8 hours and 3 working days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next payment or the support fee.
H:7. Support after the Warranty
P:7.1 After the warranty period the Vendor shall provide annual support (telephone and remote help, defect correction, updates and new versions) for an annual support fee of 24% of the Licence Subtotal, that is CNY 288,000 per year, fixed for the first three support years.
P:7.2 Support is ordered by the Customer each year by purchase order. It does not renew automatically.
H:8. Intellectual Property
P:8.1 The Custom Work, including all curve templates, mappings, scripts and reports, shall belong to the Customer from creation. The Vendor shall deliver the Custom Work in editable form, and the Customer may use, modify and license it freely.
P:8.2 The Vendor shall defend and indemnify the Customer against any third-party claim that the Licensed Software infringes intellectual property rights.
H:9. Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose, including product development.
P:9.2 The Licensed Software runs on the Customer's own servers. Remote access by the Vendor requires the Customer's approval for each session, uses a VPN with two-factor authentication and is logged. The Vendor shall apply the security measures in Schedule 3 and comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected security incident affecting Customer Data, shall help to contain it, and is liable for the losses caused by an incident for which it is responsible.
H:10. Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Customer's glaze recipes and firing curves, and shall use it only for this Agreement. This obligation survives termination for three years.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to wilful misconduct, breach of Clause 9 or Clause 10, or infringement claims under Clause 8.2.
P:11.2 Neither party is liable for indirect or consequential loss, except as provided in Clause 11.1.
H:12. Subcontracting
P:The Vendor shall not subcontract any part of this Agreement without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:13. Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:14.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, less the price of any part that the Customer decides to keep.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Milan Chamber of Arbitration under its rules. The seat of arbitration is Milan, Italy, and the language is English.
H:16. General
P:16.1 This Agreement, with Schedule 1 (licences and kilns), Schedule 2 (functional specification, integration and reports) and Schedule 3 (security measures), is the entire agreement between the parties.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:Signed for Longquan Qingci Heritage Kiln Co., Ltd.: ____________________  Date: __________
P:Signed for Fornace Sistemi S.r.l.: ____________________  Date: __________
"""

SRC["h262e02"] = """T:ORDER FORM No. QL-2027-0093 - MareBook Online Booking Platform
P:Provider: MareBook Tecnologia, Lda., Rua do Farol 12, Ilhéu de Agostinho, Região Autónoma dos Açores, Portugal ("MareBook")
P:Customer: Hangzhou Qiandao Lake Blue Water Cruise Co., Ltd., No. 66 Xinan Road, Chun'an County, Hangzhou, Zhejiang, PRC ("Customer")
P:Order Date: 1 July 2027. This Order Form is governed by the MareBook General Terms printed below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.
H:Part A - Order Details
P:A1. Services. MareBook will provide its MareBook cloud booking platform to Customer for the sale of cruise tickets for Customer's fleet of fourteen sightseeing vessels on Qiandao Lake, including the online booking engine, seat and deck allocation, the pier check-in application, travel-agency channel management, dynamic pricing tools, e-ticket issue with QR codes, and the revenue and passenger reports listed in Annex 1.
P:A2. Subscription Term. 24 months from the Service Start Date, which is the date of Go-Live Acceptance under A6. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form. There is no automatic renewal.
P:A3. Currency. At Customer's request all fees are stated and payable in Chinese yuan (CNY).
P:A4. Fees.
TB:Item|Basis|Amount (CNY)
TB:Platform subscription, up to 2,000,000 tickets per year|23,500 per month x 24 months|564,000
TB:Onboarding (configuration, fleet and timetable set-up, channel connection, training)|one-time|46,000
TB:Total Order Value||610,000
P:A5. Invoicing. Subscription fees are invoiced monthly in arrears and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No fees are payable before the Service Start Date, and Customer pays no deposit or advance.
P:A6. Go-Live Acceptance. Before go-live MareBook will run acceptance tests with Customer covering: (a) booking, change and refund of tickets on each route; (b) seat allocation for every vessel layout; (c) check-in of 500 QR-code tickets at the pier within the agreed time; (d) correct settlement reports for three travel-agency channels; and (e) a load test of 3,000 bookings per hour. Customer will sign a Go-Live Acceptance certificate when all tests are passed. Trial use of the platform during testing does not count as acceptance.
P:A7. Go-Live Date. MareBook will make the platform ready for Go-Live Acceptance by 1 September 2027. For each day of delay MareBook will credit Customer CNY 500 against the fees, up to CNY 20,000 in total.
P:A8. Service Levels. The platform will be available 99.95% of each calendar month, measured at MareBook's external monitoring points, excluding planned maintenance announced three days in advance and carried out between 00:00 and 05:00 Beijing time. Support is available 24 hours a day during the sailing season (March to November) and 08:00 to 20:00 Beijing time at other times.
P:A9. Incident Response.
TB:Priority|Example|Response time|Target restoration
TB:P1|booking engine or pier check-in unavailable|1 hour|6 hours
TB:P2|a channel or a report not working|2 hours|1 business day
TB:P3|question or minor defect|1 business day|next release
P:A10. Service Credits. If monthly availability falls below 99.95%, Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point, or part of it, below the target, up to 50% of that month's fee. For each hour by which a P1 response is late, Customer receives a credit of CNY 300. Credits are deducted from the next invoice.
P:A11. Hosting. The platform is hosted for Customer in a data centre in mainland China operated by MareBook's hosting partner, and Customer Data is stored only in mainland China.
P:A12. Onboarding and Training. Onboarding includes set-up of all fourteen vessels and their deck plans, the winter and summer timetables, fare rules for adults, children, seniors and groups, connection of three travel-agency channels and Customer's WeChat mini-program, and two days of training at Customer's pier office for ticketing supervisors, followed by one remote refresher session before the peak season. MareBook will provide user guides in Chinese.
P:A13. Customer Contacts. Each party names a project lead and an operations contact in Annex 2 and will keep the names up to date.
P:Signed for MareBook Tecnologia, Lda.: ____________________  Name and title: __________
P:Signed for Hangzhou Qiandao Lake Blue Water Cruise Co., Ltd.: ____________________  Name and title: __________
H:Part B - MareBook General Terms (version 2027.1)
H:1. Use of the Services
P:1.1 MareBook grants Customer a non-exclusive, non-transferable right to use the Services during the Subscription Term for Customer's own business.
P:1.2 Customer is responsible for its user accounts, for the accuracy of the timetables, prices and vessel information it enters, and for the use of the Services by its staff and travel agencies.
P:1.3 Customer shall not resell the Services, reverse engineer the platform, or use it to send unsolicited messages.
H:2. Customer Data
P:2.1 "Customer Data" means all data entered into the Services by or for Customer, including passenger names, identity document numbers, mobile numbers, bookings and payment records. Customer Data belongs to Customer. MareBook processes Customer Data only to provide the Services to Customer and for no other purpose, and will not sell, analyse or reuse it for itself or for others.
P:2.2 At the end of the Agreement MareBook will return Customer Data in CSV format within 30 days and then delete it from the platform and from its backups, and confirm the deletion in writing.
H:3. Data Security
P:3.1 MareBook maintains an information security programme certified to ISO/IEC 27001 and operates the platform in line with the Multi-Level Protection Scheme level 3. Customer Data is encrypted in transit and at rest, access by MareBook personnel is limited to named staff with multi-factor authentication, and all administrative access is logged.
P:3.2 MareBook will comply with the PRC Personal Information Protection Law and Data Security Law in processing passenger data. Passenger data is not transferred outside mainland China.
P:3.3 MareBook will notify Customer within 48 hours after becoming aware of any security incident affecting Customer Data, will take all reasonable steps to contain it, and will bear the costs and losses that result from an incident caused by its failure to meet this clause 3.
H:4. Intellectual Property
P:4.1 The platform, its software and its documentation remain the property of MareBook.
P:4.2 The booking-page designs, route and fare configurations, report layouts and agency-channel mappings made for Customer ("Customer Configurations") belong to Customer. Customer may use, copy and modify them and may give them to any other service provider.
H:5. Subcontractors
P:5.1 MareBook may use hosting providers, support partners and other subcontractors of its choice to provide any part of the Services. MareBook is not required to inform Customer or to obtain its consent, and it remains responsible for the work of its subcontractors.
H:6. Payment
P:6.1 Customer pays the fees in the Order Form within the period stated there. Late payments bear interest at 0.02% per day.
P:6.2 If an invoice is more than 60 days overdue, MareBook may suspend the Services after 10 days' written warning, until payment is received.
H:7. Warranties
P:7.1 MareBook warrants that the Services will perform materially in accordance with the documentation and Annex 1 and will be provided with reasonable skill and care by suitably qualified staff.
P:7.2 Customer's remedies for failure to meet the service levels are the service credits in the Order Form, and for other defects, correction by MareBook.
H:8. Liability
P:8.1 Each party's total liability under the Agreement is limited to 200% of the Total Order Value. This limit does not apply to breach of clause 3, to personal injury or to wilful misconduct.
P:8.2 Neither party is liable for loss of profit or indirect loss.
H:9. Term and End of the Agreement
P:9.1 The Agreement starts on the Order Date and ends at the end of the Subscription Term.
P:9.2 The Agreement is a fixed-term commitment. Neither party may terminate it before the end of the Subscription Term, whether for convenience or because of a breach by the other party. A party's remedies for a breach are a claim for damages, service credits and correction of the failure, and the Agreement remains in force.
P:9.3 On expiry MareBook will provide up to 30 days of transition assistance at its standard daily rates, and will keep the platform available in read-only mode for that period.
H:10. Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action and failures of public networks, provided it informs the other party promptly.
H:11. Notices
P:Notices must be in writing and sent by email and courier to the addresses in the Order Form. Operational notices may be given through the platform's administrator console.
H:12. Governing Law and Disputes
P:12.1 The Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute will be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules in force at the time. The award is final and binding on both parties.
H:13. General
P:13.1 Neither party may assign the Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.
P:13.2 The Agreement is written in English with a Chinese translation for reference; the English text prevails.
P:Annex 1 - Functional scope and standard reports (route sales, occupancy per sailing, channel settlement, refunds, passenger manifests for the maritime authority).
"""

SRC["h262e03"] = """T:PURCHASE CONTRACT FOR GRAIN MOISTURE MONITORING EQUIPMENT
P:Contract No. WC-DM-2027-015
P:Buyer: Heilongjiang Wuchang Heidi Rice Farm Co., Ltd., Minle Township, Wuchang City, Harbin, Heilongjiang Province, PRC (the "Buyer")
P:Supplier: Glas Agritech Systems Ltd., Harbour House, Eilean Glas, Scalpay, Isle of Harris, Scotland, United Kingdom (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer grows and stores Wuchang rice on its own farm and dries the paddy in four tower dryers before storage in twelve steel silos. The Buyer wishes to measure grain moisture continuously in the silos and at the dryer outlets, so that drying can be controlled and stored paddy protected from spoilage. The Supplier has offered the equipment, software and services described below, and the parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the grain moisture monitoring system described in the Technical Annex (the "System"), consisting of in-bin moisture and temperature cables for the silos, moisture analysers at the dryer outlets, wireless gateways, and monitoring software with a web dashboard and mobile alerts.
P:1.2 The Supplier shall also train the Buyer's drying and storage staff and deliver all manuals, calibration certificates and as-built drawings.
P:1.3 At the Buyer's request all prices in this Contract are stated and payable in Chinese yuan (CNY).
P:1.4 The System shall work in outdoor temperatures from minus 35 to plus 40 degrees Celsius, and the silo cables shall withstand the load of a full silo of paddy. The gateways shall cover all twelve silos and the dryer building without cabling between buildings. Any item needed for the System to meet the Technical Annex is included in the Contract Price even if not listed.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,212,000, fixed, including delivery to the farm (DDP Wuchang), import duties, taxes, installation and all services in this Contract:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|In-bin moisture and temperature cable, 18 m|48|9,800|470,400
TB:2|Dryer-outlet continuous moisture analyser|6|58,000|348,000
TB:3|LoRa wireless gateway with solar power kit|12|6,500|78,000
TB:4|Grain monitoring software licence (perpetual, unlimited users)|1|164,000|164,000
TB:|Hardware and Licence Subtotal|||1,060,400
TB:5|Installation on silos and dryers|1|96,000|96,000
TB:6|Calibration against laboratory oven tests|1|38,600|38,600
TB:7|Training|1|17,000|17,000
TB:|Contract Price|||1,212,000
H:Article 3 Payment
P:3.1 The Buyer shall pay the Contract Price in three instalments: (a) 10% (CNY 121,200) within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer; (b) 55% (CNY 666,600) within 20 days after the Installation Certificate is signed; (c) 35% (CNY 424,200) within 20 days after Final Acceptance.
P:3.2 The Installation Certificate records that the equipment has been delivered complete and installed. It does not mean that the Buyer accepts the quality or performance of the System.
P:3.3 Each payment requires a valid Chinese VAT invoice issued by the Supplier's agent in Harbin named in the Technical Annex.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the farm by 31 August 2027 and complete installation by 20 September 2027, before the rice harvest.
P:4.2 If the Supplier fails to meet either date, it shall pay the Buyer delay damages of 0.03% of the Contract Price for each day of delay, up to a total of 5% of the Contract Price.
P:4.3 Installation work on the silos shall follow the Buyer's safety rules for work at height and in confined spaces. The Supplier's staff shall not enter a silo without a permit issued by the Buyer.
P:4.4 The equipment shall be new, of current manufacture, and packed for sea and road transport and for storage in an unheated warehouse. Each package shall carry the contract number, the item number and the gross weight. The Supplier shall send the packing list and the shipping documents to the Buyer by email at least ten days before arrival.
P:4.5 The Buyer shall provide free of charge: access to the silos and dryers, a 220 V power supply at each dryer, a lockable room for tools and materials, and one farm technician to assist during installation. The Buyer shall empty each silo to the level required by the Supplier's installation plan before the cables are hung.
P:4.6 Training shall be given at the farm in Chinese for at least ten staff of the drying and storage teams. It shall cover reading the dashboard, setting alarm levels, checking the analysers against oven tests, replacing a cable section, and simple fault finding. The Supplier shall provide training materials and a short operating guide in Chinese.
H:Article 5 Acceptance
P:5.1 Final acceptance shall take place after the first drying season, and in any case not later than 30 November 2027.
P:5.2 The acceptance criteria are: (a) readings of each silo cable within plus or minus 0.5 percentage points of moisture against oven tests on samples taken at three depths; (b) dryer-outlet analysers within plus or minus 0.5 percentage points against oven tests on thirty samples per dryer; (c) no gap longer than two hours in the readings received on the dashboard during a continuous 30-day period; (d) alerts delivered to the mobile application within 5 minutes of a threshold being crossed; and (e) all documents delivered.
P:5.3 When all criteria are met, the Buyer signs the Final Acceptance certificate. Use of the System during the drying season does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty the Supplier shall repair or replace any defective part free of charge, including shipping, import duties and labour, and shall provide all software updates.
P:6.2 The Supplier shall keep spare cables and analyser parts with its agent in Harbin so that a failed item can be replaced within the times in Article 7.
H:Article 7 Service Levels
P:7.1 Severity 1 (no readings from a dryer analyser or from more than two silos during the drying or storage season): response within 1 hour by telephone, engineer on site within 24 hours, fault fixed within 48 hours.
P:7.2 Severity 2 (a single cable or gateway fault): response within 8 hours, fixed within 5 working days.
P:7.3 For each hour by which the Supplier misses the Severity 1 response or fix time, the Supplier shall pay CNY 600, deducted from the next payment or claimed from the warranty.
H:Article 8 Support after the Warranty
P:8.1 After the warranty the Supplier shall, if the Buyer so orders, provide annual support (repairs, parts at cost, software updates, a yearly calibration visit) for a fee of 8% of the Hardware and Licence Subtotal per year, that is CNY 84,832 per year, fixed for three years.
P:8.2 Support is ordered each year by the Buyer's purchase order and does not renew automatically.
H:Article 9 Grain Data
P:9.1 All moisture, temperature and drying data collected by the System ("Grain Data") belongs to the Buyer. The Supplier shall use Grain Data only to perform this Contract and shall not sell it or use it for any other purpose.
P:9.2 The monitoring software is installed on a server at the Buyer's farm office. The Buyer may decide later whether to connect it to its cooperative's storage platform.
H:Article 10 Intellectual Property
P:10.1 The calibration tables, dashboards, alarm settings and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors.
P:10.2 The software remains the Supplier's property and is licensed to the Buyer perpetually under Item 4 of Article 2.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's storage volumes, yields and prices, and shall not disclose it to third parties without written consent. This obligation continues for three years after the Contract ends.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except that the Supplier's agent in Harbin named in the Technical Annex is approved by signature of this Contract. The Supplier remains responsible for all subcontracted work.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 4.2 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for equipment that the Buyer returns, and shall pay the Buyer's reasonable extra cost of completing the System with another supplier.
H:Article 14 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within 7 days and provide evidence. Deadlines are extended by the period of the event. Shipping delays that the Supplier could have avoided by reasonable planning are not force majeure.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:Article 16 General
P:This Contract is made in English and Chinese, both texts equally valid, in four originals, two for each party. It comes into force on signature by both parties.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________
"""

SRC["h262e04"] = """T:MANAGED IT SERVICES AGREEMENT
P:Agreement reference: RW-ZH-MSA-2027-07
P:BETWEEN
P:(1) Zhuhai Pearl Bay Yachts Co., Ltd., Pingsha Yacht Industrial Park, Jinwan District, Zhuhai, Guangdong, PRC ("Client"); and
P:(2) Werder IT-Dienste GmbH, Inselweg 1, Insel Riether Werder, 17375 Mecklenburg-Vorpommern, Germany ("Provider").
P:RECITALS
P:A. Client designs and builds motor yachts of 15 to 38 metres at its Zhuhai yard and runs a design office, a production planning team, a sales office and an after-sales centre, with about 420 IT users.
P:B. Client wishes to hand the day-to-day operation of its IT environment to a managed service provider, and Provider has offered to deliver the services described in Schedule 1 from its support centre and through on-site engineers in Zhuhai.
P:C. At Client's request all charges are stated and payable in Chinese yuan (CNY).
P:THE PARTIES AGREE AS FOLLOWS:
H:1. Definitions
P:1.1 "Services" means the managed IT services in Schedule 1: service desk, end-user device support, server and storage operation, network and Wi-Fi operation across the yard, backup and recovery, patching, management of the CAD workstation fleet and licence servers, and monthly reporting.
P:1.2 "Service Commencement Date" means the date on which Client signs the Service Commencement Certificate under clause 4.
P:1.3 "Client Data" means all data of Client, its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services, including yacht designs, drawings, customer contracts and personnel records.
P:1.4 "Incident" means an unplanned interruption or reduction in the quality of an IT service.
H:2. Term
P:2.1 The Services run for 24 months from the Service Commencement Date.
P:2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.
H:3. Charges and Payment
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Transition and knowledge transfer|one-time, after Service Commencement|64,000
TB:Monthly service charge (up to 450 users, 60 servers, 90 network devices)|58,000 x 24 months|1,392,000
TB:Total Contract Value||1,456,000
P:3.2 The monthly service charge is invoiced at the end of each month in arrears. The transition charge is invoiced after the Service Commencement Certificate is signed. Client makes no advance payment.
P:3.3 Invoices are payable within 30 days. Additional users above the stated volume are charged at CNY 120 per user per month, only with Client's prior written order.
H:4. Transition and Service Commencement
P:4.1 Provider shall complete transition within 45 days after signature. Transition includes taking over documentation and passwords from Client's current provider, discovery of all assets, setting up monitoring, agreeing runbooks, and a parallel-run period of 10 working days.
P:4.2 Service Commencement requires that: (a) all servers, network devices and backup jobs are monitored and documented in the configuration database; (b) a restore test of the design file server and the ERP database has succeeded; (c) the service desk has handled incidents for the parallel-run period within the targets in Schedule 2; and (d) Client has approved the runbooks.
P:4.3 When these criteria are met Client signs the Service Commencement Certificate. Starting to use Provider's service desk does not by itself amount to acceptance of the transition.
P:4.4 If Service Commencement is delayed by Provider beyond the 45 days, Provider shall pay Client CNY 900 for each day of delay, up to CNY 45,000.
H:5. Service Levels
P:5.1 Provider shall meet the service levels in Schedule 2. The key levels are:
TB:Priority|Description|Response|Resolution
TB:P1|yard network, design file server, ERP or e-mail down for many users|30 minutes|6 hours
TB:P2|a department or a critical CAD workstation affected|1 hour|8 business hours
TB:P3|a single user affected|2 business hours|2 business days
TB:P4|requests and questions|1 business day|5 business days
P:5.2 The core network and the design file server shall be available 99.95% of each month, excluding agreed maintenance windows.
P:5.3 Provider reports service levels monthly. For each P1 Incident whose response or resolution is late, Provider credits 2% of the monthly service charge; if availability is below target in a month, Provider credits 5% of that month's charge for each 0.1 percentage point or part of it below target. Credits in any month are limited to 25% of the monthly service charge and are deducted from the next invoice.
H:6. Client Data and Security
P:6.1 Client Data belongs to Client. Provider shall use Client Data only to perform the Services and shall not copy it out of Client's systems, retain it or use it for any other purpose.
P:6.2 Provider shall follow Client's information security policy and the security measures in Schedule 3, including named administrator accounts with multi-factor authentication, logging of all privileged access, encrypted remote access through Client's bastion host, and no storage of Client Data on Provider's own devices.
P:6.3 Provider's staff outside mainland China shall have no access to Client Data unless Client approves it in writing for a specific task and the access complies with PRC law on cross-border data transfer.
P:6.4 Provider shall report any actual or suspected security incident affecting Client Data to Client within 2 hours of detection, shall take all steps necessary to contain it, and shall be liable for losses caused by an incident resulting from its breach of this clause 6.
H:7. Confidentiality
P:7.1 Each party shall keep confidential all information of the other party marked or reasonably understood to be confidential, including yacht designs and customer identities, and shall use it only for this Agreement.
P:7.2 This obligation continues for three years after the Agreement ends, and for yacht designs without time limit.
H:8. Intellectual Property
P:8.1 Runbooks, configuration records, scripts and reports prepared by Provider for Client belong to Client. Client may use, modify and share them with any successor provider.
P:8.2 Provider's own tools and monitoring software remain Provider's property; Provider shall remove them at the end of the Agreement after handing over the data they hold.
H:9. Subcontracting
P:Provider shall not subcontract any part of the Services without Client's prior written consent. Provider remains responsible for any subcontractor as for its own staff.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.
P:10.2 The limit does not apply to breach of clause 6 or clause 7, personal injury, or wilful misconduct. Neither party is liable for loss of profit or indirect loss.
H:11. Termination
P:11.1 Client may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the P1 resolution target more than three times in any three consecutive months.
P:11.2 Either party may terminate if the other party becomes insolvent.
P:11.3 On expiry or termination Provider shall give exit assistance for up to 60 days, including handing over all passwords, documentation and Client Data, at the monthly service charge pro rata.
H:12. Staff
P:12.1 Provider shall keep at least two engineers on site at the yard during working hours and provide a named service manager who attends a monthly service review with Client.
P:12.2 Provider shall replace any on-site engineer whom Client reasonably considers unsuitable within 10 working days.
P:12.3 Provider's on-site engineers shall follow the yard's safety rules, wear the protective equipment issued by Client, and enter vessels under construction only with the permission of the responsible production supervisor.
H:12A. Client Responsibilities
P:12A.1 Client shall give Provider timely access to its premises, systems and documentation, name an IT coordinator with authority to approve changes, and tell Provider in advance of new sites, major projects and changes in user numbers.
P:12A.2 Client remains responsible for the purchase of hardware and software licences, and for decisions on its IT strategy. Provider shall advise Client on renewals of hardware support and licences at least 60 days before they fall due.
H:12B. Service Reviews and Improvement
P:12B.1 The parties hold a monthly service review to discuss the service-level report, open problems, planned changes and user feedback, and a half-yearly review attended by Client's management.
P:12B.2 Provider shall propose at least two improvements each half-year to reduce recurring incidents or manual work, with an estimate of effort and benefit. Improvements are carried out only with Client's written approval and, unless agreed otherwise, within the monthly service charge.
P:12B.3 Provider shall run a user satisfaction survey twice a year and share the results with Client.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or relating to this Agreement that cannot be settled by negotiation within 30 days shall be referred to and finally resolved by arbitration administered by the Hong Kong International Arbitration Centre under its Administered Arbitration Rules. The seat of arbitration is Hong Kong. The language of the arbitration is English.
H:14. General
P:14.1 This Agreement, with Schedule 1 (Services), Schedule 2 (Service Levels) and Schedule 3 (Security Measures), is the entire agreement of the parties on its subject.
P:14.2 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties.
P:Signed for Zhuhai Pearl Bay Yachts Co., Ltd.: ____________________  Date: __________
P:Signed for Werder IT-Dienste GmbH: ____________________  Date: __________
"""

SRC["h262e05"] = """T:AIRSPACE DATA API SUBSCRIPTION AGREEMENT
P:Reference: SI-SZ-API-2027-031
P:This Subscription Agreement is entered into between:
P:Shenzhen Skyparcel Drone Logistics Co., Ltd., Building 5, Nanshan Intelligence Park, Nanshan District, Shenzhen, Guangdong, PRC ("Customer"); and
P:Sept-Îles Aéro Données SAS, Maison du Gardien, Île aux Moines, Les Sept-Îles, 22700 Perros-Guirec, France ("Vendor").
H:Whereas
P:(1) Customer operates drone delivery routes for parcels, meals and medical samples in several districts of Shenzhen and needs reliable, machine-readable airspace information for route planning and in-flight decisions.
P:(2) Vendor operates the SkyLayer platform, which combines airspace structure, temporary flight restrictions, notices to airmen, obstacle heights and micro-weather forecasts into a single data service delivered through application programming interfaces ("API").
P:(3) Customer wishes to subscribe to the SkyLayer API for its Shenzhen operations and to obtain integration support for its flight management system, and at Customer's request all fees are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Subscription" means Customer's right to call the SkyLayer API endpoints listed in Annex A, for the geographic area of Shenzhen and a buffer of 20 kilometres, up to the call volumes in Annex A.
P:1.2 "Integration Work" means the adapters, data mappings and test suites that Vendor develops to connect the SkyLayer API to Customer's flight management system, as described in Annex B.
P:1.3 "Customer Data" means all data that Customer sends to the API or that the API generates in response to Customer's requests, including planned routes, flight identifiers, drone positions, delivery locations and query logs.
P:1.4 "Term" means 24 months from the Integration Acceptance Date.
H:2. Subscription and Use
P:2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Term to call the API and to use the returned data in Customer's own drone operations, including storing it for flight records required by the civil aviation authorities.
P:2.2 Customer shall not resell the data or make it available to third parties as a data product. Customer may share individual flight records with authorities, insurers and its own auditors.
P:2.3 Vendor may change the API if it gives Customer at least 90 days' notice of any change that is not backward compatible and keeps the previous version running in parallel for that period.
H:3. Fees and Payment
P:3.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:SkyLayer API subscription, Shenzhen area, up to 3 million calls per month|396,000 per year x 2 years|792,000
TB:Integration Work (one-time)|fixed price|52,000
TB:Total Contract Value||844,000
P:3.2 The subscription fee is invoiced quarterly in arrears, CNY 99,000 per quarter, payable within 30 days of invoice. The Integration Work fee is invoiced after the Integration Acceptance Date.
P:3.3 No amount is payable before the Integration Acceptance Date.
P:3.4 Calls above the monthly volume are not charged during the first three months after the Integration Acceptance Date. After that, Vendor will notify Customer if the volume is exceeded in two consecutive months, and the parties will agree in writing on any extra charge.
H:4. Integration Work and Acceptance
P:4.1 Vendor shall deliver the Integration Work within 45 days after signature of this Agreement.
P:4.2 Integration acceptance tests shall show that: (a) each endpoint in Annex A returns correct data for 200 test locations agreed with Customer; (b) temporary flight restrictions published by the authorities appear in the API output within the time stated in Annex A; (c) route checks return a result within 800 milliseconds at the contracted call volume; and (d) Customer's flight management system correctly rejects test routes that cross restricted airspace.
P:4.3 When all tests are passed Customer signs an Integration Acceptance certificate, and that date is the "Integration Acceptance Date". Use of the API in test or pilot flights before that date is not acceptance.
P:4.4 If the Integration Work is late, Vendor shall pay Customer CNY 600 for each day of delay until the Integration Acceptance Date, up to CNY 30,000.
H:5. Service
P:5.1 Vendor will use commercially reasonable efforts to keep the API available and the data current, and to correct errors reported by Customer as soon as practicable.
P:5.2 Customer may report problems through Vendor's support portal or by e-mail. Vendor's support team works from 09:00 to 18:00 Central European Time on French working days.
P:5.3 Vendor publishes planned maintenance on its status page in advance where possible.
P:5.4 Customer acknowledges that airspace data originates partly from public authorities and that Vendor does not guarantee that it is complete. Customer remains responsible for the safety of its flights and for complying with civil aviation rules.
H:5A. Customer Obligations
P:5A.1 Customer shall keep its API keys secret, rotate them at least every six months, and tell Vendor at once if it believes a key has been disclosed. Customer is responsible for calls made with its keys until it asks Vendor to revoke them.
P:5A.2 Customer shall provide Vendor with a test environment of its flight management system, sample route files and a technical contact during the Integration Work, and shall review Vendor's test reports within five working days.
P:5A.3 Customer shall use the data only in accordance with the civil aviation rules that apply to its operations and shall keep its own records of the data used for each flight.
H:5B. Data Sources and Updates
P:5B.1 Vendor shall keep Annex A up to date with the list of public and commercial sources used for the Shenzhen area, and shall inform Customer in writing when a source is added or withdrawn.
P:5B.2 Vendor shall provide Customer with a monthly usage statement showing the number of calls per endpoint and any errors returned by the API.
H:6. Customer Data
P:6.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the Subscription and the Integration Work to Customer, and shall not use it for any other purpose, including building products, training models or benchmarking, during or after the Term.
P:6.2 Vendor shall process Customer Data on servers located in mainland China operated by its hosting partner, and shall not transfer Customer Data outside mainland China.
P:6.3 At the end of the Term Vendor shall return Customer Data on request and delete it within 30 days, and confirm the deletion in writing.
H:7. Data Security
P:7.1 Vendor shall protect Customer Data with encryption in transit and at rest, API keys with per-client rate limits, role-based access for its staff with multi-factor authentication, and logging of all access to Customer Data. Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:7.2 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, cooperate in the investigation, and bear the losses caused to Customer by an incident resulting from Vendor's failure to comply with this clause 7.
H:8. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's routes, volumes and customers and Vendor's pricing, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.
H:9. Intellectual Property
P:9.1 The SkyLayer platform and the data it supplies remain Vendor's property or that of its data sources.
P:9.2 The Integration Work, including the adapters, data mappings and test suites and their source code, belongs to Customer on delivery. Customer may use, modify and license it freely, including with other data providers.
H:10. Liability
P:10.1 Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the 6 months before the event giving rise to the claim.
P:10.2 Vendor is not liable for indirect or consequential loss, loss of profit, or loss arising from a drone incident, except where caused by Vendor's wilful misconduct.
H:11. Subcontracting
P:Vendor shall not subcontract the Subscription or the Integration Work, other than the hosting partner named in Annex C, without Customer's prior written consent, and remains responsible for any subcontractor.
H:12. Term and Termination
P:12.1 The Agreement starts on signature and ends at the end of the Term. It does not renew automatically; the parties may agree a new subscription in writing.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
P:12.3 If Customer terminates under clause 12.2, Vendor shall refund any fees paid for the period after termination.
H:13. Force Majeure
P:Neither party is responsible for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or failures of public telecommunication networks, provided it notifies the other party without delay.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The award is final and binding.
H:15. General
P:15.1 Annex A (endpoints, coverage and volumes), Annex B (Integration Work) and Annex C (hosting partner) form part of this Agreement.
P:15.2 This Agreement is executed in two originals in English, one for each party.
P:For Shenzhen Skyparcel Drone Logistics Co., Ltd.: ____________________
P:For Sept-Îles Aéro Données SAS: ____________________
"""

# ---------------------------------------------------------------- targets, sums, labels
TARGETS = {
    "h262z01": ("h262z01_city_transport_bureau_taxi_ridehailing_platform.docx", "docx"),
    "h262z02": ("h262z02_dyeing_plant_wastewater_online_monitoring.txt", "txt"),
    "h262z03": ("h262z03_mother_baby_chain_pos_membership_saas.md", "md"),
    "h262z04": ("h262z04_veterans_affairs_bureau_system_annual_om.pdf", "pdf"),
    "h262z05": ("h262z05_zongzi_maker_mes_supplier_template.md", "md"),
    "h262e01": ("h262e01_celadon_kiln_firing_curve_licences.pdf", "pdf"),
    "h262e02": ("h262e02_lake_cruise_booking_saas_order_form.txt", "txt"),
    "h262e03": ("h262e03_rice_farm_grain_moisture_sensors.docx", "docx"),
    "h262e04": ("h262e04_yacht_builder_managed_it_service.txt", "txt"),
    "h262e05": ("h262e05_drone_delivery_airspace_data_api.md", "md"),
}

# price and payment arithmetic (every sum in the texts)
assert 1160000 + 836000 + 188000 + 46000 == 2230000
assert (446000, 1003500, 780500) == tuple(2230000 * p // 100 for p in (20, 45, 35)) and 446000 + 1003500 + 780500 == 2230000
assert round(1160000 * 0.09) == 104400
assert 2 * 168000 + 2 * 152000 + 236000 + 2 * 18000 + 2 * 42000 + 2 * 35000 + 220000 == 1286000
assert 1286000 + 148000 + 58000 + 18000 == 1510000
assert (302000, 679500, 528500) == tuple(1510000 * p // 100 for p in (20, 45, 35)) and 302000 + 679500 + 528500 == 1510000
assert round(1286000 * 0.165) == 212190
assert 2160 * 120 == 259200 and 259200 + 86400 == 345600 and 345600 * 3 == 1036800 and 259200 * 3 == 777600
assert 86400 * 3 == 259200 and 345600 / 4 == 86400
assert 1036800 + 138000 + 24000 == 1198800
assert 264000 + 148000 + 76000 + 58000 + 14000 == 560000 and 560000 / 4 == 140000
assert 620000 + 540000 + 176000 + 94000 == 1430000
assert (715000, 643500, 71500) == tuple(1430000 * p // 100 for p in (50, 45, 5)) and 715000 + 643500 + 71500 == 1430000
assert 6 * 158000 == 948000 and 4 * 63000 == 252000 and 948000 + 252000 == 1200000
assert 1200000 + 146000 + 34000 == 1380000
assert (276000, 621000, 483000) == tuple(1380000 * p // 100 for p in (20, 45, 35)) and 276000 + 621000 + 483000 == 1380000
assert 1200000 * 24 // 100 == 288000
assert 23500 * 24 == 564000 and 564000 + 46000 == 610000
assert 48 * 9800 == 470400 and 6 * 58000 == 348000 and 12 * 6500 == 78000
assert 470400 + 348000 + 78000 + 164000 == 1060400 and 1060400 + 96000 + 38600 + 17000 == 1212000
assert (121200, 666600, 424200) == tuple(1212000 * p // 100 for p in (10, 55, 35)) and 121200 + 666600 + 424200 == 1212000
assert 1060400 * 8 // 100 == 84832
assert 58000 * 24 == 1392000 and 1392000 + 64000 == 1456000
assert 396000 * 2 == 792000 and 792000 + 52000 == 844000 and 396000 / 4 == 99000

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T = dict  # terms are given in KEYS order below
DEF = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
           confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
           final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
           auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
           governing_law="PRC")

# key -> (category, terms, extra, forum outside mainland?, fee base for TCO)
PLAN = {
    "h262z01": ("software", T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2230000), False, 1160000),
    "h262z02": ("hardware", T(p1_response_hours=6, ld_rate_per_day_pct=None, prepayment_pct=20, final_payment_on_acceptance=True,
                warranty_months=18, post_warranty_fee_pct=16.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1510000), False, 1286000),
    "h262z03": ("cloud", T(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=800 / 1198800 * 100, auto_renewal_price_increase=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1198800), False, None),
    "h262z04": ("services", T(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000), False, None),
    "h262z05": ("software", T(p1_response_hours=12, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=50, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=1430000), False, 620000),
    "h262e01": ("software", T(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=24, governing_law="Italy",
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1380000), True, 1200000),
    "h262e02": ("cloud", T(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                ld_rate_per_day_pct=500 / 610000 * 100, liability_cap_pct=200, termination_for_breach=False,
                subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000), False, None),
    "h262e03": ("hardware", T(p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.03, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1212000), False, 1060400),
    "h262e04": ("services", T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=900 / 1456000 * 100,
                liability_cap_pct=150, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1456000), True, None),
    "h262e05": ("cloud", T(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=600 / 844000 * 100,
                liability_cap_pct=6 / 24 * 100, contract_kind="service"),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=844000), False, None),
}

EXPECTED = {  # the plan, decided before the texts were written
    "h262z01": ([], "low"),
    "h262z02": (["CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"], "high"),
    "h262z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h262z04": ([], "low"),
    "h262z05": (["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"], "high"),
    "h262e01": (["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "h262e02": (["CR-CONFIDENTIALITY", "CR-SUBCONTRACT", "CR-TERMINATION"], "medium"),
    "h262e03": (["CR-DATA-SECURITY", "CR-LD-LOW"], "high"),
    "h262e04": (["CR-GOVERNING-LAW"], "low"),
    "h262e05": (["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, base):
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (x["contract_value"] + fees) * 100


def rules(t, x, forum_outside, base):
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    r = sorted(r)
    sev = {SEV[i] for i in r}
    return r, ("high" if "high" in sev else "medium" if "medium" in sev else "low")


def label(key):
    cat, terms, extra, forum, base = PLAN[key]
    t = dict(DEF)
    t.update(terms)
    t = {k: t[k] for k in KEYS}
    name = TARGETS[key][0]
    r, risk = rules(t, extra, forum, base)
    assert (r, risk) == EXPECTED[key], (key, r, risk)
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": r}


# every labelled figure as it appears in the text
FIG = {
    "h262z01": ["2,230,000", "99.95%", "30分钟内响应", "千分之一", "合同总价的20%", "二十四个月", "9%", "最终验收", "属于甲方所有",
                "不得将本合同项下的任何工作转包或分包", "适用中华人民共和国法律", "甲方有权书面通知解除合同"],
    "h262z02": ["1,510,000", "6小时内响应", "每超时1小时", "20%，即302,000元", "十八个月", "16.5%", "212,190", "不视为验收合格",
                "书面同意", "适用中华人民共和国法律"],
    "h262z03": ["1,198,800", "99.5%", "30分钟内响应", "800元", "上调", "8%", "脱敏", "不收取任何预付款", "书面同意"],
    "h262z04": ["560,000", "99.95%", "15分钟内响应", "千分之一", "不设预付款", "不自动续期", "转包或分包"],
    "h262z05": ["1,430,000", "50%，即715,000元", "即视为甲方验收合格", "万分之二", "25%", "六个月", "届时公布", "12小时内响应",
                "不承担因故障导致的停产、扣款、赔偿或违约金", "归乙方所有", "脱敏", "无需另行征得甲方同意"],
    "h262e01": ["1,380,000", "20%", "0.08%", "150%", "18 months", "24%", "288,000", "2 hours", "laws of Italy", "Milan"],
    "h262e02": ["610,000", "99.95%", "1 hour", "CNY 500", "200%", "of its choice", "Neither party may terminate",
                "no automatic renewal", "laws of the People's Republic of China"],
    "h262e03": ["1,212,000", "10%", "0.03%", "24 months", "8%", "84,832", "within 1 hour", "belongs to the Buyer",
                "prior written consent"],
    "h262e04": ["1,456,000", "30 minutes", "99.95%", "CNY 900", "150%", "Hong Kong", "laws of the People's Republic of China"],
    "h262e05": ["844,000", "commercially reasonable efforts", "6 months", "CNY 600", "belongs to Customer",
                "prior written consent"],
}

# ---------------------------------------------------------------- no value on a threshold (policy §3 / §4)
THRESHOLDS = [
    r"99\.9(?![\d])", r"百分之九十九点九(?![一二三四五六七八九])",                       # availability 99.9 %
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十二])四\s*(?:个\s*)?小时", r"\bfour\s+hours?",  # P1 4 h
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十])", r"\b0\.05 per ?cent",                                  # LD 0.05 %/day
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"\bone hundred per ?cent", r"(?<![\d.])100 per ?cent",     # cap 100 %
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"\bthirty per ?cent", r"(?<![\d.])30 per ?cent",  # prepay 30 %
    r"(?<![\d.])12\s*(?:个\s*月|months?\b)", r"十二\s*个\s*月", r"\btwelve\s+months?", r"\b(?:one|1)[- ]year\b",
    r"一年(?:质保|保修|免费)",                                                               # warranty 12 months
    r"(?<![\d.])15\s*%", r"百分之十五(?![点])", r"\bfifteen per ?cent", r"(?<![\d.])15 per ?cent",      # fee 15 %
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty per ?cent", r"(?<![\d.])40 per ?cent",   # TCO 40 %
    r"(?<![\d.])5\s*(?:个\s*)?(?:年|years?\b)", r"(?<![十〇零一二三四六七八九])五\s*年", r"\bfive\s+years?",
    r"(?<![\d.])60\s*(?:个\s*月|months?\b)",                                                 # 5-year horizon
]
POS = ["99.9%", "可用率99.9%", "4小时内响应", "4 hours", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
       "30%", "百分之三十", "thirty per cent", "12个月", "12 months", "十二个月", "twelve months", "one-year", "15%",
       "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年", "5 years", "五年", "five years",
       "60 months", "60个月"]
NEG = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之五十", "150%", "130%", "2030年", "12月31日",
       "112 months", "115%", "16.5%", "140%", "2025年", "25 years", "二〇二七年", "十五年", "60 servers", "12 hours",
       "0.5 percentage", "120 days", "plus 40 degrees", "满分100分"]
for s in POS:
    assert any(re.search(p, s) for p in THRESHOLDS), s
for s in NEG:
    assert not any(re.search(p, s) for p in THRESHOLDS), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SRC, built, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(render(SRC[key], kind), encoding="utf-8")
            print("wrote", name)
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if key[4] == "z" else re.sub(r"\s+", " ", text)
        for f in FIG[key]:
            g = re.sub(r"\s+", "", f) if key[4] == "z" else f
            assert g in flat, (key, f)
        hits = [(p, m.group(0)) for p in THRESHOLDS for m in re.finditer(p, text)]
        assert not hits, (key, hits)
        n = length(text, key[4] == "z")
        lo, hi = (2800, 3300) if key[4] == "z" else (1500, 1700)
        print(f"{name}: {n} {'characters' if key[4] == 'z' else 'words'}; rules {lab['expected_rules']}; risk {EXPECTED[key][1]}")
        assert lo <= n <= hi, (key, n)
    print("all checks passed")
