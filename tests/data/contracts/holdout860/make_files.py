"""holdout860: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built by
../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table row). PDFs are word-wrapped.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H860Z01 = """T:热气球飞行气象保障平台建设项目合同
P:合同编号：QXJ-ZC-2027-018
P:甲方（采购人）：某市气象局
P:乙方（供应商）：某市云瞻气象科技有限公司
P:本合同依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件订立。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，如有不一致，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供热气球飞行气象保障平台软件（以下简称“平台”）的永久使用许可，并根据甲方需求完成定制开发、部署实施及培训，使甲方能够为辖区内热气球旅游飞行提供低空风场预报、飞行窗口研判和气象预警服务。
P:1.2 定制开发内容包括：低空风场精细化预报模块（0—1500米逐层风向风速）；探空数据及风廓线雷达数据接入；飞行窗口研判与分级预警；面向飞行公司的预警推送小程序；与甲方现有预警发布系统、智能网格预报系统的接口。详细功能以附件一《需求规格说明书》为准。
P:1.3 平台部署于甲方机房的政务云资源上，由甲方提供服务器及网络资源，乙方负责软件安装、配置、联调及数据初始化。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），包括：平台软件永久许可费1,180,000元；定制开发费760,000元；部署实施及数据接入费138,000元；培训费32,000元。
P:2.2 上述价款为固定总价，已包含乙方完成本合同全部工作所需的人工、差旅、税费及质保期内的全部维护费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即422,000元。
P:3.2 平台初步验收合格后15个工作日内，甲方支付合同总价的45%，即949,500元。
P:3.3 平台最终验收合格后15个工作日内，甲方支付合同总价的35%，即738,500元。
P:3.4 甲方通过国库集中支付方式付款。因财政资金拨付流程造成的合理延迟，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署和全部定制功能开发，并提交初步验收申请；初步验收合格后进入为期60日的试运行。
P:4.2 试运行须覆盖至少一个热气球飞行旺季周末，试运行期间出现的问题由乙方及时修复，修复后重新计算连续稳定运行时间。
P:4.3 乙方应指定具有气象信息系统建设经验的项目经理常驻甲方现场，未经甲方同意不得更换；乙方应每周提交项目进展报告，说明已完成工作、存在问题及下周计划。
H:第五条 验收
P:5.1 初步验收标准：（1）附件一所列功能全部实现并经甲方逐项测试确认；（2）风场预报产品每日按时生成，接口数据与源数据逐条比对一致；（3）在200个并发用户下，页面平均响应时间不超过2秒；（4）通过第三方机构的安全测评，无高危漏洞。
P:5.2 最终验收标准：（1）试运行期间连续运行无一级故障；（2）飞行窗口研判结果经甲方业务科室对照实况检验，评估报告获甲方认可；（3）源代码、技术文档、操作手册及培训记录全部移交。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。平台上线、试运行或甲方使用平台，均不视为验收合格；验收以甲方签署的最终验收报告为准。
H:第六条 质量保证与售后服务
P:6.1 平台质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、升级、远程与现场技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过106,200元，该价格在质保期满后三年内保持不变，双方另行签订维护合同。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前3个工作日告知甲方并安排在非飞行时段）。
P:7.2 故障分为三级。一级故障（平台无法访问、预报产品无法生成或预警无法推送）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：下一个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付800元；月度可用率每低于承诺值0.01个百分点，向甲方支付1,000元。上述款项可从应付款中直接扣除。
P:7.4 乙方应于每月前5个工作日内提交上月运行维护报告，列明可用率、故障处理、预警推送成功率及改进建议。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的全部成果（包括源代码、接口程序、数据模型及文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台处理的观测数据、预报产品、飞行计划、飞行公司及人员信息等全部数据归甲方所有。乙方仅为履行本合同之目的接触和处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机进行远程运维，不得将数据拷贝出甲方网络环境，对其人员进行安全教育并签署承诺书。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同的终止而解除，在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且在甲方指定期限内未能整改的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 甲方逾期付款的（第3.4条情形除外），每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或者有其他根本违约行为且经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份，具有同等法律效力。
P:15.2 附件一：需求规格说明书；附件二：分项报价表；附件三：培训计划。
P:甲方（盖章）：某市气象局　　　　乙方（盖章）：某市云瞻气象科技有限公司
P:代表签字：__________　　　　代表签字：__________
"""

H860Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HYC-JG-2027-011
P:甲方（买方）：某某合页制造有限公司
P:乙方（卖方）：某某智控自动化工程有限公司
P:甲方拟对其冲压、折边、卷圆及装配四条合页生产线的电气控制系统进行改造，乙方愿意按照甲方的技术要求提供设备、软件及相关服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除上述四条生产线原有继电器控制柜及老旧驱动器，更换为PLC控制系统、伺服驱动系统、触摸屏人机界面，并新建车间监控（SCADA）系统及设备数据采集网关，实现产量、节拍、停机原因及模具寿命的实时采集。
P:1.2 乙方负责全部PLC程序、触摸屏画面、SCADA组态及与甲方现有ERP系统的数据接口的编写与调试，并负责安装、拆旧、接线、联调和操作维护人员培训。
P:1.3 改造应分线进行，每条生产线停线改造时间不得超过6个日历日，不得影响其余生产线的正常运行。
H:第二条 设备及价格
P:2.1 本合同设备、软件及服务明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、IO模块、柜体）|4套|1,260,000
TB:2|伺服驱动器及伺服电机|32套|648,000
TB:3|触摸屏人机界面|8台|96,000
TB:4|工控机及SCADA软件许可|2套|210,000
TB:5|设备数据采集网关|12台|126,000
TB:|设备及软件小计||2,340,000
TB:6|程序编写、调试及ERP接口开发|1项|286,000
TB:7|安装、拆旧及接线|1项|164,000
TB:8|培训|1项|28,000
TB:|合同总价||2,818,000
P:2.2 合同总价为人民币贰佰捌拾壹万捌仟元整（¥2,818,000），含税、运输、保险、安装调试及质保期内服务费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装通电后，甲方支付合同总价的50%。到货签收及通电仅确认数量和外观，不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后一次性无息支付。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后60日内完成四条生产线的改造和联调。
P:4.2 设备开箱时双方共同检验，发现缺件、损坏或型号不符的，乙方应在7日内补齐或更换。
P:4.3 乙方应在每条生产线停线改造前10日提交改造方案、停线计划及应急回退措施，经甲方生产部门书面确认后方可实施；改造后如出现无法按期恢复生产的情况，乙方应立即启动回退措施，恢复原有控制方式。
H:第五条 验收
P:5.1 验收标准：（1）各生产线按改造前的产品规格连续试生产72小时，设备节拍达到技术协议要求，且不低于改造前水平；（2）PLC与伺服系统的急停、安全门、光栅联锁逐项测试有效；（3）SCADA采集数据与现场计数器抽样比对误差不超过千分之五；（4）与ERP系统的工单、报工接口测试通过；（5）程序源文件、电气图纸及操作手册移交完毕。
P:5.2 四条生产线均满足上述标准并连续运行一个月无重大故障后，甲方签署最终验收报告。设备安装、试生产或甲方投入使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或程序质量问题产生的维修、更换费用由乙方承担。
P:6.2 质保期内乙方提供7×24小时电话支持。一级故障（整条生产线停机）：乙方应在30分钟内响应，6小时内到达现场，当日内恢复生产；二级故障（单台设备异常）：2小时内响应，48小时内修复。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付500元，甲方可从质量保证金中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，包括定期巡检、备件更换、程序优化及远程支持。年度维保费为设备及软件小计的28%，即每年655,200元，该费用在质保期满后三年内不作调整，按年度签订维保协议并于每个维保年度开始时支付。
P:6.5 乙方应保证所供PLC、伺服及触摸屏等主要部件在最终验收后八年内有备件供应；原型号停产的，乙方应提前六个月通知甲方并提供兼容替代方案，替代所需的程序修改由乙方免费完成。
H:第七条 知识产权
P:7.1 PLC程序、触摸屏画面、SCADA组态文件及ERP接口程序等为本项目编写的成果，其知识产权归甲方所有，乙方应交付全部源文件，甲方可自行修改或委托他人维护。
P:7.2 SCADA软件、PLC编程软件等第三方标准软件的知识产权归原权利人，乙方保证甲方获得合法、永久的使用许可。
H:第八条 数据安全
P:8.1 采集的产量、工艺参数、设备运行数据及订单信息均归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准并通过甲方提供的加密通道进行，每次访问留存日志；乙方不得在SCADA系统中设置后门或未经授权的远程连接。
P:8.3 因乙方原因导致数据泄露、篡改或生产系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在项目中知悉的甲方产品图纸、工艺参数、客户及价格信息负有保密义务，不得向任何第三方披露，保密期限至相关信息公开之日止。
H:第十条 分包
P:10.1 乙方可将现场电气安装、线缆敷设及拆旧工作分包给具备相应资质的单位，但应提前5个工作日书面通知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成生产线停线时间超过约定的，乙方还应赔偿甲方由此产生的停产损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或设备、程序经两次整改仍不能通过验收，或有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
H:第十三条 安全生产与现场管理
P:13.1 乙方人员进入甲方厂区应遵守甲方的安全生产、消防及6S管理制度，接受甲方安全培训，特种作业人员须持证上岗。乙方应为其现场人员办理工伤及意外伤害保险。
P:13.2 因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担全部责任；造成甲方其他生产线停机的，按第十一条处理。
P:13.3 乙方施工结束后应清理现场，拆除的旧控制柜、旧电缆由甲方处置，乙方不得擅自带离厂区。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情防控措施等不可抗力致使一方不能履行合同的，该方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

H860Z03 = """帆板培训门店预约及会员管理系统服务合同

