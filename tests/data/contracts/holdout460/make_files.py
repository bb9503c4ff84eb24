"""holdout460: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py
Writes the ten contract files (.pdf/.docx via ../word_pdf.py, .txt/.md as is) and the ten .json labels, then
reads every built file back, checks lengths, scans for threshold figures, derives the expected rules from the
labels (own reading of policy.md section 3) and checks them against the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
H460Z01 = """
T:临江市网约车监管平台建设项目采购合同
P:合同编号：LJJT-ZC-2026-017
P:采购人（甲方）：临江市交通运输局
P:地址：临江市滨江大道188号
P:供应商（乙方）：临江云程信息科技有限公司
P:地址：临江市高新区创业路66号
P:鉴于甲方通过公开招标方式采购“临江市网约车监管平台建设项目”（项目编号：LJCG2026-0331），乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供网约车监管平台软件许可（永久许可，不限用户数），并按甲方需求完成定制开发，包括：与省级网约车监管信息交互平台的数据对接，车辆及驾驶员合规性核验模块，订单与轨迹异常预警模块，执法稽查移动端，以及局领导驾驶舱。
P:1.2 乙方负责历史数据迁移、系统部署、联调、培训及质保期内的维护服务。平台部署在甲方政务云资源上，由甲方提供云主机及数据库资源，乙方提出资源配置清单。
P:1.3 具体功能、性能及接口要求以招标文件第三章《采购需求》及经甲方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,120,000元（大写：贰佰壹拾贰万元整），为固定总价，含税及乙方完成本项目的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可费（永久许可）|1,180,000
TB:2|定制开发费（省平台对接、核验、预警、移动端、驾驶舱）|760,000
TB:3|数据迁移及部署实施费|148,000
TB:4|培训费|32,000
TB:合计||2,120,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即424,000元。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即954,000元。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即742,000元。
P:3.4 乙方应在每次付款前开具等额合法发票。甲方付款受财政资金拨付程序约束，因此延误的，不视为甲方违约。
H:第四条 实施进度与人员
P:4.1 乙方应在合同签订后60日内完成部署及数据对接，90日内完成全部定制开发并提交初验，初验合格后进入为期90日的试运行。
P:4.2 乙方应在实施期间派驻项目经理及不少于6名开发人员驻场，关键人员变更须经甲方书面同意。
P:4.3 乙方应为甲方业务科室及执法大队提供不少于8期培训，并提交培训记录及考核结果。
H:第五条 验收
P:5.1 初验标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）与省级平台数据对接连续7日无丢包、无积压，数据上报及时率达到省平台考核要求；（3）在500个并发用户下，常用查询响应时间不超过3秒；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 终验标准：试运行期满，期间未发生一级故障，初验遗留问题全部关闭，并提交源代码、部署文档、操作手册等全部交付资料。
P:5.3 甲方在收到验收申请后10个工作日内组织验收，出具书面验收意见。系统上线运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为36个月，自终验合格之日起计算。质保期内乙方免费提供故障处理、缺陷修复、版本升级及政策性功能调整。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的10%（即不超过118,000元/年），该上限在质保期满后两个服务年度内保持不变，具体以双方另行签订的运维合同为准。运维合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或省平台数据上报中断）30分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障次日解决。
P:7.3 乙方未达到7.2约定的响应或恢复时限的，每超时1小时扣减1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元。扣减金额从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发形成的软件、接口程序、源代码、文档及其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用及部署。
H:第九条 数据安全
P:9.1 平台中的车辆、驾驶员、订单及轨迹数据均属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经甲方堡垒机进行，不得将数据复制或带离甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约过程中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统未通过验收，经整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明，履行期限相应顺延。
H:第十六条 其他
P:16.1 双方的通知应以书面形式送达本合同首部所列地址，一方地址变更的，应及时书面通知对方。
P:16.2 乙方应遵守政府采购廉洁从业规定，不得向甲方工作人员提供任何不正当利益。
P:16.3 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市交通运输局　　乙方（盖章）：临江云程信息科技有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2026年5月　日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, LD-LOW + SUBCONTRACT)
H460Z02 = """
T:注塑机群控制系统改造及维保合同
P:合同编号：HX-SB-2026-052
P:甲方（买方）：宁海恒鑫塑胶制品有限公司
P:乙方（卖方）：慈溪智控自动化设备有限公司
P:甲方二号车间现有注塑机48台，控制器老化、能耗偏高且无法联网。为实现节能降耗和生产数据集中采集，甲方委托乙方对注塑机群控制系统进行改造并提供维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:1. 合同标的
P:1.1 乙方为甲方48台注塑机更换控制器及人机界面，为其中24台进行伺服节能改造，安装数据采集网关，部署集中监控软件，并完成工艺参数迁移、调试及培训。
P:1.2 设备及软件的品牌、型号、技术参数以附件1《技术规格书》为准。乙方保证所供设备为原厂全新产品，来源合法。
H:2. 合同价格
P:2.1 本合同总价为人民币1,780,000元（含13%增值税），包括设备、软件、运输、安装、调试、培训等全部费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|注塑机控制器（含人机界面）|48台|16,500|792,000
TB:2|伺服节能改造套件|24套|21,000|504,000
TB:3|数据采集网关|12台|6,800|81,600
TB:4|集中监控软件许可（64台机位，永久）|1套|186,000|186,000
TB:5|工业交换机、光纤及机柜|1批|57,400|57,400
TB:|软硬件小计|||1,621,000
TB:6|安装调试及工艺参数迁移|1项|138,000|138,000
TB:7|操作及维护培训|1项|21,000|21,000
TB:|合计|||1,780,000
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即178,000元。
P:3.2 全部设备到货并完成安装后10个工作日内，甲方支付合同总价的55%，即979,000元。到货安装不视为验收。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即623,000元。
P:3.4 乙方应在每笔付款前提供等额增值税专用发票。
H:4. 交货与施工
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方二号车间。改造施工分四批进行，每批12台，每批停机时间不超过3日，具体排产由甲方生产部确认。
P:4.2 乙方施工人员应遵守甲方安全生产及车间管理制度，动火、登高及带电作业须办理作业票。
H:5. 验收
P:5.1 每批改造完成后，乙方进行单机调试，甲方按附件2逐台确认动作、温控及报警功能。
P:5.2 全部改造完成后连续试生产30日，满足以下条件的，甲方出具终验证书：（1）改造机台成品合格率不低于改造前水平；（2）伺服改造机台单位能耗较改造前下降不少于25%，以第三方电能计量为准；（3）集中监控软件实时采集全部48台机台的开机、周期、温度、压力及报警数据，刷新周期不超过5秒；（4）试生产期间未发生因改造导致的停机事故。
P:5.3 任一条件未满足的，乙方应在10日内整改并重新试生产。
H:6. 质保与维保
P:6.1 质保期为24个月，自终验之日起计算。质保期内乙方免费更换故障部件并提供软件升级。
P:6.2 质保期内故障响应：一级故障（单台或多台停机）1小时内响应，8小时内到场处理；二级故障（数据采集中断、报警异常）2小时内响应，次日处理完毕。乙方未按时响应或到场的，每超时1小时扣减800元。
P:6.3 质保期满后，乙方提供维保服务，年维保费为软硬件小计的9%，即145,890元/年，质保期满后三个服务年度内不上调。维保范围包括每季度巡检、故障处理、备件更换（易损件除外）及软件升级。
H:7. 知识产权
P:7.1 集中监控软件的知识产权归乙方或原厂所有，甲方享有永久使用权。
P:7.2 乙方为本项目编写的工艺参数模板、PLC程序、数据接口及报表，其知识产权归甲方所有，乙方应交付源程序及说明文档。
H:8. 数据安全
P:8.1 生产数据、工艺参数及配方均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方信息部审批并通过甲方指定的VPN接入，操作全程留痕。乙方应采取防病毒及访问控制措施，不得在设备中留有未告知的远程通道。
P:8.3 因乙方原因造成数据泄露、篡改或生产系统受到网络攻击的，乙方应立即通知甲方，并承担由此造成的全部损失。
H:9. 保密
P:9.1 双方对在履约过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 因乙方施工造成甲方设备损坏或人员伤害的，由乙方负责赔偿。
H:11. 分包
P:11.1 乙方可将现场布线、桥架安装等辅助工程分包给具备相应资质的第三方，但应提前三个工作日书面通知甲方，并对分包方的工作承担责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:14. 不可抗力
P:14.1 因不可抗力导致不能按期履行的，受影响一方应及时书面通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:15. 安全生产与环保
P:15.1 乙方应对其施工人员进行安全教育，为其购买意外伤害保险，并负责施工区域的临时防护。施工产生的旧控制器、线缆等废弃物由乙方分类清运，旧控制器经甲方清点后由甲方处置。
P:15.2 改造期间乙方应配合甲方生产计划调整施工顺序，不得擅自停用未列入当批改造计划的机台。
H:16. 技术资料
P:16.1 乙方应在终验前向甲方提交竣工图纸、电气原理图、设备说明书、软件操作手册、备件清单及工艺参数备份，纸质版一式两份并附电子版。
H:17. 培训
P:17.1 乙方应分两期对甲方操作工、工艺员及设备维修人员进行培训，内容包括新控制器操作、工艺参数设置、常见报警处理、伺服系统日常检查及集中监控软件使用。培训结束后乙方组织考核，考核合格人员不少于30名。
P:17.2 培训教材及视频资料归甲方所有，甲方可用于内部培训。
P:17.3 质保期内甲方新入职的设备维修人员，乙方应根据甲方要求每半年安排一次补充培训，不另行收费。
H:18. 其他
P:18.1 附件1《技术规格书》、附件2《单机调试确认表》为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：宁海恒鑫塑胶制品有限公司　　乙方（盖章）：慈溪智控自动化设备有限公司
P:授权代表：________　　授权代表：________　　日期：2026年6月　日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）, SLA-AVAILABILITY + DATA-OWNERSHIP)
H460Z03 = """驾校排课及学员管理系统（SaaS）服务合同

