"""holdout249: writes ten ordinary draft contracts (.txt/.md/.docx/.pdf) and their labels, from the sources below.
Run with /work/main/.venv/bin/python make_files.py (from any directory)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent


def to_plain(src, md):
    """markup (T:/H:/P:/TB:) -> markdown or plain text"""
    out, in_tb = [], False
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            if md:
                out.append("| " + " | ".join(cells) + " |")
                if not in_tb:
                    out.append("|" + "---|" * len(cells))
            else:
                out.append("  |  ".join(cells))
            in_tb = True
            continue
        if in_tb:
            out.append("")
        in_tb = False
        if tag == "T":
            out.append(("# " if md else "") + text)
        elif tag == "H":
            out.append(("## " if md else "") + text)
        else:
            out.append(text)
        out.append("")
    return "\n".join(out).strip() + "\n"

Z01 = """T:智慧文旅数据平台建设项目政府采购合同
P:合同编号：WLT-ZFCG-2025-0617　　采购方式：公开招标　　项目编号：ZJCG2025-GK-0342
P:采购人（甲方）：某省文化和旅游厅
P:中标供应商（乙方）：杭州云游数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就某省智慧文旅数据平台建设项目签订本合同。招标文件、投标文件、中标通知书及合同附件均为本合同组成部分，内容不一致时以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设全省智慧文旅数据平台，包括：景区客流实时监测、文旅资源一张图、游客画像与舆情分析、假日旅游指挥调度、文旅数据共享交换五个子系统，以及与省大数据局共享平台、全省约三百家A级景区票务系统、公安旅馆业系统的数据接口。
P:1.2 乙方提供平台软件许可（永久、不限用户数）、定制开发、部署实施、数据对接与培训，建设地点为甲方指定的省政务云，建设工期为合同签订后一百八十日内完成初验。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰陆拾万元整（¥2,600,000），为固定总价，已含税费、运输、部署、培训及质保期内全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|智慧文旅数据平台软件许可（永久）|1,280,000
TB:2|五个子系统定制开发及接口开发|960,000
TB:3|部署实施、数据治理与对接|310,000
TB:4|培训及操作手册|50,000
TB:合计||2,600,000
H:第三条　付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%（¥520,000）作为预付款。
P:3.2 项目通过初验后，甲方支付合同总价的50%（¥1,300,000）。
P:3.3 项目通过终验后，甲方支付合同总价的25%（¥650,000）。
P:3.4 质保期满且无未了问题的，甲方支付剩余5%（¥130,000）。
P:3.5 甲方通过国库集中支付方式付款，乙方开户银行及账号以合同首页载明为准。
H:第四条　验收
P:4.1 初验：乙方完成全部功能部署及接口联调后书面申请初验。验收标准为招标文件技术需求、本合同附件一功能清单及下列指标：客流数据接入延迟不超过60秒；一张图页面在500个并发用户下响应时间不超过3秒；已对接景区数据完整率不低于98%；通过第三方网络安全等级保护三级测评及代码安全检测。
P:4.2 初验合格后进入三个月试运行。试运行期间平台连续稳定运行、无一级故障累计超过规定时限的，甲方组织专家终验，出具终验报告。
P:4.3 平台上线使用、甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第五条　服务水平
P:5.1 质保期内，平台月度可用率不低于99.95%（计划内维护须提前三个工作日经甲方同意，不计入不可用时间）。
P:5.2 故障分级及响应：一级故障（平台整体不可用或指挥调度功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障一个工作日内响应。节假日及汛期、黄金周期间乙方须安排不少于两名工程师驻场值守。
P:5.3 服务违约扣款：月度可用率每低于约定值0.01个百分点，扣除¥2,000；一级故障响应每超时一小时扣除¥1,500。扣款从下一期应付款或履约保证金中抵扣。
H:第六条　质保及维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，甲方如续购运维服务，年服务费不超过平台软件许可费的9%（即每年不超过¥115,200），前三年按此固定，不因乙方价目表变动而调整。
H:第七条　知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、数据模型、接口程序及全部文档，其著作权及其他知识产权归甲方所有，乙方应在终验时移交完整源代码及编译说明。
P:7.2 平台基础软件的知识产权仍归乙方，甲方享有永久、免费的使用许可，可自行或委托第三方修改、扩展和再开发。
P:7.3 乙方保证所交付成果不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条　数据安全
P:8.1 平台采集、汇聚和产生的全部数据（含客流、票务、游客画像、舆情数据）归甲方所有，乙方仅为履行本合同处理，不得留存、复制或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、日志审计和最小授权，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任及相应法律责任。
H:第九条　保密
P:乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条　违约责任
P:10.1 乙方逾期完成初验或终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应无偿整改；给甲方造成损失的，应予赔偿。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条　分包及转包
P:乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十二条　合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失、退还已付未履约部分款项。
H:第十三条　履约保证金
P:乙方应在合同签订前提交合同总价5%的履约保证金（银行保函形式），终验合格后无息退还。
H:第十四条　法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十五条　其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：一、功能清单；二、接口清单；三、项目实施计划。
P:甲方（盖章）：某省文化和旅游厅　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：杭州云游数智科技有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""

Z02 = """T:在线水分及杂质分析仪采购与维保合同
P:合同编号：DJY-SB-2025-118
P:甲方（买方）：湖北锂源电解液有限公司
P:乙方（卖方）：苏州精析过程分析仪器有限公司
P:鉴于甲方年产五万吨锂电池电解液工厂需在六氟磷酸锂溶解、配制及灌装工段配置在线水分及金属杂质监测系统，乙方具备相应产品和服务能力，双方依据《中华人民共和国民法典》，经友好协商订立本合同。
H:一、供货范围与价格
P:（一）乙方提供下列设备及软件，并负责安装、调试、与甲方DCS系统联网及操作培训：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|在线卡尔费休水分分析仪|6台|268,000|1,608,000
TB:2|在线ICP金属杂质分析仪|2台|415,000|830,000
TB:3|取样及预处理系统（防爆型）|8套|36,500|292,000
TB:4|分析数据采集软件（永久许可）|1套|126,000|126,000
TB:|设备及软件小计|||2,856,000
TB:5|安装、调试、联网及培训|1项|184,000|184,000
TB:|合同总价|||3,040,000
P:（二）合同总价为人民币叁佰零肆万元整，含增值税、包装、运输、保险及现场服务费用。
H:二、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运至甲方厂区指定位置，到货后二十日内完成安装调试。
P:（二）设备须满足防爆等级Ex d IIB T4，水分测量范围0—500 ppm，检出限不高于1 ppm，重复性优于2%。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%（¥304,000）作为预付款。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%（¥1,064,000）。到货签收仅确认数量和外观，不代表质量验收。
P:（三）终验合格后十五个工作日内，甲方支付合同总价的50%（¥1,520,000）。
P:（四）剩余5%（¥152,000）作为质量保证金，质保期满无质量问题后支付。
H:四、验收
P:（一）安装调试完成后，双方按附件二验收方案进行性能测试：以离线卡尔费休库仑法为比对方法，每台水分仪连续比对不少于30组，偏差不超过±3 ppm；ICP分析仪对钠、钾、铁、铜等十二种元素标样测定，回收率在90%—110%之间；数据上传DCS无丢包。
P:（二）性能测试合格后连续运行十五日，无故障停机的，双方签署终验报告。设备安装通电或投入试用，均不视为验收合格。
H:五、质保
P:（一）质保期为十八个月，自终验合格之日起算。质保期内因设备质量问题产生的维修、更换零部件及软件升级费用由乙方承担。
P:（二）故障响应：影响生产的一级故障，乙方接报后2小时内远程响应，24小时内工程师到场；其他故障一个工作日内响应。一级故障响应或到场每迟延一小时，乙方向甲方支付¥2,000。
H:六、质保期满后的维保
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度一次预防性维护、标定、易损件更换（试剂、密封件除外）、软件升级及备机支持。
P:（二）年度维保费按设备及软件小计的22%计取，即每年人民币628,320元，维保服务期内固定不变，按年度于每个维保年度开始后三十日内支付。
P:（三）年度维保服务内的故障响应时限与第五条第（二）项相同。
H:七、知识产权
P:乙方为甲方定制的DCS通讯组态、数据报表模板及分析方法文件归甲方所有，甲方可自由使用和修改。分析仪内置软件及数据采集软件的知识产权归乙方，甲方享有永久使用权。
H:八、数据安全
P:（一）分析仪产生的工艺数据、配方参数及质量数据均属甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程诊断须事先经甲方书面批准，通过甲方提供的VPN及审计通道进行，操作全程留痕；乙方应采取防病毒、访问控制等措施，不得将甲方数据传出厂区网络。发生数据泄露的，乙方应在2小时内告知甲方并承担由此造成的全部损失。
H:九、保密
P:乙方对甲方的工艺流程、配方、产能等技术和经营信息负有保密义务，期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二支付违约金。
P:（二）设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还已付全部款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:设备现场安装中的土建及电缆敷设部分，乙方如需委托他人完成，须事先取得甲方书面同意，并对其工作质量承担连带责任。
H:十二、合同解除
P:任何一方严重违约，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同并要求赔偿损失。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方协商延期或解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交荆门仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：验收方案；附件三：备品备件清单。
P:甲方：湖北锂源电解液有限公司（盖章）　　授权代表：________
P:乙方：苏州精析过程分析仪器有限公司（盖章）　　授权代表：________
P:签订日期：____年__月__日
"""

