"""holdout263: ten ordinary draft contracts (5 zh, 5 en) with hand labels.

Sources are kept below in the word_pdf markup (T: title, H: heading, P: paragraph, TB: table row). .md and .txt are
rendered here; .docx and .pdf are built with ../word_pdf.py (wrap_words=True). Run with /work/main/.venv/bin/python.
The script asserts price / payment sums, checks that each labelled figure appears in the text, re-applies the policy
rules (policy.md §3/§4) to the labels, writes the labels, reads every built file back and scans it for threshold values.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent


def render_md(src):
    out, table = [], []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag != "TB" and table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            out += ["| " + " | ".join(r) + " |" for r in table[1:]]
            out.append("")
            table = []
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        elif tag == "TB":
            table.append(text.split("|"))
        else:
            out += [text, ""]
    return "\n".join(out).strip() + "\n"


def render_txt(src):
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "T":
            out += [text, ""]
        elif tag == "H":
            out += ["", text]
        elif tag == "TB":
            out.append("  ".join(text.split("|")))
        else:
            out.append(text)
    return "\n".join(out).strip() + "\n"

H263Z01 = """T:省地震局地震预警信息发布平台建设项目采购合同
P:合同编号：DZJ-ZFCG-2027-018　　采购方式：公开招标（招标编号 GX-ZB-2027-0442）
P:甲方（采购人）：某省地震局　　地址：省会市防灾路88号
P:乙方（供应商）：华震智联科技有限公司　　地址：省会市高新区创新大道219号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就地震预警信息发布平台建设项目订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方负责建设全省地震预警信息发布平台，包括预警处理服务器及存储设备的供货，预警处理软件的许可，县级信息发布终端的供货与安装，与省级地震台网、应急管理厅广播系统的接口定制开发，以及系统部署、联调和培训。
P:1.2 乙方交付的全部设备应为全新原厂正品，软件应为正式授权版本，并符合招标文件技术参数及国家地震行业标准。
H:第二条　合同价款
P:2.1 本合同总价为人民币叁佰伍拾捌万捌仟元整（¥3,588,000），为固定总价，包含设备、软件许可、开发、运输、安装、调试、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|预警处理服务器及存储设备|1套|1,286,000
TB:2|预警处理软件许可（永久）|1套|968,000
TB:3|县级信息发布终端|200台|470,000
TB:4|台网及广播系统接口定制开发|1项|612,000
TB:5|系统部署与联调|1项|214,000
TB:6|培训|1项|38,000
TB:合计|||3,588,000
P:2.2 第1至3项为软硬件小计，计人民币2,724,000元。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即717,600元。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即1,614,600元。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即1,255,800元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，但甲方不因此免除付款义务。
H:第四条　交付与工期
P:4.1 乙方应于合同签订后90日内完成设备到货、安装和软件部署，于150日内完成联调并提交初验申请。
P:4.2 设备到货时双方进行开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
P:4.3 县级信息发布终端安装于各县（市、区）地震部门、学校及人员密集场所，具体点位以甲方提供的点位清单为准。乙方应在安装前完成现场勘察，提交安装方案，经甲方确认后实施，并负责终端的供电、网络接入及防雷接地。
P:4.4 培训：乙方应为甲方及市县两级地震部门的系统管理员和值班人员提供不少于六期集中培训，每期不少于两天，培训内容包括系统操作、预警参数配置、终端维护和应急处置流程，并提供完整的培训教材和操作手册。
H:第五条　验收
P:5.1 初验：乙方完成部署联调后，甲方组织初验，检验项目包括：台网数据接入完整率不低于99.95%；从接收台站触发信息到生成预警信息的处理时延不超过3秒；预警信息发布至县级终端的时延不超过2秒；终端声光报警及语音播报正常；与应急广播系统接口全部功能测试通过。
P:5.2 试运行与最终验收：初验合格后进入九十日试运行，试运行期间不得发生一级故障；期满后甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或者甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条　服务水平与运维保障
P:6.1 质保期内，平台核心预警服务的月度可用率不低于99.99%（计划内维护且经甲方书面同意的时段除外）。
P:6.2 故障分级响应：一级故障（预警服务中断或预警信息无法发布）乙方应在15分钟内响应，2小时内到达现场，6小时内恢复服务；二级故障应在1小时内响应，24小时内解决；三级故障应在下一个工作日内解决。
P:6.3 乙方未按时响应或恢复的，每超过1小时扣减履约保证金2,000元；月度可用率每低于承诺值0.01个百分点，扣减3,000元。
H:第七条　质量保证与售后服务
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和技术支持。
P:7.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过软硬件小计的8%（即每年不超过217,920元），该费率在质保期满后的前两个服务年度内不得上调。续签维护合同须双方另行书面签订，不自动续期。
H:第八条　数据安全
P:8.1 平台运行中产生的台站数据、预警信息、发布记录及日志等全部数据归甲方所有，乙方不得将其用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程运维须经甲方逐次审批并通过堡垒机进行，全程审计。
P:8.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
H:第九条　保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、台网布局、系统配置及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条　知识产权
P:10.1 乙方为本项目定制开发的接口程序、配置脚本、源代码及技术文档，其知识产权归甲方所有，甲方有权自行修改、使用及许可他人使用。
P:10.2 预警处理软件产品的著作权仍归乙方或其权利人，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用交付成果不侵犯第三方权利。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十二条　分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条　合同解除
P:乙方出现严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条　不可抗力
P:因地震、洪水等不可抗力致使一方不能履行合同的，受影响方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明。双方根据不可抗力的影响程度协商延期履行或部分免除责任，但乙方在预警平台运行保障方面的应急响应义务不因一般性余震而免除。
H:第十六条　其他
P:本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：某省地震局　　代表签字：________　　日期：____年__月__日
P:乙方（盖章）：华震智联科技有限公司　　代表签字：________　　日期：____年__月__日
"""

H263Z02 = """T:酒窖温湿度在线监测系统采购及维保合同
P:合同编号：JJ-CG-2027-063
P:甲方（买方）：川南窖香酒业股份有限公司　　住所：宜宾市酒都大道16号
P:乙方（卖方）：蜀感物联科技有限公司　　住所：成都市高新区天府五街300号
P:鉴于甲方为保障原酒储存质量，拟对其三号、五号陶坛酒库及两处洞藏酒窖实施温湿度在线监测改造，乙方具备相应的设备供应和系统集成能力，双方经平等协商，订立本合同。
H:一、采购内容与价格
P:（一）乙方向甲方供应温湿度传感器、采集网关、监控平台软件、服务器及UPS，并负责安装布线、系统调试和人员培训。
P:（二）合同总价为人民币1,100,000元（壹佰壹拾万元整），含税，明细如下：
TB:项目|规格|数量|单价（元）|金额（元）
TB:防爆型温湿度传感器|精度±0.2℃/±2%RH|360只|1,180|424,800
TB:无线采集网关|LoRa，带本地缓存|24台|6,500|156,000
TB:窖池监控平台软件许可|永久许可|1套|286,000|286,000
TB:服务器及UPS|含机柜|1套|118,000|118,000
TB:软硬件小计||||984,800
TB:安装布线及调试|含防爆穿管|1项|96,200|96,200
TB:培训|操作与维护|1项|19,000|19,000
TB:合计||||1,100,000
P:（三）上述价格已包括设备购置、运输保险、装卸、安装材料、软件许可、调试、培训、税费及质保期内的全部服务费用，除本合同第六条约定的维保年费外，甲方无需向乙方支付其他任何费用。
P:（四）传感器应适应酒库高湿、含乙醇蒸汽的环境，防护等级不低于IP65，电池供电型号的电池寿命不少于三年。
H:二、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即220,000元，作为预付款。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的45%，即495,000元。到货安装不构成验收。
P:（三）系统终验合格后，甲方支付合同总价的35%，即385,000元。
P:（四）乙方应在每期付款前开具增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同签订后45日内将设备运抵甲方酒库现场，于75日内完成安装调试。
P:（二）酒库属于甲类防火区域，乙方施工人员须遵守甲方的动火、用电和防爆管理制度，所用电气设备须具备防爆合格证。乙方施工造成甲方酒坛破损、原酒损失的，应照价赔偿。
P:（三）传感器布点方案由乙方根据酒库结构提出，每个陶坛区至少设置上、中、下三层测点，经甲方确认后实施。
P:（四）甲方应为乙方施工提供必要的电源接入点、临时存放场地和进出酒库的通行便利，并指派一名现场联络人负责协调；甲方未按约定提供条件导致工期延误的，工期相应顺延。
P:（五）乙方应为甲方储酒车间、质检部门和信息部门的人员提供两期现场培训，内容包括平台操作、报警阈值设置、传感器更换和网关重启等日常维护，并提交中文操作手册、设备台账、布点竣工图和备品备件清单。
H:四、验收
P:（一）系统安装调试完成后连续试运行三十日，试运行期间数据采集完整率不低于99.95%，传感器读数与甲方标准温湿度计比对误差不超过±0.3℃、±3%RH，超限报警在1分钟内推送至值班人员手机，历史数据可按酒库、坛区、时段查询和导出。
P:（二）试运行期满，甲方组织终验并签署终验报告。未达到上述标准的，乙方应在10日内整改并重新验收。
P:（三）终验时乙方应提交设备合格证、防爆合格证、传感器出厂校准证书、平台软件许可证书、系统测试报告及竣工资料。甲方使用系统或支付进度款，均不代表系统已经验收合格。
H:五、质量保证
P:（一）质保期为六个月，自终验合格之日起计算。质保期内，设备非人为损坏的，乙方免费维修或更换；平台软件缺陷，乙方免费修复。
P:（二）质保期内，一级故障（整库数据中断或报警失效）乙方应在2小时内响应，24小时内到场修复；二级故障应在8小时内响应。乙方未按时响应的，每超过1小时向甲方支付500元。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，内容包括每季度一次的传感器校准、网关和服务器巡检、软件升级及故障维修。
P:（二）维保年费按软硬件小计的22%计收，即每年216,656元，在维保服务期内固定不变，甲方按年度于每个服务年度开始后30日内支付。
P:（三）维保服务期间的故障响应标准与本合同第五条第（二）项相同。
P:（四）乙方应在每个维保年度结束前提交年度维保报告，说明传感器校准结果、故障处理情况、更换部件清单和系统运行分析，并对酒库温湿度异常趋势提出处理建议。乙方更换的传感器及网关配件应为原厂同型号或经甲方认可的等效产品。
H:七、数据与安全
P:乙方应采取访问控制、数据加密传输和定期备份等措施保障监测数据安全，具体要求如下：
P:（一）系统采集的温湿度数据、报警记录、操作日志等归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供，亦不得用于分析甲方的储酒工艺。
P:（二）平台部署于甲方机房，乙方远程维护须经甲方书面批准，并通过甲方指定的安全通道进行，操作全程记录。
P:（三）因乙方原因导致数据泄露、丢失或系统被入侵的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的全部损失。
H:八、保密
P:乙方对在履约过程中获悉的甲方酒库布局、储酒数量、工艺参数和其他商业秘密负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:九、知识产权
P:乙方为甲方定制的报表模板、酒库三维示意图及数据接口程序归甲方所有，甲方可自行修改和使用。平台软件产品的著作权归乙方，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方提供的设备不符合约定的，甲方有权要求更换，并要求乙方赔偿损失。
P:（三）维保服务期间，乙方未按约定完成季度校准或巡检的，每缺少一次扣减当年维保费的2%；因乙方维保不到位导致报警失效、造成原酒质量损失的，乙方应予赔偿。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下的主要工作分包；防爆穿管等辅助施工需要分包的，须事先取得甲方书面同意。
H:十二、解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宜宾仲裁委员会仲裁。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明材料，双方协商变更履行期限或部分免责。延迟履行后发生不可抗力的，不能免除责任。
H:十五、其他
P:本合同未尽事宜，双方可签订书面补充协议。双方往来通知以书面形式送达合同首部所列地址，一方地址变更应及时书面通知对方。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：传感器布点图、技术参数表、培训计划。
P:甲方：川南窖香酒业股份有限公司（盖章）　　授权代表：________
P:乙方：蜀感物联科技有限公司（盖章）　　授权代表：________
P:签订日期：____年__月__日
"""

H263Z03 = """T:连锁花店订货配送云平台订阅及实施服务合同
P:合同编号：HY-SaaS-2027-011
P:甲方（客户）：昆明花语连锁花艺有限公司　　地址：昆明市五华区斗南花市路8号
P:乙方（服务商）：云栈数科信息技术有限公司　　地址：杭州市余杭区文一西路1118号
P:甲方在全省经营80家连锁门店，需要统一的门店订货、中央仓配货、同城配送调度和会员下单平台。乙方以软件即服务（SaaS）方式提供“花集”订货配送云平台。双方根据《中华人民共和国民法典》等法律法规，就平台订阅及实施服务订立本合同。
H:第一条　服务内容
P:1.1 订阅服务：乙方向甲方80家门店、1个中央仓和总部提供平台账号及功能，包括门店订货、鲜花批次与损耗管理、中央仓分拣、同城配送派单、骑手轨迹、会员小程序下单和经营报表。
P:1.2 实施服务：乙方负责门店、商品、价格和会员数据初始化，与甲方收银系统、财务系统和第三方配送平台的接口对接，门店人员培训及上线支持。
P:1.3 乙方为甲方所做的报表配置、接口程序和定制打印模板，属于本合同的定制交付物。
P:1.4 甲方应指定项目负责人，按乙方提供的模板整理门店、商品和会员基础资料，协调收银系统和财务系统厂商配合接口联调，并安排各门店店长参加培训。甲方未按期提供资料的，实施期限相应顺延。
H:第二条　服务期限与续期
P:2.1 订阅服务期限为三年，自平台上线验收合格之日起计算。
P:2.2 上线验收前的试用期间不计入订阅期限，乙方不收取订阅费，但试用期间的数据同样受第六条保护。
P:2.3 期限届满前30日内任何一方未书面提出不再续订的，本合同自动续期两年。续期时，乙方有权根据其当期价格政策将订阅单价上调，上调幅度不超过8%，并于续期开始前书面通知甲方。
H:第三条　费用
TB:项目|计费方式|金额（元）
TB:平台订阅费|每店每年3,600元×80店×3年|864,000
TB:实施服务费|一次性|126,000
TB:合同总价||990,000
P:3.1 订阅费按季度后付，每季度结束后10个工作日内，甲方根据乙方发出的对账单支付当季订阅费72,000元。
P:3.2 实施服务费在平台上线验收合格后15个工作日内一次性支付。
P:3.3 本合同不设预付款。门店数量增减的，订阅费按实际开通门店数和天数结算。
P:3.4 乙方应在每次收款前开具增值税专用发票。服务抵扣金额在当季订阅费中直接扣除，乙方不得另行以其他名目向甲方收取短信、地图或存储费用，确因甲方新增需求产生的费用，须事先经甲方书面确认。
H:第四条　实施与验收
P:4.1 乙方应在合同签订后60日内完成实施并提交上线验收申请。
P:4.2 上线验收标准：（1）80家门店全部开通并完成至少一次真实订货；（2）中央仓分拣单与门店订单核对一致；（3）收银、财务和配送平台接口连续7日数据对账无差异；（4）会员小程序下单至派单时间不超过1分钟；（5）高峰时段（情人节、母亲节模拟压测）支持每分钟800笔订单。
P:4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。平台试用或门店开始使用均不视为验收合格。
P:4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金800元。
P:4.5 乙方应分批对甲方门店店长、中央仓主管、配送调度员和客服人员进行线上及现场培训，提供操作视频和常见问题手册，上线后首个月安排实施顾问驻场支持，协助门店处理订货、改单和退货等日常操作。
H:第五条　服务水平
P:5.1 平台月度可用率不低于99.5%。计划内维护应安排在每日凌晨1:00至5:00之间，并提前48小时通知甲方。
P:5.2 故障响应：P1级故障（全部门店无法下单或配送派单中断）乙方应在30分钟内响应，3小时内恢复；P2级故障应在2小时内响应，次日内解决。
P:5.3 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；每低0.5个百分点，再增加5%，单月抵扣以当月订阅费为限。P1级故障未按时恢复的，每次另行抵扣当月订阅费的3%。
P:5.4 节日高峰前（情人节、七夕、母亲节、教师节），乙方应提前进行扩容演练并安排专人值守。
P:5.5 乙方提供7×24小时电话及在线工单支持，每月5日前向甲方提交上月服务报告，列明可用率、故障清单、响应和恢复时间、抵扣金额及改进措施。甲方对报告有异议的，双方以平台监控记录为准核对。
H:第六条　数据
P:6.1 甲方录入和平台产生的门店、订单、会员、配送及经营数据（“甲方数据”）归甲方所有。
P:6.2 乙方应对甲方数据实施加密存储和传输、访问权限控制和操作日志审计，数据存储于中国境内，每日备份。发生数据泄露、丢失或被篡改的，乙方应在12小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。
P:6.3 甲方同意，乙方可将甲方数据进行去标识化处理后，用于乙方的行业分析报告、鲜花消费趋势研究和平台产品改进，上述使用在本合同终止后仍可继续。
P:6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，交付后删除其保存的副本（6.3所述去标识化数据除外）。
P:6.5 会员姓名、手机号和收货地址属于个人信息，乙方应遵守《个人信息保护法》，仅按甲方指示处理，不得用于营销推送或向第三方提供。
H:第七条　保密
P:双方对在合作中获悉的对方商业秘密、价格政策和经营信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。本条在合同终止后三年内继续有效。
H:第八条　知识产权
P:8.1 平台软件及其版本升级的知识产权归乙方所有。乙方保证平台及交付物不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用。
P:8.2 第1.3条所列定制交付物的知识产权归甲方所有，乙方应交付其源代码和说明文档，甲方可自行或委托第三方修改、使用。
H:第九条　责任限制
P:任何一方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、侵犯知识产权或故意违约造成的损失不受此限。
H:第十条　分包
P:乙方不得将本合同的实施服务分包。云资源由乙方向国内持有等保三级备案的云服务商采购，已在本合同附件中列明；更换云服务商须经甲方书面同意。
H:第十一条　解除
P:一方严重违约，经另一方书面通知后15日内未改正的，守约方有权解除合同。平台连续两个月可用率低于98%的，甲方有权解除合同并要求乙方退还已付未使用期间的订阅费。
P:合同解除或终止的，乙方应配合甲方完成数据迁移，迁移期间平台继续按原标准提供服务，期限不超过60日，费用按实际天数结算。乙方不得以费用争议为由中断服务或拒绝返还甲方数据。
H:第十二条　法律适用与争议
P:本合同适用中华人民共和国法律。双方发生争议的，提交昆明仲裁委员会仲裁。
H:第十三条　不可抗力
P:因不可抗力或基础电信运营商大范围网络故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应时段不计入可用率考核，但乙方应在事后3日内提交书面说明。
H:第十四条　其他
P:本合同未尽事宜由双方协商签订补充协议。本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：功能清单、门店清单、接口规范、云服务商清单。
P:甲方（盖章）：昆明花语连锁花艺有限公司　　日期：________
P:乙方（盖章）：云栈数科信息技术有限公司　　日期：________
"""

H263Z04 = """T:县疾病预防控制中心预防接种管理信息系统年度运维服务合同
P:项目名称：预防接种管理信息系统2027年度运维服务　　采购方式：竞争性磋商（磋商编号 QX-CS-2026-129）
P:采购人（甲方）：某县疾病预防控制中心
P:供应商（乙方）：安衡医信软件服务有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，经双方协商，签订本合同。
H:第一章　服务范围
P:第一条　乙方为甲方及全县23个预防接种门诊、4个产科接种室提供预防接种管理信息系统的运行维护服务，范围包括：中心服务器、数据库及接种门诊客户端的日常维护；与省免疫规划信息系统、疫苗追溯协同平台和妇幼保健系统的数据交换监控；疫苗出入库、冷链温度监测模块的巡检；接种门诊扫码枪、电子签核屏和叫号设备的故障处理；系统补丁与版本更新；接种门诊人员操作指导。
P:第二条　乙方应派驻1名驻场工程师在甲方工作日全天值守，另配备不少于3名二线工程师提供远程和现场支持。驻场工程师的更换须提前15日告知甲方并完成交接。
P:第二条之一　驻场工程师应具备三年以上医疗卫生信息系统运维经验，熟悉免疫规划业务流程和数据库管理，并持有相应的网络安全或数据库认证。乙方派驻人员应遵守甲方的考勤、机房管理和疫情防控制度，服从甲方信息科的工作安排。
P:第三条　服务期自2027年1月1日起至2027年12月31日止。服务期满，如需继续采购，甲方依法重新组织采购，本合同不自动延续。
P:第三条之一　甲方的配合义务：甲方应向乙方提供系统管理员账号、堡垒机账号和必要的机房出入许可，提供系统原有建设文档和上一运维周期的交接资料，指定信息科一名联络人负责日常协调，并及时将省免疫规划信息系统的接口变更通知转交乙方。甲方未及时提供条件导致的故障延误，不计入乙方考核。
P:第三条之二　服务期开始后20日内，乙方应完成系统现状评估，提交服务器、数据库、接口、门诊终端的资产清单和风险评估报告，经甲方确认后作为本年度运维的基线。
H:第二章　服务费用与支付
P:第四条　本合同服务费总额为人民币468,000元（肆拾陆万捌仟元整），已包括人工、差旅、备件更换（单件500元以下）、工具及税费。
TB:服务内容|费用（元）
TB:驻场运维（全年）|216,000
TB:二线技术支持及应急保障|134,000
TB:巡检、接口监控及版本更新|82,000
TB:门诊终端设备维修|36,000
TB:合计|468,000
P:第五条　服务费按季度支付。每季度结束后，甲方依据第十一条进行季度考核，考核合格后15个工作日内支付当季服务费117,000元。甲方不向乙方预付任何费用。
H:第三章　服务水平
P:第六条　故障分级：一级故障指全县接种门诊无法登记接种、疫苗扫码追溯中断或数据无法上传省平台；二级故障指单个门诊无法正常接种登记；三级故障指个别功能异常但不影响接种。
P:第七条　响应时限：一级故障乙方应在6小时内响应并开始处理，24小时内恢复；二级故障应在8小时内响应，次个工作日内恢复；三级故障在3个工作日内解决。
P:第八条　中心数据库及接口服务的月度可用率不低于99.95%。
P:第九条　乙方未达到第七条响应或恢复时限的，每发生一次扣减当季服务费1,000元；月度可用率未达到第八条要求的，扣减当季服务费2%。
P:第十条　乙方应于每月5日前提交上月巡检报告和运维记录，于每季度结束后5日内提交季度运维报告。
P:第十条之一　重点时段保障：在新生儿集中接种、入托入学查验、流感疫苗和其他群体性接种活动期间，以及省平台版本切换期间，乙方应提前制定保障方案，增派工程师现场值守，并每日向甲方报告系统运行情况。
P:第十条之二　乙方应每月对数据库进行一次完整备份恢复演练，每半年配合甲方开展一次应急演练，演练结果纳入季度考核。
H:第四章　考核与验收
P:第十一条　季度考核指标：故障响应和恢复达标率；接口数据上传及时率不低于99.95%；冷链温度监测数据完整；巡检报告按时提交；门诊满意度调查平均分不低于85分。考核不合格的，乙方应在10日内整改，整改合格后支付当季费用，并按第九条扣减。
P:第十二条　服务期满后，甲方组织年度验收，核查全年运维记录、系统运行状态、文档交接和备份完整性，出具验收意见。
H:第五章　数据安全
P:第十三条　系统中的受种者个人信息、接种记录、疫苗出入库和冷链数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得下载、复制、留存或向任何第三方提供。
P:第十四条　乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业网络安全管理规定：运维操作一律通过甲方堡垒机进行，使用实名账号，禁止使用移动存储介质拷贝数据，测试须使用甲方提供的脱敏数据。
P:第十四条之一　乙方应对其派驻和远程支持人员进行数据安全培训，签署个人信息保护承诺书，人员离岗时当日注销其全部账号。乙方应配合甲方完成等级保护测评和卫生健康主管部门的安全检查，对检查发现的运维问题在规定期限内整改。
P:第十五条　发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案配合处置；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的行政处罚和对受种者的赔偿。
H:第六章　成果归属
P:第十六条　乙方在服务期内编写的运维文档、脚本、接口监控规则和应急预案归甲方所有，乙方应在服务期满时完整移交。
P:第十六条之一　服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完成交接，包括账号、口令、配置、备份介质、未关闭故障清单和全部运维文档，并书面确认其未留存任何甲方数据。交接未完成的，甲方可暂扣最后一期服务费。
H:第七章　违约责任
P:第十七条　乙方未按第十条按时提交巡检报告或季度运维报告的，每迟交一日扣减300元；驻场工程师无故缺岗的，每人每日扣减1,500元。
P:第十八条　因乙方原因导致接种数据丢失或错误上报省平台的，乙方应负责恢复、更正，并赔偿甲方由此造成的损失。
P:第十八条之一　乙方人员在甲方场所违反操作规程造成设备损坏的，乙方应照价赔偿；因乙方未及时更新补丁或未落实巡检导致系统遭受网络攻击的，视为乙方原因，乙方承担相应的恢复费用和损失赔偿责任。上述扣减和赔偿可从应付服务费中直接扣除。
P:第十九条　乙方不得转包或分包本合同项下的任何服务。
P:第二十条　乙方严重违约或季度考核连续两次不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
P:第二十条之一　合同解除的，乙方仍应履行第十六条之一的交接义务；甲方因另行采购运维服务而增加的合理费用，由乙方承担。
H:第八章　争议解决
P:第二十一条　本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。
P:第二十一条之一　争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由停止运维服务。
H:第九章　其他
P:第二十二条　本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：某县疾病预防控制中心　　负责人：________
P:乙方（盖章）：安衡医信软件服务有限公司　　授权代表：________
P:签订日期：2026年12月__日
"""

H263Z05 = """T:仓储管理系统（WMS）软件许可及定制开发合同
P:【仓联云标准合同文本 V4.0 — 本文本由乙方提供，甲方填写空白处】
P:合同编号：CLY-WMS-2027-0087
P:甲方（用户）：绍兴古越腐乳酿造有限公司
P:乙方（开发方）：仓联云软件科技有限公司
P:甲方拟建设原料仓、发酵库、成品仓一体化的仓储管理系统，乙方为专业仓储软件开发商，双方就乙方“仓联云WMS”软件许可、定制开发及实施事宜，达成如下协议。
H:1. 定义
P:1.1 “许可软件”指乙方享有著作权的仓联云WMS标准版软件及其数据库脚本。
P:1.2 “定制开发”指乙方根据甲方需求，为甲方开发的发酵批次追溯、坛位（缸位）管理、腌坯倒库、成品效期预警等功能模块，以及与甲方ERP、称重系统的接口程序。
P:1.3 “上线”指许可软件及定制模块部署在甲方服务器并开通用户账号。
P:1.4 “用户”指经授权可登录系统的甲方员工账号，PDA账号按同时在线数计算。超出许可用户数使用的，乙方有权按价格表补收许可费。
H:2. 合同金额
TB:项目|数量|金额（元）
TB:WMS软件许可（50用户）|1套|420,000
TB:定制开发（批次追溯、坛位管理、接口）|1项|380,000
TB:PDA手持终端|30台×4,200元|126,000
TB:实施与培训|1项|94,000
TB:合计||1,020,000
P:上述金额为含税价。甲方增加用户数、模块或需求变更的，乙方按其当年价格表另行报价。
H:3. 付款方式
P:3.1 本合同签订后5个工作日内，甲方支付合同总额的50%，即510,000元，作为预付款。乙方收到预付款后启动项目。
P:3.2 系统上线后5个工作日内，甲方支付剩余50%，即510,000元。
P:3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务和开发工作直至甲方付清款项。
P:3.4 乙方在收到每期款项后10个工作日内开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。
H:4. 实施与交付
P:4.1 乙方在收到预付款后120日内完成需求调研、定制开发、部署和上线。需求调研结束后，甲方应在5日内书面确认需求规格说明书，确认后需求不得变更，变更视为新增需求另行收费。
P:4.2 甲方应提供服务器、网络、基础数据和业务人员配合。因甲方原因造成的延期，乙方不承担责任，上线期限相应顺延。甲方服务器的操作系统、数据库软件及防病毒软件由甲方自行采购并取得合法授权，其配置须满足乙方提供的部署环境要求。
P:4.3 系统上线即视为甲方验收合格。甲方如在上线后提出问题，乙方在免费维护期内予以处理，但不影响验收的效力和甲方的付款义务。
P:4.4 乙方为甲方仓库管理员、发酵车间班组长和信息部门人员提供一次集中培训，时长两天，培训地点在甲方厂区。超出部分的培训按乙方人天单价另行收费。
P:4.5 PDA手持终端由乙方代为采购并发运至甲方，甲方签收后风险转移至甲方。终端的安装配置由乙方在实施期间一并完成。
P:4.6 甲方基础数据（物料编码、坛位编码、批次规则）的整理和导入由甲方负责，乙方提供导入模板和指导。因基础数据错误导致的系统问题，不属于乙方的维护范围。
H:5. 知识产权
P:5.1 许可软件的知识产权归乙方所有，乙方授予甲方非独占、不可转让的使用许可。
P:5.2 定制开发形成的功能模块、接口程序、源代码及文档的知识产权同样归乙方所有，乙方可将其纳入产品向其他客户销售。甲方仅取得在本单位范围内的使用权，不得自行或委托第三方修改、反编译或复制。
P:5.3 甲方的商标、产品配方及工艺资料仍归甲方所有，乙方不因本合同取得任何权利。乙方保证许可软件不侵犯第三方知识产权。
H:6. 免费维护与后续服务
P:6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。因甲方操作不当、擅自修改配置、病毒或硬件故障导致的问题，不属于免费维护范围，乙方处理时按人天单价收费。PDA手持终端按制造商提供的保修政策处理。
P:6.2 免费维护期内，甲方报告的一级故障（系统无法出入库作业），乙方在12小时内响应；其他问题在3个工作日内响应。响应方式以远程为主，需现场服务的差旅费由甲方承担。
P:6.3 乙方对故障处理的时限不作保证，未能在上述时限内响应或解决的，乙方不承担扣款、赔偿或违约金责任。
P:6.4 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。
P:6.5 未签订年度维护协议的，乙方不再提供缺陷修复、版本升级和技术支持；甲方此后要求乙方恢复服务的，须补缴中断期间的维护费。许可软件的新版本是否向甲方提供，由乙方决定。
H:7. 数据
P:7.1 甲方业务数据由甲方所有。乙方采取防火墙、账号权限分级、数据库每日自动备份和操作日志记录等措施保障系统数据安全；因乙方过错导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，并对甲方的直接损失承担赔偿责任（受第9条限制）。
P:7.2 甲方同意，乙方可采集系统运行数据和脱敏后的业务数据（包括库存周转、批次发酵周期、出入库量），用于乙方产品优化、行业基准分析及新产品研发，该权利在合同终止后继续有效。
P:7.3 合同终止后，甲方可在30日内以乙方提供的标准格式导出业务数据，逾期乙方不再承担保存义务。
H:8. 保密
P:双方对本合同内容及在合作中获悉的对方技术信息和商业信息负有保密义务，未经对方同意不得向第三方披露。乙方依据第7.2条使用数据不受本条限制。
H:9. 违约责任与责任限制
P:9.1 乙方无正当理由延迟上线的，每延迟一日，按合同总额的万分之二向甲方支付违约金，违约金总额不超过合同总额的3%。
P:9.2 乙方在本合同项下承担的全部赔偿责任（包括违约金和损害赔偿），累计不超过合同总额的20%。乙方不承担甲方的利润损失、停工损失、库存损失等间接损失。
P:9.3 甲方违反第5条擅自修改、复制或向第三方提供软件的，应按合同总额的两倍向乙方支付违约金，并赔偿乙方全部损失。
H:10. 第三方服务
P:乙方可根据项目需要，自行委托第三方承担部分开发、实施或现场服务工作，无需征得甲方同意，乙方对第三方的工作成果负责。
H:11. 合同解除
P:11.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。
P:11.2 合同解除的，已支付的预付款不予退还，乙方已完成的工作按乙方标准报价结算。
P:11.3 合同解除或终止后，甲方应停止使用许可软件及定制模块，但双方另有约定的除外。
H:12. 争议解决
P:双方因本合同发生争议的，应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:13. 不可抗力
P:因不可抗力、网络运营商故障、甲方服务器或第三方软件故障造成的延误或损失，乙方不承担责任。
H:14. 其他
P:14.1 本合同自双方签字盖章之日起生效。本文本中的打印条款为乙方标准条款，双方手写修改的内容须经双方盖章确认后方为有效。
P:14.2 本合同一式两份，双方各执一份。附件：需求规格说明书（上线前补充）、用户数清单。
P:14.3 双方的通知以电子邮件或书面方式发送至本合同载明的联系人，发出即视为送达。
P:甲方（盖章）：________　　　　乙方（盖章）：仓联云软件科技有限公司
P:日期：________　　　　　　　　日期：________
"""

H263E01 = """T:Software Licence and Services Agreement — Design Suite Perpetual Licences
P:Agreement No. ISCA-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Fuzhou Minjiang Lacquer Arts Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 66 Gongye Road, Gulou District, Fuzhou, Fujian (the "Customer"), and Laccadoro Design Software S.r.l., a company incorporated in Italy with its registered office at Via del Faro 3, Isola di Isca, Italy (the "Vendor").
H:Recitals
P:A. The Customer designs and manufactures bodiless lacquerware, lacquered furniture and gift items and wishes to move its pattern design, colour layering and production drawing work onto a single digital design platform.
P:B. The Vendor develops and licenses the Laccadoro Design Suite, a surface-design and three-dimensional modelling application for decorative finishes, together with a rendering module.
P:C. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Laccadoro Design Suite and the Rendering Module in the versions listed in Annex 1, including their documentation and any corrections and updates delivered under this Agreement.
P:1.2 "Custom Template Library" means the library of lacquer pattern templates, colour layer presets, gold-leaf and shell-inlay material definitions and production drawing templates developed by the Vendor specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Template Library meet the acceptance criteria.
P:1.4 "Severity 1 Incident" means a fault that prevents all designers at a site from opening, saving or rendering designs.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on up to 25 named workstations for the design seats and 5 workstations for the rendering seats, at the Customer's premises in Fuzhou and Putian.
P:2.2 The Customer may move a licence from one workstation to another by deactivating it on the first, and may make reasonable back-up copies.
P:2.3 The Software source code remains the property of the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, connect it to the Customer's licence server, and train the Customer's designers and IT staff in three on-site sessions of two days each, in Chinese, with an interpreter provided by the Vendor.
P:3.2 The Vendor shall develop the Custom Template Library from the Customer's pattern archive, which the Customer shall make available in digital form within 15 days after signature. The library shall contain at least 400 pattern templates, 60 colour layer presets and 25 production drawing templates.
P:3.3 The Vendor shall complete installation within 45 days and deliver the Custom Template Library within 100 days after signature.
P:3.4 The Customer shall provide workstations meeting the minimum specification in Annex 1, network access to its licence server, a project contact in Fuzhou and access to its design studios during working hours. Where the Customer is late in providing any of these, the dates in Article 3.3 move by the same number of days.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,300,000, inclusive of all taxes, duties, travel and expenses, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Design Suite perpetual licence|25 seats|38,600|965,000
TB:Rendering Module perpetual licence|5 seats|22,000|110,000
TB:Licence subtotal|||1,075,000
TB:Custom Template Library|1 lot|140,000|140,000
TB:Installation and training|1 lot|85,000|85,000
TB:Contract Price|||1,300,000
P:4.2 The Customer shall pay (a) 20% of the Contract Price (CNY 260,000) within 20 days after signature against the Vendor's invoice; (b) 45% (CNY 585,000) after installation of all seats and delivery of the Custom Template Library; and (c) 35% (CNY 455,000) within 20 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the Vendor's account stated in the invoice. Withholding taxes required by PRC law shall be deducted and the Customer shall provide the tax certificates.
P:4.4 The Contract Price is fixed. No other charge, licence key fee, activation fee or travel cost may be invoiced for the scope described in this Agreement unless the Customer has ordered additional work in writing at a price agreed in advance.
H:Article 5 Acceptance
P:5.1 After delivery the Customer shall run acceptance tests within 20 working days. The Software and the Custom Template Library pass when: (a) all 30 seats are activated and open, edit and save the Customer's sample design files; (b) a reference set of 50 designs renders without error, and a full-resolution render of a reference vase design completes within 6 minutes on the Customer's workstations; (c) all templates in the library are present, open correctly and match the approved pattern samples; and (d) production drawings export to the Customer's CNC and printing formats listed in Annex 2.
P:5.2 If a test fails, the Vendor shall correct the fault within 10 working days and the test shall be repeated.
P:5.3 When all criteria are met the Customer shall sign a Final Acceptance certificate. Installation, use of the Software in production or payment of any instalment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session in Chinese or English. The Vendor shall respond to a Severity 1 Incident within 2 hours and provide a workaround or fix within 2 business days; other incidents shall be answered within 1 business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit CNY 1,000 against the next invoice or pay that amount on demand.
P:6.4 After the Warranty Period the Customer may buy annual support at 14% of the Licence subtotal per year (CNY 150,500), a fee fixed for the first three support years. Any later change requires written agreement. Support does not renew automatically; each year is ordered by purchase order.
H:Article 7 Customer Data
P:7.1 Design files, pattern archives and all other data of the Customer ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems, except the pattern archive used under Article 3.2.
P:7.2 The Vendor shall keep the pattern archive in encrypted storage with access limited to named project staff, shall delete all copies after Final Acceptance and confirm the deletion in writing. Remote support sessions require the Customer's approval for each session and are recorded.
P:7.3 The Vendor shall notify the Customer within 24 hours of any loss of, or unauthorised access to, Customer Data and shall be responsible for the resulting loss where caused by the Vendor or its staff.
H:Article 8 Intellectual Property
P:8.1 All rights in the Custom Template Library vest in the Customer on creation. The Customer may use, modify, copy and license it without restriction. The Vendor shall not reuse the Customer's patterns for any other client.
P:8.2 The Vendor warrants that the Software does not infringe any third-party right and shall defend the Customer against any such claim.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Customer's designs and product plans, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation or to deliver the Custom Template Library by the dates in Article 3.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed 50% of the Contract Price. Neither party is liable for loss of profit or indirect loss.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The interpreter named in Annex 3 is approved.
H:Article 12 Termination
P:The Customer may terminate this Agreement by written notice if the Vendor commits a material breach that is not remedied within 30 days after notice, or if delay damages reach their maximum. On termination the Vendor shall refund amounts paid for undelivered items.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Italy.
P:13.2 Any dispute shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration, by a sole arbitrator, seated in Milan, Italy, in the English language.
H:Article 14 General
P:14.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate.
P:14.2 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Annex 1 Software versions. Annex 2 Export formats. Annex 3 Approved interpreter.
P:Signed for the Customer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