合同编号：FB-IT-2027-006
甲方：某某帆板运动培训管理有限公司
乙方：某某云帆信息技术有限公司

甲方在沿海及湖区经营40家帆板培训门店，为统一课程预约、教练排班、会员储值及装备租赁管理，甲方采购乙方的“浪尖”预约及会员管理云服务并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方40家门店开通“浪尖”云平台的课程预约、教练排班、会员管理、储值卡、装备租赁、数据看板及微信小程序模块，每家门店不限账号数量。
2. 云平台由乙方部署在境内公有云上运行，乙方负责平台的运行、维护、升级及安全防护。
（二）实施服务
1. 乙方负责将甲方现有约6.8万名会员的档案、储值余额及课时数据迁移至云平台。
2. 乙方负责按甲方品牌要求配置小程序页面、课程体系、价格规则及会员等级，并完成与甲方微信支付商户号、发票系统的对接。
3. 乙方负责对门店店长、前台及教练进行分批培训，并提供操作手册及培训视频。
4. 平台上线后两周内，乙方安排实施顾问在甲方客流最大的6家门店驻店支持，协助处理预约高峰及储值业务中的问题。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自平台上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）服务期届满前30日，任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期服务年度的订阅费由乙方根据其届时的价格体系确定，乙方有权上调，并于续期前以邮件方式通知甲方。

三、合同价款及支付
（一）合同总价为人民币玖拾贰万捌仟元整（¥928,000），包括：
1. 订阅费：40家门店 × 9,800元/门店/服务年度 × 2个服务年度 = 784,000元；
2. 实施费（数据迁移、配置、接口对接）：126,000元；
3. 培训费：18,000元。
（二）实施费及培训费在平台上线验收合格后15个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
（四）甲方新增门店的，按每家门店每服务年度9,800元的标准，按剩余月数折算计费。
（五）乙方应在甲方每次付款前开具等额增值税专用发票，甲方收到合格发票后付款；乙方发票开具迟延的，甲方付款期限相应顺延。

四、实施与验收
（一）乙方应在合同签订后45日内完成全部实施工作，并在试点门店试运行两周。
（二）上线验收标准：
1. 会员档案、储值余额及课时数据迁移后，经双方对账逐条一致；
2. 预约、排班、储值、租赁及小程序各项功能按附件《功能清单》测试通过；
3. 微信支付及发票接口连续5个营业日对账无差错；
4. 门店高峰时段（200个并发预约）下小程序页面响应时间不超过2秒。
（三）乙方应在合同签订后7日内组建项目组，提交实施计划、数据迁移方案及回退预案，经甲方确认后执行。数据迁移应在门店营业结束后进行，迁移前后双方共同对储值余额进行核对。
（四）甲方在试运行结束后7个工作日内组织验收并签署上线验收单。平台开通或门店开始使用，均不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在凌晨2:00至6:00之间并提前2个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台或小程序无法访问、无法支付）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：下一个工作日内答复。
（三）乙方为甲方指定专属客户经理及技术支持组，提供7×24小时电话、在线客服及工单支持；旺季（每年5月至10月）周末另安排值班工程师在线值守。
（四）乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障记录、工单处理时长及版本更新内容。
（五）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月累计抵扣不超过当月订阅费；一级故障响应超时的，每次抵扣2,000元。

六、数据安全
（一）乙方应按照网络安全等级保护第二级以上要求运营平台，对会员个人信息进行加密存储和传输，实行最小权限访问和操作日志审计，每日备份数据并保留不少于30日。
（二）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，协助甲方履行向主管部门报告和通知会员的义务，并赔偿甲方因此遭受的损失。
（三）服务期满或合同终止后，乙方应在30日内将全部数据以通用格式移交甲方，并在甲方确认后彻底删除。

七、数据权属
（一）甲方上传及平台运行中产生的会员信息、课程及交易数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行匿名化处理后，将其用于产品改进、行业分析报告及训练乙方的推荐模型，该项使用权在本合同终止后继续有效。

八、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、课程及价格规则配置、接口程序归甲方所有，甲方可自行或委托第三方使用和修改。

九、甲方义务
（一）甲方应指定项目联系人，按时提供会员数据、门店资料、支付商户号等实施所需信息，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其收集会员个人信息已取得会员同意，并在小程序中公示隐私政策。

十、保密
双方对在合作中获知的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。

十一、违约责任
（一）乙方未按期完成实施导致上线逾期的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第六条造成的损失不受此限。
（三）甲方逾期支付的，每逾期一日按应付未付金额的万分之三支付违约金。

十二、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十三、合同解除
（一）一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除本合同，乙方应退还未使用服务期的订阅费。

十四、不可抗力
因自然灾害、公有云基础设施大范围故障、政府行为等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，可相应免除责任；不可抗力持续超过30日的，任何一方可书面解除本合同。

十五、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交厦门仲裁委员会仲裁。