Z03 = """T:门店订货及会员管理SaaS服务协议
P:协议编号：GXL-SAAS-2025-09
P:甲方（客户）：鲜果里水果连锁（广州）有限公司
P:乙方（服务商）：深圳果链云科技有限公司
P:甲方经营九十家水果零售门店，拟使用乙方"果链云"SaaS平台实现门店要货、中心仓配货、损耗登记、会员积分及储值管理。双方经协商，订立本协议。
H:第1条　服务内容
P:1.1 订阅服务：乙方向甲方九十家门店及总部开通果链云平台订货、库存、损耗、会员、营销及报表模块，订阅期三十六个月，自上线之日起算。
P:1.2 实施服务：乙方负责系统配置、商品及会员历史数据迁移（约四十二万会员）、与甲方收银系统及有赞商城对接、门店人员培训，并在协议签订后七十日内完成全部门店上线。
H:第2条　费用
P:2.1 费用构成如下：
TB:项目|计费方式|金额（元）
TB:平台订阅费|每店每月440元 × 90店 = 每月39,600元，共36个月|1,425,600
TB:实施服务费|一次性|168,000
TB:协议总额||1,593,600
P:2.2 平台订阅费按月结算，乙方于每月结束后开具发票，甲方在收到发票后十五日内支付上月费用。实施服务费在实施验收合格后一次性支付。甲方无需预付任何款项。
H:第3条　实施验收
P:3.1 全部门店上线后，双方按实施方案进行验收：门店要货单、配货单与中心仓数据一致；会员数据迁移准确率不低于99.99%，积分及储值余额逐户核对无差异；收银对接连续七日无掉单。
P:3.2 验收合格的，甲方出具书面验收单；系统上线使用本身不视为验收通过。
H:第4条　服务水平
P:4.1 乙方保证平台月可用率不低于99.5%（计划内维护应安排在凌晨一点至五点，并提前两日通知甲方）。
P:4.2 故障响应：P1故障（全部门店无法下单或收银对接中断）1小时内响应、3小时内恢复；P2故障2小时内响应、当日解决；P3问题下一个工作日响应。
P:4.3 服务赔偿：月可用率低于约定值的，当月订阅费按下表减免：
TB:月可用率|减免比例
TB:低于99.5%但不低于99.0%|当月订阅费的5%
TB:低于99.0%但不低于98.0%|当月订阅费的10%
TB:低于98.0%|当月订阅费的20%
P:P1故障响应每超时一小时，另减免¥800。
H:第5条　数据
P:5.1 甲方的会员信息、订单、销售及库存数据（"甲方数据"）归甲方所有。
P:5.2 甲方同意乙方可将甲方数据经脱敏、汇总处理后，用于编制水果零售行业分析报告、改进乙方产品及向其他客户提供行业对标服务，该等处理结果归乙方所有，期限不限于本协议有效期。
P:5.3 乙方应按等保二级以上要求保护甲方数据，采取加密传输和存储、权限分级、操作日志保存不少于六个月等措施；会员个人信息的处理应符合《个人信息保护法》。发生数据泄露的，乙方应在24小时内通知甲方，配合处置并赔偿甲方因此遭受的损失。
P:5.4 协议终止后三十日内，乙方应按甲方要求导出并交还全部甲方数据，随后删除平台上的甲方数据并出具删除证明。
H:第6条　知识产权
P:乙方平台及其后续版本的知识产权归乙方。乙方为甲方专门配置的报表、营销活动模板及接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。
H:第7条　保密
P:双方对在合作中获知的对方商业秘密负有保密义务，包括甲方门店经营数据、采购价格及供应商信息，保密期限至协议终止后三年。
H:第8条　违约责任
P:8.1 乙方未能在约定期限内完成全部门店上线的，每逾期一日向甲方支付违约金人民币1,000元。
P:8.2 乙方在本协议项下的累计赔偿责任以协议总额的150%为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
H:第9条　续期
P:本协议订阅期届满前三十日，任何一方未书面提出不续约的，本协议自动续期二十四个月。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过8%，以乙方书面通知为准。
H:第10条　分包
P:乙方不得将实施服务分包给第三方，确需分包的应事先征得甲方书面同意。
H:第11条　解除
P:一方严重违反本协议且在收到书面通知后十五日内未纠正的，另一方有权解除本协议。乙方连续两个月可用率低于98.0%的，甲方有权解除本协议且无需承担任何违约责任。
H:第12条　法律适用及争议
P:本协议适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第13条　其他
P:本协议一式两份，双方各执一份，自双方盖章之日起生效。附件：实施方案、门店清单、接口说明。
P:甲方：鲜果里水果连锁（广州）有限公司（盖章）　　代表：________　　日期：________
P:乙方：深圳果链云科技有限公司（盖章）　　代表：________　　日期：________
"""