H263E02 = """T:ORDER FORM No. BN-2027-0318 — RaftDesk Booking Platform
P:This Order Form is entered into between Wuyishan Nine-Bend River Bamboo Raft Tourism Co., Ltd., Wuyishan, Fujian, People's Republic of China ("Customer"), and Bonivoyage SAS, a French simplified joint-stock company with its seat at 2 Quai du Port, Île Bono, France ("Provider"). It incorporates the RaftDesk General Terms set out in Part B below. If Part A and Part B conflict, Part A prevails.
H:PART A — ORDER DETAILS
P:A1. Background. Customer operates bamboo-raft trips on the Nine-Bend River for about 1.2 million visitors a year, sold through its own ticket windows, its WeChat mini-program, online travel agencies and tour operators. Customer wishes to replace its legacy ticketing software with Provider's RaftDesk cloud platform for bookings, raft and raftsman scheduling, real-name check-in at the Xingcun pier, and settlement with travel agencies.
P:A2. Currency. At Customer's request all fees in this Order Form are stated, invoiced and payable in Chinese yuan (CNY).
P:A3. Subscription Term. Thirty-six (36) months from the Subscription Start Date, which is the date of the Go-Live Certificate under A7. This Order Form expires at the end of the Subscription Term unless the parties sign a new Order Form; there is no automatic renewal.
P:A4. Services and Fees.
TB:Item|Description|Fee (CNY)
TB:RaftDesk Subscription, Year 1|Booking, scheduling, check-in, agency settlement; up to 6,000 bookings per day|186,000
TB:RaftDesk Subscription, Year 2|Same scope|186,000
TB:RaftDesk Subscription, Year 3|Same scope|186,000
TB:Set-up Services|Configuration, data migration, mini-program and OTA connectors, training|42,000
TB:Total Contract Value||600,000
P:A5. Invoicing and payment. Invoice 1, covering the Year 1 Subscription fee and the Set-up Services (CNY 228,000), is issued on signature and is payable within 10 days, before the Set-up Services begin and before the Subscription Start Date. The Year 2 and Year 3 Subscription fees are invoiced 30 days before the start of the relevant subscription year and are payable in advance. Fees are inclusive of VAT; Provider shall issue valid Chinese VAT invoices through its Shanghai representative office.
P:A6. Set-up timetable. Provider shall complete the Set-up Services and make RaftDesk ready for go-live testing within 60 days after receipt of Invoice 1 payment. For each day by which readiness for go-live testing is late, Provider shall pay Customer CNY 450, deducted from the next invoice.
P:A7. Go-Live acceptance. Customer shall test RaftDesk within 10 working days after readiness notice. RaftDesk passes when: (a) tickets can be booked and paid through the ticket windows, the WeChat mini-program and the three OTA connectors listed in Annex 1; (b) a 20-minute load test at 150 bookings per minute completes with no failed transaction; (c) real-name check-in at the pier gates verifies identity cards and QR codes in under 2 seconds; (d) the raft schedule for a sample day of 900 rafts is generated and printed; and (e) the travel-agency settlement statement for a test month reconciles with Customer's records. Customer then signs a Go-Live Certificate. Use of RaftDesk during testing is not acceptance.
P:A8. Customer contacts. Business owner: Head of Ticketing. Technical owner: IT Manager.
P:A9. Set-up scope. The Set-up Services comprise: configuration of trip types, departure piers, raft capacities, ticket categories (adult, child, senior, group, local resident) and dynamic quotas; migration of agency accounts, open bookings and the last two seasons' settlement history from the legacy system; building the WeChat mini-program front end in Customer's branding; connecting the three OTA channels; and two training days for ticket-window staff, schedulers and finance users at Customer's office in Wuyishan.
P:A10. Customer responsibilities. Customer shall provide legacy data extracts in the format agreed at the kick-off meeting, test users at the pier, and timely decisions. Delays caused by Customer extend the timetable in A6 accordingly.
H:PART B — RAFTDESK GENERAL TERMS
H:1. The Service
P:1.1 Provider shall make RaftDesk available to Customer's authorised users over the internet and shall provide the Set-up Services described in Part A.
P:1.2 Provider may improve RaftDesk from time to time, provided that no change materially reduces the functions Customer has subscribed to.
P:1.3 Customer is responsible for its users' account credentials, for the accuracy of the ticket prices and trip rules it configures, and for its own internet connection and pier-gate hardware.
P:1.4 Provider shall keep RaftDesk compatible with the current versions of WeChat, the OTA channel interfaces listed in Annex 1 and the identity-card readers at the pier gates, and shall adapt the connectors within 15 days after any channel changes its interface, at no extra charge.
H:2. Service Levels
P:2.1 Availability. RaftDesk will be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 23:00 and 05:00 China Standard Time.
P:2.2 Support. Customer may report incidents 24 hours a day by telephone, e-mail or the support portal. Provider shall respond to a Priority 1 incident (bookings or check-in unavailable for all users) within 1 hour and restore service within 6 hours; Priority 2 incidents shall be answered within 3 hours; all others within 1 business day.
P:2.3 Service credits. If availability in a month falls below the commitment in 2.1, Provider shall credit 5% of the monthly equivalent of the Subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. Each missed Priority 1 restoration time earns a further credit of CNY 2,000. Credits are set off against the next invoice or, at the end of the term, paid in cash.
P:2.4 Peak season. During the Chinese public holidays of Spring Festival, May Day and National Day, Provider shall have an engineer on standby and shall not perform scheduled maintenance.
P:2.5 Reporting. Provider shall send Customer a monthly service report within 7 days after month end, showing measured availability, all Priority 1 and Priority 2 incidents with their response and restoration times, and the credits due. Customer may dispute a report within 30 days.
H:3. Customer Data
P:3.1 All booking records, visitor identity details, schedules, settlement records and other data entered into or generated by RaftDesk for Customer ("Customer Data") belong to Customer.
P:3.2 Provider shall use Customer Data only to provide RaftDesk and the Set-up Services to Customer and shall not sell it, disclose it to any third party for its own purposes or use it for any other purpose.
P:3.3 On expiry or termination Provider shall make all Customer Data available for export in CSV and SQL formats for 60 days.
H:4. Subcontractors and Hosting
P:4.1 Provider may use subcontractors, including hosting providers, local implementation partners and support centres, to perform any part of the Services. Provider shall inform Customer of the subcontractors it uses by listing them on its support portal and shall give Customer notice of any addition by e-mail; Customer's consent is not required. Provider remains responsible for its subcontractors.
H:5. Intellectual Property
P:5.1 Provider retains all rights in RaftDesk, its software and its documentation.
P:5.2 Configurations, trip rules, report layouts and connector mappings made for Customer ("Customer Configurations") belong to Customer, who may use, modify and license them freely, including to any successor provider. Provider shall hand them over in a documented format on request.
H:6. Confidentiality
P:Each party shall keep confidential the other party's non-public commercial information received under this Order Form, including prices and business plans, and shall not disclose it except to its employees and advisers who need to know it. This obligation survives for three years after the end of the Subscription Term.
H:7. Liability
P:7.1 Each party's aggregate liability under this Order Form is limited to 150% of the Total Contract Value.
P:7.2 The limitation does not apply to death or personal injury caused by negligence, to fraud, or to breach of clause 5.
H:8. Term and Termination
P:8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:8.2 Customer may also terminate if availability falls below 98% in any two months of a rolling six-month period.
P:8.3 On termination by Customer under 8.1 or 8.2, Provider shall refund any prepaid fees for the period after termination.
P:8.4 On expiry or termination Provider shall provide reasonable assistance for the transfer of Customer Data and Customer Configurations to Customer or its new provider, for up to 60 days, at the daily rates in Annex 1, which may not exceed CNY 4,800 per consultant day.
H:9. Governing Law and Disputes
P:9.1 This Order Form is governed by the laws of the People's Republic of China.
P:9.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen, in Chinese or English as the tribunal decides.
H:10. General
P:10.1 Force majeure, including flood closures of the river ordered by the authorities, suspends the affected obligations for its duration; fees are not suspended for closures that do not affect RaftDesk itself.
P:10.2 Notices shall be in writing and sent to the contacts named in A8 and to Provider's legal department at the address above.
P:10.3 This Order Form may be signed in counterparts and by electronic signature.
P:Annex 1 — OTA connectors and pier-gate devices.
P:Signed for Customer: ____________________ Name and title: ____________ Date: ________
P:Signed for Provider: ____________________ Name and title: ____________ Date: ________
"""