十六、通知
本合同项下的通知以书面形式送达双方在合同首页载明的地址或电子邮箱，以电子邮件发送的，发送成功之日视为送达。一方变更联系方式的，应在3个工作日内通知对方。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件《功能清单》《门店清单》为本合同组成部分。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H860Z04 = """跳伞与蹦极场地安全监控系统年度运维服务合同

项目名称：市体育局跳伞与蹦极场地安全监控系统2027年度运维服务
采购方式：竞争性磋商
合同编号：TYJ-CS-2027-009
采购人（甲方）：某市体育局
供应商（乙方）：某某安防技术服务有限公司

根据本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就甲方跳伞与蹦极场地安全监控系统的年度运行维护服务，签订本合同。

第一条 服务对象
甲方所属的跳伞训练基地和蹦极场地安全监控系统，包括：高清视频监控前端286路、风速风向监测站6套、蹦极绳索张力及跳台振动传感器42个、应急广播及一键报警装置、监控中心视频存储及管理平台、大屏显示系统及相关网络设备。设备清单见附件一。

第二条 服务内容
（一）日常运维：乙方派驻2名运维工程师在监控中心驻场，覆盖场地全部开放时段，负责系统运行监测、故障处理、数据备份和值班记录。
（二）定期巡检：每月对全部前端设备、传感器及网络设备巡检一次，每季度对风速站和张力传感器进行校准比对，并出具巡检和校准报告。
（三）备品备件：乙方负责附件二所列易损件的包干供应与更换，单件价值在2,000元以上的非易损件更换，由乙方报价并经甲方同意后实施。乙方应在监控中心常备附件二所列备件的安全库存，更换下的故障件应登记造册并交甲方处置。
（四）应急保障：在跳伞比赛、节假日高峰及重大活动期间，乙方增派人员现场保障，并制定专项保障方案报甲方审定。
（五）年度检测：服务期内乙方组织一次系统整体性能检测，出具年度运行评估报告及设备更新建议。
（六）培训：乙方每半年对甲方监控中心值班人员及场地安全员进行一次系统操作和应急处置培训，并组织一次联合应急演练。

第三条 人员要求
（一）乙方应设立项目负责人一名，负责服务的组织协调，项目负责人应具有五年以上安防系统运维经验。
（二）驻场工程师应持有相关电工或安防从业证书，熟悉视频监控、网络及传感器设备的维护，并通过甲方组织的高空场地安全培训。
（三）乙方人员更换须提前7日书面报甲方同意，新进人员应与原人员完成工作交接。

第四条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期届满，本合同自行终止；甲方如需继续采购，另行依法组织采购，本合同不自动续期。

第五条 合同金额及支付
（一）合同总金额为人民币伍拾叁万元整（¥530,000），其中年度运维服务费468,000元，备品备件包干费62,000元。
（二）合同金额按季度平均支付，每季度132,500元。每季度结束后，甲方根据季度考核结果确认服务完成情况，乙方开具发票后15个工作日内甲方支付当季款项。
（三）本合同不设预付款。
（四）合同金额已包含乙方完成本合同全部服务所需的人工、交通、工具、易损件、保险及税费等一切费用，甲方不再另行支付其他费用。

第六条 服务进场与交接
（一）乙方应于2027年1月1日前完成人员进场、工具及备件到位，并与原运维单位完成系统交接，交接内容包括设备台账、账号密码、故障记录及技术文档。
（二）交接完成后，双方共同对系统运行状态进行核查，形成交接确认书。

第七条 服务水平
（一）监控平台及视频存储月度可用率不低于99.95%；风速、张力等安全监测数据应连续采集，单次中断不得超过10分钟。
（二）故障响应：
1. 一级故障（监控中心平台瘫痪、风速站或张力传感器失效、一键报警失灵）：驻场人员5分钟内响应，1小时内恢复或启用备用设备；
2. 二级故障（单路或多路视频中断、存储异常）：30分钟内响应，8小时内修复；
3. 三级故障（一般性问题）：24小时内处理。
（三）跳伞、蹦极开放时段内出现一级故障的，乙方应立即通知甲方场地负责人，由场地负责人决定是否暂停相关项目。
（四）乙方应在每月5日前提交上月运维月报，列明可用率、故障处理记录及遗留问题。
（五）乙方未达到上述服务水平的，应在3个工作日内向甲方书面说明原因，并提交整改措施和完成时限。

第八条 考核与验收
（一）甲方按附件三《运维服务考核细则》每季度对乙方进行考核，考核内容包括驻场出勤、巡检完成率、故障处理时效、报告质量及安全规范执行情况。季度考核结果作为甲方确认当季服务完成的依据。
（二）服务期满前15日，甲方组织年度终验，验收标准为：全年巡检及校准报告齐全；系统设备完好，无未处理的一级、二级故障；年度检测报告及评估建议已提交并经甲方确认；设备台账、配置文档已更新并移交。

第九条 数据安全
（一）监控视频、监测数据、游客及运动员个人信息等全部数据归甲方所有，乙方仅为履行本合同之目的进行访问，不得复制、留存或向第三方提供。
（二）乙方人员须签署安全保密承诺书，使用甲方分配的个人账号登录系统，所有操作留存日志；不得将存储介质带出监控中心，确需返修的硬盘应由甲方先行消磁或由乙方在甲方监督下更换。
（三）发生视频泄露、数据丢失或系统被入侵的，乙方应在1小时内报告甲方并配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。

第十条 保密
乙方对在服务中知悉的甲方场地安保布防、应急预案及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应对其人员进行保密教育，并对其人员的泄密行为承担连带责任。本条义务在合同终止后持续有效。

第十一条 知识产权
乙方在服务期间形成的巡检报告、校准记录、运维脚本及配置文档归甲方所有，甲方可自由使用。

第十二条 违约责任
（一）乙方未按第六条约定按时完成服务进场交接，或未按期提交年度检测报告的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
（二）乙方驻场人员擅自离岗或未经甲方同意更换的，甲方有权要求乙方限期改正。
（三）甲方未按约定支付款项的，应按同期贷款市场报价利率向乙方支付逾期利息。

第十三条 分包
乙方不得将本合同项下的服务转包或分包。

第十四条 安全生产
乙方人员在跳台、塔架等高处作业时，应严格执行甲方场地的高处作业审批制度，佩戴安全防护装备并由专人监护；作业应安排在场地闭园时段，确需在开放时段作业的，须经场地负责人同意并设置警戒区。因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。

第十五条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，或因乙方原因导致发生安全责任事故的，甲方有权解除本合同，并按实际服务期限结算费用。
（二）本合同终止或解除时，乙方应在10日内向甲方或甲方指定的新运维单位移交设备台账、账号密码、配置备份及未结故障清单，并提供不少于10日的交接协助，交接完成前不得撤离驻场人员。

第十六条 争议解决
本合同适用中华人民共和国法律。发生争议时，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份、乙方两份，经双方签字盖章后生效。磋商文件、响应文件及附件均为本合同的组成部分。

采购人（盖章）：                  供应商（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：                        签订日期：
"""

