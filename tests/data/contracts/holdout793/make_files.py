"""holdout793: ten blind held-out draft contracts (written before any run of the tool).

Builds every file of this folder from the sources below, writes the .json labels and asserts the checks of the brief:
label values off the policy thresholds, no threshold figure in any built file (raw, whitespace-collapsed and
whitespace-free, with a self-tested regex), the length ranges as read back, the rules derived from the labels against
the design list, and the coverage of all 20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:采空区塌陷监测预警平台采购合同
P:合同编号：YJ-ZC-2027-0316　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市应急管理局　　乙方（供应商）：某地信智能科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就采空区塌陷监测预警平台的软件许可、定制开发及实施服务订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供采空区塌陷监测预警平台软件（含GNSS形变监测、地表沉降、裂缝计及微震数据接入模块）的永久使用许可，用户数和部署节点数不限于甲方本级及所辖区县应急管理部门。
P:1.2 乙方按需求规格说明书完成定制开发，包括：全市二百一十六个监测点位接入、分级预警模型、塌陷风险一张图、移动巡查端及与省级应急指挥平台的数据接口。
P:1.3 乙方负责历史监测数据治理与迁移、系统部署、联调测试、试运行及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），为固定总价，已含税费、运输、安装、培训等全部费用。
P:2.2 分项价格：平台软件许可¥1,160,000；定制开发¥684,000；数据治理与迁移¥158,000；实施部署¥96,000；培训¥22,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还；乙方未履行合同义务的，甲方有权从中扣除相应违约金和赔偿金。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，一百五十日内完成试运行。
P:4.2 乙方应按周报告项目进度，关键节点延误的，应提前书面说明原因及补救措施。
P:4.3 乙方应指定具有地质灾害监测类项目经验的项目经理，项目经理及核心开发人员在项目期间不得擅自更换；确需更换的，应提前十日经甲方书面同意，且接替人员资历不低于原人员。
P:4.4 乙方应在签订合同后十日内提交项目实施方案、测试方案和数据迁移方案，经甲方确认后执行。甲方负责提供必要的机房环境、网络条件和历史数据，并指定专人配合。
H:第五条 培训与文档
P:5.1 乙方应对甲方系统管理员、值班人员及区县应急管理部门业务人员分批开展培训，培训总人数不少于一百二十人次，内容包括平台操作、预警处置流程、日常运维和应急切换。
P:5.2 乙方应交付需求规格说明书、概要设计、详细设计、数据字典、测试报告、用户手册、运维手册及源代码，文档以中文编写，纸质版与电子版各一套。
H:第六条 验收
P:6.1 初步验收标准：全部监测点位接入并连续上传数据；预警模型按招标文件规定的阈值配置并通过模拟演练；与省级平台接口连续十日交换正常；五百并发用户下页面响应不超过3秒。
P:6.2 最终验收在试运行满九十日后进行，标准为：试运行期间未发生一级故障；迁移数据与原始台账逐条比对一致；第三方软件测评机构出具的安全测评报告无高危漏洞；全部文档（含源代码、部署手册、接口说明）已交付。
P:6.3 验收由甲方组织专家进行，出具书面验收报告。系统上线、投入使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方可选择续购维护服务，年度维护费不超过平台软件许可价格的8%（即不超过¥92,800/年），该价格在质保期满后三年内不得上调。维护合同另行签订，不自动续期。
H:第八条 服务水平
P:8.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三日书面通知甲方）。
P:8.2 故障响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应、2小时内到场；二级故障1小时内响应；三级故障8小时内响应。汛期及地质灾害预警期间，乙方应安排专人驻场值守。
P:8.3 一级故障响应超时的，每超过一小时乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000，从应付款项或履约保证金中扣除。
H:第九条 知识产权
P:9.1 平台软件的知识产权归乙方，甲方享有永久、不可撤销的使用许可。
P:9.2 本合同项下定制开发的程序、预警模型参数、接口、文档及其源代码的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
H:第十条 数据安全
P:10.1 监测数据、点位信息、巡查记录及系统日志等全部数据属于甲方，乙方不得用于本合同以外的任何目的。
P:10.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密传输和存储、操作审计等措施，运维操作须经甲方堡垒机进行，不得将数据复制或带离甲方环境。
P:10.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
H:第十一条 保密
P:11.1 乙方对履行本合同过程中知悉的甲方工作秘密、地质灾害隐患点位信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十三条 分包与转让
P:13.1 乙方不得将本合同项下工作分包或转让给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得变更采购标的、合同价款及服务要求等实质性内容。
P:16.2 合同附件：附件一 需求规格说明书；附件二 分项报价表；附件三 监测点位清单；附件四 项目人员名单。附件与正文不一致的，以正文为准。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2027年3月16日
"""

Z02 = """T:刀片磨削与装配线控制系统改造合同
P:合同编号：FR-SB-2027-021
P:甲方：某剃须刀制造有限公司　　乙方：某精控自动化工程有限公司
P:甲方为提升双层及三层刀片磨削、研磨、装配工序的自动化水平和良品率，委托乙方对二号车间两条刀片磨削与装配线的控制系统进行改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原继电器控制柜，新增PLC及伺服控制柜、刀刃视觉检测单元、磨削在线测量仪、工控机及HMI，并部署产线控制软件及MES接口软件。
P:1.2 乙方负责设备安装、布线、程序编写、单机调试、联动调试、试生产保障及操作人员和设备维修人员培训。
P:1.3 改造应在甲方安排的两个停线窗口内完成，每个窗口不超过十八日，不得影响另一条产线的正常生产。
P:1.4 改造后的控制系统应支持刀片型号一键换型、磨削砂轮磨损自动补偿、不良品自动剔除及按批次追溯，并可将产量、停机原因和良品率实时上传至甲方MES系统。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服控制柜|2套|624,000
TB:2|刀刃视觉检测单元|4套|318,000
TB:3|磨削在线测量仪|6台|226,000
TB:4|工控机及HMI|8套|142,000
TB:5|产线控制软件及MES接口软件许可|1项|370,000
TB:软硬件小计|||1,680,000
TB:6|安装调试|1项|196,000
TB:7|培训|1项|24,000
TB:合计|||1,900,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后十五日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货、安装完毕并完成联动调试后，甲方支付合同总价的55%；到货签收及安装调试完毕不代表设备质量验收合格。
P:3.3 两条产线均通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方二号车间，并在甲方通知的停线窗口内完成安装调试。
P:4.2 乙方提供的设备应为全新原装正品，随附合格证、装箱单、说明书及电气图纸。乙方现场人员应遵守甲方安全生产、防尘及洁净车间管理规定。
P:4.3 乙方应在进场前提交施工组织方案、停线切换方案和回退方案，经甲方设备部确认后实施。切换失败的，乙方应在八小时内恢复原控制系统，保证产线可以按原方式生产。
P:4.4 乙方负责施工期间的动火、登高、临时用电等作业审批手续，并对其现场人员的人身安全负责。因乙方施工造成甲方人员伤害或财产损失的，由乙方承担责任。
H:第五条 培训与资料
P:5.1 乙方应对甲方操作工、班组长及设备维修人员分三批进行培训，培训内容包括HMI操作、配方切换、视觉检测标定、常见报警处理和PLC程序维护，培训结束后进行考核。
P:5.2 乙方应在最终验收前交付电气原理图、接线图、PLC源程序、HMI工程文件、视觉检测配方、备件清单、操作规程及维护手册，资料以中文编写。
P:5.3 乙方应在质保期内在甲方现场储备易损备件，保证常用备件当日可更换；控制柜主要部件的停产通知应提前半年告知甲方并提供替代方案。
H:第六条 验收
P:6.1 每条产线改造完成后连续试生产十日，验收标准为：视觉检测单元对甲方提供的二百片标准缺陷样片全部检出；磨削尺寸在线测量与离线三坐标抽检偏差不超过2微米；产线节拍达到每分钟一百八十片；试生产期间未发生因控制系统导致的停线超过三十分钟的故障；MES接口数据与现场计数一致。
P:6.2 两条产线均合格后，双方签署最终验收报告。到货签收、安装完成或甲方开始生产均不视为验收合格。验收不合格的，乙方应在十日内整改并承担由此增加的费用。
H:第七条 质量保证与维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换、升级均由乙方免费负责。
P:7.2 质保期满后，乙方提供年度维保服务，内容包括每季度预防性维护、备件保障、软件升级和驻厂工程师支持。年度维保费按软硬件小计的28%计取，即每年¥470,400，该价格在质保期满后三年内固定不变。维保合同逐年签订。
P:7.3 故障分级与响应：一级故障（整条产线停机）1小时内响应、8小时内到场；二级故障（单工位停机或检测失效）2小时内响应、次日到场；三级故障在下次预防性维护时处理。
P:7.4 一级故障响应或到场超时的，每超时一小时乙方支付¥800；一级故障累计停机超过四十八小时的，乙方另行支付¥10,000。
H:第八条 甲方的权利和义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的测试环境，并指定一名联系人负责日常对接、工单确认和运维考核。
（二）甲方应及时向乙方通报扶助政策调整、扶助标准变化及资格确认工作安排，以便乙方提前完成系统参数调整和技术保障准备。
（三）甲方有权随时检查乙方运维工作情况，查阅运维记录和审计日志，对不符合要求的工作提出整改意见，乙方应按期整改并书面反馈。

第九条 培训
乙方应在服务期内为市、区两级卫生健康部门和乡镇（街道）经办人员开展不少于四次业务操作培训，并在扶助金年度资格确认前开展一次专题培训，培训教材和视频资料归甲方使用。

第十条 知识产权
P:8.1 产线控制软件及MES接口软件的原有知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及接口配置等定制成果的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人修改。
H:第九条 数据与保密
P:9.1 产线运行数据、工艺参数、刀刃检测图像及良品率数据属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方指定的工业防火墙和堡垒机进行，并全程留存日志；乙方不得将工艺数据拷贝带出厂区。发生数据泄露或被篡改的，乙方应在2小时内通知甲方，并承担因其原因造成的全部损失。
P:9.3 乙方对甲方的刀片工艺参数、配方、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二支付违约金。
P:10.2 因乙方原因造成甲方设备损坏、刀片批量报废或停产的，乙方应赔偿甲方直接损失，包括报废物料成本和停线期间的人工费用。
P:10.3 乙方交付的设备或软件不符合合同约定，经两次整改仍不合格的，甲方有权要求更换、退货或解除合同。
P:10.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 乙方逾期超过四十五日的，甲方有权解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，提交温州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 合同履行过程中如需变更改造范围或技术方案，双方应签署书面变更单，明确变更内容、价格及工期影响，未经书面确认的变更不产生费用。
P:14.2 附件一 技术规格书；附件二 设备清单及配置；附件三 验收测试大纲；附件四 维保服务内容。附件为本合同不可分割的组成部分。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """冰壶体验馆预约与会员管理系统服务合同