合同编号：JX-FW-2026-009
甲方：江城顺达机动车驾驶员培训有限公司
乙方：杭州驾云网络科技有限公司

甲方在江城市区及所辖县区共设12家校区，为统一学员报名、排课约车、教练管理和结业统计，拟使用乙方“驾云”排课及学员管理系统（以下简称“系统”）。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方12家校区开通系统，包括报名建档、科目二和科目三排课约车、教练员及教练车管理、学员微信小程序、财务收费、学时统计及经营报表功能。
（二）乙方负责系统实施，包括组织架构及收费标准配置、历史学员数据导入、与甲方现有计时培训终端的数据对接、定制经营报表开发及培训。
（三）系统部署在乙方租用的境内云服务器上，乙方负责系统运行、备份和安全防护。

二、服务期限
（一）服务期共三个服务年度，自2026年7月1日起至2029年6月30日止。
（二）服务期满前60日，双方协商续签事宜。本合同不自动续期。

三、服务费用
（一）订阅费：每家校区每服务年度14,500元，12家校区每服务年度合计174,000元，三个服务年度合计522,000元。
（二）实施费：一次性96,000元，含数据导入、终端对接、定制报表及培训。
（三）合同总价：618,000元（含6%增值税）。
（四）服务期内订阅费单价不变。甲方增开校区的，按同一单价按月折算。

四、付款方式
（一）实施费在系统上线验收合格后15个工作日内一次性支付。
（二）订阅费按服务年度支付，甲方在每个服务年度开始后20个工作日内支付该服务年度的订阅费。
（三）乙方应在付款前开具合法有效的增值税发票。

五、实施与验收
（一）乙方应在2026年7月31日前完成全部12家校区的配置、数据导入和终端对接。
（二）上线验收标准：1. 合同附件所列功能全部可用；2. 历史学员数据导入后经抽查核对，学员档案、已缴费用及已完成学时无差错；3. 与计时培训终端对接后，学时数据在5分钟内同步至系统；4. 在800名学员同时约车时，约车操作响应时间不超过2秒；5. 12家校区操作人员完成培训并通过考核。
（三）甲方在收到上线验收申请后7个工作日内完成验收，并出具书面验收意见。系统试用或甲方开始使用，不视为验收合格。

六、服务水平
（一）乙方保证系统每月可用率不低于99.5%（经甲方同意的计划内维护时间除外）。
（二）故障响应：一级故障（系统无法登录或约车功能不可用）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日修复；三级问题在下一版本中解决。
（三）服务补偿：月可用率低于约定值的，乙方按当月订阅费（按服务年度订阅费的十二分之一计算）的5%给予服务抵扣；低于99%的，抵扣比例为10%；一级故障响应或恢复超时的，每次抵扣1,000元。抵扣金额从下一期订阅费中扣减。

七、数据权属与使用
（一）甲方学员的身份信息、报名信息、学时记录、缴费记录等业务数据归甲方所有。
（二）乙方有权对甲方业务数据进行去标识化处理后，用于系统功能改进、驾培行业经营分析报告及乙方其他产品的开发，该使用权在本合同终止后继续有效。

八、数据安全
（一）乙方应按网络安全等级保护第二级以上要求运行系统，对学员个人信息加密存储、按岗位分配权限，并保留操作日志不少于180日。
（二）乙方每日备份甲方数据，备份数据保存在境内。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任及相应法律责任。
（四）合同终止后30日内，乙方应将甲方数据以通用格式完整交付甲方，并删除其系统中的甲方数据。

九、知识产权
（一）系统平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制开发的经营报表及终端对接程序，其知识产权归甲方所有，甲方有权自行修改使用或交由第三方维护。

十、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

十一、违约责任
（一）乙方未能在第五条约定时间前完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失及数据泄露造成的损失除外。

十二、分包
乙方不得将本合同项下的服务转包。未经甲方书面同意，乙方不得将任何部分分包给第三方。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还未履行服务期的订阅费。
（二）系统连续两个月可用率低于99%的，甲方有权解除本合同。

十四、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十五、培训与支持
（一）乙方应为12家校区的前台、教练员和财务人员分批提供现场或线上培训，并提供操作手册和视频教程。
（二）乙方提供工作日9:00至21:00的客服热线和在线客服，周末及节假日提供值班电话。
（三）系统版本升级须提前7日通知甲方，升级不得影响学员约车高峰时段（每日7:00至9:00及18:00至20:00）。

十六、甲方义务
（一）甲方应指定项目联系人，及时提供校区信息、收费标准、教练员及教练车资料和历史学员数据，并对数据的真实性负责。
（二）甲方应妥善保管各校区账号，离职人员账号应及时停用。因甲方账号管理不善造成的损失由甲方承担。
（三）甲方应按照合同约定及时支付费用，并按乙方提供的操作规范使用系统。

十七、人员与沟通
（一）乙方指定一名客户成功经理作为甲方的日常联系人，负责需求收集、问题跟踪和服务报告。
（二）乙方每季度向甲方提交服务报告，包括系统可用率、故障处理情况、功能使用情况及改进建议，并与甲方召开季度服务沟通会。
（三）甲方考试政策或计时培训监管要求发生变化的，乙方应在监管部门规定的期限内完成系统适配。

十八、服务变更
甲方在服务期内关闭或新增校区的，应提前30日书面通知乙方，订阅费按实际开通校区数量按月调整。甲方提出新增定制功能的，双方另行签订补充协议确定范围、费用和工期。

十九、不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

二十、通知
双方指定的联系人及联系方式见合同附件。一方变更联系人的，应提前3个工作日书面通知对方。