Z04 = """T:城市防汛指挥平台年度运维服务合同
P:合同编号：YJJ-YW-2025-021　　采购方式：竞争性磋商
P:采购人（甲方）：某市应急管理局
P:成交供应商（乙方）：江西赣安信息技术服务有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件及成交通知书，双方就某市防汛指挥平台年度运维服务达成如下协议。
H:第一条　服务范围
P:1.1 运维对象：市防汛抗旱指挥平台（含雨水情监测、视频会商、预警发布、物资调度四个子系统）、相关服务器、存储、网络及安全设备，以及接入的三百二十个雨量水位站点数据链路。
P:1.2 服务期自2025年7月1日起至2026年6月30日止。
P:1.3 服务内容：驻场运维（工作日两人驻场，汛期五月至九月每日三人驻场并二十四小时值守）、日常巡检、故障处理、数据备份与恢复演练、安全加固、汛前全面检修、重大汛情专项保障、运维文档编制。
H:第二条　服务费用
P:2.1 服务总价为人民币玖拾陆万元整（¥960,000），明细如下：
TB:服务项目|金额（元）
TB:人员驻场运维|624,000
TB:系统巡检与应急保障|186,000
TB:备品备件|58,000
TB:汛期专项保障|92,000
TB:合计|960,000
P:2.2 服务费按季度支付，每季度¥240,000。每季度结束后，甲方依据本合同第五条对乙方进行考核，考核合格并收到发票后十五个工作日内支付该季度费用。甲方不支付预付款。
H:第三条　服务水平
P:3.1 平台全年可用率（汛期单独统计）不低于99.95%。
P:3.2 一级故障（平台不可用、预警无法发布或视频会商中断）15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障2小时内响应，三个工作日内解决。
P:3.3 每月提交运维月报，每次重大降雨过程结束后三日内提交保障总结。
H:第四条　服务考核与扣款
P:4.1 可用率每低于约定值0.01个百分点，扣除当季服务费¥1,500；一级故障响应每超时十五分钟扣除¥1,000，恢复每超时一小时扣除¥2,000。
P:4.2 驻场人员无故缺岗每人每日扣除¥600。汛期因运维原因导致预警信息迟发的，每次扣除¥10,000。
H:第五条　考核与验收
P:5.1 季度考核标准：可用率、故障处理时效、巡检记录完整率不低于98%、备份恢复演练成功、甲方满意度评分不低于85分。考核结果由双方签字确认。
P:5.2 服务期满前十五日，甲方组织年度验收，审查四个季度考核结果、运维文档及交接清单，出具验收意见。考核或验收不合格的，乙方应限期整改，整改期间相应费用暂缓支付。
H:第六条　数据安全
P:6.1 平台数据（水雨情、预警、视频及调度记录）归甲方所有，乙方仅为运维目的接触，不得复制、外传或用于其他用途。
P:6.2 乙方须遵守网络安全等级保护三级要求，运维操作经堡垒机进行并全程录像，账号实名、定期更换口令，禁止使用个人终端接入业务网络。
P:6.3 发生数据泄露、篡改或网络安全事件的，乙方应在30分钟内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第七条　保密
P:乙方及其驻场人员应对防汛预案、物资储备、网络拓扑和账号口令等信息保密，驻场人员须签署保密承诺书，保密义务在合同终止后继续有效。
H:第八条　成果归属
P:乙方在运维中形成的运维文档、脚本、配置清单及知识库归甲方所有，甲方可自由使用和修改，合同终止时乙方应完整移交。
H:第九条　违约责任
P:9.1 乙方未能在服务期开始之日起到岗并接管运维的，每迟延一日，按服务总价的千分之一支付违约金。
P:9.2 乙方服务质量严重不达标，连续两个季度考核不合格的，甲方有权解除合同，乙方应赔偿甲方因此另行采购服务的差价损失。
H:第十条　分包
P:本项目不得分包或转包。
H:第十一条　合同解除
P:乙方严重违约且在甲方书面通知后七日内未纠正的，甲方有权解除合同。
H:第十二条　法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交南昌仲裁委员会仲裁。
H:第十三条　其他
P:服务期满合同自然终止，不自动续期。本合同一式五份，甲方三份，乙方二份，经双方签章后生效。
P:甲方（盖章）：某市应急管理局　　代表：________
P:乙方（盖章）：江西赣安信息技术服务有限公司　　代表：________
P:签订日期：____年__月__日
"""