合同编号：BH-SaaS-2027-045
甲方：某冰壶运动连锁管理有限公司
乙方：某云约信息技术有限公司

鉴于甲方在全国经营四十五家冰壶体验馆，需要统一的场道预约、会员、储值、课程与赛事管理系统，乙方以软件即服务（SaaS）方式向甲方提供该系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十五家门店提供场道预约、会员管理、储值卡与次卡、教练排课、青少年培训课程、赛事报名、门店收银及经营报表等功能，包括微信小程序、门店前台端和总部管理后台。
2. 每家门店的前台账号不限数量，总部管理后台账号不少于三十个。
（二）实施服务
1. 乙方负责系统开通、门店及场道参数配置、价格体系与会员等级配置、原有会员及储值余额数据迁移、小程序页面定制、与甲方财务系统和智能闸机的接口对接。
2. 乙方负责对总部运营人员、门店店长及前台人员的培训，并在首批门店上线时派驻现场支持人员。
3. 实施期间乙方应每周提交实施进度报告，列明已上线门店、遗留问题和下周计划。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方均未书面提出不再续期的，本合同自动续期一个服务年度，并依此类推。续期服务年度的订阅费由乙方根据届时的标准价格调整，乙方以书面通知甲方的价格为准，甲方不得因此拒绝续期。
（三）本合同约定的两个服务年度内，订阅费单价固定不变。

三、费用与支付
（一）订阅费：每家门店每个服务年度人民币8,800元，四十五家门店每个服务年度合计人民币396,000元，两个服务年度合计人民币792,000元。
（二）实施费：人民币126,000元，一次性支付。
（三）合同总价：人民币918,000元。
（四）支付方式：
1. 实施费在全部门店上线验收合格后十五日内支付。
2. 订阅费按季度支付，每季度人民币99,000元，于每个服务季度开始后十日内支付。
3. 乙方应在付款前开具等额增值税专用发票。

四、上线与验收
（一）乙方应在合同生效后七十五日内完成全部门店上线。首批五家试点门店应在合同生效后三十日内上线。
（二）验收标准：
1. 需求确认书所列功能全部可用，预约、核销、储值、退款、对账流程经甲方业务人员逐项测试通过；
2. 迁移后的会员数量、等级、储值余额和剩余课时与原系统逐户核对一致；
3. 与甲方财务系统日终对账连续十日无差异，智能闸机核验通过率符合需求确认书的要求；
4. 全部门店连续稳定运行十四日，未发生一级故障。
（三）验收合格后双方签署验收确认书。门店试营业或甲方开始使用系统不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%。可用率按当月系统可用分钟数占当月总分钟数的比例计算，计划内维护应安排在每日零时至六时之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、收银或核销）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：次一工作日内处理。
（三）月度可用率低于承诺值的，每低0.1个百分点，当季订阅费扣减2%；一级故障恢复超时的，每超时一小时扣减人民币1,000元。扣减额从下一期订阅费中抵扣。

（四）乙方提供每日七时至二十四时的人工客服热线和在线工单服务，其他时间提供一级故障值班电话。乙方每月向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和优化建议。

六、门店增减与甲方义务
（一）服务期内甲方新开门店的，按每家门店每个服务年度人民币8,800元按月折算增加订阅费；闭店的，自闭店次月起相应减少订阅费，但减少门店数不超过五家。
（二）甲方应指定项目负责人，及时提供门店资料、价格体系和原系统数据，组织门店人员参加培训和验收测试。
（三）甲方应妥善保管管理后台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

七、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、品牌视觉元素、接口程序和报表模板，知识产权归甲方所有，乙方应在服务期满时交付相关源文件，甲方可自由使用、修改或交由第三方使用。

八、数据安全与数据归属
（一）甲方的会员信息、消费记录、储值数据、预约记录及经营数据均属于甲方。
（二）乙方可以对甲方数据进行匿名化处理后，用于乙方冰雪运动行业经营分析报告及产品改进，并可向其他客户提供行业基准数据，但不得披露甲方名称和门店信息。
（三）乙方应将数据存储于中国境内的云平台，采取加密存储、访问控制、操作审计、每日备份等措施，云平台应通过网络安全等级保护第三级测评。发生数据泄露、丢失或篡改的，乙方应在1小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并删除其系统中的甲方数据，出具删除证明。

九、保密
双方对在合作中知悉的对方商业秘密、会员信息、价格策略和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而免除，保密期限至本合同终止后三年。

十、违约责任
（一）乙方未按第四条约定期限完成全部门店上线的，每逾期一日，按人民币800元向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第八条造成的损失不受此限。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方。确需由门店所在地合作方提供现场支持的，应事先取得甲方书面同意，乙方对合作方的行为负责。