H860Z05 = """# 织迹工艺追溯系统软件许可及定制开发合同

**（织迹科技标准合同文本 V3.0）**

合同编号：ZJ-XS-2027-0213

甲方（用户）：某某夹缬工作室

乙方（许可方）：某某织迹科技有限公司

鉴于乙方拥有“织迹工艺追溯系统”软件的全部权利，甲方希望使用该软件管理夹缬制作的工艺流程，并委托乙方进行定制开发，双方经协商一致，订立本合同，共同遵守。

## 第一条 定义

1.1 “软件”指乙方开发的织迹工艺追溯系统标准版及其后续更新版本。

1.2 “定制开发成果”指乙方根据甲方需求，在软件基础上开发的功能模块、页面、接口、程序代码及相关文档。

1.3 “上线”指软件及定制开发成果部署完毕，甲方可以登录使用。

## 第二条 合作内容

2.1 乙方授予甲方在其工作室内部使用软件的永久、非独占、不可转让的许可，许可用户数为5个。

2.2 乙方按甲方需求进行定制开发，内容包括：雕版台账与版样影像管理；蓝草种植、打靛及染缸批次记录；从订单到刻版、夹染、晾晒、拆版的工序流转追溯；面向终端顾客的作品溯源二维码及小程序展示页。

2.3 乙方负责软件部署、基础数据初始化及操作培训。培训以线上方式进行，共两次，每次不超过3小时；甲方需要现场培训的，差旅费用由甲方另行承担。

2.4 软件许可仅限甲方在其营业场所内部使用。甲方不得将软件出租、出借、转许可，不得超出许可用户数使用，不得对软件进行反编译、反汇编。甲方增加用户数的，按乙方当时的报价另行购买。

## 第三条 合同价款

3.1 本合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工艺追溯系统标准版软件许可（5用户，永久） | 168,000 |
| 2 | 定制开发（雕版台账、染缸批次、工序追溯、溯源小程序） | 214,000 |
| 3 | 部署实施及数据初始化 | 26,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 416,000 |

3.2 合同总价为人民币肆拾壹万陆仟元整（¥416,000），含增值税。

## 第四条 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即270,400元，乙方收到该款项后启动开发工作。

4.2 系统上线后5个工作日内，甲方支付合同总价的35%，即145,600元。

4.3 甲方逾期付款的，每逾期一日应按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务并停用甲方账号，直至甲方付清款项。

4.4 乙方在收到每期款项后开具增值税普通发票。甲方需要开具专用发票的，应在付款前书面告知乙方并提供开票信息。

## 第五条 交付与上线

5.1 乙方预计在收到首期款后60个工作日内完成部署和定制开发。因需求变更、甲方资料提供不及时或其他非乙方原因造成的延期，交付时间相应顺延。

5.2 乙方将尽合理努力按预计时间交付，但该时间仅为计划时间，不构成乙方的合同义务。

5.3 系统上线后，乙方向甲方发出上线通知。甲方收到上线通知或开始使用系统任一功能的，即视为甲方验收合格。甲方在上线后提出的意见，乙方将在后续版本中酌情处理。

5.4 乙方交付物为：可运行的软件及定制开发成果（以乙方部署的运行环境为准）、用户操作手册电子版。源代码及数据库设计文档不属于交付物。

## 第六条 需求变更

6.1 定制开发需求以双方确认的《需求确认单》为准。甲方在需求确认后提出新增或变更需求的，乙方有权评估工作量并另行报价，交付时间相应顺延。

6.2 甲方应在乙方提交页面原型或阶段成果后3个工作日内反馈意见，逾期未反馈的，视为甲方认可该阶段成果。

## 第七条 甲方义务

7.1 甲方应按乙方要求提供服务器或云资源、网络环境、业务资料、版样影像及历史订单数据，并保证所提供资料真实、完整、合法。

7.2 甲方应指定专人负责与乙方对接，并妥善保管系统账号和密码。因甲方人员操作不当、擅自修改系统配置或感染病毒导致的问题，不属于乙方维护范围。

7.3 甲方应自行对其业务数据进行日常备份。

## 第八条 维护服务

8.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、远程方式为甲方提供软件问题解答和缺陷修复，服务时间为工作日9:00至18:00。

8.2 甲方报修后，乙方将尽快安排技术人员处理。

8.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准执行。

8.4 维护服务不包括：甲方新增功能需求；因甲方硬件、操作系统、网络故障引起的问题；甲方擅自修改数据或配置引起的问题；第三方软件的升级。上述服务乙方可另行收费。

## 第九条 知识产权

9.1 软件及定制开发成果（包括源代码、数据结构、页面设计及文档）的全部知识产权归乙方所有。

9.2 甲方在本合同约定的范围内享有定制开发成果的使用权，不得修改、反向工程或向第三方提供。乙方有权将定制开发成果纳入其产品，并向其他客户销售或许可。

## 第十条 数据与安全

10.1 甲方在系统中录入的订单、工艺、版样影像及客户信息归甲方所有，乙方仅为提供本合同服务而处理上述数据。

10.2 乙方应采取访问控制、数据加密、定期备份等技术措施保护系统数据安全，乙方人员访问甲方数据须经甲方授权并留存记录。

10.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并依照本合同第十二条承担赔偿责任。

## 第十一条 保密

11.1 双方对在合作过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露，但依法律规定须披露的除外。

11.2 本条义务在合同终止后两年内持续有效。

## 第十二条 责任限制

12.1 在任何情况下，乙方对甲方的全部累计赔偿责任（无论基于违约、侵权或其他原因）以本合同总价的10%为限。

12.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

12.3 甲方未按第7.3条自行备份数据造成的损失，由甲方自行承担。

## 第十三条 不可抗力

13.1 因不可抗力、网络运营商故障、云服务商故障、黑客攻击、政策变化等乙方不能控制的原因导致软件无法正常使用或交付延迟的，乙方不承担责任。

## 第十四条 合同终止

14.1 一方严重违反本合同约定，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

14.2 合同解除后，甲方已支付的许可费不予退还。

14.3 合同终止后30日内，甲方可申请导出其业务数据，乙方按通用格式提供一次导出服务；逾期未申请的，乙方有权删除相关数据。

## 第十五条 争议解决

15.1 本合同适用中华人民共和国法律。

15.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方盖章之日起生效。

16.2 本合同一式两份，双方各执一份，具有同等法律效力。

16.3 本合同未尽事宜，以乙方官网公布的《织迹软件服务条款》为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

H860E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AMZ-QD-2027-04
P:This Agreement is made between Castana Sistemas S.R.L., a company incorporated in Bolivia with its registered office in Cobija, Department of Pando (the "Vendor"), and Qingdao Haiyuan Nut Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer").
P:The Customer imports, sorts and processes Brazil nuts and other tree nuts at three plants in Qingdao, Rizhao and Weifang. The Vendor develops lot-traceability and quality-laboratory software used by nut processors in the Amazon region. The Customer wishes to license that software for its three plants and to have it configured and connected to its own systems.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's NutTrace Enterprise lot-traceability and quality-laboratory software in object code, including the modules listed in Annex 1 and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and weighbridge interfaces, the aflatoxin sampling workflow, the export-document templates, the reports and all other items developed by the Vendor specifically for the Customer, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its three plants and at its head office, for an unlimited number of named users, for the Customer's own business and that of its subsidiaries.
P:2.2 The Vendor shall configure the Software to the Customer's lot numbering, grading and sampling rules; develop the Custom Deliverables; migrate the open lots and the laboratory results of the last two crop seasons from the Customer's spreadsheets; and train the Customer's key users and administrators.
P:2.3 The Software will run on servers supplied by the Customer in its Qingdao data room. The Vendor shall install the Software and deliver a written installation and configuration record.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,878,000, made up of: perpetual licence fee CNY 1,260,000; configuration and Custom Deliverables CNY 486,000; data migration CNY 94,000; training CNY 38,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's staff.
P:3.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45% within 30 days after Provisional Acceptance of all three plants; and (c) 35% within 30 days after Final Acceptance.
P:3.3 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 4 Project Plan and Delivery
P:4.1 The Vendor shall complete installation, configuration, Custom Deliverables and data migration, and offer the Software for Provisional Acceptance, within 100 days after signature.
P:4.2 If the Vendor fails to offer the Software for Provisional Acceptance or to reach Final Acceptance by the dates in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The Customer may deduct these damages from any amount due.
H:Article 5 Acceptance
P:5.1 Provisional Acceptance takes place at each plant when the Vendor shows that: (a) every function listed in Annex 1 works as specified; (b) a full lot can be traced from the supplier's delivery note through drying, sorting, laboratory testing and packing to the export container, forward and backward, in less than 3 seconds; (c) migrated lots and laboratory results reconcile with the source spreadsheets; and (d) the interfaces with the Customer's ERP and weighbridge systems exchange data correctly for five consecutive working days.
P:5.2 After Provisional Acceptance at all three plants, the Software runs in production for 45 days. During that period there must be no Severity 1 incident, and all Severity 2 incidents must be closed.
P:5.3 Final Acceptance is given in writing by the Customer when the conditions of Article 5.2 are met and the source code of the Custom Deliverables, the documentation and the training records have been handed over. Installation, productive use or payment does not by itself mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support at no extra charge.
P:6.2 The Customer reports incidents through the Vendor's service desk, which is staffed in Chinese and English. Severity 1 means a plant cannot receive, release or ship lots; Severity 2 means an important function fails but a workaround exists; Severity 3 covers other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround within 8 hours; respond to a Severity 2 incident within 2 hours and resolve it within 3 working days; and answer Severity 3 matters within 2 working days.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 against the next payment or annual support fee.
P:6.5 After the Warranty Period the Customer may order annual support covering the same services. The annual support fee is 11% of the licence fee, that is CNY 138,600 per year, fixed for the first three years after the Warranty Period; any later increase shall not exceed 3% per year. Annual support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from their creation. The Customer may use, modify, copy and license them to third parties without restriction. The Vendor shall deliver their complete source code at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 All data entered into or produced by the Software, including supplier records, lot histories and laboratory results ("Customer Data"), belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with named accounts and prior approval for each session, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the data protection laws of the People's Republic of China applicable to the Customer's systems.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall help the Customer contain and remedy it, and is liable for the losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and commercial information received from the other party, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This Article survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, or breach of Articles 7.3, 8 or 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice of it, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination before Final Acceptance, the Vendor shall refund the amounts paid for the parts that have not been accepted, and the Customer shall return or destroy those parts.
P:12.3 Articles 7, 8, 9, 10 and 13 survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Plurinational State of Bolivia.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration under the rules of the Centre for Conciliation and Arbitration of the Chamber of Industry, Commerce, Services and Tourism of Santa Cruz, seated in Santa Cruz de la Sierra, Bolivia. The language of the arbitration is English.
H:Article 14 General
P:14.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
P:14.2 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in English in two originals, one for each party.
P:Annex 1: Functional Specification. Annex 2: Project Plan. Annex 3: Interface Specification.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H860E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLOOP SERVICE CLOUD

Order Form No. FL-CN-2027-031

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

| | |
|---|---|
| Provider | Fieldloop SpA, a company incorporated in Chile, Avenida Granaderos 2140, Calama, Antofagasta Region, Chile |
| Customer | Xuzhou Hengtu Mining Equipment Service Co., Ltd., a company incorporated in the People's Republic of China, Xuzhou, Jiangsu Province |
| Customer contact | Head of After-Sales Service |

### A2. Subscribed Service

Fieldloop Service Cloud, a field-service management platform delivered as software-as-a-service, with the following modules: work-order management, technician scheduling and dispatch, mobile app for technicians (Android and iOS), spare-parts consumption tracking, service-contract and warranty records, customer portal, and analytics dashboards. The Customer uses the Service to plan and record the maintenance of mining trucks, excavators and crushers that it has sold to mine operators in China and abroad.

Authorised users: 160 named users. Hosting: Provider's hosting partner, data centre region Shanghai, People's Republic of China.

### A3. Subscription Term

The Subscription Term is 24 months, made of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5. The Agreement ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 160 users × CNY 2,100 | 336,000 |
| Subscription, Subscription Year 2 | 160 users × CNY 2,100 | 336,000 |
| Onboarding and configuration (one-time) | fixed price | 84,000 |
| ERP integration (one-time) | fixed price | 56,000 |
| Total Fees for the Subscription Term | | 812,000 |

All amounts are in Chinese yuan and include value-added tax. The per-user price is fixed for the Subscription Term. Additional users may be added at the same price, pro rata to the end of the current Subscription Year.

Invoicing and payment:

- Onboarding and ERP integration fees: invoiced after Go-Live Acceptance, payable within 30 days of invoice.
- Subscription fees: invoiced at the start of each Subscription Year, payable within 30 days of invoice.
- No one-time fee is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

The Provider shall configure the Service to the Customer's service processes, import the Customer's installed-base records (about 9,500 machines) and open work orders, build the integration with the Customer's ERP system for customer master data, spare-parts stock and invoicing, and train 20 key users.

The Provider shall make the configured Service available for Go-Live Acceptance within 60 days after signature of this Order Form. Go-Live Acceptance is given in writing by the Customer when:

- every function in the Customer's approved configuration workbook has passed its test case;
- installed-base records and open work orders reconcile with the Customer's source lists;
- the ERP integration has exchanged customer, stock and invoice data without error for ten consecutive working days; and
- the mobile app has been tested offline and online at two mine sites nominated by the Customer.

Use of the Service in production before that written confirmation does not mean acceptance. If the Service is not ready for Go-Live Acceptance by the agreed date for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

### A6. Service Levels

| Item | Commitment |
|---|---|
| Availability of the Service | 99.95% per calendar month, excluding announced maintenance |
| Announced maintenance | Saturdays 23:00–03:00 China time, announced five days in advance |
| Priority 1 (Service unavailable, or dispatch impossible for all users) | response within 30 minutes, restoration within 6 hours |
| Priority 2 (major function unavailable, workaround exists) | response within 2 hours, resolution within 2 business days |
| Priority 3 (other issues, questions) | response within 1 business day |
| Support channels | portal, e-mail and telephone, 24 × 7 for Priority 1; Chinese and English |

Service credits: for each 0.1 percentage point, or part of one, by which monthly availability falls short of the commitment, the Customer receives a credit of 2% of the monthly share of the current Subscription Year's fee, up to the whole of that monthly share. Each missed Priority 1 response time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. The Service

1.1 The Provider grants the Customer and its affiliates a non-exclusive, non-transferable right to use the Service during the Subscription Term for their internal business, within the number of users ordered.

1.2 The Provider may improve the Service, but shall not materially reduce the functions ordered in A2 during the Subscription Term.

1.3 The Customer is responsible for the conduct of its users and for keeping its login credentials secure.

### 2. Customer Data

2.1 "Customer Data" means all data that the Customer or its users enter into the Service or that the Service generates from it, including installed-base records, work orders, technician locations and end-customer contact details.

2.2 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and on the Customer's documented instructions, and for no other purpose.

2.3 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and JSON format and then delete it from its systems and backups, and confirm the deletion in writing.

### 3. Data Security

3.1 The Provider shall keep Customer Data in the Shanghai data centre region and shall not transfer it outside the People's Republic of China.

3.2 The Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption in transit and at rest, multi-factor authentication for administrative access, role-based access, logging of all access to Customer Data, vulnerability scanning and daily backups. The hosting partner holds an MLPS level 3 filing for the environment used.

3.3 The Provider shall notify the Customer without undue delay, and in any case within 12 hours, after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, shall assist the Customer in meeting its reporting duties, and shall bear the costs and losses caused by an incident that results from its failure to comply with this Section 3.

### 4. Intellectual Property

4.1 The Provider owns the Service and all its underlying software.

4.2 The configuration workbook, the Customer-specific workflows, report definitions and the ERP integration code developed under A5 belong to the Customer. The Provider shall deliver the integration code in source form, and the Customer may use, modify and have third parties maintain all of these items freely.

### 5. Subprocessors and Subcontracting

5.1 The Provider's hosting partner named in A2 is approved by signature of this Order Form.

5.2 The Provider shall not engage any other subprocessor or subcontractor without the Customer's prior written consent, and remains responsible for all of them.

### 6. Warranties

6.1 The Provider warrants that the Service will perform materially as described in its documentation and that it will perform onboarding with reasonable skill and care.

6.2 The Provider warrants that the Service does not infringe any third party's intellectual property rights and shall defend the Customer against any such claim.

### 7. Limitation of Liability

7.1 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

7.3 The limits in this Section 7 do not apply to death or personal injury caused by negligence, or to fraud.

### 8. Term and Termination

8.1 The Agreement runs for the Subscription Term set out in A3.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice describing the breach.

8.3 If the Customer terminates under 8.2, the Provider shall refund the subscription fees paid for the period after termination.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the Republic of Chile.

9.2 Any dispute arising from the Agreement shall be resolved by arbitration administered by the Arbitration and Mediation Center of the Santiago Chamber of Commerce (CAM Santiago) under its rules, by a sole arbitrator, seated in Santiago, Chile. The proceedings shall be conducted in English.

### 10. General

10.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, except for payment obligations.

10.2 Notices must be in writing and sent to the addresses in A1 by courier or e-mail.

10.3 Neither party may assign the Agreement without the other party's written consent.
"""