二十一、其他
本合同附件包括功能清单、实施计划及定制报表需求。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：江城顺达机动车驾驶员培训有限公司
乙方（盖章）：杭州驾云网络科技有限公司
签订日期：2026年6月　日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, SLA-NO-REMEDY + TERMINATION)
H460Z04 = """梧州市残疾人服务信息系统运维服务合同

项目名称：梧州市残疾人服务信息系统2026年度运维服务
采购方式：竞争性磋商（项目编号：WZCG-2026-C0417）
采购人（甲方）：梧州市残疾人联合会
成交供应商（乙方）：广西桂信数智科技有限公司

根据竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就梧州市残疾人服务信息系统运维服务事项订立本合同。

（1）服务对象
梧州市残疾人服务信息系统，包括残疾人基本信息库、残疾人证管理、康复服务、就业服务、托养服务、两项补贴发放、信访受理七个子系统，以及与省残联系统、民政及人社部门的数据交换接口。系统部署于梧州市政务云，共12台虚拟机及1套数据库。

（2）服务内容
乙方提供以下运维服务：系统日常监控及巡检；故障处理；数据库维护与备份检查；操作系统及中间件补丁更新；因政策调整引起的小规模功能调整（每次不超过10人日，全年不超过60人日）；数据统计报表支持；对各县区残联操作人员的业务培训；配合等级保护测评及整改。乙方派驻1名运维工程师在甲方现场办公，工作日8:30至17:30在岗。

（3）服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满后，甲方按规定重新组织采购，本合同不自动续期。

（4）合同金额
本合同总金额为人民币368,000元（大写：叁拾陆万捌仟元整），包括驻场人员费用、远程支持、备件及差旅等全部费用。甲方不再支付其他费用。

（5）付款方式
运维服务费按季度支付，每季度92,000元。每季度结束且该季度考核合格后，甲方在15个工作日内支付上一季度服务费。本合同不设预付款。

（6）服务水平
① 故障分级：一级故障指系统整体无法访问或两项补贴发放功能中断；二级故障指单个子系统或接口异常；三级故障指个别功能或报表问题。
② 响应及处理时限：一级故障30分钟内响应，3小时内恢复；二级故障1小时内响应，8小时内处理完毕；三级故障1个工作日内响应，5个工作日内解决。
③ 巡检：每周一次例行巡检，每月提交运维月报，每季度提交数据库健康检查报告。
④ 每月第一个工作日前完成上月数据备份恢复演练，并形成记录。
⑤ 乙方未达到上述服务水平的，应向甲方提交书面说明，并在甲方要求的期限内整改。

（7）人员要求
驻场工程师须具备三年以上政务系统运维经验。乙方更换驻场人员须提前10个工作日书面告知甲方并经甲方同意，且新人员资历不低于原人员。

（8）年度任务
乙方应在2026年9月30日前完成系统数据库版本升级，在2026年12月31日前配合甲方完成等级保护测评整改项。

（9）考核与验收
甲方每季度按运维考核表对乙方进行考核，考核内容包括故障处理时效、巡检及报告完成情况、驻场出勤及用户满意度。服务期满后，甲方按以下标准进行年度验收：运维记录完整，年度任务全部完成，无因乙方原因造成的数据丢失或泄露事件，季度考核均为合格以上。甲方出具书面验收意见。

（10）数据安全
① 系统中的残疾人个人信息及各类业务数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的。
② 乙方运维操作须通过甲方堡垒机进行，不得私自导出、复制数据，不得使用个人设备存储数据。驻场工程师须签署数据安全承诺书。
③ 发生数据泄露、丢失或系统被攻击的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

（11）保密
乙方对履约中知悉的残疾人个人信息、甲方工作秘密及系统架构、口令等信息负有保密义务，不得向任何第三方披露。本义务在合同终止后继续有效。

（12）知识产权
乙方在运维过程中为甲方编写的脚本、补丁、报表及功能调整程序，其知识产权归甲方所有，乙方应将源程序及文档交付甲方。

（13）违约责任
乙方未能按第（8）项约定时间完成年度任务的，每逾期一日，按合同金额的千分之一向甲方支付违约金。因乙方原因造成甲方损失的，乙方应予赔偿。

（14）分包
乙方不得将本合同项下服务转包或分包给第三方。

（15）合同变更
合同履行期间，任何变更须经双方协商一致并签订书面补充协议。

（16）合同解除
本合同在服务期内，经双方协商一致可以解除。除此之外，任何一方不得单方解除本合同。

（17）争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向梧州市仲裁委员会申请仲裁。

（18）运维工具与资料
乙方应在服务期开始后30日内完成系统现状梳理，形成系统架构图、服务器及账号清单、接口清单和应急预案，经甲方确认后作为运维基线。服务期结束时，乙方应将全部运维记录、配置文档、账号口令及源程序移交甲方，并配合后续服务商完成交接，交接期不少于15日。

（19）应急保障
在全国助残日、残疾人证集中换发及补贴集中发放期间，乙方应安排专人值守，提前完成系统压力检查和数据备份。遇重大活动保障需要的，乙方应按甲方通知增派技术人员，不另行收费。

（20）甲方义务
甲方应为驻场工程师提供办公场所、网络接入及必要的办公设备，指定专人负责运维工作的日常对接，及时审批运维操作申请，并组织县区残联配合乙方开展培训和问题排查。甲方调整业务流程或新增接口需求的，应提前书面告知乙方，超出第（2）项范围的开发工作由双方另行协商。

（21）运维报告
乙方每月5日前提交上月运维月报，内容包括故障统计及处理情况、巡检发现的问题及整改建议、数据备份及恢复演练记录、系统资源使用情况。每季度末提交季度运维总结，服务期满前提交年度运维总结报告及下一服务年度的运维建议。

（22）服务交接
服务期开始前，乙方应与上一服务商完成交接，接收系统账号、文档及历史运维记录，核对服务器、数据库及接口运行状态，并将交接中发现的问题书面报告甲方。交接期间系统出现故障的，乙方应协助处理。

（23）等级保护配合
乙方应按甲方要求提供系统资产清单、安全配置说明和运维管理制度，配合测评机构开展现场测评，并在测评报告出具后按整改清单完成技术整改，整改完成后提交整改报告。

（24）履约检查
甲方可随时检查乙方的运维记录、驻场考勤和巡检报告，乙方应如实提供。甲方在检查中发现问题的，乙方应在甲方规定的期限内整改，并将整改结果书面报告甲方。

（25）廉洁条款
乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。甲方工作人员不得向乙方索取或收受财物。

（26）其他
竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方签字盖章之日起生效。

甲方（盖章）：梧州市残疾人联合会
乙方（盖章）：广西桂信数智科技有限公司
签订日期：2026年3月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template, many problems)
H460Z05 = """# 蓝仓WMS仓储管理系统软件许可及实施合同

**蓝仓标准合同文本 V4.0（2026版）**

合同编号：LC-WMS-2026-________

甲方（客户）：漳州甜蜜园糖果食品有限公司

乙方（供应商）：厦门蓝仓软件技术有限公司

甲方因成品仓、原辅料仓及冷库管理需要，向乙方购买“蓝仓WMS”仓储管理系统软件许可，并委托乙方进行定制开发和实施。双方经协商一致，签订本合同。

## 第一条 定义

1.1 “标准软件”指乙方享有知识产权的蓝仓WMS及其功能模块。

1.2 “定制开发成果”指乙方根据甲方需求开发的接口程序、功能模块、报表及相关文档。

1.3 “上线”指系统在甲方仓库投入实际业务使用。

## 第二条 合同内容与价格

2.1 乙方向甲方提供标准软件永久使用许可（不限仓库数，RF手持终端用户40个），并完成以下工作：与甲方用友ERP系统的出入库单据接口，与生产MES系统的成品下线接口，冷库温湿度监控对接，批次及保质期先进先出管理的定制开发，系统部署及培训。

2.2 合同价格明细：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蓝仓WMS标准软件许可（含批次保质期、波次拣货、RF作业模块） | 1,280,000 |
| 2 | 定制开发（ERP接口、MES接口、冷库温湿度对接、先进先出规则） | 260,000 |
| 3 | 实施部署及培训 | 80,000 |
| | **合同总价** | **1,620,000** |

2.3 上述价格含税。甲方提出超出本合同范围的需求的，双方另行签订补充协议。

## 第三条 付款

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即810,000元。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即729,000元。

3.3 系统上线满三个月后10个工作日内，甲方支付合同总价的5%，即81,000元。

3.4 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施或维护服务。

## 第四条 实施

4.1 乙方在收到首期款后开始实施，计划在90日内完成系统上线。具体进度以双方确认的实施计划为准。

4.2 甲方应提供服务器、网络、RF终端及必要的配合人员，并按乙方要求及时确认需求和测试结果。因甲方原因导致进度延误的，实施期限相应顺延。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方进行上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方在维护期内予以处理，但不影响验收结论。

## 第六条 维护服务

6.1 乙方提供免费维护期6个月，自系统上线之日起计算。免费维护期内，乙方通过电话、远程方式提供技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年维护费按标准软件许可费的22%计收，即281,600元/年。

6.3 乙方将尽商业上合理的努力及时处理甲方报告的问题，但不承诺具体的响应时间和解决时间。

## 第七条 知识产权

7.1 标准软件的知识产权归乙方所有。

7.2 定制开发成果的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

## 第八条 数据安全

8.1 甲方仓储业务数据归甲方所有，乙方仅为实施和维护目的访问甲方系统。