Z05 = """T:ERP软件许可及定制开发合同（乙方标准文本 HY-ERP-V5.1）
P:合同编号：HY-2025-ERP-0733
P:甲方（用户）：湖南香辣记食品股份有限公司
P:乙方（开发方）：长沙恒远软件股份有限公司
P:甲方从事卤制鸭脖、鸭翅等休闲卤味食品的生产及连锁销售，拟引入乙方"恒远食品行业ERP"，并根据甲方中央工厂、冷链配送和门店加盟业务进行定制开发。双方根据平等自愿原则签订本合同。
H:一、定义
P:1. 标准软件：指乙方享有著作权的恒远食品行业ERP，包括财务、采购、生产、仓储、质量追溯、分销六个模块。
P:2. 定制成果：指乙方按甲方需求开发的功能、报表、接口、程序代码及相关文档。
H:二、合同金额
P:1. 合同总金额为人民币壹佰叁拾伍万元整（¥1,350,000），构成如下：
TB:项目|内容|金额（元）
TB:标准软件许可|六个模块，200个并发用户，永久许可|680,000
TB:定制开发|加盟商订货门户、冷链温控追溯、批次效期管理、与金蝶云及美团外卖接口|520,000
TB:实施服务|需求调研、部署、数据初始化、培训|150,000
TB:合计||1,350,000
H:三、付款方式
P:1. 合同签订后五个工作日内，甲方支付合同总金额的50%（¥675,000）。
P:2. 系统安装部署完成后，甲方支付合同总金额的45%（¥607,500）。
P:3. 免费维护期满后，甲方支付剩余5%（¥67,500）。
P:4. 甲方未按期付款的，乙方有权暂停全部服务直至款项付清。
H:四、实施与验收
P:1. 乙方在收到首付款后开始实施，计划在一百二十日内完成安装部署，具体进度以乙方项目计划为准。
P:2. 系统在甲方服务器上安装部署完成之日即视为验收合格。甲方在试用中提出的问题，乙方在后续版本中酌情处理。
H:五、免费维护及后续服务
P:1. 免费维护期为六个月，自系统安装部署完成之日起算，期间乙方提供远程技术支持和缺陷修复。
P:2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年维护费按乙方当年度公布的服务价目表执行。
P:3. 系统故障分为一级（系统无法登录或核心业务停止）、二级和三级。乙方对一级故障在接到甲方报告后12小时内响应，二级故障两个工作日内响应，三级故障纳入版本计划。乙方将尽合理努力恢复系统，但不对恢复时间作出承诺。
H:六、知识产权
P:1. 标准软件及定制成果的著作权、专利申请权及其他知识产权均归乙方所有。
P:2. 甲方在合同约定范围内享有定制成果的非独占、不可转让使用权，不得修改、反编译或许可第三方使用，乙方可将定制成果用于其他客户。
H:七、数据
P:1. 甲方在系统中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:2. 乙方实施人员接触甲方系统时应使用甲方分配的账号，遵守甲方信息安全制度，不得拷贝甲方数据；乙方应对远程维护通道加密并保留操作日志。因乙方人员过错导致甲方数据泄露或损毁的，乙方承担相应赔偿责任。
H:八、保密
P:双方对合同内容及在履行中获知的对方技术、经营信息承担保密义务，保密期限为合同终止后两年。
H:九、分包
P:乙方有权根据项目需要将部分开发、实施工作交由其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作进行协调。
H:十、责任限制
P:1. 因乙方原因造成甲方损失的，乙方承担的赔偿总额不超过合同总金额的20%。
P:2. 乙方不对任何间接损失、利润损失、数据丢失或业务中断承担责任。
P:3. 因甲方需求变更、配合不及时或基础环境问题造成的延误，乙方不承担责任，工期相应顺延。
H:十一、合同解除
P:任何一方严重违反本合同，经对方书面催告后二十日内仍未改正的，对方有权解除本合同。甲方解除合同的，已支付款项不予退还，但乙方违约的除外。
H:十二、不可抗力
P:因自然灾害、疫情、政府行为、网络攻击等不可抗力导致不能履行的，受影响方不承担责任。
H:十三、法律适用及争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决。
H:十四、其他
P:1. 本合同为乙方标准文本，未尽事宜以乙方项目实施规范为准。
P:2. 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：湖南香辣记食品股份有限公司（盖章）　　授权代表：________　　日期：________
P:乙方：长沙恒远软件股份有限公司（盖章）　　授权代表：________　　日期：________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT - DECALSTUDIO PERPETUAL LICENCES
P:Agreement No. VDL-CN-2025-044
P:This Agreement is made between Jingdezhen Qingyun Tea Ware Studio Co., Ltd., a company incorporated in the People's Republic of China with its studio at Zhushan District, Jingdezhen, Jiangxi Province (the "Customer"), and Vetro Digitale Laguna S.r.l., a company incorporated in Italy with its registered seat on the Isola di San Giorgio in Alga, Venice, Italy (the "Vendor").
P:Recitals. (A) The Customer designs and produces hand-finished porcelain tea ware and applies overglaze and underglaze decals printed from digital artwork. (B) The Vendor develops DecalStudio, a desktop application for ceramic decal design, colour separation and print-file preparation. (C) The Customer wishes to acquire perpetual licences of DecalStudio, together with set-up of its own decal templates and colour profiles, on the terms below. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means DecalStudio version 9 and the Colour Management Module, in object code, with the user documentation. 1.2 "Custom Deliverables" means the decal templates, glaze colour profiles, kiln-shrinkage tables, print presets and any scripts the Vendor creates for the Customer under this Agreement. 1.3 "Final Acceptance" means the Customer's written confirmation under Clause 5. 1.4 "Customer Data" means artwork, pattern libraries, production files and any other data supplied or generated by the Customer.
H:2. Licence Grant
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of named workstations set out in Clause 3, for the Customer's own business, including use by its contract decorators working on the Customer's premises.
P:2.2 The Customer may make reasonable back-up copies. The licence survives any termination of this Agreement once the licence fees have been paid, except for termination because of the Customer's unremedied non-payment.
H:3. Price
P:3.1 The total contract price is CNY 707,000, fixed and inclusive of Chinese VAT, withholding taxes and all travel costs of the Vendor's consultants:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:DecalStudio perpetual licence (named workstation)|14|36,800|515,200
TB:Colour Management Module perpetual licence|3|24,600|73,800
TB:Licence subtotal|||589,000
TB:Template and colour-profile set-up (fixed price)|1|96,000|96,000
TB:Training of designers and printers (four days on site)|1|22,000|22,000
TB:Total contract price|||707,000
H:4. Payment
P:4.1 The Customer shall pay 20% of the total contract price (CNY 141,400) within fifteen days after signature and receipt of the Vendor's invoice, as an advance.
P:4.2 The Customer shall pay the balance of 80% (CNY 565,600) within twenty days after Final Acceptance and receipt of the invoice.
P:4.3 Payments are made by bank transfer to the Vendor's CNY account. Each party bears its own bank charges.
H:5. Delivery, Installation and Acceptance
P:5.1 The Vendor shall deliver the Software and licence keys within ten days after signature and shall complete installation, set-up of the Custom Deliverables and training within sixty days after signature.
P:5.2 Acceptance tests follow the test plan in Annex 2 and shall show that: (a) all fourteen workstations run the Software and the Colour Management Module without licence errors; (b) the Custom Deliverables cover the Customer's forty current patterns; (c) proof prints from the Customer's decal printer match the approved colour standards within a colour difference of Delta E 2.0 on the agreed test chart; (d) the kiln-shrinkage tables reproduce three reference pieces within the agreed tolerance; and (e) the designers have completed training.
P:5.3 If the tests succeed, the Customer shall sign the Final Acceptance certificate within five working days. If they fail, the Vendor shall correct the defects at its cost and repeat the tests. Installation, use of the Software in production or payment of the advance does not by itself amount to acceptance.
H:6. Warranty
P:6.1 The Vendor warrants for eighteen months from Final Acceptance that the Software will perform substantially in accordance with its documentation and that the Custom Deliverables will meet the criteria of Clause 5.2. During that period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 The warranty does not cover defects caused by modifications made by persons other than the Vendor or by hardware that does not meet the published requirements.
H:7. Support Levels
P:7.1 Support is provided in English and Chinese by e-mail, telephone and remote session. Severity 1 means that the Customer cannot produce print files on any workstation; Severity 2 means a major function is impaired; Severity 3 covers all other issues.
P:7.2 The Vendor shall respond to a Severity 1 issue within 2 hours, at any time of day, and provide a workaround or fix within one business day. Severity 2 issues receive a response within eight business hours and a fix within five business days. Severity 3 issues are handled in the next maintenance release.
P:7.3 For each full hour by which a Severity 1 response is late the Vendor shall credit CNY 1,000, and for each business day by which a Severity 1 fix is late CNY 3,000, against the next amount due or, if none, by refund.
H:8. Annual Support after the Warranty
P:8.1 After the warranty period the Customer may order annual support covering updates, new versions and the support levels of Clause 7.
P:8.2 The annual support fee is 11% of the licence subtotal, i.e. CNY 64,790 per year, fixed for the first three support years. Any later increase requires the Customer's written agreement and shall not exceed 3% per year. Support renews only by the Customer's purchase order; nothing in this Agreement renews automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables, including copyright in the templates and colour profiles, vest in the Customer upon creation. The Customer may use, modify, copy and license them freely, including to other decal printers.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:10. Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and may not keep, copy or use it for any other purpose, including training, marketing or product demonstrations.
P:10.2 Remote sessions are opened only by the Customer, recorded and closed after each task. The Vendor shall keep any Customer Data it receives encrypted, restrict access to named support engineers, and delete it when the task is done.
P:10.3 The Vendor shall notify the Customer within 24 hours of any unauthorised access to Customer Data in its control, cooperate in remedying it, and be liable for the losses caused by its breach of this Clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Customer's unreleased designs and pattern archives, and shall use it only for this Agreement. This obligation continues for five years after termination and, for unreleased designs, until they are published by the Customer.
H:12. Delay and Liability
P:12.1 If the Vendor fails to complete installation, set-up and training by the date in Clause 5.1, it shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the total contract price. The limit does not apply to wilful misconduct, infringement of intellectual property, or breach of Clauses 10 and 11.
H:13. Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If the Customer terminates before Final Acceptance because of the Vendor's breach, the Vendor shall refund all amounts paid.
H:15. Governing Law and Dispute Resolution
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute that cannot be settled by negotiation within thirty days shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore, in English, before a sole arbitrator.
H:16. General
P:16.1 This Agreement, with Annex 1 (System Requirements) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. 16.2 Neither party may assign this Agreement without the other's written consent. 16.3 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Jingdezhen Qingyun Tea Ware Studio Co., Ltd.  Name: ________  Title: ________  Date: ________
P:For the Vendor: Vetro Digitale Laguna S.r.l.  Name: ________  Title: ________  Date: ________
"""