H860E03 = """T:SUPPLY AND LICENCE AGREEMENT FOR WIRELESS GAS DETECTION AND MONITORING
P:Contract No. HBGS-PUR-2027-0147
P:Buyer: Hebei Jinghai Gas Storage and Transmission Co., Ltd., Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Chaco Sensores S.A., a company incorporated in Bolivia with its principal office in Yacuiba, Department of Tarija, Bolivia (the "Supplier").
P:This Agreement is issued on the Buyer's standard terms for equipment and software purchases. The Supplier has read these terms, and its tender dated 14 March 2027 forms part of this Agreement only where this Agreement refers to it.
H:1. Subject Matter
P:1.1 The Supplier shall supply, install and commission wireless methane detectors, LoRa gateways and spare parts for the Buyer's two gas storage stations and eleven valve chambers, and license its GasWatch monitoring software to the Buyer, so that gas concentrations, detector status and alarms are shown centrally in the Buyer's control room.
P:1.2 The Supplier shall integrate the monitoring software with the Buyer's existing SCADA system, so that methane alarms appear in SCADA and can trigger the emergency shut-down logic configured by the Buyer.
P:1.3 The Supplier shall train the Buyer's operators and maintenance technicians.
P:1.4 All equipment shall be new, shall carry valid Chinese explosion-proof certification and metrology approval where required, and shall meet the national standards for combustible gas detectors listed in Annex 1. Equipment without the required certificates will not be accepted for installation.
H:2. Price
P:2.1 The Contract Price is CNY 1,910,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless methane detector, explosion-proof, laser type|420|2,380|999,600
TB:2|LoRa gateway with backup power|36|8,600|309,600
TB:3|GasWatch monitoring software, perpetual licence, unlimited tags|1|268,000|268,000
TB:4|Spare parts kit (sensor heads, batteries, mounting sets)|1|41,800|41,800
TB:|Hardware and Licence Subtotal|||1,619,000
TB:5|Installation, wiring and commissioning|1||176,000
TB:6|SCADA integration|1||92,000
TB:7|Training|1||23,000
TB:|Contract Price|||1,910,000
P:2.2 The Contract Price is fixed and includes delivery DDP to the Buyer's sites, import duties, taxes, insurance, installation materials and all travel costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all equipment has been delivered and installed at every site and the Buyer has signed the installation certificate. The installation certificate records quantities and condition only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% within 30 days after Final Acceptance under clause 5.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:4.2 The Supplier shall pack the equipment for sea and road transport, mark each package with the contract number and destination site, and send the packing lists and certificates of origin to the Buyer five days before each shipment arrives.
P:4.3 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of these damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) each detector responds to the calibration test gas at 20% and 50% of the lower explosive limit within the response time in the technical specification; (b) each detector reports to the software through at least two gateways; (c) alarms reach the SCADA system within 5 seconds of detection; (d) the system has run for 30 consecutive days without a Severity 1 fault; and (e) all documentation, calibration certificates and explosion-proof certificates have been handed over.
P:5.2 The Buyer shall carry out the tests with the Supplier within 10 working days after the Supplier's written notice of readiness and sign a Final Acceptance certificate when all criteria are met. Installation, use in operation or any payment does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period for all equipment and the software is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, correct software defects and supply software updates.
P:6.2 During the warranty period the Supplier shall keep the monitoring platform available at least 99.95% of each month, outside maintenance windows agreed with the Buyer.
P:6.3 Faults are classified as follows:
TB:Severity|Description|Response|On-site attendance
TB:1|Loss of monitoring at a station or valve chamber, or loss of alarms to SCADA|30 minutes|6 hours
TB:2|Single detector or gateway failure|2 hours|2 working days
TB:3|Other faults and questions|1 working day|as agreed
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or attendance time, the Supplier shall pay CNY 1,500. For each 0.1 percentage point by which monthly availability falls below the commitment, the Supplier shall pay CNY 3,000. The Buyer may deduct these amounts from any payment due.
P:6.5 After the warranty period, the Supplier shall provide support on the same terms for years four and five after Final Acceptance at an annual fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 121,425 per year, fixed for both years. Support for later years shall be agreed separately and does not renew automatically.
P:6.6 The Supplier shall operate a service desk with Chinese-speaking engineers, reachable by telephone and e-mail at all times for Severity 1 faults, and shall keep a service engineer based in Shijiazhuang during the warranty period.
P:6.7 The Supplier shall keep spare parts and sensor heads available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The GasWatch software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at all its sites.
P:7.2 The SCADA integration, the alarm mappings and all other items developed for the Buyer under this Agreement belong to the Buyer, including their source code, which the Supplier shall deliver at Final Acceptance. The Buyer may use, modify and license these items freely.
H:8. Data Protection and Security
P:8.1 All measurement data, alarm records and configuration data belong to the Buyer. The Supplier shall use them only to perform this Agreement.
P:8.2 The Supplier shall access the Buyer's systems only on site or through the remote access gateway provided by the Buyer, with approval for each session, shall not copy data outside the Buyer's network, and shall comply with the Buyer's security rules for industrial control systems.
P:8.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 2 hours, help the Buyer to contain and remedy it, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information on the Buyer's facilities, pipelines, control systems, safety arrangements and commercial terms, shall use it only for this Agreement, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Agreement.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, damage caused by explosion or fire due to defective equipment, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. Subcontractors working at the Buyer's sites must hold valid qualifications for work in hazardous areas.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 4.3 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:13. Site Safety
P:13.1 The Supplier's personnel shall follow the Buyer's hot-work, permit-to-work and hazardous-area rules, wear the protective equipment required and be accompanied by the Buyer's staff at all times on station premises.
P:13.2 The Supplier shall remove packaging and waste from the sites, and shall take back used batteries and replaced sensor heads for disposal in accordance with environmental law.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang. The arbitral award is final and binding on both parties.
H:15. General
P:15.1 This Agreement is made in English and Chinese. Both versions have equal force.
P:15.2 Notices shall be in writing and delivered to the addresses above by courier or e-mail. Amendments are valid only if made in writing and signed by both parties.
P:15.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effects.
P:Annex 1: Technical Specification. Annex 2: Site List. Annex 3: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H860E04 = """# MANAGED COLD-CHAIN MONITORING SERVICES AGREEMENT