十二、合同解除
（一）乙方严重违约，或一个服务季度内月度可用率连续两个月低于承诺值的，甲方有权书面通知解除本合同，乙方应退还已收取的未履行期间费用。
（二）任何一方严重违约且在对方书面通知后二十日内未纠正的，守约方有权解除本合同。
（三）本合同终止或解除后，乙方应继续提供不少于六十日的只读查询服务和数据导出协助，配合甲方将会员、储值余额及剩余课时完整迁移至甲方指定的系统，迁移期间不另行收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

十四、其他
（一）本合同附件包括：门店清单、需求确认书、数据迁移方案、服务水平说明。附件与正文不一致的，以正文为准。
（二）任何通知应以书面形式发送至双方在本合同首页载明的地址或电子邮箱，电子邮件发出即视为送达。
（三）本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：____________　　　乙方（盖章）：____________
"""

Z04 = """计划生育特殊家庭扶助管理系统运维服务合同

项目编号：WJ-CS-2026-118（竞争性磋商）
甲方（采购人）：某市卫生健康委员会
乙方（供应商）：某数联信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就计划生育特殊家庭扶助管理系统（以下简称"系统"）年度运维服务事宜，订立本合同。

第一条 服务范围
（一）系统包括失独家庭及伤残家庭信息管理、扶助金资格审核与发放、"双岗"联系人制度管理、就医绿色通道、家庭医生签约对接、关怀走访记录及统计分析等子系统，部署于甲方政务云。
（二）运维内容包括：应用系统日常监控与巡检；故障处理；缺陷修复与小版本升级；扶助金年度资格确认期间的技术保障；与民政、公安人口库、医保系统接口的维护；数据库维护与备份检查；网络安全等级保护测评整改配合；统计报表调整；用户培训与操作咨询。
（三）乙方应派驻两名运维工程师在甲方现场工作，工作日八时三十分至十七时三十分在岗，并安排一名项目经理统筹运维工作。扶助金发放月份，乙方应增派一名工程师驻场。
（四）乙方应在合同签订后十日内提交年度运维方案，明确巡检频次、升级计划、应急预案和人员分工，经甲方确认后执行。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自动终止，后续运维服务由甲方依法另行采购。

第三条 服务费用及支付
（一）本合同总价为人民币伍拾陆万捌仟元整（¥568,000），包含人员、差旅、工具、备件及税费等全部费用，服务期内不作调整。
（二）服务费按季度支付，每季度人民币142,000元。每个季度结束后，甲方根据运维考核结果在十五个工作日内支付上一季度服务费，考核扣减的金额从当期服务费中扣除。
（三）乙方应在每次付款前提供合法有效的发票。

第四条 服务水平
（一）系统在服务期内的月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，并安排在非工作时间进行。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、扶助金发放功能中断或数据异常）：30分钟内响应，2小时内恢复；
2. 二级故障（单一子系统或接口不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般功能缺陷、操作咨询）：当日响应，三个工作日内解决。
（三）乙方每月五日前提交上月运维报告，内容包括巡检结果、故障及处理情况、可用率统计、安全漏洞整改情况和工单统计。
（四）未达到服务水平的扣减：月度可用率每低于承诺值0.01个百分点，扣减当季服务费人民币1,000元；一级故障响应或恢复超时的，每超时一小时扣减人民币1,500元；二级故障超时的，每超时一小时扣减人民币500元。

第五条 运维考核与验收
（一）甲方每季度对乙方运维服务进行考核，考核内容包括服务水平达成情况、巡检计划完成率、工单按时关闭情况、驻场人员到岗情况和用户满意度。
（二）服务期满前，甲方组织年度运维服务验收，验收标准为：全年各月可用率均达到第四条承诺；一级故障均按时恢复；等级保护测评发现的中高风险问题全部完成整改；运维文档、配置清单、巡检记录和数据库备份记录完整并移交甲方。
（三）验收不合格的，乙方应在二十日内整改，整改后仍不合格的，甲方有权扣减第四季度服务费的一部分作为违约金。

第六条 数据安全
（一）系统中的特殊家庭成员身份信息、家庭关系、健康状况、扶助金发放记录等全部数据属于甲方，乙方仅可为履行本合同处理上述数据，不得用于任何其他目的。
（二）乙方运维人员须通过甲方堡垒机登录系统，使用个人账号并实行最小权限管理，所有操作全程审计录像；未经甲方书面审批，不得导出、下载、复制任何个人信息，确需导出用于故障排查的，应当脱敏并在使用后立即删除。
（三）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及网络安全等级保护第三级要求，落实数据备份、加密、漏洞修补等安全措施。
（四）发生数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任，甲方有权追究相关人员责任。

第七条 人员管理
（一）驻场人员及项目经理须具有两年以上政务系统运维经验，名单经甲方确认后不得擅自更换；确需更换的，应提前十五日书面申请并经甲方同意。
（二）乙方应对运维人员进行背景审查，所有人员进场前须签署个人信息处理承诺书，并接受甲方组织的安全培训。
（三）驻场人员不胜任工作或违反甲方管理规定的，甲方有权要求乙方在五个工作日内更换。

第八条 甲方的权利和义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的测试环境，并指定一名联系人负责日常对接、工单确认和运维考核。
（二）甲方应及时向乙方通报扶助政策调整、扶助标准变化及资格确认工作安排，以便乙方提前完成系统参数调整和技术保障准备。
（三）甲方有权随时检查乙方运维工作情况，查阅运维记录和审计日志，对不符合要求的工作提出整改意见，乙方应按期整改并书面反馈。

第九条 培训
乙方应在服务期内为市、区两级卫生健康部门和乡镇（街道）经办人员开展不少于四次业务操作培训，并在扶助金年度资格确认前开展一次专题培训，培训教材和视频资料归甲方使用。

第十条 知识产权
乙方在服务期内为甲方开发的补丁程序、统计报表、接口调整程序及运维脚本，知识产权归甲方所有，乙方应同步交付源代码和说明文档。

第十一条 违约责任
（一）乙方未按运维方案完成季度巡检、版本升级或等级保护整改项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）驻场人员无故缺岗的，每人每日扣减人民币800元。
（三）因乙方原因导致扶助金错发、漏发或延迟发放的，乙方应配合甲方追回或补发，并赔偿由此造成的损失。
（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十二条 分包
乙方不得将本合同项下的运维服务全部或部分分包、转包给第三方。

第十三条 合同的变更与解除
（一）本合同履行期间，任何一方不得擅自变更或解除合同。
（二）确需变更或解除合同的，双方应协商一致并签订书面协议；因政策调整导致系统停用的，双方按已履行的服务期结算费用。

第十四条 服务终止交接
服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的新运维单位移交全部运维文档、账号权限清单、系统配置及数据库备份，并提供不少于二十日的交接协助。交接完成后，乙方应删除其掌握的全部系统账号、备份介质和工作资料中的甲方数据，并向甲方出具书面删除确认。

第十五条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：__________　　　乙方（盖章）：__________
"""

Z05 = """# 巧塑云·面塑工序追踪软件销售及开发合同

**（乙方标准合同文本 QS-HT-2026 第3版）**

合同编号：QS-2027-0092

甲方（买方）：某面塑工艺坊文化发展有限公司

乙方（卖方）：某巧塑云软件科技有限公司

甲方因面塑作品生产管理需要，向乙方购买"巧塑云面塑工序追踪软件"并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同，共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供巧塑云面塑工序追踪软件标准版（以下简称"软件"）的永久使用许可，包含面坯配料、揉面醒面、捏塑成型、着色、晾干定型、蒸制及包装各工序的扫码报工、批次追踪、工时统计和作品档案功能。

1.2 乙方根据甲方需求进行定制开发，包括：面坯配方与颜料批号关联管理、着色色卡比对模块、手工艺人计件工资核算、非遗传承人作品档案与研学订单模块、与甲方电商店铺订单的接口。

1.3 乙方负责软件安装部署、基础数据初始化及甲方人员操作培训。