E02 = """T:ORDER FORM AND GENERAL TERMS - TICKETFLUSS CLOUD TICKETING
H:Part A - Order Form
P:Order Form No. TF-2025-CN-0219. This Order Form is entered into between Leshan Giant Buddha Scenic Area Tourism Development Co., Ltd., Leshan, Sichuan Province, People's Republic of China (the "Customer"), and Ticketfluss Systems GmbH, with its registered seat on the Insel Graswarder, Heiligenhafen, Germany (the "Provider"). It incorporates the General Terms in Part B. If the Order Form and the General Terms conflict, the Order Form prevails.
P:Background. The Customer operates the Leshan Giant Buddha scenic area, the riverside viewing platforms and the sightseeing boats, and sells about four million tickets a year through its own mini-programme, online travel agencies and on-site gates. The Provider operates Ticketfluss, a cloud ticketing, timed-entry and gate-control service. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).
P:1. Services ordered: Ticketfluss Cloud (online sales, timed-entry quotas, OTA channel hub, real-name verification, 46 turnstile gates and 18 handheld scanners connected, boat-trip booking, reporting) for the Customer's production and test tenants; onboarding services as described in Annex A-1.
P:2. Subscription Term: thirty-six months from the Go-Live Date. The Go-Live Date is the date of the Customer's Onboarding Acceptance Certificate.
P:3. Fees:
TB:Item|Basis|Amount (CNY)
TB:Subscription fee|CNY 54,500 per month x 36 months|1,962,000
TB:Onboarding services|fixed price, one time|138,000
TB:Total fees for the Subscription Term||2,100,000
P:4. Invoicing: subscription fees are invoiced monthly in arrears and paid within thirty days. The onboarding fee is invoiced after Onboarding Acceptance. No fees are payable in advance.
P:5. Hosting region: the Service is hosted for the Customer in the Alibaba Cloud Chengdu region. Customer Data is stored in mainland China.
P:6. Onboarding milestones: configuration of products, quotas and prices within forty days after signature; gate integration and OTA connections within seventy days; Go-Live before the start of the National Day holiday week.
P:7. Renewal: after the Subscription Term the Service renews for successive periods of twenty-four months at the same fees unless either party gives ninety days' written notice of non-renewal.
P:Signed for the Customer: ____________  Name: ____________  Date: ________
P:Signed for the Provider: ____________  Name: ____________  Date: ________
H:Part B - General Terms
H:B1. The Service
P:B1.1 The Provider shall provide the Service in accordance with the documentation and the service levels in B4. The Provider may improve the Service from time to time provided that the functions ordered are not materially reduced.
P:B1.2 The Customer is responsible for its gates' power and local network and for the accuracy of the prices and quotas it configures.
H:B2. Onboarding and Acceptance
P:B2.1 The Provider shall carry out onboarding according to the plan in Annex A-1. On completion the parties run the acceptance tests in Annex A-2, which shall show at least: (a) correct sale, refund and change of tickets on every channel for all ticket types; (b) real-name verification against the Customer's gate list; (c) throughput of 1,800 entries per hour at the main gate group; (d) reconciliation of one full test day between sales, gate passes and payments without difference; and (e) a load test of 3,000 concurrent buyers at a response time below two seconds.
P:B2.2 When the tests succeed the Customer signs the Onboarding Acceptance Certificate. Going live or using the Service in production does not by itself constitute acceptance.
P:B2.3 If the Provider misses the Go-Live milestone in the Order Form for reasons within its control, it shall pay the Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.
H:B3. Customer Data
P:B3.1 All data entered into or generated by the Service for the Customer, including visitor identity data, orders, gate logs and reports ("Customer Data"), belongs to the Customer. The Provider shall process it only to provide the Service and shall not use it for any other purpose.
P:B3.2 The Provider shall protect Customer Data with measures at least equal to ISO/IEC 27001 and to the requirements of Chinese data and personal-information laws, including encryption in transit and at rest, role-based access, multi-factor access for administrators and logs kept for one hundred and eighty days. Visitor identity data shall not leave mainland China.
P:B3.3 The Provider shall notify the Customer of any personal-data breach or security incident affecting Customer Data within 12 hours after becoming aware of it, shall cooperate with the Customer and the authorities, and shall bear the costs and losses resulting from an incident caused by its breach of this B3.
P:B3.4 At the end of the Subscription Term the Provider shall return all Customer Data in a documented format within thirty days and then delete it.
H:B4. Service Levels and Credits
P:B4.1 The Provider shall make the production Service available at least 99.95% of each calendar month, excluding maintenance announced seven days ahead and carried out between 01:00 and 05:00 Beijing time. No maintenance shall be scheduled during statutory holidays.
P:B4.2 Incidents are classified as Priority 1 (ticket sales or gate entry unavailable for the whole scenic area), Priority 2 (a channel or gate group unavailable) and Priority 3 (other faults). The Provider shall respond to Priority 1 incidents within 30 minutes and restore service within three hours; Priority 2 within one hour and restore within eight hours; Priority 3 within one business day.
P:B4.3 If monthly availability falls below the commitment, the Customer receives a credit of 10% of the monthly subscription fee for each started 0.02 percentage point of shortfall, up to the full monthly fee. Each late Priority 1 response earns a further credit of CNY 1,500. Credits are deducted from the next invoice.
H:B5. Intellectual Property
P:B5.1 The Provider retains all rights in the Service, its software and documentation.
P:B5.2 Configurations, ticket-type definitions, report templates and interface mappings created for the Customer belong to the Customer, which may use, modify and hand them to any successor provider without restriction.
H:B6. Subcontractors and Sub-processors
P:B6.1 The Provider may engage subcontractors and sub-processors to perform any part of the Service, including hosting, gate hardware maintenance in Sichuan and first-line support. The current list is published on the Provider's website. The Provider shall inform the Customer by e-mail at least fourteen days before adding a new subcontractor; the Customer's consent is not required.
P:B6.2 The Provider remains responsible for the performance of its subcontractors.
H:B7. Confidentiality
P:Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. The duty lasts for three years after the end of the Subscription Term.
H:B8. Liability
P:B8.1 Neither party is liable for indirect or consequential loss or lost profit, except in case of intent or gross negligence.
P:B8.2 The Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.
H:B9. Term and Termination
P:B9.1 The Agreement runs for the Subscription Term and any renewal under the Order Form.
P:B9.2 Either party may terminate the Agreement with immediate effect by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice. The Customer may also terminate if availability falls below 99.0% in two consecutive months.
P:B9.3 On termination the Provider shall provide reasonable exit assistance for up to sixty days at the rates of Annex A-1.
H:B10. Governing Law and Jurisdiction
P:B10.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:B10.2 The courts of Kiel, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:B11. Miscellaneous
P:B11.1 Notices must be in writing and may be sent by e-mail to the addresses in the Order Form. B11.2 Neither party is liable for failure caused by events beyond its reasonable control, but an outage of the Provider's own cloud providers is not such an event. B11.3 This Agreement is executed in English; a Chinese translation is for reference only.
"""