H263E03 = """T:Purchase Contract for Grain Silo Temperature and Moisture Monitoring System
P:Contract No. HLJ-SOY-2027-007
P:Buyer: Heilongjiang Black Soil Soybean Farmers' Professional Cooperative, No. 18 Nongken Road, Bei'an, Heihe, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Silotecnica Integrazioni S.p.A., a company organised under Italian law with its registered office at Molo Nord 11, Isola Santo Stefano, Italy, acting in China through its project office in Harbin (the "Supplier").
P:WHEREAS the Buyer stores soybeans from its member farms in twelve steel silos and four flat warehouses and wishes to monitor grain temperature, moisture and carbon dioxide continuously so that heating, moulding and insect activity are detected early; WHEREAS the Supplier supplies and integrates grain monitoring cables, sensors, gateways and software; and WHEREAS this Contract is on the Buyer's standard form, with prices stated in Chinese yuan (CNY) at the Buyer's request; NOW THEREFORE the parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the monitoring system described in Annex 1 (the "System"), comprising temperature cables suspended in each silo, moisture and CO2 sensors, wireless gateways, a monitoring software licence installed on the Buyer's server, and alarm notification to the duty staff's mobile phones.
P:1.2 All equipment shall be new, shall be rated for operation from minus 40 °C to plus 50 °C, and shall carry the certifications required in China for use in grain storage facilities, including explosion-protection certification for equipment installed inside the silos.
P:1.3 The Supplier shall deliver the documentation listed in Annex 1, in Chinese, including as-built drawings, cable position maps for every silo, calibration certificates and operating manuals.
P:1.4 The Buyer shall provide the server, a mains power point near each silo group, and access to the site and silos on reasonable notice, and shall name a project contact with authority to approve installation plans.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,180,000, inclusive of VAT, import duties, transport to the Bei'an site, insurance, installation, commissioning, training and all services during the warranty. The itemised prices are:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Grain temperature cables, 24 m, 8 sensing points|48|9,800|470,400
TB:Moisture and CO2 sensors|96|2,150|206,400
TB:Wireless gateways with solar back-up|12|7,600|91,200
TB:Monitoring software licence, perpetual|1|236,000|236,000
TB:Hardware and Licence Subtotal|||1,004,000
TB:Installation and commissioning|1 lot|158,000|158,000
TB:Training|1 lot|18,000|18,000
TB:Contract Price|||1,180,000
P:2.2 The prices are fixed and shall not change for any reason, including exchange-rate movements.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 118,000) as an advance within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 649,000) within 20 days after the Installation Certificate is signed. The Installation Certificate records that the equipment is installed; it is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% (CNY 413,000) within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid Chinese VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation within 100 days after signature, before the start of the autumn harvest intake.
P:4.2 Installation inside silos shall be carried out only when the silo is empty or with the Buyer's safety officer present, under the Buyer's confined-space and working-at-height rules.
P:4.2A Training. The Supplier shall train the Buyer's warehouse keepers, duty staff and IT administrator on site in Bei'an for three days, covering reading the silo temperature maps, setting alarm thresholds, replacing a sensor, restarting a gateway and exporting reports for the grain quality inspectors. Training materials shall be in Chinese.
P:4.3 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:Section 5 Acceptance
P:5.1 After installation, the System shall run for a trial period of 30 consecutive days with the silos in use. Final Acceptance requires that: (a) every sensing point reports at least once every 30 minutes and data completeness over the trial period is at least 99.95%; (b) temperature readings agree with the Buyer's calibrated reference probe within ±0.5 °C at 20 sample points; (c) moisture readings agree with laboratory tests of grain samples within ±0.8 percentage points; (d) an alarm is delivered to the duty staff's phones within 2 minutes after a threshold set by the Buyer is exceeded; and (e) all documentation in Annex 1 has been delivered.
P:5.2 If the System fails any criterion, the Supplier shall correct it and the trial period shall restart for the affected silos.
P:5.3 When every criterion is met the Buyer shall sign a Final Acceptance Certificate. Use of the System during the trial period or the payment of any instalment does not amount to acceptance.
H:Section 6 Warranty, Service Levels and Support
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During that period it shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 The Supplier shall respond to a Severity 1 fault (loss of data from an entire silo or failure of all alarms) within 30 minutes by telephone or remote connection, have an engineer on site within 24 hours, and restore full operation within 48 hours. Other faults shall be answered within 2 hours and corrected within 5 working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600.
P:6.4 After the warranty, the Buyer may order annual support from the Supplier at 9% of the Hardware and Licence Subtotal per year (CNY 90,360), fixed for the first three support years. Support covers annual recalibration, repairs, software updates and the same response times. There is no automatic renewal; each year is ordered separately in writing.
P:6.5 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
P:6.6 Each spring and autumn during the warranty the Supplier shall inspect every silo installation, check cable suspension points and gateway batteries, and give the Buyer a written inspection report with any recommended actions.
H:Section 7 Buyer Data
P:7.1 All measurement data, alarm records, silo inventories and logs produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The software runs on the Buyer's server in Bei'an. The Supplier may access it remotely only through the Buyer's VPN with individual accounts, after the Buyer has approved each session, and all sessions are logged. The Supplier shall not copy Buyer Data off the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within 12 hours after it becomes aware of any unauthorised access to, or loss of, Buyer Data connected with its work, shall help the Buyer contain it, and shall be liable for the Buyer's losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Silo layouts, alarm rules, report templates and the interface to the Buyer's grain management ledger developed under this Contract belong to the Buyer, who may modify and use them and have them maintained by others.
P:8.2 The monitoring software remains the property of its owner and is licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Buyer's storage volumes, member data and prices, and shall not disclose it to a third party without prior written consent. This obligation survives for three years after the end of the Contract.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts paid for equipment or services not accepted.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 14 Miscellaneous
P:14.1 This Contract is made in Chinese and English; both versions have equal effect. Force majeure suspends the affected obligations for as long as it lasts, provided the affected party gives prompt notice.
P:14.2 Annex 1: System description, silo list and documentation. Annex 2: Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

H263E04 = """T:Managed Services Agreement — Microsoft 365 Support
P:Reference: VAR-MSA-2027-022
P:BETWEEN (1) Xiamen Tongan Oolong Tea Import & Export Co., Ltd., a company established in the People's Republic of China, of 9 Haicang Port Road, Xiamen, Fujian ("Customer"); and (2) Varano Cloud Services S.r.l., a company established in Italy, of Lungolago 5, Isola di Varano, Italy ("Provider").
P:BACKGROUND: Customer exports oolong, white and black tea to buyers in Europe, the Middle East and Southeast Asia and uses Microsoft 365 (Exchange Online, Teams, SharePoint, OneDrive and Intune) for some 140 staff in Xiamen, Anxi and Fuding. Customer wants a single provider to operate and support its tenant. At Customer's request all charges are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Tenant" means Customer's Microsoft 365 tenant and the devices enrolled in it. Microsoft licences are bought by Customer directly and are not part of this Agreement.
P:1.2 "Services" means the onboarding and managed services described in Schedule 1.
P:1.3 "P1 Incident" means an incident that stops e-mail, Teams or SharePoint for all users at a site, or a suspected compromise of an administrator account.
P:1.4 "Service Acceptance" means Customer's written confirmation under clause 4.3.
P:1.5 "Working day" means a day on which banks are open in Xiamen, excluding Saturdays, Sundays and PRC public holidays unless they are official working days.
H:2. Term
P:2.1 This Agreement starts on signature. The managed services run for 24 months from Service Acceptance (the "Service Term").
P:2.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing, at charges the parties then agree; nothing renews automatically.
H:3. Services
P:3.1 Onboarding: Provider shall review the Tenant configuration, apply Customer's approved security baseline (multi-factor authentication for all users, conditional access, mailbox auditing, data-loss-prevention rules for price lists and customer files), enrol all company laptops and phones in Intune, document the Tenant and set up monitoring.
P:3.2 Managed services: a service desk in Mandarin and English from 08:00 to 20:00 China Standard Time on working days, with an on-call engineer outside those hours for P1 Incidents; user and licence administration; mailbox, Teams and SharePoint administration; device compliance management; monthly patch and configuration review; monthly service report; quarterly service review meeting.
P:3.3 Provider shall deliver the Services from its support centre and named engineers listed in Schedule 2, including a Mandarin-speaking engineer based in Xiamen who attends site when needed.
P:3.4 Customer responsibilities: Customer shall keep its Microsoft licences current, name two internal contacts who may approve changes, tell Provider in advance of staff joining and leaving, and make its offices in Xiamen, Anxi and Fuding accessible to Provider's engineer on reasonable notice. Provider is not responsible for failures caused by Customer's own changes made outside the agreed change process.
P:3.5 Change management: Provider shall make no change to conditional access, mail flow, retention or sharing settings without a change request approved by one of Customer's contacts, except emergency action to contain a security incident, which Provider shall report within the same day.
P:3.6 Seasonal support: during the spring and autumn tea seasons, when Customer's buying staff work from the tea gardens, Provider shall extend service desk hours to 22:00 on request made one week in advance, without extra charge.
H:4. Onboarding and Acceptance
P:4.1 Provider shall complete onboarding within 45 days after signature.
P:4.2 If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, up to CNY 27,500.
P:4.3 Acceptance criteria: (a) all users are enrolled in multi-factor authentication; (b) at least 98% of company devices are enrolled and compliant; (c) the security baseline is applied and verified by a test report; (d) the Tenant documentation and runbooks are delivered; and (e) a 10-day supervised run of the service desk closes with no open P1 Incident. Customer signs the Service Acceptance certificate when all criteria are met. Starting the managed services before that date is not acceptance.
H:5. Charges and Payment
P:5.1 The charges are:
TB:Item|Basis|Amount (CNY)
TB:Onboarding|One-time, after Service Acceptance|34,000
TB:Managed services|CNY 21,500 per month x 24 months|516,000
TB:Total contract value||550,000
P:5.2 The onboarding charge is invoiced after Service Acceptance. The monthly charge is invoiced monthly in arrears. Customer pays within 30 days after receipt of a valid Chinese VAT invoice. No amount is payable in advance.
P:5.3 Charges are fixed for the Service Term. Additional users beyond 160 are charged at CNY 120 per user per month.
P:5.4 Provider bears its own travel costs within Fujian Province. Travel outside Fujian requested by Customer is reimbursed at cost against receipts, only if approved in writing beforehand.
H:6. Service Levels
P:6.1 Provider shall respond to P1 Incidents within 30 minutes at any time and work continuously until service is restored or a workaround is in place. P2 Incidents (one function or a group of users affected) shall be answered within 2 hours during service desk hours; P3 requests within 1 working day.
P:6.2 At least 95% of service desk tickets each month shall be resolved within the target times in Schedule 1.
P:6.3 Service credits: for each P1 Incident not answered in time, 5% of that month's charge; for each month in which the resolution target in 6.2 is missed, a further 5%. Credits are deducted from the next invoice, up to 50% of the monthly charge.
P:6.4 Availability of Microsoft 365 itself is Microsoft's responsibility and is not measured under this Agreement, but Provider shall raise and follow up service incidents with Microsoft on Customer's behalf.
P:6.5 The monthly service report shall show ticket volumes, response and resolution times against target, P1 Incidents with root cause, device compliance, security alerts handled, licence usage and credits due. Customer may query a report within 20 days after receiving it.
H:7. Customer Data and Security
P:7.1 All e-mails, files, chats, user data and configuration of the Tenant ("Customer Data") belong to Customer. Provider acts only on Customer's documented instructions and uses Customer Data only to perform the Services.
P:7.2 Provider's engineers use named administrator accounts with multi-factor authentication and privileged access granted only for the time needed; all administrative actions are logged and the logs are available to Customer. Provider shall not export Customer Data from the Tenant.
P:7.3 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Customer Data, and shall not transfer Customer Data out of China except as Customer's own Tenant settings already do.
P:7.4 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting the Tenant, shall take all reasonable steps to contain it, and shall be liable for losses caused by its breach of this clause 7.
H:8. Intellectual Property
P:Documentation, runbooks, scripts and policy configurations prepared by Provider for Customer belong to Customer, who may use, modify and pass them to any successor provider. Provider keeps its general tools and know-how.
H:9. Confidentiality
P:Each party shall keep confidential the other's non-public information, including Customer's price lists, buyer names and shipment details, and use it only for this Agreement. This clause survives for three years after termination.
H:10. Liability
P:Each party's total liability under this Agreement is limited to 150% of the total contract value, except for death or personal injury, fraud, and breach of clauses 7 and 9.
H:11. Subcontracting
P:Provider shall not subcontract any part of the Services without Customer's prior written consent, other than to the named engineers in Schedule 2 who are Provider's employees.
H:12. Termination
P:12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that it does not remedy within 20 days after notice, or if service credits reach the monthly maximum in any three months.
P:12.2 On expiry or termination Provider shall hand over all administrator credentials, documentation and open tickets to Customer or its new provider within 10 working days.
P:12.3 During the handover Provider shall remove its engineers' administrator accounts, confirm in writing that it holds no copy of Customer Data, and answer reasonable questions from the new provider for 30 days at no extra charge.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Milan Chamber of Arbitration under its rules, with the seat of arbitration in Milan, Italy, and the proceedings conducted in English.
H:14. General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, including outages of Microsoft's own services.
P:14.2 This Agreement and its Schedules are the whole agreement. Changes must be in writing and signed by both parties.
P:14.3 Notices must be in writing and sent by courier or e-mail to the addresses above or to another address a party notifies. A notice sent by e-mail is received on the next working day unless the sender receives an error message. This Agreement is signed in English and Chinese; the two texts have equal force.
P:Schedule 1: Service catalogue and resolution targets. Schedule 2: Named engineers and support centre.
P:For Customer: ____________________  Date: __________
P:For Provider: ____________________  Date: __________
"""

H263E05 = """T:Data API Subscription Agreement
P:Agreement No. GZL-API-2027-031
P:Parties: Hangzhou Starlight Livestream E-commerce Agency Co., Ltd., 1 Xixi Creative Park, Xihu District, Hangzhou, People's Republic of China ("Customer"); and Gorgonzola Data Feeds S.r.l., a company incorporated in Italy with its registered office at Via dell'Approdo 7, Isola Gorgonzola, Italy ("Vendor").
P:Background: Customer runs livestream sales for about 90 consumer brands on Douyin, Kuaishou and Taobao Live. Its hosts and merchandisers need current product data (specifications, images, certificates, ingredient lists, origin declarations and reference prices) for imported food, cosmetics and small appliances. Vendor maintains a multilingual product-data catalogue and provides it through an application programming interface. At Customer's request the fees are in Chinese yuan (CNY).
H:§1 Definitions
P:1.1 "API" means Vendor's Product Data API, version 3, and its documentation.
P:1.2 "Catalogue" means the product records made available through the API, including translations into simplified Chinese.
P:1.3 "Customer Data" means the product lists, query logs, brand mappings and notes that Customer sends to or stores in the API.
P:1.4 "Start Date" means the date on which Vendor issues production API credentials and the Catalogue feed under §3.
P:1.5 "Brand Client" means a brand owner or distributor for whom Customer runs livestream sales under a written agency agreement. Customer shall keep a current list of Brand Clients and show it to Vendor on request.
H:§2 Subscription
P:2.1 Vendor grants Customer, for the Term, a non-exclusive right to call the API and to use the Catalogue in Customer's internal systems, live-room scripts, product cards and marketing material for the brands it represents.
P:2.2 The subscription covers up to 3,000,000 API calls and 20 user accounts per month. Calls above that volume are refused, not charged, unless Customer orders an upgrade in writing.
P:2.3 Customer shall not resell the Catalogue as a data set or make the API available to third parties other than its brand clients' staff working on Customer's campaigns.
P:2.4 Customer may store Catalogue records in its own systems for as long as it needs them for campaigns run during the Term, and may keep product cards and recorded livestreams that contain Catalogue content after the Term ends. Customer shall remove bulk copies of the Catalogue from its systems within 60 days after the Term.
H:§3 Onboarding
P:3.1 Vendor shall provide sandbox credentials within 5 working days after signature and production credentials, the full Catalogue feed and the Chinese brand-mapping file within 30 days after signature.
P:3.2 If production credentials and the Catalogue feed are not provided by that date for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay, deducted from the first invoices.
P:3.2A Vendor shall run two online training sessions in Chinese for Customer's merchandisers and developers, covering the API endpoints, the brand-mapping file, search filters, image licensing marks and the procedure for reporting Catalogue errors, and shall provide recorded versions and sample code in Python and Java.
P:3.3 Connection acceptance: within 10 working days after the Start Date Customer shall check that (a) its product-management system retrieves records for a sample of 500 products named in Annex 1; (b) Chinese translations, images and certificates are present for at least 95% of the sample; and (c) price and stock fields refresh at least daily. Customer shall confirm acceptance in writing or list the failures, which Vendor shall correct before the first invoice is issued.
H:§4 Fees and Payment
P:4.1 The subscription fee is CNY 26,500 per month for 24 months (total CNY 636,000), fixed for the Term.
TB:Item|Basis|Amount (CNY)
TB:API subscription, standard tier|CNY 26,500 x 24 months|636,000
TB:Onboarding and brand mapping|Included|0
TB:Total||636,000
P:4.2 Vendor invoices monthly in arrears; Customer pays within 30 days after receiving a valid Chinese VAT invoice issued by Vendor's agent in Shanghai. No fee is payable in advance.
P:4.3 Late payments bear interest at 0.02% per day. Vendor may suspend the API if an undisputed invoice remains unpaid 30 days after a reminder.
P:4.4 The fees include VAT and all other taxes payable in China. Vendor bears its own bank charges and any Italian taxes. Exchange-rate movements between the euro and the yuan do not change the fees.
H:§5 Service
P:5.1 Vendor will use commercially reasonable efforts to keep the API available and to keep the Catalogue accurate and up to date, but does not guarantee uninterrupted or error-free operation.
P:5.2 Vendor provides support by e-mail and through its ticket portal during Italian business hours and will deal with tickets as soon as it reasonably can. Vendor may carry out maintenance at any time and will try to announce it in advance.
P:5.3 Catalogue corrections reported by Customer will be reviewed and, where Vendor agrees with them, applied in a later update of the Catalogue.
P:5.4 Vendor may change the API or release a new version during the Term. Vendor will give Customer notice of changes that remove fields or endpoints Customer uses and will keep the previous version running for a transition period that Vendor considers reasonable.
P:5.5 Customer is responsible for its own systems, network connection and the way its hosts and merchandisers use the data on air, including checking that claims made in a livestream comply with advertising and consumer-protection rules in China.
H:§6 Customer Data and Security
P:6.1 Customer Data belongs to Customer. Vendor processes it only to provide the API to Customer and does not use it for any other purpose, during or after the Term.
P:6.2 Vendor hosts the API for Chinese customers in a data centre in Shanghai, encrypts Customer Data in transit and at rest, restricts access to named operations staff and keeps access logs. Customer Data is not transferred out of China.
P:6.3 Vendor shall notify Customer within 24 hours of any breach affecting Customer Data, take the necessary remedial steps and bear responsibility for the losses its breach causes.
P:6.4 On expiry Vendor shall return Customer Data on request in a standard format and then delete it within 30 days.
P:6.5 Vendor shall not use Customer's query logs to learn which products or brands Customer is preparing to sell, and shall not share information about Customer's searches with any other customer, including other livestream agencies or brand owners.
H:§7 Intellectual Property
P:7.1 The API and the Catalogue remain Vendor's property, subject to Customer's right of use.
P:7.2 Brand mappings, product-card layouts and field mappings prepared for Customer belong to Customer, who may use, modify and share them with any provider.
P:7.3 Vendor warrants that the Catalogue may be used as set out in §2 without infringing third-party rights, in particular in product images and brand logos, and shall defend Customer against claims to the contrary.
H:§8 Confidentiality
P:Each party shall treat as confidential the other party's non-public information, including Customer's brand list, campaign calendar and pricing, and Vendor's technical documentation, and shall not disclose it without the other party's written consent. This duty continues for three years after the Term.
H:§9 Liability
P:9.1 Each party's total liability under this Agreement is limited to 200% of the total fees under §4.1.
P:9.2 The limit does not apply to breach of §6 or §8, infringement under §7.3, fraud or wilful misconduct.
P:9.3 Vendor is responsible for the accuracy of certificates and origin declarations it supplies as such; Customer remains responsible for the claims its hosts make on air. Neither party is liable for indirect or consequential loss, including lost sales from a cancelled livestream, except where §9.2 applies.
H:§10 Subcontracting
P:Vendor shall not subcontract the hosting or the translation of the Catalogue, in whole or in part, without Customer's prior written consent.
H:§11 Term and Termination
P:11.1 This Agreement runs for 24 months from the Start Date and then ends. It does not renew automatically.
P:11.2 This Agreement may not be terminated by Customer before the end of the Term. If Vendor is in breach, Customer's remedies are to require Vendor to perform and to claim damages under §9; Customer shall continue to pay the fees.
P:11.3 Vendor may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a reminder or breaches §2.3.
P:11.4 On expiry or termination Customer's right to call the API ends, §2.4 applies to stored records, and §§6 to 9 continue to apply.
H:§12 Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:§13 General
P:13.1 Force majeure suspends a party's obligations for as long as it prevents performance.
P:13.2 This Agreement is the entire agreement between the parties on its subject. Amendments require writing signed by both parties.
P:13.3 Notices shall be in writing and sent by e-mail and courier to the addresses above, to the attention of Customer's legal department and Vendor's managing director. This Agreement is made in English with a Chinese translation for reference; the English text prevails.
P:Annex 1: Sample product list for connection acceptance.
P:Customer: ____________________  Vendor: ____________________
P:Date: __________  Date: __________
"""

SOURCES = {"h263z01": H263Z01, "h263z02": H263Z02, "h263z03": H263Z03, "h263z04": H263Z04, "h263z05": H263Z05,
           "h263e01": H263E01, "h263e02": H263E02, "h263e03": H263E03, "h263e04": H263E04, "h263e05": H263E05}
FILES = {"h263z01": "h263z01_earthquake_bureau_early_warning_platform.docx",
         "h263z02": "h263z02_baijiu_cellar_climate_monitoring_maintenance.md",
         "h263z03": "h263z03_florist_chain_ordering_delivery_saas.txt",
         "h263z04": "h263z04_county_cdc_vaccination_system_om.pdf",
         "h263z05": "h263z05_fermented_tofu_wms_supplier_template.txt",
         "h263e01": "h263e01_lacquerware_design_software_licences.md",
         "h263e02": "h263e02_bamboo_raft_booking_saas_order_form.txt",
         "h263e03": "h263e03_soybean_silo_sensors_buyer_paper.docx",
         "h263e04": "h263e04_tea_exporter_m365_managed_support.pdf",
         "h263e05": "h263e05_livestream_product_data_api.md"}

# price and payment sums
assert 1286000 + 968000 + 470000 + 612000 + 214000 + 38000 == 3588000 and 1286000 + 968000 + 470000 == 2724000
assert 717600 + 1614600 + 1255800 == 3588000 and 717600 == 3588000 * 20 // 100 and 2724000 * 8 // 100 == 217920
assert 360 * 1180 == 424800 and 24 * 6500 == 156000 and 424800 + 156000 + 286000 + 118000 == 984800
assert 984800 + 96200 + 19000 == 1100000 and 220000 + 495000 + 385000 == 1100000 and 984800 * 22 / 100 == 216656
assert 80 * 3600 * 3 == 864000 and 864000 + 126000 == 990000 and 80 * 3600 / 4 == 72000
assert 216000 + 134000 + 82000 + 36000 == 468000 and 4 * 117000 == 468000
assert 30 * 4200 == 126000 and 420000 + 380000 + 126000 + 94000 == 1020000 and 510000 * 2 == 1020000
assert 25 * 38600 == 965000 and 5 * 22000 == 110000 and 965000 + 110000 == 1075000
assert 1075000 + 140000 + 85000 == 1300000 and 260000 + 585000 + 455000 == 1300000 and 1075000 * 14 / 100 == 150500
assert 3 * 186000 + 42000 == 600000 and 186000 + 42000 == 228000
assert 48 * 9800 == 470400 and 96 * 2150 == 206400 and 12 * 7600 == 91200 and 470400 + 206400 + 91200 + 236000 == 1004000
assert 1004000 + 158000 + 18000 == 1180000 and 118000 + 649000 + 413000 == 1180000 and 1004000 * 9 / 100 == 90360
assert 24 * 21500 == 516000 and 516000 + 34000 == 550000 and 24 * 26500 == 636000

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# (language, category, terms in KEYS order, sla_clause, ld_stated, capped or None, deemed, contract value,
#  fee base, foreign forum, figures that must appear in the text, planned rules)
PLAN = {
 "h263z01": ("zh", "hardware", [99.99, 0.25, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False,
             True, False, "PRC", G], True, True, True, False, 3588000, 2724000, False,
             ["99.99%", "15分钟内响应", "万分之八", "20%", "三年", "8%", "2,000元", "3,588,000"], []),
 "h263z02": ("zh", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False,
             True, False, "PRC", G], True, True, True, False, 1100000, 984800, False,
             ["2小时内响应", "千分之一", "20%", "六个月", "22%", "216,656", "1,100,000"],
             ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h263z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 800 / 990000 * 100, 150, None, True, None,
             None, None, True, True, False, "PRC", S], True, True, None, False, 990000, None, False,
             ["99.5%", "30分钟内响应", "800元", "150%", "8%", "去标识化", "990,000"],
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h263z04": ("zh", "services", [99.95, 6, True, "buyer", True, True, False, 300 / 468000 * 100, None, None, True, None,
             None, None, False, True, False, "PRC", S], True, True, None, False, 468000, None, False,
             ["99.95%", "6小时内响应", "300元", "1,000元", "468,000"], ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
 "h263z05": ("zh", "software", [None, 12, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None,
             False, True, True, None, G], True, True, False, True, 1020000, 420000, False,
             ["12小时内响应", "万分之二", "20%", "50%", "六个月", "当年公布的价格标准", "无需征得甲方同意", "1,020,000"],
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
              "CR-WARRANTY"]),
 "h263e01": ("en", "software", [None, 2, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 18, 14, False, True,
             False, "Italy", G], True, True, True, False, 1300000, 1075000, True,
             ["within 2 hours", "0.1%", "50%", "20%", "18 months", "14%", "laws of Italy", "1,300,000"],
             ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
 "h263e02": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 450 / 600000 * 100, 150, 228000 / 600000 * 100,
             True, None, None, None, False, True, True, "PRC", S], True, True, None, False, 600000, None, False,
             ["99.95%", "within 1 hour", "CNY 450", "150%", "228,000", "consent is not required", "600,000"],
             ["CR-DATA-SECURITY", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
 "h263e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False,
             True, False, "PRC", G], True, True, True, False, 1180000, 1004000, False,
             ["within 30 minutes", "0.08%", "200%", "10%", "24 months", "9%", "1,180,000"], []),
 "h263e04": ("en", "services", [None, 0.5, True, "buyer", True, True, True, 500 / 550000 * 100, 150, None, True, None,
             None, None, False, True, False, "PRC", S], True, True, None, False, 550000, None, True,
             ["within 30 minutes", "CNY 500", "150%", "seat of arbitration in Milan", "550,000"],
             ["CR-GOVERNING-LAW"]),
 "h263e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 400 / 636000 * 100, 200, None, True, None,
             None, None, False, False, False, "PRC", S], False, True, None, False, 636000, None, False,
             ["commercially reasonable efforts", "CNY 400", "200%", "may not be terminated by Customer", "636,000"],
             ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
}


def tco_share(t, value, base):
    """policy §4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return value + fees, fees / (value + fees) * 100