1.4 软件许可限于甲方本单位在其工坊及门店范围内使用，用户数为二十个；超出的用户数及新增门店，按乙方届时的价格另行购买。甲方不得将软件出租、出借或转让给任何第三方。

## 第二条 合同价款

本合同总价为人民币肆拾肆万捌仟元整（¥448,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 巧塑云面塑工序追踪软件标准版永久许可（含二十个用户） | 186,000 |
| 2 | 定制开发（五个模块及电商订单接口） | 224,000 |
| 3 | 安装部署与培训 | 38,000 |
| | 合计 | 448,000 |

上述价款不含甲方现场的服务器、扫码枪、平板电脑及网络设备，上述设备由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即人民币291,200元，乙方收到该款项后启动开发工作。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的35%，即人民币156,800元。

3.3 甲方逾期付款的，乙方有权暂停开发、实施及技术支持工作，工期相应顺延，且每逾期一日，甲方按逾期金额的千分之二向乙方支付违约金。

## 第四条 交付

4.1 乙方应在收到首付款后一百日内完成定制开发并在甲方现场安装上线。因甲方需求变更、未及时提供资料或确认的，交付期相应顺延。

4.2 甲方在定制开发过程中提出的需求变更，乙方有权另行报价，双方确认后执行。

4.3 软件运行所需的服务器、操作系统、数据库及网络环境由甲方按乙方提供的配置清单自行准备。因甲方运行环境不符合要求导致软件无法正常运行的，乙方不承担责任，由此增加的服务费用由甲方承担。

4.4 乙方提供一次现场培训，培训时长不超过两天，培训对象为甲方指定的管理员及各工序班组长。甲方如需增加培训，按乙方标准收费另行计价。

## 第五条 验收

5.1 软件安装上线后，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后三日内以书面形式提出，逾期未提出的，视为甲方对软件无异议。乙方对甲方提出的问题进行修改，修改不影响本合同的验收结果和付款。

5.3 甲方开始使用软件进行报工、追踪或核算的，无论是否已签署任何确认文件，均视为软件已交付并验收合格。

## 第六条 售后服务

6.1 乙方提供六个月的免费维护期，自软件上线之日起计算。免费维护期内，乙方负责软件缺陷修复和操作问题解答。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准收取。

6.3 故障处理：甲方报告一级故障（软件无法登录或无法报工）的，乙方在接到通知后24小时内响应，并尽力在合理时间内解决；其他问题乙方在五个工作日内答复。乙方主要通过电话、远程协助方式提供服务，确需上门的，差旅费由甲方承担。

6.4 软件版本升级：免费维护期内，乙方提供标准版本的免费升级；免费维护期满后未签订年度维护协议的，甲方不再享有升级和补丁服务。定制开发模块与标准版本升级之间的适配工作，由乙方另行报价。

6.5 因甲方或第三方原因，包括甲方人员误操作、擅自修改配置、病毒入侵、断电或硬件故障等造成的软件故障，不属于免费维护范围。

## 第七条 知识产权

7.1 软件及其相关文档的知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的全部模块、接口程序、源代码及相关文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程，亦不得许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。

## 第八条 数据安全与保密

8.1 甲方在软件中录入的配方、工艺参数、作品图片、订单及手工艺人信息等业务数据归甲方所有，乙方仅在提供安装、维护服务的必要范围内接触，不得用于其他目的。

8.2 乙方远程维护时应使用甲方分配的账号，采取访问控制和传输加密措施，不得复制或留存甲方数据。因乙方原因造成甲方数据泄露、丢失的，乙方应在发现后24小时内通知甲方，并依法承担相应赔偿责任。

8.3 双方对在合作中获知的对方商业秘密、技术资料和价格信息负有保密义务，未经对方书面同意，不得向第三方披露。保密期限自本合同签订之日起至本合同终止后两年。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

9.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的25%。乙方不对甲方的间接损失、利润损失、数据损失承担责任。

9.3 甲方违反第七条约定使用软件的，应赔偿乙方由此造成的全部损失。

9.4 因甲方需求变更、配合不及时或运行环境原因造成交付延误的，不属于乙方逾期，乙方不承担违约责任。

## 第十条 合作伙伴

乙方有权根据项目需要，将部分开发、实施或培训工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 因不可抗力导致合同无法履行的，双方可协商解除本合同。

11.3 甲方在乙方启动开发后解除合同的，已支付款项不予退还。

## 第十二条 甲方义务

12.1 甲方应指定专人负责与乙方对接，及时提供面坯配方分类、工序流程、色卡编号、手工艺人名单及电商店铺接口权限等资料，并对乙方提交的需求说明书在五个工作日内予以确认。

12.2 甲方应按时付款，并为乙方现场工作人员提供必要的工作条件。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