**Agreement No.** BDF-MS-2027-02

**Between**

**Patagonia Frio Monitoreo Ltda.**, a company incorporated in Chile, with its registered office in Coyhaique, Aysen Region, Chile (the "Provider"); and

**Dalian Beihai Frozen Foods Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province (the "Customer").

**Background.** The Customer imports chilled and frozen salmon and other seafood and stores it in fourteen cold-storage warehouses in northern and eastern China. The Provider operates remote temperature, humidity and door-status monitoring for cold stores and processing plants in southern Chile. The Customer wishes to outsource the monitoring and first-line alarm handling of its warehouses to the Provider on the terms below.

## 1. Definitions

1.1 **"Services"** means the services described in Schedule 1.

1.2 **"Monitoring Platform"** means the Provider's hosted platform that receives sensor readings from the Customer's warehouses and raises alarms.

1.3 **"Service Commencement Date"** means the date on which the Customer signs the Service Commencement certificate under Section 4.

1.4 **"Incident"** means any event that interrupts or degrades the Services, classified by priority in Schedule 2.

1.5 **"Customer Data"** means all sensor readings, alarm records, warehouse layouts, stock and batch information and personal information of the Customer's staff that the Provider receives or generates in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues until 36 months after the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, and the charges for any extension shall be agreed in that amendment.

## 3. Services

3.1 The Provider shall perform the Services in Schedule 1 at the service levels in Schedule 2, with skill and care, using suitably qualified staff, and in accordance with the Customer's food-safety and cold-chain procedures notified to it.

3.2 The Provider shall operate a monitoring centre staffed around the clock, with Mandarin-speaking operators on every shift.

3.3 The Provider shall name a service manager who meets the Customer's logistics manager once a month, online or in person, to review the monthly service report and agree improvements.

## 4. Transition and Service Commencement

4.1 During the transition period the Provider shall survey each warehouse, install and configure the gateways supplied under Schedule 3, connect the Customer's existing sensors to the Monitoring Platform, set alarm thresholds agreed with the Customer's quality team, and write site-specific alarm-handling procedures.

4.2 The Provider shall use reasonable efforts to complete transition within 90 days after signature. If transition takes longer, the parties shall agree a revised plan, and the Monthly Service Charge starts only from the Service Commencement Date.

4.3 The Customer shall sign the Service Commencement certificate when: (a) every sensor in the agreed sensor list reports to the Monitoring Platform; (b) a test alarm has been raised, escalated and closed at each warehouse following its procedure; (c) the Monitoring Platform has run for 14 consecutive days without a Priority 1 Incident; and (d) the procedures and contact lists have been approved by the Customer. Until then, no Monthly Service Charge is payable.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,224,000.

5.2 The one-time transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each undisputed invoice within 30 days.

5.3 The charges are fixed for the Term and include all travel, hosting, communication and staff costs of the Provider.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell, analyse or disclose it for any other purpose, including in aggregated or anonymised form.

6.2 The Monitoring Platform instance used for the Customer is hosted in a data centre in the People's Republic of China. The Provider's monitoring centre in Chile views Customer Data through that instance only; it shall not export or store Customer Data outside the People's Republic of China.

6.3 The Provider shall protect Customer Data with encryption in transit and at rest, multi-factor authentication, role-based access, access logging and daily backups, and shall have its controls reviewed once a year by an independent auditor and share the summary report with the Customer.

6.4 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in investigating and remedying it, and compensate the Customer for losses caused by the Provider's breach of this Section 6.

6.5 At the end of the Term the Provider shall return all Customer Data in a standard format and then delete it.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties, except to professional advisers or as required by law. This obligation survives for three years after the Term.

## 8. Intellectual Property

8.1 The Monitoring Platform remains the property of the Provider.

8.2 The site-specific alarm-handling procedures, alarm-threshold tables, reports and dashboards prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term, except for death or personal injury, fraud, wilful misconduct and breach of Section 6 or 7.

9.2 The Provider is liable for spoilage of the Customer's goods only where it results from the Provider's failure to handle an alarm as set out in the agreed procedure.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any subcontractor.