def apply_rules(t, x, base, foreign_forum):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if pw is not None and x["post_warranty_fee_capped"] and tco_share(t, x["contract_value"], base)[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or foreign_forum:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    lang, cat, vals, sla, ld, capped, deemed, value, base, foreign, must, planned = PLAN[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = apply_rules(terms, extra, base, foreign)
    assert rules == sorted(planned), (key, rules, planned)
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}


def pct(n):
    return r"(?<![\d.])%s\s*(?:%%|％|per ?cent)" % n


THRESHOLDS = [pct(30), "百分之三十", r"thirty per ?cent", r"(?<![\d.])4\s*(?:小时|个小时|hours?|-hour)",
              r"(?<![十\d])四个?小时", r"\bfour[- ]hours?\b", r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
              r"(?<![\d.])0\.05(?!\d)", r"万分之五", pct(15), "百分之十五", r"fifteen per ?cent",
              r"(?<![\d.])12\s*(?:个月|months?|-month)", "十二个月", r"twelve[- ]months?", r"\bone[- ]year\b", "(?<!每)一年",
              pct(100), "百分之百", "百分之一百", r"one hundred per ?cent", pct(40), "百分之四十", r"forty per ?cent",
              r"(?<![\d.])5\s*(?:年|years?|-year)", "五年", r"\bfive[- ]years?\b"]
POS = ["30%", "百分之三十", "4小时", "4 hours", "四小时", "99.9%", "0.05%", "万分之五", "15%", "12个月", "12 months",
       "twelve months", "one year", "质保期一年", "100%", "40%", "forty per cent", "5 years", "五年"]
NEG = ["130%", "24小时", "24 hours", "二十四小时", "99.95%", "99.99%", "0.055%", "115%", "1.5%", "120 months",
       "每一年", "200%", "140%", "25 years", "0.5%", "14 hours"]


def scan(text):
    return [(rx, m.group(0)) for rx in THRESHOLDS for m in re.finditer(rx, text, re.I)]


def self_test():
    for p in POS:
        assert scan(p), p
    for n in NEG:
        assert not scan(n), (n, scan(n))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, src in SOURCES.items():
        plain = render_txt(src)
        for fig in PLAN[key][10]:
            assert fig in plain, (key, fig)
        assert not scan(plain), (key, scan(plain))
    targets = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for key, name in FILES.items():
        if name.endswith(".md"):
            (OUT / name).write_text(render_md(SOURCES[key]), encoding="utf-8")
        elif name.endswith(".txt"):
            (OUT / name).write_text(render_txt(SOURCES[key]), encoding="utf-8")
        lab = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    for key, name in FILES.items():
        lang = PLAN[key][0]
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "" if lang == "zh" else " ", text)
        hits = scan(text) + scan(flat)
        assert not hits, (name, hits)
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        lab = label(key)
        extra = ""
        if lab["expected_terms"]["contract_kind"] == G and lab["expected_terms"]["post_warranty_fee_pct"] is not None:
            tco, share = tco_share(lab["expected_terms"], PLAN[key][7], PLAN[key][8])
            extra = " TCO %.0f share %.1f%%" % (tco, share)
        print("%s %s %d %s risk=%s rules=%s%s" % (name, lang, n, "ok" if lo <= n <= hi else "OUT OF RANGE",
                                                  risk(lab["expected_rules"]), ",".join(lab["expected_rules"]), extra))
        assert lo <= n <= hi, (name, n)