14.2 本合同一式二份，双方各执一份，具有同等法律效力。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HX-TM-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Hexin Engineering Consultants Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Buyer"); and
P:(2) Al-Bustan Language Technologies Co., a company registered in the Republic of Yemen with its principal office in Dhamar, Dhamar Governorate (the "Vendor").
P:Background: the Buyer prepares tender documents, design reports and site correspondence in Chinese, Arabic and English for its projects in the Middle East. The Vendor develops and licenses an on-premises terminology and translation-memory server. The Buyer wishes to purchase a perpetual licence of that server together with customisation, installation and training services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Bustan TermServer, version 6, including its server components, desktop add-ins and web editor, as described in Annex 1.
P:1.2 "Custom Deliverables" means the Chinese-Arabic engineering glossary, the connectors to the Buyer's document management system and project correspondence system, the import scripts and any other work product created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all documents, translation memories, glossaries, user records and other content loaded into or generated by the Software by or for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Software on the Buyer's servers in its Wuhan data room, configure it for sixty named users, build and deliver the Custom Deliverables, migrate the Buyer's existing translation memories and train the Buyer's staff.
H:Article 3 Licence
P:3.1 Upon payment of the instalment under Article 4.3(a), the Vendor grants the Buyer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for the internal business of the Buyer and its subsidiaries, for up to sixty named users and on up to two production servers and one test server.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,168,000, made up as follows: Software licence fee CNY 780,000; Custom Deliverables CNY 264,000; installation and migration of translation memories CNY 88,000; training CNY 36,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel. The Buyer shall withhold any tax it is required to withhold under PRC law and provide the Vendor with the tax certificate.
P:4.3 The Buyer shall pay the Contract Price as follows:
P:(a) 20% within 20 days after signature of this Agreement and receipt of an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer;
P:(b) 55% within 30 days after the Software has been installed and the Custom Deliverables have been delivered, as confirmed in an installation certificate. The installation certificate does not mean acceptance;
P:(c) 25% within 30 days after Final Acceptance.
H:Article 5 Delivery Schedule
P:5.1 The Vendor shall install the Software within 45 days after signature and shall deliver the Custom Deliverables within 90 days after signature.
P:5.2 If the Vendor fails to meet a date under Article 5.1 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After installation and delivery the Vendor shall carry out the acceptance tests set out in Annex 4 in the presence of the Buyer.
P:6.2 The acceptance criteria are: (a) every function in the functional specification works as described; (b) the migrated translation memories match the source files in segment count and content on a sample of two thousand segments chosen by the Buyer; (c) the connectors transfer documents in both directions for ten consecutive working days without loss or corruption; (d) a search across the full glossary returns results within two seconds with sixty concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten working days. Use of the Software in production, installation or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches, and provide telephone, e-mail and remote support free of charge.
P:7.2 Defects are classified as follows. Severity 1: the Software is unavailable to all users or data is corrupted. Severity 2: a major function is unavailable with no workaround. Severity 3: any other defect. The Vendor shall respond to a Severity 1 defect within 2 hours, to a Severity 2 defect within 8 hours and to a Severity 3 defect within two working days, at any time of the year, and shall provide a fix or workaround for a Severity 1 defect within 24 hours.
P:7.3 If the Vendor misses a Severity 1 response or fix time, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, and CNY 300 for each hour of delay for a Severity 2 defect. The Buyer may deduct these amounts from any payment due.
P:7.4 After the Warranty Period the Vendor shall offer annual support on the same terms at an annual fee of 10% of the Software licence fee, that is CNY 78,000 per year. This fee is fixed for the first three years after the Warranty Period. Each year of support requires a separate purchase order from the Buyer and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software, including all of its versions and updates, remains the property of the Vendor or its licensors.
P:8.2 All rights, including copyright, in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including to third parties working on its behalf.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, keep, analyse or use it for any other purpose, including the training of translation engines.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and each session must be approved by the Buyer in advance and is logged. Buyer Data shall not be transferred outside the Buyer's environment.
P:9.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Buyer Data. It shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all steps needed to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's tender documents, prices and project information, and shall use it only to perform this Agreement.
P:10.2 These obligations continue for five years after the end of this Agreement and do not apply to information that is public or that a party is required to disclose by law.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Article 9, to wilful misconduct or gross negligence, or to personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach, or if the liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for any part of the work that has not been accepted, and the licence already granted for paid instalments remains in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Yemen.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between senior representatives of the parties. If it is not settled within 30 days, it shall be finally resolved by arbitration in Sana'a under the arbitration law of the Republic of Yemen, by three arbitrators, in the English language.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Annexes: Annex 1 Software description; Annex 2 Implementation plan; Annex 3 Bank details; Annex 4 Acceptance test plan.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""
E02 = """# ORDER FORM AND GENERAL TERMS: PORTCALL ONE SUBSCRIPTION

Order Form No. TMS-OF-2027-031

**Provider:** Tuban Marine Software Co., Al-Hawtah, Lahij Governorate, Republic of Yemen ("Provider")

**Customer:** Xiamen Haiyue Shipping Co., Ltd., Huli District, Xiamen, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies only to this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER DETAILS

### A1. Subscribed Service

PortCall One, Provider's hosted port-call and agency management service, covering port-call planning, disbursement accounts, agent appointment, husbandry requests, document exchange with port agents and voyage cost reporting. The subscription covers 28 vessels operated or chartered by Customer and 45 named users at Customer's Xiamen and Shanghai offices.

### A2. Subscription Term

24 months, consisting of two Subscription Years. Subscription Year 1 starts on the Go-Live Date under A5. The subscription ends at the end of Subscription Year 2 unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Fee (configuration, data load, integration with Customer's ERP and finance system, training) | one-time | 92,000 |
| Subscription Fee, Subscription Year 1 | 28 vessels, 45 users | 356,000 |
| Subscription Fee, Subscription Year 2 | 28 vessels, 45 users | 356,000 |
| **Total Order Value** | | **804,000** |

Additional vessels may be added at CNY 11,200 per vessel per Subscription Year, pro rata. Fees are fixed for the Subscription Term and include all taxes except any withholding tax that Customer must deduct under PRC law.

### A4. Invoicing and Payment

(a) On the Order Effective Date, Provider will invoice the Onboarding Fee together with the Subscription Fee for Subscription Year 1. Customer shall pay that invoice within 15 days, and Provider will start onboarding after receipt of payment.

(b) The Subscription Fee for Subscription Year 2 will be invoiced at the start of Subscription Year 2 and is payable within 30 days.

(c) All amounts are payable in CNY by bank transfer.

### A5. Onboarding and Go-Live

Provider shall complete onboarding within 60 days after receipt of the payment under A4(a) (the "Target Go-Live Date"). Go-Live occurs when Customer signs the Go-Live certificate under Section 4 of Part B (the "Go-Live Date").

### A6. Contacts and Order Effective Date

Provider contact: Customer Success Manager, Aden office. Customer contact: Head of Marine Operations, Xiamen. This Order Form takes effect on the date of the last signature below (the "Order Effective Date").

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its web and mobile interfaces and its application programming interfaces.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including voyage data, port-call records, disbursement accounts, invoices, agent communications and user information, and all outputs generated from that data for Customer.

1.3 "Customer Configurations" means the workflows, document templates, report definitions, cost codes and integration mappings created by Provider specifically for Customer during onboarding.

### 2. Use of the Service

2.1 Provider grants Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's business.

2.2 Customer shall keep its user credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 04:00 Beijing time on Sundays.

3.2 Incidents are classified as follows. Priority 1: the Service is unavailable or a core function (port-call planning, disbursement accounts or document exchange) fails for all users. Priority 2: a core function fails for some users or is seriously degraded. Priority 3: any other incident. Provider shall respond to Priority 1 incidents within 30 minutes and restore the Service within 3 hours; respond to Priority 2 incidents within 2 hours and resolve them within one business day; and respond to Priority 3 incidents within one business day. Support is provided in English and Chinese.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to half of that monthly share. If Provider misses a Priority 1 response or restore time, Customer receives a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or, at the end of the term, refunded.

### 4. Onboarding and Acceptance

4.1 During onboarding Provider shall configure the Service, load Customer's vessel, port and agent master data, build the Customer Configurations, connect the Service to Customer's ERP and finance system and train Customer's users.

4.2 Customer shall test the Service against these criteria: (a) all functions in the onboarding specification work as described; (b) master data loaded into the Service matches Customer's source lists record by record; (c) disbursement accounts transfer to Customer's finance system without error for ten consecutive business days; and (d) no Priority 1 or Priority 2 incident is open.

4.3 When the criteria are met, Customer shall sign a Go-Live certificate within five business days. Use of the Service by Customer before that date is not acceptance.

4.4 If Go-Live does not occur by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to a maximum of CNY 40,000. The Subscription Term does not start until Go-Live.

### 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use, sell, analyse or aggregate it for any other purpose.

5.2 Provider shall host the Service and store Customer Data in a data centre located in mainland China operated by a provider holding an MLPS level 3 record. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff on a need-to-know basis, log all administrative access and keep daily backups for 30 days.

5.3 Provider shall notify Customer within 12 hours after it becomes aware of any unauthorised access to, disclosure of or loss of Customer Data, shall cooperate in investigating and remedying it, and shall be responsible for losses caused by its failure to comply with this Section 5.

5.4 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in a standard format and then delete it, and confirm deletion in writing.

### 6. Intellectual Property

6.1 Provider owns the Service and all improvements to it.

6.2 Customer Configurations belong to Customer. Provider shall deliver them in an exportable form at the end of the Subscription Term, and Customer may use, modify and allow third parties to use them freely.

### 7. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives in connection with this Order Form, including Customer's freight rates, vessel schedules and commercial terms, and use it only for the purposes of this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 Provider's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for breach of Section 5, for fraud or for wilful misconduct.

### 9. Subcontracting

Provider shall not subcontract any part of the Service or the onboarding work without Customer's prior written consent, except the hosting provider named in 5.2. Provider remains responsible for all subcontractors.

### 10. Term and Termination

10.1 This Order Form continues until the end of the Subscription Term.

10.2 Customer may terminate this Order Form by written notice if Provider commits a material breach and fails to cure it within 30 days after notice, or if monthly availability is below the commitment in 3.1 in any three months of a Subscription Year. Provider shall then refund the prepaid fees for the period after termination.

10.3 Provider may suspend the Service if an undisputed invoice remains unpaid for more than 30 days after a written reminder.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time. The arbitration shall be conducted in English, and the award is final and binding on both parties.

### 12. General

12.1 Provider may not assign this Order Form without Customer's consent. Notices must be in writing and sent to the contacts named in A6.

12.2 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""
E03 = """T:Supply and Licence Contract: Warehouse Environmental Monitoring System
P:Contract No. MH-PUR-2027-0419
P:Buyer: Shanghai Mocha Harbour Coffee Co., Ltd., Lingang New Area, Shanghai, People's Republic of China (the "Buyer").
P:Supplier: Amran Agritech Instruments Co., Amran City, Amran Governorate, Republic of Yemen (the "Supplier").
P:The Buyer stores green coffee in three bonded warehouses in Shanghai and Kunshan. This Contract, drafted on the Buyer's standard purchase terms, covers the supply of environmental sensors and gateways, a perpetual licence of the Supplier's monitoring software, and the related installation, customisation and training.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, probes, gateways and accessories listed in the Price Table in Clause 3.
P:1.2 "Software" means the Supplier's CoffeeGuard monitoring software, including the server application, the mobile application and the alarm engine.
P:1.3 "Deliverables" means the Buyer-specific dashboards, alarm rules, the interface to the Buyer's warehouse management system (WMS) and all related documentation prepared under this Contract.
P:1.4 The Contract consists of this document, Annex A (Technical Specification), Annex B (Site Plan) and Annex C (Acceptance Test Plan). In case of conflict this document prevails.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and calibrate the Equipment in the three warehouses according to Annex B, install the Software on the Buyer's virtual servers, develop the Deliverables and train the Buyer's warehouse and quality staff.
P:2.2 The system shall measure temperature and relative humidity at shelf level, bean-pile temperature at several depths, and carbon dioxide and oxygen levels in the fumigation rooms, and shall raise alarms by SMS, mobile app and dashboard when the limits set by the Buyer are exceeded.
P:2.3 All Equipment shall be new, unused and of current manufacture, and shall be delivered with certificates of calibration traceable to national standards.
P:2.4 The Supplier shall deliver, in English and Chinese, the installation drawings, the sensor location list with serial numbers, calibration certificates, the administrator and user manuals, and the interface specification of the WMS interface. The Buyer's quality staff shall be trained to add sensors, change alarm limits and export reports without the Supplier's help.
H:3. Price
P:3.1 The total Contract Price is CNY 1,370,000, made up as set out in the Price Table below. It is fixed and includes packing, freight and insurance to the Buyer's sites, import duties, taxes, installation and all expenses of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|680|285,600
TB:2|Carbon dioxide and oxygen sensor|36|4,200|151,200
TB:3|LoRa gateway with 4G backup|18|9,800|176,400
TB:4|Bean-pile temperature probe cable|120|1,650|198,000
TB:5|CoffeeGuard Software, perpetual licence, three sites|1|326,000|326,000
TB:|Hardware and Licence Subtotal|||1,137,200
TB:6|Installation and calibration|1|118,800|118,800
TB:7|Dashboards, alarm rules and WMS interface|1|96,000|96,000
TB:8|Training|1|18,000|18,000
TB:|Total Contract Price|||1,370,000
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 65% of the Contract Price is payable within 30 days after all Equipment has been installed at the three sites and the Buyer has signed the installation certificate. The installation certificate confirms only that installation is complete and is not acceptance.
P:4.3 35% of the Contract Price is payable within 30 days after Final Acceptance under Clause 6.
P:4.4 The Supplier shall issue a valid invoice before each payment. Payments are made in CNY to the Supplier's account stated in its invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the three sites within 50 days and complete installation within 75 days after the date of this Contract.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment due.
P:5.3 The Supplier's staff shall comply with the Buyer's warehouse safety, fumigation and customs bonded-area rules while on site.
H:6. Acceptance
P:6.1 After installation the parties shall carry out a 30-day trial operation, followed by the acceptance tests in Annex C.
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval, with fewer than five missed readings per sensor during the trial operation; (b) temperature readings of twenty sensors chosen by the Buyer agree with a reference thermometer within 0.3 °C, and humidity readings within 2 percentage points; (c) every alarm rule triggers SMS and app notifications within one minute in a simulated test; (d) the WMS interface transfers stock-location data without error for ten consecutive working days; and (e) no Severity 1 defect occurs during the trial operation.
P:6.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Installation, use of the system or any payment does not mean acceptance. If a criterion is not met, the Supplier shall remedy the defect within 15 days and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment, the Software and the Deliverables for 24 months from Final Acceptance. During this period it shall repair or replace faulty Equipment, correct software defects, provide software updates and recalibrate sensors once a year, all free of charge.
P:7.2 Severity 1 means that a whole warehouse is not monitored or alarms are not sent. Severity 2 means that a group of sensors or a function is unavailable. The Supplier shall respond to Severity 1 faults within 1 hour, have an engineer on site within one working day and restore monitoring within two days; it shall respond to Severity 2 faults within 8 hours.
P:7.3 For each hour by which the Supplier misses a Severity 1 response time, it shall pay CNY 800; for each day by which it misses the Severity 1 restore time, CNY 3,000.
P:7.4 After the warranty the Supplier shall provide annual support, including spare parts, recalibration and software updates, at an annual fee not exceeding 9% of the Hardware and Licence Subtotal (CNY 102,348). This fee is fixed for three years after the warranty. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways equal to at least five per cent of the installed quantity available in Shanghai during the warranty, and shall inform the Buyer at least six months in advance if any type of Equipment will be discontinued, offering a compatible replacement at no higher price.
H:8. Intellectual Property
P:8.1 The Software and the firmware of the Equipment remain the property of the Supplier, and the Buyer receives a perpetual licence to use them for its warehouses.
P:8.2 The Deliverables belong to the Buyer upon delivery. The Supplier shall hand over their source code and documentation, and the Buyer may use, modify and license them freely.
H:9. Data Protection and Security
P:9.1 All measurement data, alarm records, warehouse layouts and stock information collected or processed by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not disclose, analyse or reuse them for any other purpose.
P:9.2 The system shall be installed on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN, with named accounts, after approval for each session, and all such access is logged. No data shall be copied to the Supplier's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, shall cooperate in containing it and shall be liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information obtained from the other party, including the Buyer's stock levels, suppliers and prices, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 5.2 reach their maximum. The Supplier shall then refund all amounts paid for Equipment or services not accepted and remove any rejected Equipment at its cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.
H:15. Miscellaneous
P:15.1 Amendments are valid only if made in writing and signed by both parties. This Contract takes effect on signature by both parties.
P:15.2 Notices under this Contract shall be in writing and sent to the addresses above by courier or e-mail. The Supplier may not assign this Contract or any payment under it without the Buyer's consent.
P:15.3 This Contract is made in English in two originals. Each party keeps one original.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED MULTILINGUAL CUSTOMER SUPPORT SERVICES AGREEMENT