E03 = """T:SUPPLY, INSTALLATION AND SUPPORT CONTRACT FOR POND WATER-QUALITY MONITORING SYSTEM
P:Contract No. FD-SHR-2025-07 (Buyer's form)
P:Buyer: Fuding Haiyun Aquaculture Co., Ltd., Shacheng Town, Fuding, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Aquasonde Atlantique SAS, a company incorporated in France with its registered seat on the Île aux Pies, Brittany, France, acting through its project office in Xiamen (the "Supplier").
P:Whereas the Buyer farms Pacific white shrimp in 96 lined ponds and three hatchery halls and wishes to monitor dissolved oxygen, pH, salinity, temperature and ammonia in real time and to drive its aerators automatically; and whereas the Supplier designs and integrates water-quality sensors and farm telemetry; the parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission the water-quality monitoring system described in Annex 1 (the "System"): multi-parameter probes, solar-powered LoRa gateways, aerator controllers, the AquaView monitoring software licence and the mobile alarm application, and shall train the Buyer's pond technicians.
P:1.2 The Supplier shall also prepare the alarm rules, dashboards and feeding-aeration logic specific to the Buyer's ponds (the "Farm Configuration").
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,020,000, fixed, including VAT, import duties, freight to the farm, installation and training:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter probe (DO, pH, salinity, temperature, NH3)|48|9,800|470,400
TB:Solar LoRa gateway|12|14,500|174,000
TB:Aerator controller|24|6,200|148,800
TB:AquaView software licence (perpetual, farm-wide)|1|96,000|96,000
TB:Equipment and licence subtotal|||889,200
TB:Installation, configuration and commissioning|1|118,000|118,000
TB:Training|1|12,800|12,800
TB:Contract Price|||1,020,000
H:Article 3 Payment
P:3.1 Advance payment: 35% of the Contract Price (CNY 357,000) within ten working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Delivery payment: 25% (CNY 255,000) after all equipment has arrived at the farm and has been counted and signed for by the Buyer. Signature on delivery confirms quantities only and is not acceptance.
P:3.3 Acceptance payment: 35% (CNY 357,000) within fifteen working days after Final Acceptance.
P:3.4 Retention: 5% (CNY 51,000), released at the end of the warranty period if no defect remains open.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within fifty days and complete installation and commissioning within eighty days after signature, working around the Buyer's stocking calendar so that no pond is drained for the works.
P:4.2 Probes and gateways shall be rated IP68 and IP66 respectively and shall resist salt spray and biofouling for the maintenance interval stated in Annex 1.
H:Article 5 Acceptance
P:5.1 After commissioning the parties carry out the tests in Annex 2: (a) every probe reads within the stated accuracy against calibrated laboratory instruments on three separate days (dissolved oxygen within 0.2 mg/L, pH within 0.1, salinity within 0.5 ppt); (b) every gateway transmits at least 98% of scheduled readings over ten consecutive days; (c) low-oxygen alarms reach the duty technician's phone within sixty seconds; (d) the aerator controllers switch aerators on and off correctly on the Farm Configuration thresholds; and (e) training is complete.
P:5.2 If all tests succeed, the Buyer signs the Final Acceptance Certificate. Installation, power-up or use of the System during the tests is not acceptance. Failed tests are repeated after correction at the Supplier's cost.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for twenty-four months from Final Acceptance. During that period it shall repair or replace any defective equipment, recalibrate probes every quarter and supply software updates free of charge.
P:6.2 Sensor membranes and electrolyte are consumables and are supplied at the prices in Annex 3.
H:Article 7 Support and Response Times
P:7.1 Priority 1 means a failure that leaves one or more grow-out ponds without oxygen monitoring or aerator control. Priority 2 means the loss of a single probe or of the mobile alarms. Priority 3 covers all other issues.
P:7.2 The Supplier shall respond to Priority 1 failures within 8 hours after the Buyer's call and shall have an engineer on site within 24 hours; Priority 2 failures within one business day; Priority 3 within three business days. The Supplier keeps spare probes and one spare gateway at the farm.
P:7.3 For each full hour by which a Priority 1 response or on-site arrival is late, the Supplier shall pay CNY 800, deducted from the retention or the next invoice.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support (quarterly calibration, repairs, software updates, response times as in Article 7).
P:8.2 The annual support fee is 9% of the equipment and licence subtotal, i.e. CNY 80,028 per year, fixed for three years after the warranty. Any change afterwards requires a written amendment.
H:Article 9 Intellectual Property
P:9.1 The Farm Configuration, the alarm rules, dashboards and calibration records are the Buyer's property. The Buyer may use, modify and license them freely, including to another integrator.
P:9.2 Embedded software and AquaView remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually with the equipment.
H:Article 10 Data
P:10.1 All measurements, alarms, pond records and production data collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract and may not disclose, sell or reuse them in any form, aggregated or not.
P:10.2 The System's cloud components are hosted in mainland China. The Supplier shall encrypt data in transit and at rest, protect administrator access with two-factor authentication, keep access logs for six months and allow remote access only when the Buyer opens it.
P:10.3 The Supplier shall inform the Buyer within 24 hours of any data breach or unauthorised access, take remedial steps and compensate the Buyer for losses caused by its failure to meet this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information of the other party, in particular the Buyer's stocking densities, feed formulas, survival rates and sales, and shall use it only for this Contract, for three years after its end.
H:Article 12 Delay
P:If the Supplier fails to complete installation and commissioning by the date in Article 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of damages does not release the Supplier from completing the works.
H:Article 13 Liability
P:The Supplier is liable for direct losses caused by its breach. Neither party is liable for indirect losses, except for wilful misconduct or a breach of Articles 10 and 11.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for parts of the System not accepted.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Article 17 Final Provisions
P:This Contract is made in two originals in English, one for each party, and takes effect on signature. Annex 1: Technical specification. Annex 2: Acceptance test plan. Annex 3: Consumables price list.
P:For the Buyer: ____________________  Date: ________
P:For the Supplier: ____________________  Date: ________
"""

E04 = """T:API SUBSCRIPTION AGREEMENT - CERTIFRUTA QUALITY CERTIFICATE API
P:Agreement reference: CF-API-2025-CN-31
P:Between: Guangxi Baise Golden Mango Export Co., Ltd., Tianyang District, Baise, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Customer"); and Certifruta Digital, Lda., a company incorporated in Portugal with its registered seat on the Ilhéu de Santa Luzia, Portugal (the "Vendor").
P:Background: The Customer exports fresh mangoes to South-East Asia, the Middle East and Europe and must attach phytosanitary, residue and quality certificates to each shipment. The Vendor runs the Certifruta API, which generates, signs and verifies digital quality certificates and links them to laboratory results and packing-house lots. The Customer wishes to connect its packing-house system to the API. At the Customer's request, all fees are stated and paid in Chinese yuan (CNY).
H:1. Subscription
P:1.1 The Vendor grants the Customer a non-exclusive right to use the Certifruta API, the certificate templates for its destination markets and the verification portal during the Term, for up to 12,000 certificates per subscription year.
P:1.2 The Term is three subscription years, starting on the date of Integration Acceptance.
P:1.3 The Agreement ends at the end of the Term. Any extension requires a new written agreement.
H:2. Fees
P:2.1 Fees:
TB:Item|Basis|Amount (CNY)
TB:API subscription|CNY 186,000 per subscription year x 3|558,000
TB:Integration with the Customer's packing-house system|fixed, one time|42,000
TB:Total||600,000
P:2.2 Subscription fees are invoiced quarterly in arrears (CNY 46,500 per quarter) and paid within thirty days of invoice. The integration fee is invoiced after Integration Acceptance. Nothing is payable in advance.
P:2.3 Certificates above the annual volume are charged at CNY 9 each, invoiced with the next quarterly invoice.
H:3. Integration and Acceptance
P:3.1 The Vendor shall connect the API to the Customer's packing-house system within forty-five days after signature, including lot identifiers, laboratory result import and the templates for Thailand, Malaysia, the United Arab Emirates and the Netherlands.
P:3.2 Integration Acceptance tests: (a) two hundred test certificates generated from real lots with no field error; (b) every certificate verifiable through the public portal and by QR code; (c) laboratory results imported automatically from the Customer's two accredited laboratories; (d) a certificate generated within ten seconds of lot release. The Customer signs the Integration Acceptance record when the tests pass. Connecting the API or issuing live certificates before then is not acceptance.
P:3.3 If the Vendor misses the integration date for reasons within its control, it shall pay the Customer CNY 500 for each day of delay, up to CNY 21,000.
H:4. Service
P:4.1 The Vendor will use commercially reasonable efforts to keep the API and the verification portal available and to correct errors promptly. Planned maintenance will, where practicable, be announced in advance.
P:4.2 Support is provided by e-mail during Lisbon business hours. The Vendor will look into support requests in the order they are received.
P:4.3 The Vendor may modify the API, provided that it gives sixty days' notice of any change that breaks the Customer's integration and keeps the previous version running during that time.
H:5. Customer Data and Security
P:5.1 Lot data, laboratory results, buyer names and certificates created for the Customer ("Customer Data") belong to the Customer. The Vendor shall process Customer Data only to provide the API and shall not use it, in identified, aggregated or anonymised form, for any other purpose.
P:5.2 The Vendor shall host the Customer's tenant in the Alibaba Cloud Hong Kong region with a mirror in mainland China, encrypt Customer Data in transit and at rest, sign certificates with keys kept in a hardware security module, restrict access to named staff with two-factor authentication and keep audit logs for eighteen months.
P:5.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, take immediate steps to contain it, cooperate with the Customer and any authority, and bear the losses and costs resulting from an incident caused by its failure to meet this Clause 5.
P:5.4 Within thirty days after the end of the Term the Vendor shall export all Customer Data and certificates to the Customer and then delete them, except for the public verification record of certificates already issued, which stays online for the validity of each certificate.
H:6. Intellectual Property
P:6.1 The API, the portal and the standard templates remain the Vendor's property.
P:6.2 The integration code, field mappings and the Customer-specific certificate layouts created under this Agreement belong to the Customer, which may use, modify and license them freely.
H:7. Liability
P:7.1 The Vendor's total liability under this Agreement is limited to twice the total fees under Clause 2.1. The limit does not apply to a breach of Clause 5, to wilful misconduct or to fraud.
P:7.2 Neither party is liable for indirect or consequential losses.
P:7.3 The Vendor shall indemnify the Customer against losses arising from certificates that are rejected by an importing authority because of an error in the Vendor's templates or signing service.
H:8. Subcontracting
P:The Vendor shall not subcontract the operation of the API or access to Customer Data to any third party without the Customer's prior written consent, except the hosting provider named in Clause 5.2.
H:9. Termination
P:9.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after notice.
P:9.2 The Customer may terminate with sixty days' notice if an importing authority stops accepting Certifruta certificates for one of its main destination markets.
P:9.3 On termination the Vendor shall refund any fees paid for periods after the termination date.
H:10. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.
H:11. General
P:11.1 Notices shall be given in writing to the addresses above. 11.2 Neither party is liable for delays caused by events beyond its reasonable control. 11.3 This Agreement is the entire agreement of the parties about its subject matter and may be amended only in writing.
P:For the Customer: ____________________  Name and title: ____________  Date: ________
P:For the Vendor: ____________________  Name and title: ____________  Date: ________
"""