## 11. Ending the Agreement

11.1 Either party may end this Agreement by written notice if the other party becomes insolvent, enters liquidation or ceases business.

11.2 The Provider may suspend the Services, after 15 days' written warning, if undisputed invoices remain unpaid for more than 60 days after their due date, and may end the Agreement if they remain unpaid 30 days after the suspension.

11.3 Otherwise the Agreement continues for the Term. The Customer's remedies for Incidents and for missed service levels are the service credits in Schedule 2.

11.4 On expiry or ending of the Agreement the Provider shall give reasonable assistance, free of charge for up to 60 days, in transferring the Services to the Customer or a successor provider; longer assistance is charged at the rate in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The language of the arbitration is English.

## 13. General

13.1 Neither party is responsible for failures caused by events beyond its reasonable control, including failures of public telecommunication networks, provided it takes reasonable steps to limit their effects.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 — Services

| Service element | Description |
|---|---|
| Continuous monitoring | Temperature, humidity, door-status and power readings from all fourteen warehouses, watched around the clock |
| Alarm handling | Call-out to the warehouse duty manager, escalation along the site contact list, and recording of the action taken |
| Device management | Remote health checks of gateways and sensors; dispatch of the Customer's local technician when a device fails |
| Reporting | Daily exception report, monthly service report, quarterly trend analysis per warehouse |
| Compliance records | Monthly temperature records per chamber in the format required for customs and food-safety inspections |
| Change requests | Up to 20 configuration changes per month (new sensors, thresholds, contacts) |

## Schedule 2 — Service Levels and Service Credits

| Item | Service level | Service credit |
|---|---|---|
| Monitoring Platform availability | 99.95% per month | 3% of the Monthly Service Charge for each 0.1 percentage point below the level |
| Priority 1 Incident (monitoring lost for a whole warehouse) response | within 6 hours | CNY 2,000 per missed response |
| Priority 2 Incident (monitoring lost for a chamber or several sensors) response | within 8 hours | CNY 800 per missed response |
| Priority 3 Incident (single sensor, questions) response | next business day | none |

Service credits in any month are limited to 25% of the Monthly Service Charge for that month and are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 136,000 | after the Service Commencement Date |
| Monthly Service Charge | 58,000 per month | monthly in arrears |
| Monthly Service Charge × 36 months | 2,088,000 | |
| Total charges for the Term | 2,224,000 | |
| Exit assistance beyond 60 days | 3,200 per engineer day | monthly in arrears, only if ordered |
"""

H860E05 = """DATA SUBSCRIPTION AGREEMENT
HYDROMET API SERVICE

Agreement No. RB-WH-2027-11

PARTIES

Rio Beni Hidrodatos S.R.L., a company incorporated in Bolivia, with its registered office in Riberalta, Department of Beni, Bolivia (the "Provider").

Wuhan Changjing Water Engineering Consulting Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhan, Hubei Province (the "Customer").

BACKGROUND

The Provider operates a network of river-level gauges and rain gauges in the Amazon, Beni, Mamore and Madre de Dios basins, combines them with satellite rainfall estimates, and sells the resulting data through an application programming interface. The Customer designs river-port, waterway and small hydropower projects in South America and needs reliable hydrological and meteorological data for its studies. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's HydroMet application programming interface described in Annex A.

1.2 "Provider Data" means the river-level, discharge, rainfall and forecast data that the Provider makes available through the API, including historical series.

1.3 "Customer Data" means the site coordinates, project names, catchment boundaries, user accounts and query histories that the Customer or its users provide to or create in the Provider's systems.

1.4 "Subscription Year" means each period of one year starting on the Subscription Start Date or on an anniversary of it.

1.5 "Subscription Start Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to download Provider Data, and to use Provider Data in its engineering studies, reports and designs, including reports delivered to its own clients.

2.2 The subscription covers up to 40 registered stations chosen by the Customer from the Provider's station list, all basin-level satellite rainfall products, and up to two million API calls per Subscription Year. Stations may be exchanged once per quarter.

2.3 The Customer shall not resell Provider Data as a data product, or make the raw data feed available to any third party other than its clients for the project concerned.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term consists of two Subscription Years, starting on the Subscription Start Date.

3.2 At the end of the initial Subscription Term, and at the end of each renewal period, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 The Provider may change the Subscription Fee for any renewal period by written notice given at least 90 days before that renewal period starts. The changed fee applies to the renewal period unless the Customer gives notice of non-renewal under clause 3.2.

4. ONBOARDING

4.1 The Provider shall set up the Customer's account, configure the 40 stations selected by the Customer, load the historical series for those stations back to 1998, and provide a Python client library and two training sessions for the Customer's hydrologists.

4.2 The Provider shall complete onboarding within 30 days after signature. If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 15,000.

4.3 Onboarding Acceptance is given in writing by the Customer when: (a) all 40 stations return current data through the API; (b) the historical series are complete for the agreed periods, with gaps documented; (c) the Customer's test suite of 500 calls has run with a median response time below 800 milliseconds; and (d) the client library has been installed and tested on the Customer's workstations. Access to the API before that date is for testing only and does not mean acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

  Subscription Fee, Subscription Year 1 ............ CNY 348,000
  Subscription Fee, Subscription Year 2 ............ CNY 348,000
  Onboarding fee (one-time) ........................ CNY  42,000
  Total for the initial Subscription Term .......... CNY 738,000

5.2 The onboarding fee is invoiced after Onboarding Acceptance. The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The Customer pays within 30 days after receipt of a correct invoice.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears. The Provider shall warn the Customer by e-mail when 80% of the allowance has been used.

5.4 All fees include taxes payable in Bolivia. The Customer bears withholding tax payable in China, if any, and provides the tax certificates.

5.5 Invoices are issued in CNY and paid by bank transfer to the Provider's account stated in Annex B. The Provider shall give at least 30 days' written notice of any change of bank account, confirmed by a signed letter.

6. SERVICE LEVELS

6.1 The Provider shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 02:00 and 05:00 Beijing time.

6.2 Station data shall be published through the API within 30 minutes after the reading is taken, except when a station is out of service; the Provider shall report station outages on its status page.

6.3 Incidents are handled as follows. Priority 1 (API unavailable or returning errors for all calls): response within 1 hour, restoration within 6 hours. Priority 2 (one product or several stations unavailable): response within 3 hours, resolution within 2 business days. Priority 3 (questions, documentation errors): response within 2 business days.

6.4 If monthly availability falls below the commitment in clause 6.1, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly share. Each missed Priority 1 response time gives an additional credit of CNY 800. Credits are deducted from the next invoice.

6.5 Support is provided through the Provider's ticket portal, by e-mail and, for Priority 1 incidents, by telephone at any hour. Support staff answer in English and Spanish; the Provider shall make a Chinese-speaking support contact available during Beijing business hours.

6.6 The Provider shall send the Customer a monthly report showing availability, incidents, station outages and API usage.

7. DATA QUALITY

7.1 The Provider shall apply its documented quality-control procedures to Provider Data, flag suspect values, and publish corrections through the API with a record of the change.

7.2 Forecasts and satellite estimates are supplied as estimates. The Customer remains responsible for the engineering conclusions it draws from Provider Data.

8. CUSTOMER DATA

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose or give it to any third party.

8.2 At the end of the Subscription Term the Provider shall, at the Customer's request, export the Customer Data and then delete it from its systems.

9. INTELLECTUAL PROPERTY

9.1 Provider Data and the API remain the property of the Provider, subject to the rights granted in clause 2.

9.2 The custom catchment boundaries, derived rating curves and dashboards that the Provider prepares specifically for the Customer during onboarding or on request belong to the Customer, which may use, modify and license them without restriction.

9.3 Reports, designs and studies prepared by the Customer using Provider Data belong to the Customer.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business information, including the Customer's project names and locations and the terms of this Agreement, and shall disclose it only to employees and advisers who need it for this Agreement. This obligation continues for three years after the end of the Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term.

11.2 Neither party is liable for indirect or consequential loss, except in cases of fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the operation of the API or support to any third party without the Customer's prior written consent. The Provider's existing cloud hosting provider named in Annex B is approved.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 The Customer may also terminate by written notice if monthly availability falls below the commitment in clause 6.1 in any two consecutive months. The Provider shall then refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The language of the arbitration is English.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including floods that destroy or disable gauges, provided that it informs the other party promptly.