Agreement No. LT-MSA-2027-006

This Agreement is made on 8 April 2027 between **Shenzhen Lanting Cross-Border E-commerce Co., Ltd.**, Nanshan District, Shenzhen, People's Republic of China ("Customer"), and **Abyan Coast Contact Services Co.**, Zinjibar, Abyan Governorate, Republic of Yemen ("Provider").

Customer sells household goods online to consumers in the Gulf region and Egypt. Provider operates a multilingual contact centre. Customer wishes to outsource its Arabic and English customer support to Provider for a fixed term of 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the managed customer support services described in Schedule 1, together with the transition services in Section 3.

1.2 "Service Commencement Date" means the date on which Customer signs the readiness certificate under Section 4.

1.3 "Customer Data" means all information made available by Customer or its customers to Provider, or created by Provider in performing the Services, including customer names, contact details, order and delivery information, call recordings, chat transcripts and ticket histories.

1.4 "Work Product" means the knowledge-base articles, answer scripts, macros, quality forms and reports prepared by Provider for Customer.

## 2. Term

2.1 The Services shall be provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, and the Monthly Service Charge for any extension period shall not exceed the charge in Schedule 3.

## 3. Transition

3.1 Within 50 days after signature Provider shall recruit and train the support team, connect its telephony and chat systems to Customer's ticketing platform and e-commerce back office, and build the knowledge base from Customer's product and policy information.