E05 = """T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:Agreement No. MSA-CN-2025-118
P:This Managed Services Agreement is made between Cangnan Huaxin Packaging Export Co., Ltd., Lingxi Town, Cangnan County, Wenzhou, Zhejiang Province, People's Republic of China (the "Customer"), and Mitjana Serveis Informàtics, S.L., a company incorporated in Spain with its registered seat on the Illot de sa Mitjana, Balearic Islands, Spain, acting through its Shanghai branch (the "Provider").
P:Recitals: The Customer makes printed paper bags, gift boxes and corrugated cartons for export and runs two factories and a sales office with about 320 computer users. The Provider delivers managed IT services to manufacturers in China and Europe. The Customer wishes to outsource its desktop support, server administration and IT service desk to the Provider. At the Customer's request all charges are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:"Services" means the services described in Schedule 1. "Service Desk" means the Provider's bilingual help desk. "Incident" means an unplanned interruption or reduction in quality of an IT service. "Transition" means the handover of the Customer's IT environment to the Provider under Clause 3. "Customer Data" means all data of the Customer and its employees that the Provider can access while performing the Services.
H:2. Term
P:2.1 This Agreement starts on the date of signature and runs for twenty-four months from the Service Commencement Date.
P:2.2 The Agreement expires at the end of the Term. Any extension shall be agreed in writing; there is no automatic renewal.
H:3. Transition
P:3.1 The Provider shall complete the Transition within forty-five days after signature, including inventory of all endpoints, servers and network devices, documentation of the current environment, installation of the Provider's monitoring agents and take-over of the Customer's existing tickets.
P:3.2 Transition Acceptance: the Customer signs a Transition Acceptance Certificate when (a) the inventory covers at least 98% of devices found by a network scan; (b) monitoring reports from all servers and core switches; (c) the Service Desk answers test calls in Chinese and English; and (d) the runbooks listed in Schedule 1 have been delivered and reviewed. Starting the Services is not by itself acceptance.
P:3.3 If Transition Acceptance is delayed for reasons within the Provider's control, the Provider shall pay CNY 1,500 for each day of delay.
H:4. Services
P:4.1 Service Desk from 07:30 to 20:00 on working days and on-call support at other times for Priority 1 Incidents.
P:4.2 Desktop support for about 320 users at both factories and the sales office, including two on-site engineers at the Lingxi factory on working days.
P:4.3 Administration of eleven servers, the ERP database server backups, e-mail, the factory Wi-Fi and firewall, and patching of endpoints and servers every month.
P:4.4 Monthly service report and quarterly service review with the Customer's IT manager.
H:5. Charges
P:5.1 Charges:
TB:Item|Basis|Amount (CNY)
TB:Managed services charge|CNY 67,500 per month x 24 months|1,620,000
TB:Transition|fixed, one time|85,000
TB:Total contract value||1,705,000
P:5.2 The monthly charge is invoiced at the end of each month and paid within thirty days. The Transition charge is invoiced after Transition Acceptance. No charges are payable in advance.
P:5.3 Hardware, software licences and spare parts bought for the Customer are not included and are charged only on the Customer's written purchase order.
H:6. Service Levels
P:6.1 Priority 1 (a factory cannot print, ship or use the ERP, or more than fifty users cannot work): response within 30 minutes, on-site engineer within two hours where needed, workaround within six hours.
P:6.2 Priority 2 (a department or a critical device is affected): response within one hour, resolution within one business day. Priority 3 (a single user): response within two business hours, resolution within three business days.
P:6.3 Service credits: for each Priority 1 Incident whose response or workaround is late the Customer receives a credit of 3% of the monthly charge; if less than 95% of Priority 2 and 3 tickets in a month meet their targets, a further credit of 5% of the monthly charge. Credits are deducted from the next invoice.
H:7. Customer Data
P:7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell or disclose it.
P:7.2 The Provider's engineers use administrator accounts issued by the Customer.
H:8. Intellectual Property
P:Runbooks, scripts, configuration records and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any other provider. The Provider keeps its own tools and monitoring software.
H:9. Confidentiality
P:Each party shall keep confidential the other party's business and technical information, including the Customer's customer lists, prices and product designs, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Agreement.
H:10. Personnel and Subcontracting
P:10.1 The Provider shall assign qualified engineers and replace any engineer the Customer reasonably objects to.
P:10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.
H:11. Liability
P:11.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. 11.2 Neither party is liable for loss of profit or other indirect loss.
H:12. Termination
P:12.1 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement.
P:12.2 The Provider may suspend the Services if an undisputed invoice remains unpaid for more than sixty days after written reminder, and may terminate this Agreement if the amount remains unpaid thirty days after suspension.
P:12.3 At the end of the Term the Provider shall give exit assistance for up to forty-five days, including handover of all documentation, credentials and open tickets to the Customer or its new provider.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Wenzhou Arbitration Commission.
H:14. General
P:14.1 Force majeure: neither party is liable for delays caused by events beyond its reasonable control, provided it notifies the other promptly. 14.2 This Agreement, with Schedule 1 (Service Description) and Schedule 2 (Service Level Reporting), is the entire agreement. 14.3 Amendments must be made in writing and signed by both parties.
P:Signed for the Customer: ____________________  Date: ________
P:Signed for the Provider: ____________________  Date: ________
"""

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: (file, format, lang, category, terms in TERM_KEYS order, sla_clause, ld_stated, capped, deemed, value,
#       fee base, forum outside mainland, planned rules)
PLAN = {
 "z01": ("h249z01_provincial_tourism_smart_data_platform.docx", "docx", "zh", "software",
         [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G], T, T, T, F, 2600000, 1280000, F, []),
 "z02": ("h249z02_electrolyte_plant_moisture_analysers_maintenance.txt", "txt", "zh", "hardware",
         [N, 2, T, "buyer", T, T, T, 0.02, N, 10, T, T, 18, 22, F, T, F, "PRC", G], T, T, T, F, 3040000, 2856000, F,
         ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "z03": ("h249z03_fruit_chain_ordering_membership_saas.md", "md", "zh", "cloud",
         [99.5, 1, T, "buyer", T, F, T, 1000 / 1593600 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S], T, T, N, F, 1593600, N, F,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h249z04_city_flood_command_platform_om_service.pdf", "pdf", "zh", "services",
         [99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F, 960000, N, F, []),
 "z05": ("h249z05_duck_neck_maker_erp_supplier_template.md", "md", "zh", "software",
         [N, 12, F, "supplier", T, T, T, N, 20, 50, F, F, 6, N, F, T, T, "PRC", G], T, F, F, T, 1350000, 680000, F,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
 "e01": ("h249e01_teaware_studio_decal_software_licences.pdf", "pdf", "en", "software",
         [N, 2, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "PRC", G], T, T, T, F, 707000, 589000, T,
         ["CR-GOVERNING-LAW"]),
 "e02": ("h249e02_scenic_area_ticketing_saas_order_form.txt", "txt", "en", "cloud",
         [99.95, 0.5, T, "buyer", T, T, T, 2000 / 2100000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, T, "Germany", S],
         T, T, N, F, 2100000, N, T, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("h249e03_shrimp_farm_water_quality_sensors.docx", "docx", "en", "hardware",
         [N, 8, T, "buyer", T, T, T, 0.08, N, 35, T, T, 24, 9, F, T, F, "PRC", G], T, T, T, F, 1020000, 889200, F,
         ["CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
 "e04": ("h249e04_mango_exporter_certificate_api_subscription.md", "md", "en", "cloud",
         [N, N, F, "buyer", T, T, F, 500 / 600000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S], F, T, N, F, 600000, N, F,
         ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "e05": ("h249e05_packaging_exporter_managed_it_desktop_support.txt", "txt", "en", "services",
         [N, 0.5, T, "buyer", F, T, T, 1500 / 1705000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S], T, T, N, F, 1705000, N, F,
         ["CR-DATA-SECURITY", "CR-TERMINATION"]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# price and payment arithmetic, as written in the texts
SUMS = {
 "z01": ([1280000, 960000, 310000, 50000], [520000, 1300000, 650000, 130000], [20, 50, 25, 5]),
 "z02": ([6 * 268000, 2 * 415000, 8 * 36500, 126000, 184000], [304000, 1064000, 1520000, 152000], [10, 35, 50, 5]),
 "z03": ([90 * 440 * 36, 168000], None, None),
 "z04": ([624000, 186000, 58000, 92000], [240000] * 4, None),
 "z05": ([680000, 520000, 150000], [675000, 607500, 67500], [50, 45, 5]),
 "e01": ([14 * 36800, 3 * 24600, 96000, 22000], [141400, 565600], [20, 80]),
 "e02": ([54500 * 36, 138000], None, None),
 "e03": ([48 * 9800, 12 * 14500, 24 * 6200, 96000, 118000, 12800], [357000, 255000, 357000, 51000], [35, 25, 35, 5]),
 "e04": ([186000 * 3, 42000], [46500] * 12 + [42000], None),
 "e05": ([67500 * 24, 85000], None, None),
}
MUST = {  # labelled figures as they appear in each text
 "z01": ["2,600,000", "99.95%", "30分钟内响应", "万分之八", "20%", "二十四个月", "9%", "115,200", "归甲方所有", "不得将任何部分分包"],
 "z02": ["3,040,000", "2,856,000", "2小时内远程响应", "万分之二", "10%", "十八个月", "22%", "628,320", "书面同意"],
 "z03": ["1,593,600", "99.5%", "1小时内响应", "1,000元", "150%", "上调幅度不超过8%", "脱敏", "书面同意"],
 "z04": ["960,000", "99.95%", "15分钟内响应", "千分之一", "不支付预付款", "不得分包"],
 "z05": ["1,350,000", "50%", "12小时内响应", "20%", "六个月", "价目表", "视为验收合格", "无需另行取得甲方同意", "归乙方所有"],
 "e01": ["707,000", "within 2 hours", "0.1%", "150%", "20%", "eighteen months", "11%", "64,790", "Singapore"],
 "e02": ["2,100,000", "99.95%", "within 30 minutes", "CNY 2,000 for each day", "nine months", "consent is not required",
         "Federal Republic of Germany", "Kiel"],
 "e03": ["1,020,000", "889,200", "within 8 hours", "0.08%", "35%", "twenty-four months", "9%", "80,028"],
 "e04": ["600,000", "commercially reasonable efforts", "CNY 500 for each day", "twice the total fees"],
 "e05": ["1,705,000", "within 30 minutes", "CNY 1,500 for each day", "150%", "Neither party may terminate"],
}


def apply_rules(t, sla, ld_stated, capped, value, base, forum_out):
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        w, fee = t["warranty_months"], t["post_warranty_fee_pct"]
        if w is None or w < 12:
            r.append("CR-WARRANTY")
        if fee is None or not capped or fee > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if fee is not None and capped and w is not None:
            years = max(0.0, 5 - w / 12)
            fees = years * fee / 100 * base
            if fees / (value + fees) * 100 > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def pct_re(n, zh):
    return r"(?<![\d.])%s(\.0+)?\s*(%%|％|per ?cent)|百分之%s(?![一二三四五六七八九点十])|\b%s per ?cent" % (n, zh[0], zh[1])


THRESHOLDS = {
 "availability 99.9": r"99\.90*(?!\d)",
 "P1 4 hours": r"(?<![\d.十])(4|四)\s*个?\s*(小时|hours?\b|h\b)|\bfour hours?\b|\bfour-hour\b",
 "LD 0.05 %/day": r"0\.050*\s*(%|％|per ?cent)|万分之五(?![十点])|千分之零点五",
 "cap 100 %": pct_re(100, ("一百", "one hundred")) + r"|百分之百",
 "prepayment 30 %": pct_re(30, ("三十", "thirty")),
 "post-warranty 15 %": pct_re(15, ("十五", "fifteen")),
 "TCO share 40 %": pct_re(40, ("四十", "forty")),
 "warranty 12 months": r"(?<![\d.])12\s*个?\s*(月|-?months?\b)|十二个月|(?<![二三四五六七八九十])一年(?!度)|\btwelve[- ]months?\b|\bone[- ]year\b",
}
BAD = ["99.9%", "99.90 %", "4小时", "四小时内", "4 hours", "four hours", "0.05%", "万分之五", "100%", "百分之百", "30%", "30 per cent",
       "百分之三十", "thirty per cent", "15%", "百分之十五", "40 %", "forty per cent", "12个月", "十二个月", "一年", "12 months",
       "twelve months", "one year", "12-month"]
GOOD = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之八", "150%", "35%", "百分之三十五", "5%",
        "115%", "8%", "22%", "13.5%", "140%", "十八个月", "每年", "12,000 certificates", "120 days", "2030%", "130%"]


def selftest():
    for b in BAD:
        assert any(re.search(rx, b, re.I) for rx in THRESHOLDS.values()), b
    for g in GOOD:
        assert not any(re.search(rx, g, re.I) for rx in THRESHOLDS.values()), g


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for k, (name, fmt, *_rest) in PLAN.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(to_plain(SRC[k], fmt == "md"), encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k, p in PLAN.items() if p[1] in ("docx", "pdf")},
          {k: (p[0], p[1]) for k, p in PLAN.items() if p[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat, tl, sla, ld, capped, deemed, value, base, fo, planned) in PLAN.items():
        items, pays, shares = SUMS[k]
        assert sum(items) == value, (k, sum(items))
        if pays:
            assert sum(pays) == value, (k, sum(pays))
        if shares:
            assert sum(shares) == 100 and all(abs(p - value * s / 100) < 0.01 for p, s in zip(pays, shares)), k
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for m in MUST[k]:
            mm = re.sub(r"\s+", "", m) if lang == "zh" else m
            assert mm in flat or m in text, (k, m)
        for label, rx in THRESHOLDS.items():
            for s in (text, flat):
                hit = re.search(rx, s, re.I)
                assert not hit, (k, label, s[max(0, hit.start() - 30):hit.end() + 30])
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        print("%s %s %d %s" % (k, name, n, "chars" if lang == "zh" else "words"), "" if lo <= n <= hi else "OUT OF RANGE")
        terms = dict(zip(TERM_KEYS, tl))
        rules = apply_rules(terms, sla, ld, capped, value, base, fo)
        assert rules == sorted(planned), (k, rules, planned)
        extra = {"sla_clause": sla, "ld_stated": ld}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    print("all checks passed")


if __name__ == "__main__":
    main()