15.2 Amendments must be in writing and signed by both parties. Notices are given by e-mail to the addresses in Annex B.

15.3 Neither party may assign this Agreement without the written consent of the other party, except to an affiliate that takes over the relevant business.

Annex A: API Description and Station List. Annex B: Contacts and Approved Hosting Provider.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h860z01": ("h860z01_met_bureau_balloon_weather_platform.pdf", "pdf", H860Z01),
    "h860z02": ("h860z02_hinge_factory_line_control_retrofit.docx", "docx", H860Z02),
    "h860z03": ("h860z03_windsurf_school_chain_booking_saas.txt", "txt", H860Z03),
    "h860z04": ("h860z04_sports_bureau_skydive_bungee_monitoring_om.txt", "txt", H860Z04),
    "h860z05": ("h860z05_jiaxie_studio_process_tracking_supplier_template.md", "md", H860Z05),
    "h860e01": ("h860e01_nut_processor_traceability_licence_bolivian_vendor.pdf", "pdf", H860E01),
    "h860e02": ("h860e02_field_service_saas_order_form_chilean_vendor.md", "md", H860E02),
    "h860e03": ("h860e03_gas_storage_wireless_detectors_monitoring_licence.docx", "docx", H860E03),
    "h860e04": ("h860e04_cold_chain_managed_monitoring_36_months.md", "md", H860E04),
    "h860e05": ("h860e05_hydromet_data_api_two_year_subscription.txt", "txt", H860E05),
}

# ---------------------------------------------------------------- labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# availability, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, post, auto, term, subc, law, kind
TERMS = {
    "h860z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
    "h860z02": [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, True, "PRC", G],
    "h860z03": [99.5, 0.25, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False,
                "PRC", S],
    "h860z04": [99.95, 5 / 60, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                False, "PRC", S],
    "h860z05": [None, None, False, "supplier", True, True, True, None, 10, 65, False, False, 6, None, False, True, None,
                "PRC", G],
    "h860e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                "Bolivia", G],
    "h860e02": [99.95, 0.5, True, "buyer", True, True, False, 600 / 812000 * 100, 6 / 24 * 100, None, True, None, None,
                None, False, True, False, "Chile", S],
    "h860e03": [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC",
                G],
    "h860e04": [99.95, 6, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False, False,
                "PRC", S],
    "h860e05": [99.95, 1, True, "buyer", False, True, True, 500 / 738000 * 100, 200, None, True, None, None, None, True,
                True, False, "PRC", S],
}
# category, sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h860z01": ("software", True, True, True, False, 2110000),
    "h860z02": ("hardware", True, True, True, False, 2818000),
    "h860z03": ("cloud", True, True, None, False, 928000),
    "h860z04": ("services", True, True, None, False, 530000),
    "h860z05": ("software", False, False, False, True, 416000),
    "h860e01": ("software", True, True, True, False, 1878000),
    "h860e02": ("cloud", True, True, None, False, 812000),
    "h860e03": ("hardware", True, True, True, False, 1910000),
    "h860e04": ("services", True, False, None, False, 2224000),
    "h860e05": ("cloud", True, True, None, False, 738000),
}
# design-side facts that are not label keys: forum outside mainland China; TCO fee base (itemised licence/hardware)
FORUM_OUTSIDE = {"h860e01": True, "h860e02": True}
FEE_BASE = {"h860z01": 1180000, "h860z02": 2340000, "h860z05": 168000, "h860e01": 1260000, "h860e03": 1619000}
# price sums (asserted)
SUMS = {
    "h860z01": ([1180000, 760000, 138000, 32000], [0.20, 0.45, 0.35]),
    "h860z02": ([1260000, 648000, 96000, 210000, 126000, 286000, 164000, 28000], [0.10, 0.50, 0.35, 0.05]),
    "h860z03": ([40 * 9800 * 2, 126000, 18000], None),
    "h860z04": ([468000, 62000], [0.25] * 4),
    "h860z05": ([168000, 214000, 26000, 8000], [0.65, 0.35]),
    "h860e01": ([1260000, 486000, 94000, 38000], [0.20, 0.45, 0.35]),
    "h860e02": ([160 * 2100 * 2, 84000, 56000], None),
    "h860e03": ([420 * 2380, 36 * 8600, 268000, 41800, 176000, 92000, 23000], [0.10, 0.55, 0.35]),
    "h860e04": ([58000 * 36, 136000], None),
    "h860e05": ([348000 * 2, 42000], None),
}
DESIGN = {
    "h860z01": [],
    "h860z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h860z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h860z04": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "h860z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h860e01": ["CR-GOVERNING-LAW"],
    "h860e02": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h860e03": [],
    "h860e04": ["CR-LD-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h860e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40}


def tco_share(key, t, x):
    """Post-warranty fee share of TCO over 5 years from acceptance (policy §4), or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, _, _ = FILES[key]
    t = dict(zip(T_KEYS, TERMS[key]))
    cat, sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    lab = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat,
           "expected_terms": t,
           "expected_extra": x, "expected_rules": rules}
    return lab, t, x, rules


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
TH_PATTERNS = [
    r"(?<![\d.])99\.90*(?![\d])",                                   # availability 99.9
    r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?|h\b|个?小时)",            # 4 hours
    r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?", r"四个?小时",
    r"(?<![\d.])0\.050*(?![\d])",                                  # 0.05 (% per day)
    r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?" + PCT,                  # 100 / 30 / 15 / 40 %
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九十点])",
    r"\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?\b|个月|個月)",                # 12 months
    r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?", r"十二个月",
]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内", "4 个小时", "四小时", "four (4) hours", "0.05%", "0.05 %",
            "万分之五", "100%", "30 %", "15％", "40 percent", "百分之三十", "百分之十五", "百分之四十", "百分之百",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "one hundred percent", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "1.4 hours", "0.055%", "0.5%", "万分之五十", "万分之八",
             "200%", "130%", "1,100%", "115%", "140%", "2027年12月31日", "112 months", "24 months", "六个月",
             "2,130,000", "30 days", "15 days", "40 stores", "40家门店", "CNY 4,000", "45%", "35%"]


def th_hits(text):
    hits = []
    low = text.lower()
    forms = [low, re.sub(r"\s+", " ", low), re.sub(r"\s", "", low)]
    for f in forms:
        for p in TH_PATTERNS:
            for m in re.finditer(p, f):
                hits.append((p, f[max(0, m.start() - 25):m.end() + 25]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert th_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not th_hits(s), ("regex hits " + s, th_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (name, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        if key[4] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(f"{name}: length {n} {'ok' if ok else 'OUT OF RANGE'}")
        if not ok:
            problems.append(f"{name} length {n}")
        for h in th_hits(text):
            problems.append(f"{name} threshold text {h}")
        prices, shares = SUMS[key]
        if sum(prices) != EXTRA[key][5]:
            problems.append(f"{name} price sum {sum(prices)}")
        if shares and abs(sum(shares) - 1) > 1e-9:
            problems.append(f"{name} payment shares {shares}")
        lab, t, x, rules = label(key)
        for k, v in t.items():
            if k in TH and isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v - TH[k]) < 1e-9:
                problems.append(f"{name} {k} on threshold")
        share = tco_share(key, t, x)
        if share is not None:
            print(f"  TCO share {share:.2f} %")
            if abs(share - TH["tco_share_pct"]) <= 2:
                problems.append(f"{name} TCO share {share} within 2 points")
        if rules != sorted(DESIGN[key]):
            problems.append(f"{name} rules {rules} != design {sorted(DESIGN[key])}")
        print("  rules:", ", ".join(rules) or "(none)", "| risk", risk(rules))
        fired |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(f"rules never fired: {missing}")
    comp = [k for k in FILES if not DESIGN[k]]
    assert sorted(comp) == ["h860e03", "h860z01"], comp
    assert DESIGN["h860e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["h860z05"]) <= 10
    assert sum(1 for k in FILES if 2 <= len(DESIGN[k]) <= 3) == 6
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, f"{len(problems)} problems"
    print("all checks passed")


if __name__ == "__main__":
    main()