3.2 Customer shall give Provider access to its ticketing platform, product catalogue and policy documents, and shall nominate a transition manager.

3.3 Provider shall deliver a transition plan within ten days after signature, showing recruitment, training, systems set-up and test dates, and shall report progress to Customer every week until the Service Commencement Date.

## 4. Readiness and Acceptance

4.1 Before the Services start, the parties shall run a readiness test of ten working days in which Provider handles a sample of live contacts under Customer's supervision.

4.2 The readiness criteria are: (a) all agents listed in the staffing plan have passed Customer's product and policy test with a score of at least 90 out of 100; (b) calls, chats and e-mails in Arabic and English are routed correctly to Provider and recorded in Customer's ticketing platform; (c) at least 90% of the sampled contacts meet Customer's quality form; and (d) the reports listed in Schedule 2 are produced correctly.

4.3 When all criteria are met, Customer shall sign a readiness certificate within three working days. Participation in the readiness test does not mean acceptance.

4.4 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2 each month and shall send Customer a monthly service report by the fifth working day of the following month.

5.2 Incidents affecting the Services are classified as follows. Priority 1: Customer's customers cannot reach the contact centre through any channel. Priority 2: one channel or one language is unavailable. Provider shall respond to a Priority 1 incident within 15 minutes and restore service within 2 hours, and respond to a Priority 2 incident within 1 hour.

5.3 If Provider fails to meet a service level, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits in a month are limited to one fifth of that month's Monthly Service Charge and do not limit Customer's other rights.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,174,000.

6.2 The Transition Fee is payable within 30 days after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days of a correct invoice.

6.3 The charges are fixed for the Term and include all taxes other than withholding tax deducted by Customer under PRC law.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it, use it for marketing or use it for any other customer.

7.2 At the end of the Term Provider shall return Customer Data to Customer in a format reasonably requested by Customer.

## 8. Work Product

8.1 Work Product belongs to Customer from creation. Provider shall deliver it to Customer on request and at the end of the Term, and Customer may use, modify and license it freely, including for a successor provider.

8.2 Provider's own contact-centre software and general training materials remain Provider's property.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business information, including Customer's prices, sales figures, supplier names and promotion plans, and shall not disclose it to any third party except to its employees who need to know it for this Agreement.

9.2 This Section 9 continues for three years after the end of the Agreement.

## 10. Personnel

10.1 Provider shall keep a dedicated team leader and the number of agents set out in Schedule 1, and shall replace any agent whom Customer reasonably considers unsuitable within ten working days.

10.2 Provider shall give all agents at least five days of initial training on Customer's products and policies and refresher training before each major promotion.

10.3 Provider shall perform the Services from its contact centres in Zinjibar and Aden and shall not move them to another location without Customer's prior consent. Provider shall be responsible for the employment, pay and social insurance of its agents.

## 11. Subcontracting

Provider may subcontract parts of the Services, including overflow handling during promotions and night-shift handling, to third-party contact centres, by giving Customer 14 days' written notice before the subcontractor starts. Provider remains responsible for the performance of its subcontractors.

## 12. Liability

12.1 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except for wilful misconduct and fraud, which are not limited.

12.2 Neither party is liable for indirect loss or loss of profit.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that it does not remedy within 30 days after notice, or if Provider fails the same service level in Schedule 2 in three consecutive months.

13.2 Either party may terminate this Agreement if the other becomes insolvent.

13.3 On expiry or termination Provider shall provide up to 60 days of exit assistance, including a handover of Work Product and Customer Data to Customer or a successor provider, at the rates in Schedule 3.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The language of arbitration is English.

## 15. General

Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent. The Schedules form part of this Agreement.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1: Services

| Channel | Languages | Hours (Gulf Standard Time) | Agents |
|---|---|---|---|
| Telephone (toll-free numbers in five countries) | Arabic, English | 08:00 to 24:00, seven days | 14 |
| Live chat on Customer's website and app | Arabic, English | 08:00 to 24:00, seven days | 10 |
| E-mail and marketplace messages | Arabic, English | 24 hours, seven days | 6 |
| Returns and refund follow-up | Arabic, English | 09:00 to 18:00, Saturday to Thursday | 4 |

The Services include answering product and order questions, tracking deliveries, arranging returns and refunds within Customer's policy, escalating complaints to Customer and recording every contact in Customer's ticketing platform.

## Schedule 2: Service Levels and Credits