8.2 乙方远程访问须经甲方同意，通过甲方提供的VPN账号进行，不得复制、留存甲方业务数据；乙方人员应遵守甲方的信息安全管理制度。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并在第十条约定的范围内承担赔偿责任。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任，无论基于何种原因，累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、业务中断损失承担责任。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交厦门仲裁委员会仲裁。

## 第十三条 双方义务

13.1 甲方应指定项目负责人，负责需求确认、测试组织及内部协调，并保证提供的基础资料真实、完整。

13.2 乙方应指派具有仓储项目实施经验的项目经理，按实施计划完成系统配置、接口开发、数据初始化和用户培训。

13.3 系统上线前，双方应共同完成库位编码、物料主数据及期初库存的核对。期初库存数据由甲方负责盘点并提供，乙方负责导入。

## 第十四条 乙方承诺

14.1 乙方保证标准软件不侵犯第三方的知识产权。第三方就标准软件向甲方主张侵权的，由乙方负责处理。

14.2 乙方保证系统支持甲方糖果产品按生产批次和保质期进行入库、储存和出库管理，支持临期预警和先进先出拣货。

14.3 乙方提供的RF手持终端操作界面为中文，支持扫描箱码和托盘码。

## 第十五条 服务器与环境

15.1 系统运行所需的服务器、数据库、操作系统及网络设备由甲方自行采购，乙方提供配置建议。

15.2 因甲方服务器、网络或第三方软件故障导致系统无法运行的，乙方不承担责任，但应协助甲方排查。

15.3 甲方更换服务器或升级数据库版本的，应提前通知乙方，迁移服务按乙方标准人天单价另行收费。

## 第十六条 变更

甲方在实施过程中提出需求变更的，应以书面形式提交乙方。乙方评估工作量后报价，经甲方确认后执行，工期相应调整。

## 第十七条 培训

乙方应在系统上线前完成培训，并提供电子版操作手册。乙方为甲方提供系统管理员培训和仓库操作人员培训各一期，培训地点在甲方厂区。超出上述范围的培训，按乙方标准人天单价另行收费。

## 第十八条 不可抗力

因不可抗力导致任何一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。

## 第十九条 其他

19.1 本合同未尽事宜，双方另行协商。

19.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：漳州甜蜜园糖果食品有限公司 | 乙方（盖章）：厦门蓝仓软件技术有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, BC vendor, GOVERNING-LAW only)
H460E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OAS-CN-2026-118
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Okanagan Asset Software Inc., a corporation incorporated under the laws of British Columbia, with its office at 1460 Water Street, Kelowna, British Columbia, Canada (the "Vendor"); and
P:(2) Foshan Huayao Ceramics Co., Ltd., a company established in the People's Republic of China, with its registered address at 28 Taoci Road, Nanzhuang Town, Chancheng District, Foshan, Guangdong (the "Customer").
P:Background: The Customer operates four kiln lines and a glazing plant and wishes to replace its spreadsheet-based maintenance records with the Vendor's MaintainPro computerised maintenance management system (the "Software"), installed on the Customer's own servers in Foshan, together with configuration, interfaces, data migration and training.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the object code of the Software modules listed in Article 2, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration packages, scripts and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including asset registers, work orders, spare-parts records and personnel data.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its Foshan sites for its internal business purposes, for the number of users shown in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery, and may allow its affiliates and contractors to use the Licensed Software on the Customer's behalf.
P:2.3 Title to the Licensed Software remains with the Vendor. Nothing in this Article limits the Customer's ownership of the Custom Deliverables under Article 8.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). They include all taxes, travel and expenses, and are fixed for the duration of the project.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:MaintainPro named-user licence, perpetual|60|9,800|588,000
TB:MaintainPro mobile technician licence, perpetual|40|3,200|128,000
TB:Server and reporting engine licence, perpetual|1|96,000|96,000
TB:Licence Subtotal|||812,000
TB:Configuration and interfaces (ERP, energy meters, kiln PLC historian)|1|286,000|286,000
TB:Data migration|1|74,000|74,000
TB:Training (administrators, planners, technicians)|1|38,000|38,000
TB:Contract Price|||1,210,000
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 242,000) within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 544,500) within 30 days after Go-Live, meaning that the Software is in productive use at all four kiln lines. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 423,500) within 30 days after Final Acceptance.
P:4.4 Each payment is due against a valid invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall reach Go-Live within 120 days after signature, following the project plan in Annex 1.
P:5.2 Final Acceptance requires that: (a) all functions listed in Annex 2 pass the agreed test scripts; (b) the interfaces with the ERP system, the energy meters and the kiln PLC historian transfer data without loss over 10 consecutive working days; (c) migrated asset and spare-parts records reconcile with the source records in a sample of at least 500 records chosen by the Customer, with no error; (d) screens open in under 3 seconds with 60 concurrent users; and (e) 30 consecutive days of productive use pass without a Severity 1 defect.
P:5.3 The Customer shall test and either issue the acceptance certificate or give written reasons for rejection within 10 working days after the Vendor's written notice of readiness. Productive use of the Software, Go-Live or any payment does not by itself mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Severity 1 means that the Software is unavailable to all users or work orders cannot be issued. The Vendor shall respond to a Severity 1 defect within 1 hour, at any time, and provide a workaround or fix within 8 hours. Severity 2 defects shall be answered within 2 hours during business hours and fixed within 3 business days.
P:6.3 If the Vendor misses a response or fix time for a Severity 1 defect, it shall credit the Customer CNY 1,000 for each hour of delay, to be deducted from the next amount payable or paid back on request.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 13% of the Licence Subtotal (CNY 105,560 per year) and shall not be increased for the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Delay
P:7.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software and its standard updates.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer from creation. The Customer may use, modify, copy and license them freely, including to third parties who maintain them. The Vendor shall deliver the source code and documentation at Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not use it for any other purpose, whether or not anonymised.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's environment, shall comply with the Customer's security rules and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall keep logs of all remote sessions.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in the investigation and remediation, and bear all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.
P:12.2 On termination by the Customer under this Article, the Vendor shall refund the amounts paid for services not accepted and the Customer may keep the licences paid for.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable in that province.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Vancouver International Arbitration Centre under its rules. The seat of arbitration is Vancouver, British Columbia, and the language is English.
H:Article 15 General
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and does its best to limit the effects.
P:15.2 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Scope and Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals.
P:For the Vendor: Okanagan Asset Software Inc.   Name: ____________   Title: ____________   Date: ________
P:For the Customer: Foshan Huayao Ceramics Co., Ltd.   Name: ____________   Title: ____________   Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H460E02 = """# ORDER FORM No. SRW-2026-0412

**Sierra Routeworks, Inc.**, 75 East Santa Clara Street, Suite 900, San Jose, California 95113, USA ("Sierra")

**Customer:** Wuxi Tongrun HVAC Engineering Co., Ltd., 16 Xinhua Road, Xinwu District, Wuxi, Jiangsu, China ("Customer")

This Order Form is entered into under, and incorporates, the Sierra General Terms attached below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A. Subscription Details

| Item | Detail |
|---|---|
| Service | Sierra Routeworks field-service scheduling and dispatch platform, including web console, technician mobile app, customer notification module and reporting |
| Seats | 180 technician seats and 25 dispatcher seats |
| Subscription Start Date | 1 August 2026 |
| Subscription Term | Three Subscription Years, from 1 August 2026 to 31 July 2029 |
| Hosting region | Sierra's Singapore data centre region |
| Support | Premier Support, as described in Section 4 of the General Terms |

## Part B. Fees

At the Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY), inclusive of applicable taxes.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 technician seats x 1,150 (dispatcher seats included) | 207,000 |
| Subscription fee, Subscription Year 2 | same basis | 207,000 |
| Subscription fee, Subscription Year 3 | same basis | 207,000 |
| Onboarding fee (one-time) | configuration, ERP work-order interface, data import, training | 58,000 |
| **Total Contract Value** | | **679,000** |

Additional seats ordered during the Subscription Term are charged at CNY 1,150 per seat per Subscription Year, prorated by month.

## Part C. Payment Terms

1. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.
2. The onboarding fee is invoiced when Sierra and Customer sign the Onboarding Acceptance Certificate under Section 3.3 and is payable within 30 days of the invoice date.
3. Fees are fixed for the Subscription Term. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

## Part D. Onboarding Milestone

Target date for Onboarding Acceptance: 30 September 2026.

Signed for Sierra Routeworks, Inc.: ____________________ Name / Title / Date

Signed for Wuxi Tongrun HVAC Engineering Co., Ltd.: ____________________ Name / Title / Date

---

# SIERRA GENERAL TERMS (version 2026-03)

## Section 1. Definitions

1.1 "Service" means the hosted software service described in the Order Form, including updates Sierra makes generally available.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including work orders, customer addresses, technician locations and photos.

1.3 "Customer Configurations" means the workflows, forms, report templates and the ERP work-order interface that Sierra builds specifically for Customer during onboarding.

## Section 2. Use of the Service

2.1 Sierra grants Customer a non-exclusive right to access and use the Service during the Subscription Term for its internal business, through the number of seats ordered.

2.2 Customer is responsible for its users' compliance with this Agreement and for keeping log-in credentials secure.

2.3 Customer may add or remove named users within its seat count at any time through the administration console.

2.4 Sierra may update the Service from time to time, provided that no update materially reduces the functionality described in the Order Form.

## Section 3. Onboarding and Acceptance

3.1 Sierra shall configure the Service, build the ERP work-order interface, import Customer's existing customer, site and equipment records and train Customer's dispatchers and technicians, following the onboarding plan agreed at kick-off.

3.2 Onboarding Acceptance requires that: (a) the configured workflows pass the test cases agreed in the onboarding plan; (b) work orders created in Customer's ERP appear in the dispatch console within 2 minutes and status updates flow back without loss over 5 consecutive working days; (c) imported records reconcile with Customer's source files; and (d) all dispatchers and a pilot group of 20 technicians complete training.

3.3 Customer shall test within 10 working days after Sierra's notice of readiness and either sign the Onboarding Acceptance Certificate or list the failed criteria. Sierra shall fix the failures and re-submit.

3.4 If Onboarding Acceptance is not reached by the target date in the Order Form for reasons attributable to Sierra, Sierra shall pay Customer delay damages of CNY 500 for each day of delay, up to CNY 30,000, by credit against the next invoice.

## Section 4. Service Levels and Support

4.1 Sierra shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and performed outside 08:00 to 20:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or dispatch is impossible for all users) receive a response within 30 minutes, 24 hours a day, and Sierra shall work continuously until the Service is restored. Priority 2 incidents receive a response within 2 hours during business hours.

4.3 If monthly availability falls below the level in Section 4.1, Customer receives a service credit of 5% of the monthly subscription fee (one twelfth of the annual fee) for each 0.1 percentage point, or part of it, below that level, up to 50% of the monthly fee. A Priority 1 response later than 30 minutes earns a credit of CNY 1,000 per incident.

## Section 5. Customer Data and Security

5.1 As between the parties, Customer owns all Customer Data. Sierra shall use Customer Data only to provide the Service and support to Customer and for no other purpose.

5.2 Sierra maintains a security program certified under ISO/IEC 27001 and audited under SOC 2 Type II, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, and keeps access logs.

5.3 Sierra shall notify Customer within 24 hours after becoming aware of a security breach affecting Customer Data, shall take prompt steps to contain and remedy it, and shall be responsible for the losses caused by a breach resulting from Sierra's failure to comply with this Section.

5.4 Within 30 days after the end of the Subscription Term, Sierra shall return Customer Data in CSV format on request and then delete it.

## Section 6. Intellectual Property

6.1 Sierra retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Sierra shall deliver them, including the source code of the ERP work-order interface, on request, and Customer may use, modify and license them freely, also after the Subscription Term.

## Section 7. Confidentiality

7.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only to perform this Agreement and not disclose it except to personnel and advisers bound by similar obligations. Confidential Information includes the terms of this Agreement and Customer Data.

## Section 8. Subcontractors

8.1 Sierra may use its affiliates and third-party subcontractors, including hosting providers and support contractors, to perform any part of the Service. Sierra shall give Customer written notice of a new subcontractor at least 15 days before it begins work and remains responsible for its subcontractors' performance.

## Section 9. Limitation of Liability

9.1 Except for breach of Section 7, each party's aggregate liability arising out of this Agreement shall not exceed the fees paid by Customer under the Order Form in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect, consequential or punitive damages or lost profits.

## Section 10. Term and Termination

10.1 This Agreement runs for the Subscription Term stated in the Order Form.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates under this Section, Sierra shall refund the prepaid fees for the remainder of the Subscription Term.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the State of California, without regard to its conflict-of-laws rules.

11.2 Any dispute shall be resolved by binding arbitration administered by JAMS in San Jose, California, in English, before one arbitrator.

## Section 12. General

12.1 Customer shall use the Service in compliance with applicable laws and shall not upload unlawful content. Sierra shall comply with the laws that apply to its provision of the Service, including export control laws.

12.2 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war and failures of public networks, provided that it notifies the other party promptly. Sierra's obligations under Sections 4 and 5 continue to apply to events within its hosting providers' control.

12.3 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any improper payment in connection with this Agreement.

12.4 Neither party may assign this Agreement without the other party's written consent, except in a merger or sale of substantially all assets. Notices must be in writing and sent to the addresses in the Order Form.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, compliant)
H460E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. ZJHY-PUR-2026-031
P:Buyer: Zhanjiang Haiyu Aquaculture Co., Ltd., 9 Haibin Avenue, Potou District, Zhanjiang, Guangdong, China (the "Buyer").
P:Supplier: Bedford Basin Instruments Ltd., 202 Brownlow Avenue, Dartmouth, Nova Scotia, Canada (the "Supplier").
P:The Buyer farms grouper and shrimp in 56 net pens and ponds at its Naozhou Bay site (the "Site"). Following the Buyer's tender, the Supplier will supply, install and commission a water-quality monitoring system at the Site. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the buoys, sensors, gateways, weather stations and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's AquaWatch monitoring software, licensed perpetually under Clause 8.
P:1.3 "Monitoring Data" means all measurements, alarms, images and records collected by the Equipment or stored in the Software.
P:1.4 "Final Acceptance" means the Buyer's written certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, moor and install the buoys, mount the sensors, set up the gateways and the Software on the Buyer's server at the Site office, integrate the aerator controllers, and train the Buyer's staff.
P:2.2 All prices are in Chinese Yuan (CNY), delivered duty paid to the Site, and include taxes, freight, insurance, installation and all other costs. The Contract Price is fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (DO, temperature, pH, salinity, turbidity)|14|46,000|644,000
TB:2|Optical dissolved-oxygen sensor for pens and ponds|56|5,200|291,200
TB:3|LoRa gateway with solar power kit|6|18,500|111,000
TB:4|Automatic weather station|2|27,400|54,800
TB:5|AquaWatch software, perpetual site licence|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,249,000
TB:6|Mooring, installation, aerator integration and commissioning|1|176,000|176,000
TB:7|Training of operators and technicians|1|25,000|25,000
TB:|Contract Price|||1,450,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 145,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 Delivery and installation payment: 55% of the Contract Price (CNY 797,500) within 15 working days after all Equipment is installed and the Buyer signs the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 507,500) within 15 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid invoice for each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 75 days after signature and complete installation within 30 days after delivery.
P:4.2 Delay damages: if delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier's staff shall follow the Buyer's site safety rules, including boat safety and the rules for work near live fish stock.
H:5. Acceptance
P:5.1 After commissioning, the system runs for a trial period of 30 consecutive days. Final Acceptance requires that during the trial: (a) every dissolved-oxygen reading agrees with the Buyer's calibrated reference meter within 0.2 mg/L in weekly spot checks; (b) no buoy or gateway loses data for more than 2 hours in a row; (c) low-oxygen alarms reach the duty phone within 60 seconds and switch on the linked aerators in every test; and (d) all documentation, calibration certificates and as-built drawings have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate, or give written reasons for refusing it, within 10 working days after the end of the trial period. Installation, use of the system or payment does not by itself mean acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective item free of charge, including sensor membranes that fail before their rated life.
P:6.2 Fault handling: a Severity 1 fault (loss of data from more than three buoys, or failure of the alarm or aerator link) shall receive a remote response within 1 hour at any time and an engineer on Site within 48 hours if not fixed remotely. A Severity 2 fault (one buoy or sensor) shall receive a response within 8 working hours.
P:6.3 For each hour by which the Supplier misses a Severity 1 response time, the Supplier shall pay CNY 800, deducted from any amount due or paid on demand.
P:6.4 After the warranty, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal (CNY 99,920 per year), fixed for the first two support years. Each support year requires a separate purchase order; support does not renew automatically.
H:7. Monitoring Data and Security
P:7.1 Monitoring Data belongs to the Buyer. The Supplier shall not use it for any purpose other than performing this Contract.
P:7.2 The Software stores Monitoring Data only on the Buyer's server at the Site. The Supplier may access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy Monitoring Data outside the Buyer's systems. The gateways shall use encrypted links and changed default passwords.
P:7.3 The Supplier shall report any security incident within 12 hours, help to contain it, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:8. Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software and the Equipment firmware at the Site and any replacement site.
P:8.2 The dashboards, alarm rules, aerator integration scripts and reports made for the Buyer under this Contract belong to the Buyer, who may use, modify and license them freely. Their source files shall be delivered at Final Acceptance.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and business information, including the Buyer's production and stocking data, and shall not disclose it without prior written consent. This duty continues for three years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local boat and diving contractor for mooring shall be named for approval before work starts. The Supplier remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:14. Packing, Transport and Title
P:14.1 The Supplier shall pack the Equipment for sea and road transport and for storage in a humid coastal climate, mark each package with the contract number and the buoy position, and insure the Equipment until delivery to the Site.
P:14.2 Title and risk in the Equipment pass to the Buyer on delivery to the Site, but the Supplier bears the risk of damage caused by its staff during installation.
H:15. Spare Parts and Calibration
P:15.1 The Supplier shall deliver with the Equipment the spare parts listed in Annex 1, including spare membranes, cables and batteries for the first season, and shall keep spare parts for the Equipment available for purchase for at least eight years after Final Acceptance at prices no higher than its list prices of the time of signature.
P:15.2 Sensor membranes and batteries are consumables. After the warranty the Buyer may buy them from the Supplier or from any other source without losing support.
P:15.3 The Supplier shall calibrate every sensor before shipment, deliver the calibration certificates, and train two of the Buyer's technicians to recalibrate the dissolved-oxygen sensors on Site.
H:16. Force Majeure
P:16.1 A party prevented from performing by typhoon, flood, epidemic or other force majeure shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the delay. Installation work at sea may be suspended during typhoon warnings without either party being in breach.
H:17. Insurance and Compliance
P:17.1 The Supplier shall keep third-party liability insurance covering its work at the Site and accident insurance for its staff and subcontractors' staff working on the water.
P:17.2 Each party shall comply with applicable anti-bribery laws. The Supplier shall obtain any export licences needed for the Equipment and shall not deliver any item subject to an export restriction that would prevent its use at the Site.
H:18. General
P:18.1 This Contract is made in English and Chinese; both versions have equal force. Annex 1: Technical specifications. Annex 2: Site layout and buoy positions. Annex 3: Trial-period test plan.
P:For the Buyer: ____________________   For the Supplier: ____________________   Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables)
H460E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** PPMS-CN-2026-07

**Provider:** Prairie Point Managed Services LLC, 1901 West Diehl Road, Naperville, Illinois 60563, USA, acting through its service centre in Shenzhen ("Provider")

**Customer:** Dongguan Linhe Furniture Co., Ltd., 88 Jiaoyu Road, Houjie Town, Dongguan, Guangdong, China ("Customer")

Customer manufactures furniture at two plants in Dongguan and runs a sales office in Guangzhou, with about 640 computer users. Customer wishes to outsource its IT service desk, end-user device support and server monitoring to Provider. The parties agree as follows.

## 1. SERVICES

1.1 Provider shall provide the managed services described in Schedule 1 (the "Services") for the users, devices and sites listed there.

1.2 Provider shall staff a bilingual service desk (Mandarin and English) and keep at least two field engineers on Customer's premises on working days, one at each plant, and visit the Guangzhou office as needed.

1.3 Provider shall take part in Customer's IT change advisory meetings, plan changes to servers and network devices outside production hours, and keep Customer's IT manager informed of every change before it is made.

1.4 Provider shall use the IT service management tool licensed by Customer and shall record every request and incident in it.

## 2. TERM

2.1 This Agreement starts on 1 September 2026 (the "Service Commencement Date") and ends on 31 August 2028.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. TRANSITION AND ACCEPTANCE

3.1 Before the Service Commencement Date, Provider shall carry out the transition described in Schedule 1, Part B: documenting Customer's environment, taking over the asset register, setting up monitoring of servers and network devices, writing runbooks and shadowing Customer's current IT staff.

3.2 Transition Acceptance requires that: (a) every item in the transition checklist in Schedule 1, Part B is complete; (b) all 46 servers and 120 network devices report to Provider's monitoring with alerts routed to the service desk; (c) runbooks exist for the 30 most frequent request types; and (d) during a 10-working-day shadow period Provider handles all tickets within the service levels in Schedule 2.

3.3 Customer shall confirm Transition Acceptance in writing, or list the unmet criteria, within 5 working days after Provider's notice of completion.

3.4 If Transition Acceptance is not reached by 31 August 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000, and shall continue the transition at its own cost.

## 4. CHARGES AND PAYMENT

4.1 At Customer's request, all charges are stated and paid in Chinese Yuan (CNY) and include VAT. The charges are set out in Schedule 3.

4.2 The transition fee is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days.

4.3 The monthly service charge is fixed for the term. Additional users above 700 are charged at the per-user rate in Schedule 3.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 2. Performance is measured from the service management tool and reported monthly, with a review meeting each quarter.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Service credits are not Customer's only remedy.

## 6. PERSONNEL

6.1 Provider shall name a service delivery manager as Customer's single point of contact.

6.2 Provider shall keep the number of on-site engineers stated in Schedule 1 and shall arrange cover for leave and sickness so that each plant is staffed on every working day.

6.3 Provider's on-site engineers shall follow Customer's plant safety rules and working hours. Customer may require the replacement of any engineer who does not perform or does not follow those rules.

## 7. CUSTOMER DATA

7.1 All data that Provider receives or handles in performing the Services, including the contents of Customer's devices, servers and tickets, remains Customer's property. Provider shall use it only to perform the Services.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, reports, device images and documentation prepared by Provider for Customer under this Agreement belong to Customer, who may use, modify and pass them to any later service provider.

8.2 Provider's own tools and methods remain Provider's property.

## 9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury and wilful misconduct.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if service credits reach their monthly maximum in three consecutive months.

11.2 On expiry or termination, Provider shall give exit assistance for up to 60 days at the rates in Schedule 3, hand over all runbooks, passwords and documents, and return all Customer equipment.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time of application.

## 13. CUSTOMER RESPONSIBILITIES

13.1 Customer shall give Provider's staff access to its premises, systems and the service management tool as reasonably needed, provide desks and network access for the on-site engineers, and name an IT manager who approves changes.

13.2 Customer shall keep its software licences, hardware warranty contracts and vendor support contracts in force. Provider is not responsible for a missed service level caused by Customer's failure to do so or by a failure of a third-party vendor under contract with Customer, provided Provider has escalated the issue promptly.

## 14. FORCE MAJEURE

14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to resume performance.

## 15. GENERAL

15.1 Notices must be in writing and delivered to the addresses above. Amendments must be signed by both parties. This Agreement is made in English and Chinese, and both texts have equal force.

---

## SCHEDULE 1 - SERVICES

### Part A. Service scope

| Service | Description | Coverage |
|---|---|---|
| Service desk | Phone, email and portal support for all users in Mandarin and English | Monday to Saturday 07:30-21:00; Priority 1 line 24x7 |
| End-user device support | Desktops, laptops, printers, scanners and shop-floor terminals: installation, repair, moves and changes | Working days, on site at both plants |
| Server and network monitoring | Monitoring of 46 servers, storage, 120 switches, firewalls and Wi-Fi controllers, with first-line fault handling | 24x7 remote |
| Patch and antivirus management | Monthly patching of servers and endpoints; antivirus console management | Monthly window agreed with Customer |
| Asset management | Keeping the IT asset register current, yearly physical count | Continuous |
| Reporting | Monthly service report and quarterly review | Monthly and quarterly |

### Part B. Transition checklist

| Step | Deliverable |
|---|---|
| Discovery | Environment documentation, asset register handover |
| Monitoring | All servers and network devices under monitoring, alert routing tested |
| Knowledge | Runbooks for the 30 most frequent request types |
| Shadowing | 10-working-day shadow period with Customer's IT staff |

## SCHEDULE 2 - SERVICE LEVELS AND SERVICE CREDITS

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | Plant production system, ERP or site network down | 15 minutes | 3 hours |
| P2 | Service degraded for a department or line | 30 minutes | 8 hours |
| P3 | Single user unable to work | 1 hour | next working day |
| P4 | Request or question | 8 working hours | 3 working days |

| Service level missed | Service credit |
|---|---|
| Any P1 response or resolution time | CNY 2,000 per incident |
| More than five P2 incidents resolved late in a month | 3% of the monthly service charge |
| Customer satisfaction score below 4.2 out of 5 in a month | 2% of the monthly service charge |
| Monthly maximum | 10% of the monthly service charge |

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | Fixed | 84,000 |
| Monthly service charge | 24 months x 46,500 | 1,116,000 |
| **Total Contract Value** | | **1,200,000** |
| Additional users above 700 | per user per month | 65 |
| Exit assistance | per engineer day | 1,800 |

Signed for Prairie Point Managed Services LLC: ____________________ Name / Title / Date

Signed for Dongguan Linhe Furniture Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, AUTO-RENEWAL + SLA-RESPONSE)
H460E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL SCHEDULE AND PORT CALL DATA API

Agreement No. GDF-APAC-2026-233

This Data Subscription Agreement (the "Agreement") is made between:

Genesee Data Feeds, Inc., a New York corporation, 100 Chestnut Street, Rochester, New York 14604, USA ("Provider"); and

Ningbo Haitong International Freight Forwarding Co., Ltd., Room 1208, 666 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang, China ("Customer").

Customer is a freight forwarder and wishes to receive vessel schedules, port call events and estimated arrival times through Provider's application programming interface, to feed its booking system and its shipment tracking pages for its own clients.

PART 1. DEFINITIONS

"API" means Provider's REST and webhook interfaces through which the Data is delivered.

"Data" means the vessel schedule, port call, berth and estimated time of arrival records made available through the API, and any updates of them.

"Customer Query Data" means the booking references, container numbers, search terms and account information that Customer or its users submit to the API.

"Subscription Year" means the period from the Activation Date up to the day before its first anniversary, and each following period between two anniversaries.

"Activation Date" means the date on which Customer confirms activation under Part 4.

PART 2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its booking and tracking systems, and to display Data to its own clients on its tracking pages and in shipment notices, with the attribution required in the documentation.

2.2 Customer shall not resell the Data as a data feed, build a competing database from it, or make bulk extracts available to third parties.

2.3 The subscription covers up to 3,000,000 API calls per Subscription Year. Calls above this volume are charged at the overage rate in Part 5 and are invoiced quarterly in arrears.

PART 3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years starting on the Activation Date.

3.2 After the initial Subscription Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the annual subscription fee for any renewal term by up to 9% over the fee of the preceding Subscription Year, by written notice at least 90 days before the renewal date. The increased fee applies unless Customer gives notice of non-renewal.

PART 4. ONBOARDING AND ACTIVATION

4.1 Provider shall issue API credentials for Customer's test and production environments, configure the webhook subscriptions for the ports and carriers in Annex A, and build the field mapping from the Data to Customer's booking system format (the "Customer Mapping").

4.2 Activation requires that: (a) the API returns schedules for all carriers and ports listed in Annex A; (b) port call events for those ports reach Customer's webhook endpoint within 10 minutes of Provider receiving them, measured over 7 consecutive days; (c) the Customer Mapping loads a full test day of Data into Customer's booking system without rejected records; and (d) Provider has delivered the API documentation and the mapping specification.

4.3 Customer shall confirm activation in writing, or list the unmet criteria, within 5 working days after Provider's notice of readiness. Use of the test environment is not activation.

4.4 Provider shall reach activation by 15 October 2026. If activation is late for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

PART 5. FEES AND PAYMENT

5.1 At Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY), inclusive of applicable taxes.

5.2 Fees for the initial Subscription Term:

  Annual subscription fee, Subscription Year 1 ..... CNY 264,000
  Annual subscription fee, Subscription Year 2 ..... CNY 264,000
  Total fees, initial Subscription Term ............ CNY 528,000
  Overage (above the annual call volume) ........... CNY 0.06 per API call

5.3 The annual subscription fee is invoiced at the start of each Subscription Year and is payable within 30 days of the invoice. There is no setup fee; the onboarding work in Part 4 is included in the subscription fee.

PART 6. SERVICE LEVELS AND SUPPORT

6.1 Provider shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance.

6.2 Support requests are classified as follows. Severity 1: the production API is unavailable or returns no current Data. Severity 2: part of the Data is delayed or incorrect. Severity 3: questions and minor issues.

6.3 Provider shall respond to Severity 1 requests within 8 business hours (New York business days, 9:00 to 17:00 Eastern Time), to Severity 2 requests within two business days, and to Severity 3 requests within five business days.

6.4 If monthly availability falls below the level in clause 6.1, Customer receives a credit against the next invoice of 5% of the monthly equivalent of the annual subscription fee for each full or partial 0.1 percentage point below that level, up to 50% of the monthly equivalent.

PART 7. CUSTOMER DATA AND SECURITY

7.1 Customer Query Data belongs to Customer. Provider shall use it only to provide the API and support to Customer, shall not combine it with other customers' data and shall not use it for any other purpose.

7.2 Provider shall protect Customer Query Data with encryption in transit and at rest, role-based access limited to personnel who need it, logging of access, and regular penetration testing, and shall keep an ISO/IEC 27001 certification for the hosting environment throughout the Subscription Term.

7.3 Provider shall notify Customer within 24 hours of becoming aware of any breach affecting Customer Query Data, cooperate in its investigation and remediation, and be responsible for the losses caused by a breach attributable to Provider.

PART 8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors keep all rights in the Data and the API. Customer's rights in the Data are limited to those in Part 2.

8.2 The Customer Mapping is created for Customer and belongs to Customer, which may use, modify and license it freely. Provider shall deliver its source files at activation.

PART 9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement and the API credentials, use it only for this Agreement, and not disclose it to third parties except to advisers bound by similar duties. This obligation survives termination for three years.

PART 10. SUBCONTRACTING

10.1 Provider shall not subcontract the delivery of the API or the support services without Customer's prior written consent, except for hosting by the data centre operator named in Annex B. Provider remains responsible for any subcontractor.

PART 11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term, except for wilful misconduct and breach of Part 7 or Part 9.

PART 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates under this clause, Provider shall refund the prepaid fees for the rest of the current Subscription Year.

12.2 On termination or expiry, Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

PART 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time.

PART 14. CUSTOMER OBLIGATIONS

14.1 Customer shall keep the API credentials secure, shall use the API within the rate limits in the documentation, and shall tell Provider promptly if it suspects that its credentials have been misused.

14.2 Customer shall name a technical contact for the integration and keep the webhook endpoint able to receive events at all times. Provider shall store undelivered webhook events for at least 72 hours and resend them.

14.3 Customer is responsible for the way it displays the Data to its own clients and for the accuracy of the information it adds to the Data.

PART 15. FORCE MAJEURE

15.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war and failures of public networks outside its control, provided that it notifies the other party promptly. Data that Provider receives late from carriers or port authorities is not a failure of the API, but Provider shall flag such delays in the Data.

PART 16. GENERAL

16.1 This Agreement, with Annex A (Ports and Carriers) and Annex B (Hosting), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for Genesee Data Feeds, Inc.: ____________________ Name / Title / Date

Signed for Ningbo Haitong International Freight Forwarding Co., Ltd.: ____________________ Name / Title / Date
"""