| Measure | Target (monthly) | Service credit if missed |
|---|---|---|
| Calls answered within 20 seconds | at least 80% of calls | 3% of the Monthly Service Charge |
| Chats answered within 60 seconds | at least 90% of chats | 3% of the Monthly Service Charge |
| E-mails answered within 8 hours | at least 95% of e-mails | 2% of the Monthly Service Charge |
| Quality score (Customer's quality form) | average at least 88 | 2% of the Monthly Service Charge |
| Priority 1 incident response / restore | 15 minutes / 2 hours | CNY 2,000 per hour of delay |

## Schedule 3: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 86,000 |
| Monthly Service Charge | 58,000 per month for 36 months | 2,088,000 |
| Total Contract Value | | 2,174,000 |
| Exit assistance beyond the included handover | per agent-day | 900 |
"""
E05 = """MARKET DATA SUBSCRIPTION AGREEMENT

Agreement No. HF-DATA-2027-12

This Market Data Subscription Agreement is made on 19 April 2027 between:

Qingdao Hengfa Agricultural Trading Co., Ltd., Shinan District, Qingdao, People's Republic of China ("Customer"); and

Hajjah Market Data Co., Hajjah City, Hajjah Governorate, Republic of Yemen ("Provider").

Customer imports coffee, honey and dried fruit from Yemen and the Red Sea region. Provider collects and publishes price and trade data from markets and ports in Yemen and neighbouring countries. Customer wishes to subscribe to Provider's data through Provider's application programming interface on the terms below.

1. DEFINITIONS

1.1 "Data" means the market information supplied by Provider under this Agreement, namely daily wholesale and farm-gate prices for coffee, honey, sorghum, wheat flour, dates and fuel in the markets listed in Annex 1, weekly vessel arrival and cargo reports for the ports of Hodeidah, Aden and Mukalla, exchange rates in Sana'a and Aden, and Provider's monthly market commentary.

1.2 "API" means Provider's data interface, including its documentation, access keys and bulk download function.

1.3 "Custom Feed" means the feed format, product codes, unit conversions and mapping to Customer's product master that Provider configures specifically for Customer under clause 4.

1.4 "Customer Data" means the watchlists, queries, product master data, purchase contracts and other information that Customer or its users submit to the API or to Provider.

1.5 "Subscription Year" means each period of 365 days starting on the Start Date and on its first anniversary.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data through the API for up to 25 named users and two system accounts, and to use the Data in Customer's internal purchasing, pricing, risk and reporting processes.

2.2 Customer may include extracts of the Data in internal reports and in reports to its banks and auditors, provided that Provider is named as the source. Customer shall not resell the Data or publish it in bulk.

2.3 Provider may change the format of the API on 60 days' notice, provided that the Custom Feed continues to work or Provider adapts it at its own cost.

2.4 Customer's access is limited to 50,000 API calls per day across all accounts. If Customer regularly exceeds this limit, the parties shall discuss an adjustment in good faith; Provider shall not block access without first consulting Customer.

3. TERM

3.1 The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the date of Integration Acceptance under clause 4 (the "Start Date").

3.2 This Agreement expires at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature Provider shall configure the Custom Feed, issue access keys, load five years of historical Data for all series in Annex 1 and support Customer's IT team in connecting the API to Customer's procurement and risk systems.

4.2 Integration is accepted when Customer confirms in writing that: (a) all series in Annex 1 are delivered through the Custom Feed with the agreed codes and units; (b) the historical Data is complete for the agreed period, with gaps explained in the data notes; (c) prices for twenty sample dates chosen by Customer match Provider's published bulletins; and (d) the Custom Feed has loaded into Customer's systems without error for ten consecutive business days.

4.3 Customer shall confirm or give reasons for rejection within five business days after Provider notifies completion. Provider shall correct any failure and repeat the check. Use of the Data before Integration Acceptance does not mean acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
(a) Integration Fee (Custom Feed and historical load): CNY 46,000, one-time;
(b) Subscription Fee, first Subscription Year: CNY 268,000;
(c) Subscription Fee, second Subscription Year: CNY 268,000.
The total fees under this Agreement are CNY 582,000.

5.2 The Integration Fee is invoiced after Integration Acceptance. Each Subscription Fee is invoiced at the start of the Subscription Year to which it relates.

5.3 Customer shall pay each correct invoice within 30 days. Fees are fixed for the Subscription Term and include all taxes other than withholding tax deducted by Customer under PRC law.

5.4 Additional named users may be added at CNY 6,800 per user per Subscription Year, pro rata.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to publish daily prices on each market day, but market closures, security conditions and communication failures in the collection areas may delay or interrupt the Data.

6.2 Provider offers support by e-mail during its business hours, Saturday to Thursday, and will try to answer questions and correct data errors as soon as practicable.

6.3 Provider shall publish corrections to the Data in the API with a correction flag and inform Customer of material corrections by e-mail.

7. QUALITY OF DATA

7.1 Provider shall collect the Data through its own field staff and reporting partners using the methods described in its methodology note, which Provider shall keep up to date and make available to Customer.

7.2 Provider does not guarantee that the Data is complete or free of error, and Customer remains responsible for its own commercial decisions.

7.3 Each series shall carry data notes explaining the source market, the unit, the currency, the collection day and any change in method. Provider shall inform Customer at least 30 days in advance if it intends to discontinue a series listed in Annex 1 and shall propose a comparable replacement series at no extra charge.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Custom Feed to Customer, and shall not disclose it, analyse it or use it for any other purpose, including its own reports or other clients.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff, multi-factor authentication for administrative access and access logs kept for at least one year.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt steps to contain it and shall be liable for losses caused by its breach of this clause 8.

8.4 Within 30 days after expiry or termination Provider shall delete all Customer Data and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data, the API and its methodology.

9.2 The Custom Feed and all mappings and conversion tables prepared for Customer belong to Customer. Provider shall deliver them in a documented form on request, and Customer may use, modify and allow third parties to use them freely.

9.3 Reports and analyses prepared by Customer using the Data belong to Customer, subject to Provider's rights in the underlying Data.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party, including Customer's purchase volumes, sources and pricing, and shall use it only for the purposes of this Agreement.

10.2 This obligation continues for three years after the end of this Agreement.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement shall not exceed 150% of the total fees in clause 5.1, except for breach of clauses 8 and 10, infringement of the other party's intellectual property and wilful misconduct, which are not limited.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider may use its regular field reporters to collect market prices. Provider shall not subcontract the operation of the API, the Custom Feed or the processing of Customer Data to any third party without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the prior written consent of the other party.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the Subscription Fee for the remaining part of the current Subscription Year.

13.3 On expiry or termination Customer's licence to access the API ends, but Customer may keep and continue to use Data downloaded before that date for its internal records.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall first be negotiated in good faith. If it is not resolved within 30 days, either party may submit it to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be given in writing by courier or e-mail to the addresses stated above.

15.2 This Agreement, with Annex 1 (Data series and markets) and Annex 2 (API documentation), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

15.3 This Agreement is made in English in two originals.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h793z01_mined_area_subsidence_monitoring_platform.pdf", Z01),
    "z02": ("h793z02_razor_blade_line_control_retrofit.docx", Z02),
    "z03": ("h793z03_curling_chain_booking_membership_saas.txt", Z03),
    "z04": ("h793z04_special_family_assistance_system_om.txt", Z04),
    "z05": ("h793z05_dough_figurine_tracking_supplier_template.md", Z05),
    "e01": ("h793e01_translation_memory_licence_dhamar_vendor.pdf", E01),
    "e02": ("h793e02_port_call_saas_order_form_lahij_vendor.md", E02),
    "e03": ("h793e03_warehouse_sensors_monitoring_licence_amran_vendor.docx", E03),
    "e04": ("h793e04_managed_customer_support_zinjibar_vendor.md", E04),
    "e05": ("h793e05_market_data_api_subscription_hajjah_vendor.txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# design: category, terms (in KEYS order), extra, fee base (goods only), forum outside mainland, design rule list
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, cv=2120000),
            1160000, False, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 28, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, cv=1900000),
            1680000, False, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, False, True, 800 / 918000 * 100, 150, None, True, None, None,
                      None, True, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False, cv=918000),
            None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S], dict(sla=True, ld=True, deemed=False, cv=568000),
            None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software", [None, 24, False, "supplier", True, True, True, 0.01, 25, 65, False, False, 6, None, False,
                         True, True, "PRC", G], dict(sla=True, ld=True, capped=False, deemed=True, cv=448000),
            186000, False, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                            "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("software", [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 10, False, True,
                         False, "Yemen", G], dict(sla=True, ld=True, capped=True, deemed=False, cv=1168000),
            780000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 804000 * 100, 6 / 24 * 100,
                      (92000 + 356000) / 804000 * 100, True, None, None, None, False, True, False, "PRC", S],
            dict(sla=True, ld=True, deemed=False, cv=804000), None, False, ["CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.07, 200, None, True, True, 24, 9, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False, cv=1370000),
            1137200, False, []),
    "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 2000 / 2174000 * 100, 150, None, True, None,
                         None, None, False, True, True, "PRC", S], dict(sla=True, ld=True, deemed=False, cv=2174000),
            None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                      False, "PRC", S], dict(sla=False, ld=False, deemed=False, cv=582000),
            None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 and its section on where rules apply."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMZH = "一二三四五六七八九十百零两"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h(?![a-z])|个?小时)",
    rf"(?<![{NUMZH}])四个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    rf"(?<![\d.])100(?:\.0+)?{PCT}", r"百分之一?百", r"one\s*hundred{PCT}",
    rf"(?<![\d.])30(?:\.0+)?{PCT}", rf"百分之三十(?![{NUMZH}])", rf"thirty{PCT}",
    rf"(?<![\d.])15(?:\.0+)?{PCT}", rf"百分之十五", rf"fifteen{PCT}",
    rf"(?<![\d.])40(?:\.0+)?{PCT}", rf"百分之四十(?![{NUMZH}])", rf"forty{PCT}",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"twelve[\s-]*months?", rf"(?<![{NUMZH}])十二个月",
    r"质保期?为?一年", r"one[\s-]*year\s*warranty",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内响应", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五",
            "40%", "百分之四十", "12 months", "12个月", "十二个月", "twelve months", "质保期为一年", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%", "万分之三",
             "130%", "115%", "140%", "18 months", "十八个月", "24个月", "2027年12月31日", "百分之三十五",
             "百分之四十五", "1.30%", "fourteen hours", "04:00"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s", "", s)), ("must miss", s)


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, table = set(), []
    for key, (name, src) in FILES.items():
        cat, vals, ex, base, forum_out, design = D[key]
        lang = "zh" if key.startswith("z") else "en"
        t = dict(zip(KEYS, vals))
        x = {"sla_clause": ex["sla"], "ld_stated": ex["ld"]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = ex["capped"]
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = ex["deemed"]
        x["contract_value"] = ex["cv"]
        rules, share = derive(t, x, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        covered |= set(rules)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m and variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        table.append((key, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(r) for k, _, r, _, _ in table}
    assert mix["z01"] == 0 and mix["e03"] == 0 and D["e01"][4] and table[5][2] == ["CR-GOVERNING-LAW"]
    assert 8 <= mix["z05"] <= 10
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for row in table:
        print(*row)
    print("all checks passed")


if __name__ == "__main__":
    main()