# ================================================================= files, labels, design
DOCS = {  # key: (file name, language, format, source)
    "h460z01": ("h460z01_transport_bureau_ride_hailing_supervision_platform.pdf", "zh", "pdf", H460Z01),
    "h460z02": ("h460z02_injection_moulding_control_retrofit_maintenance.docx", "zh", "docx", H460Z02),
    "h460z03": ("h460z03_driving_school_chain_scheduling_saas.txt", "zh", "txt", H460Z03),
    "h460z04": ("h460z04_disabled_persons_federation_system_om.txt", "zh", "txt", H460Z04),
    "h460z05": ("h460z05_candy_factory_wms_supplier_template.md", "zh", "md", H460Z05),
    "h460e01": ("h460e01_ceramics_cmms_licence_bc_vendor.pdf", "en", "pdf", H460E01),
    "h460e02": ("h460e02_field_service_saas_order_form_ca_vendor.md", "en", "md", H460E02),
    "h460e03": ("h460e03_aquaculture_water_quality_sensors_ns_vendor.docx", "en", "docx", H460E03),
    "h460e04": ("h460e04_furniture_maker_managed_it_services_il_vendor.md", "en", "md", H460E04),
    "h460e05": ("h460e05_freight_forwarder_vessel_data_api_ny_vendor.txt", "en", "txt", H460E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# terms that differ from BASE; extra = (sla_clause, ld_stated, capped or None, deemed, contract_value)
DESIGN = {
    "h460z01": dict(category="software", value=2120000, fee_base=1180000, forum_outside=False,
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10,
                           contract_kind="goods_or_licence"),
                    x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), rules=[]),
    "h460z02": dict(category="hardware", value=1780000, fee_base=1621000, forum_outside=False,
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                           subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True),
                    rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h460z03": dict(category="cloud", value=618000, fee_base=None, forum_outside=False,
                    t=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                           ld_rate_per_day_pct=0.1, liability_cap_pct=150),
                    x=dict(sla_clause=True, ld_stated=True), rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h460z04": dict(category="services", value=368000, fee_base=None, forum_outside=False,
                    t=dict(p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.1,
                           termination_for_breach=False),
                    x=dict(sla_clause=True, ld_stated=True), rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h460z05": dict(category="software", value=1620000, fee_base=1280000, forum_outside=False,
                    t=dict(sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=50,
                           acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                           post_warranty_fee_pct=22, subcontract_without_consent=None,
                           contract_kind="goods_or_licence"),
                    x=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, deemed=True),
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                           "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h460e01": dict(category="software", value=1210000, fee_base=812000, forum_outside=True,
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13,
                           governing_law="British Columbia", contract_kind="goods_or_licence"),
                    x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True),
                    rules=["CR-GOVERNING-LAW"]),
    "h460e02": dict(category="cloud", value=679000, fee_base=None, forum_outside=True,
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 679000 * 100,
                           liability_cap_pct=6 / 36 * 100, subcontract_without_consent=True,
                           governing_law="California"),
                    x=dict(sla_clause=True, ld_stated=True),
                    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h460e03": dict(category="hardware", value=1450000, fee_base=1249000, forum_outside=False,
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                           contract_kind="goods_or_licence"),
                    x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True), rules=[]),
    "h460e04": dict(category="services", value=1200000, fee_base=None, forum_outside=False,
                    t=dict(p1_response_hours=0.25, data_security_clause=False, confidentiality=False,
                           ld_rate_per_day_pct=1000 / 1200000 * 100, liability_cap_pct=150),
                    x=dict(sla_clause=True, ld_stated=True), rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
    "h460e05": dict(category="cloud", value=528000, fee_base=None, forum_outside=False,
                    t=dict(availability_pct=99.95, p1_response_hours=8, ld_rate_per_day_pct=500 / 528000 * 100,
                           liability_cap_pct=200, auto_renewal_price_increase=True),
                    x=dict(sla_clause=True, ld_stated=True), rules=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
}

# price / payment arithmetic asserted against the texts' figures
assert 1180000 + 760000 + 148000 + 32000 == 2120000 and 424000 + 954000 + 742000 == 2120000
assert 792000 + 504000 + 81600 + 186000 + 57400 == 1621000 and 1621000 + 138000 + 21000 == 1780000
assert 178000 + 979000 + 623000 == 1780000 and round(1621000 * 0.09) == 145890
assert 3 * 174000 + 96000 == 618000 and 12 * 14500 == 174000
assert 4 * 92000 == 368000
assert 1280000 + 260000 + 80000 == 1620000 and 810000 + 729000 + 81000 == 1620000 and 1280000 * 22 // 100 == 281600
assert 588000 + 128000 + 96000 == 812000 and 812000 + 286000 + 74000 + 38000 == 1210000
assert 242000 + 544500 + 423500 == 1210000 and 812000 * 13 // 100 == 105560
assert 3 * 207000 + 58000 == 679000 and 180 * 1150 == 207000
assert 644000 + 291200 + 111000 + 54800 + 148000 == 1249000 and 1249000 + 176000 + 25000 == 1450000
assert 145000 + 797500 + 507500 == 1450000 and 1249000 * 8 // 100 == 99920
assert 24 * 46500 + 84000 == 1200000 and 2 * 264000 == 528000


def label(key):
    d = DESIGN[key]
    terms = dict(BASE)
    terms.update(d["t"])
    terms = {k: terms[k] for k in KEYS}
    x = d["x"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": DOCS[key][0], "language": DOCS[key][1], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(derive_rules(key, terms, extra))}


def tco(key, terms, extra):
    """policy section 4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    d = DESIGN[key]
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None \
            or not extra.get("post_warranty_fee_capped") or terms["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = years_after * terms["post_warranty_fee_pct"] / 100 * d["fee_base"]
    total = d["value"] + fees
    return total, fees / total * 100


def derive_rules(key, t, x):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key, t, x)
        if c is not None and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or DESIGN[key]["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return r


# ================================================================= threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                    # availability 99.9
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b)", r"(?<![十百])四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)",     # P1 response 4 h
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千零一二三四五六七八九])",                   # LD 0.05 %
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",  # cap 100 %
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成",          # prepayment 30 %
    r"(?<![\d.])12\s*(?:个月|個月|-?\s*months?\b)", r"(?<![一二三四五六七八九十])十二\s*个月",  # warranty 12 months
    r"\btwelve\s*(?:-\s*)?(?:calendar\s*)?months?\b", r"(?<![十])一年", r"\bone\s*(?:-\s*)?years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点.])",                                # post-warranty fee 15 %
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"四成", r"百分之四十(?![一二三四五六七八九])",          # TCO share 40 %
    r"(?<![\d.])5\s*(?:年(?!度)|-?\s*years?\b)", r"(?<![十])五\s*年(?!度)", r"\bfive\s*(?:-\s*)?years?\b",
    r"(?<![\d.])60\s*(?:个月|-?\s*months?\b)", r"六十\s*个月", r"\bsixty\s*(?:-\s*)?months?\b",  # horizon 5 years
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)

MUST_HIT = ["99.9%", "99.9 %", "可用率99.9", "4小时", "4 小时", "四小时", "4 hours", "four hours", "four (4) hours",
            "4h", "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "100 percent",
            "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "12 months", "12-month",
            "twelve months", "一年", "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "四成", "百分之四十",
            "5年", "5 年", "五年", "five years", "5 years", "5-year", "60 months", "60个月", "六十个月", "sixty months"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%",
             "140%", "35%", "45%", "2025年", "2026年", "万分之五十", "万分之三", "服务年度", "Subscription Year",
             "百分之三十五", "0.06 per API call", "36个月", "24个月", "18 months", "112 months", "十五年", "45 years",
             "160 months", "25%", "150 percent", "4名开发人员", "CNY 500 for each day"]


def threshold_hits(text):
    return [m.group(0) for m in THRESHOLD_RE.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s -> %s" % (s, threshold_hits(s))


# ================================================================= read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources = {k: v[3] for k, v in DOCS.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in DOCS.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in DOCS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for k, (name, lang, fmt, src) in DOCS.items():
        lab = label(k)
        got = lab["expected_rules"]
        if got != sorted(DESIGN[k]["rules"]):
            problems.append("%s: derived %s != design %s" % (k, got, sorted(DESIGN[k]["rules"])))
        covered |= set(got)
        # no label value on a threshold
        t = lab["expected_terms"]
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            if t[key] is not None and abs(t[key] - thr) < 1e-9:
                problems.append("%s: %s on threshold" % (k, key))
        c = tco(k, t, lab["expected_extra"])
        if c is not None and abs(c[1] - 40) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of 40" % (k, c[1]))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for variant in (text, src, re.sub(r"\s+", " ", src), re.sub(r"\s+", "", src),
                        re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = threshold_hits(variant)
            if hits:
                problems.append("%s: threshold figure(s) %s" % (k, sorted(set(hits))))
                break
        print("%-62s %s %5d %s tco=%s %s" % (name, lang, n, "chars" if lang == "zh" else "words",
                                             "-" if c is None else "%.0f/%.2f%%" % c, ", ".join(got) or "(none)"))
    ALL = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
           "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
           "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
           "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    if covered != ALL:
        problems.append("rules not covered: %s" % sorted(ALL - covered))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problem(s)" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
