"""holdout1142: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:无障碍设施管理平台建设项目政府采购合同
P:合同编号：HC-CL-2026-0173　采购方式：公开招标　采购项目编号：JZCG-2026-0418
P:甲方（采购人）：江州市残疾人联合会
P:乙方（供应商）：江州明途信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，双方就无障碍设施管理平台的软件许可、定制开发及实施服务订立本合同，本合同文本由甲方提供。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供无障碍设施管理平台软件（以下简称“平台”）的永久使用许可，并完成设施台账、巡检移动端、无障碍地图和投诉督办等定制开发，以及数据迁移、系统对接、部署实施和培训。
P:1.2 合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），其中：平台软件许可费¥624,000；定制开发费¥548,000；历史数据迁移及与市政务服务平台、城市运行管理平台对接费¥126,000；部署实施及培训费¥88,000。
P:1.3 合同总价为固定价格，已包含软件、开发、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第二条 交付与进度
P:2.1 乙方应于合同签订后九十日内完成平台部署和全部定制功能开发，并提交初验申请；初验通过后进入为期六十日的试运行。
P:2.2 交付物包括：平台安装介质及许可证书、定制模块源代码、数据库设计说明、接口文档、用户手册、运维手册和培训记录。
P:2.3 乙方应按月向甲方提交进度报告，如实说明完成情况、存在问题和下一阶段计划。
P:2.4 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方应为甲方系统管理员和各区县残联业务人员各组织不少于两期集中培训，并提供操作视频和考核试题，培训考核合格率应达到甲方要求。
P:2.5 乙方在需求调研阶段应听取视力、听力、肢体残疾人代表的意见，定制功能的界面设计应经甲方书面确认后方可开发。
H:第三条 付款
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 初验通过后十个工作日内，甲方支付合同总价的55%。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 验收
P:4.1 初验标准：招标文件技术需求清单所列功能全部实现；全市已登记的无障碍设施台账数据迁移完整，抽样核对差错为零；与政务服务平台、城市运行管理平台的接口联调通过；在二百个并发用户下，页面响应时间不超过三秒。
P:4.2 最终验收标准：试运行期间未发生一级故障；平台通过第三方机构的安全测评并按要求完成整改；移动端在主流读屏软件下可正常使用，符合信息无障碍相关国家标准；全部交付物齐备。
P:4.3 验收由甲方组织，可邀请残疾人代表和专家参加，并出具书面验收报告。平台上线、试运行或甲方使用，均不视为验收合格。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年¥49,920），该价格在质保期满后三年内保持不变。维护合同需双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台在质保期内的月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超过一小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，扣减当期维护款¥1,000，质保期内从履约保证金中扣减。
H:第七条 知识产权
P:7.1 平台软件本身的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可，无需另行付费。
P:7.3 乙方保证所交付的软件不侵犯任何第三方的合法权利，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的设施数据、残疾人基本信息、投诉及督办记录等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存副本。
P:8.2 乙方应落实网络安全等级保护要求，对个人信息加密存储，实行最小授权，运维操作经堡垒机进行并保留审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任和由此产生的行政责任。
H:第九条 保密
P:9.1 双方对在履行合同中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
P:9.2 乙方应要求其参与本项目的人员遵守本条约定，人员离场时应交还甲方提供的资料和账号。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且经两次整改仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:10.4 合同签订后五个工作日内，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格且无未结违约金后无息退还。
H:第十一条 分包与转包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明。双方协商是否延期或解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 双方指定的联系人及联系方式见合同附件。一方变更联系人、地址或电话的，应提前五日书面通知对方；按约定地址送达的书面通知，自送达之日起生效，拒收或无法送达的，自寄出之日起第五日视为送达。
P:15.4 乙方应遵守甲方的政府采购履约管理要求，配合甲方和财政部门开展履约验收检查、资金绩效评价和档案归集，并按要求提供相关资料。
P:附件：1. 技术需求清单；2. 定制功能说明；3. 联系人名单。
P:甲方（盖章）：江州市残疾人联合会　　乙方（盖章）：江州明途信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:铆接生产线控制系统改造合同
P:合同编号：HT-MJ-2026-062
P:甲方：常州恒铆电动铆接机制造有限公司
P:乙方：苏州启衡自动化工程有限公司
P:甲方为提升电动铆接机装配线的自动化水平，委托乙方对其二号总装线和三号部装线的控制系统进行改造，双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条产线控制系统的设计、设备供货、软件许可、编程调试、安装及培训，包括更换原有继电器控制柜为PLC控制系统，伺服压铆单元驱动改造，新增工位人机界面和产线数据采集网关，以及产线控制软件与甲方现有MES系统的接口开发。
P:1.2 改造须在甲方指定的停产窗口内完成，每条产线的停线时间不超过十五日。
P:1.3 乙方应在合同签订后二十日内提交详细设计方案，包括电气原理图、控制柜布置图、IO点表、网络拓扑、人机界面画面设计和切换施工方案，经甲方技术部门书面确认后方可采购和施工。甲方确认设计方案不免除乙方对设计质量的责任。
P:1.4 乙方应保证改造后的控制系统可兼容甲方现有的伺服电机、压力传感器和条码扫描设备，确需更换的，应在设计方案中列明并包含在合同总价内。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾捌万捌仟元整（¥1,488,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|2套|486,000
TB:2|工控机及工位人机界面|26台|168,000
TB:3|伺服压铆驱动改造件|18套|274,000
TB:4|产线数据采集网关|6台|96,000
TB:5|产线控制软件许可（永久）|2套|212,000
TB:|软硬件小计||1,236,000
TB:6|安装调试|1项|148,000
TB:7|MES接口定制开发|1项|86,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,488,000
P:2.2 上述价格含设备、软件、运输、保险、安装调试、税费及质保期内服务，为固定总价。
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、两条产线恢复生产后，甲方支付合同总价的65%。到货签收和恢复生产均不代表验收合格。
P:3.3 最终验收合格后十五日内，甲方支付合同总价的25%。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后七十五日内将全部设备运至甲方厂区，并按双方确认的停产计划进场施工。设备到货时双方共同开箱清点，核对型号、数量和外观，并签署到货签收单。
P:4.2 乙方施工人员应遵守甲方的安全生产、动火作业和电气作业管理制度，因乙方原因造成的人身伤害和财产损失由乙方承担。
P:4.3 乙方应随设备提供两年用量的易损备件清单，并在质保期内保证常用备件在甲方所在地有库存，备件到货时间不超过两日。
P:4.4 乙方应为甲方电气维修人员和产线操作人员分别提供不少于三天的现场培训，内容包括PLC程序结构、故障诊断、参数备份与恢复及安全操作，培训结束后进行实操考核。
H:第五条 验收
P:5.1 验收标准：两条产线按设计节拍连续运行七十二小时无停线故障；压铆力、行程曲线采集完整，与标定设备比对偏差在设计允许范围内；人机界面报警信息与PLC故障代码一一对应；MES接口数据核对无差错；全部图纸、PLC程序和软件文档交付齐全。
P:5.2 验收合格后双方签署最终验收报告。产线恢复生产或甲方使用设备，均不视为最终验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
P:5.3 验收前乙方应提交竣工图纸、设备合格证、说明书、IO点表、全部程序备份和调试记录，资料不全的，甲方可暂缓组织验收，由此延误的时间计入乙方工期。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的18%计取，即每年¥222,480，该费率在质保期满后三年内不变。
P:6.3 一级故障（产线停线）乙方应在1小时内响应，8小时内到场；响应或到场每超时一小时，乙方向甲方支付¥1,500。二级故障（单工位故障）24小时内到场处理。
P:6.4 年度维保服务内容包括：每季度一次现场巡检、PLC程序及组态工程备份、控制柜除尘紧固、软件补丁更新、故障备件更换（人为损坏除外）以及全年不限次数的电话和远程支持。乙方应在每次巡检后五日内提交巡检报告。
H:第七条 知识产权
P:7.1 控制软件产品的知识产权归乙方，乙方授予甲方永久使用许可。
P:7.2 为本项目编写的PLC程序、人机界面组态工程、MES接口程序及其源代码归甲方所有，甲方可自行修改和使用。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方知识产权，因此引起的索赔由乙方负责处理并承担费用，给甲方造成损失的，乙方应予赔偿。
H:第八条 数据安全
P:8.1 产线采集的工艺参数、质量数据和生产记录归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道进行，并留存操作记录；乙方应采取防病毒措施，不得将未经检测的移动存储介质接入甲方工控网络。因乙方原因导致数据泄露、丢失或工控系统遭受攻击的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的工艺文件、产品图纸、生产数据及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后三年内仍应遵守。
P:9.2 乙方应确保其工作人员及施工单位人员同样遵守本条约定，项目结束后应归还或销毁甲方提供的图纸和资料。
H:第十条 分包
P:电气柜内部配线和现场桥架敷设工作，乙方可交由具备资质的专业施工单位完成，但应在进场前书面通知甲方，乙方对其施工质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 因乙方原因导致停产窗口延长的，乙方除支付违约金外，还应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约经书面催告后十日内仍未改正，或逾期超过四十五日的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在十日内撤出现场，恢复产线原有控制回路或保证产线可以安全运行，并移交已完成部分的图纸和程序；甲方对已验收合格且可独立使用的部分按实结算。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 不可抗力
P:因不可抗力导致一方不能履行合同的，应在事件发生后三日内通知对方，并在十日内提供有关证明，双方根据影响程度协商延期履行；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
H:第十五条 其他
P:15.1 本合同附件包括技术协议、设计方案确认书、设备清单及培训计划，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:15.2 双方往来通知应以书面形式送达合同首页所列地址，电子邮件经对方确认收到的视为书面通知。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """儿童言语训练中心预约及会员管理系统服务合同

合同编号：YY-SaaS-2026-015

甲方：广州启语儿童言语康复连锁管理有限公司
乙方：杭州云约科技有限公司

甲方在广州、佛山、东莞经营十五家儿童言语训练中心，现采购乙方的课程预约及会员管理云服务（以下简称“云服务”）及配套实施服务。双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方十五家门店开通云服务，功能包括：课程排期与家长在线预约、训练师排班、会员卡及课时包管理、评估报告归档、家长端小程序、短信及公众号提醒、收银对账和经营报表。
（二）乙方负责实施服务：系统配置、门店及课程基础资料导入、历史会员及课时余额迁移、与甲方现有财务软件的对账接口配置、店长及前台人员培训。
（三）乙方按甲方需求为其定制课程评估报告模板、经营报表模板和家长端小程序页面设计。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，至次年对应日的前一日止；第二个服务年度紧接其后。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一年；续期期间的服务费按乙方届时公布的标准价格执行，乙方有权调整。

三、费用及支付
（一）云服务年费：每家门店每个服务年度¥9,800，十五家门店每个服务年度合计¥147,000，两个服务年度合计¥294,000。
（二）实施费：¥52,000，一次性支付。
（三）合同总价：¥346,000。
（四）支付方式：
1. 实施费在上线验收合格后十五日内支付；
2. 每个服务年度的年费在该服务年度开始后十五日内支付；
3. 乙方收款前应开具增值税专用发票。
（五）门店数量增加的，新增门店按每店年费标准按剩余月份折算计费；门店关闭的，自关闭次月起停止计费，已付费用按月折算退还或抵扣。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：
1. 十五家门店全部开通，功能符合本合同附件功能清单；
2. 历史会员信息、课时余额与甲方原系统数据逐条核对一致；
3. 家长端小程序预约、改约、取消和消息提醒全流程测试通过；
4. 对账接口连续五个营业日核对无差异；
5. 门店人员培训完成，每店至少两名人员考核合格。
（三）验收由甲方组织，双方签署上线验收单。系统试用或甲方开始使用，不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付¥300违约金。
（五）上线切换应安排在门店非营业时段进行，乙方应制定切换及回退方案，切换期间保留原系统只读查询，确保家长已预约课程和会员课时余额不受影响。
（六）验收不合格的，乙方应在七日内整改完毕并重新申请验收，整改期间计入逾期天数。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划内维护须提前三日通知并安排在门店营业时间以外。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单功能不可用）：2小时内响应，当日解决；
3. 一般问题：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，按当月年费折算金额的5%抵扣下一期服务费；一级故障恢复超时的，每超时一小时抵扣¥500。

六、数据
（一）甲方及其会员（含儿童及家长）的个人信息、训练记录和评估报告等业务数据归甲方所有。
（二）乙方可将去标识化处理后的训练记录和预约数据用于其产品功能改进和行业分析模型的训练，并可在本合同终止后继续使用。
（三）乙方应依照《个人信息保护法》《数据安全法》处理数据：数据存储于中国境内，儿童个人信息单独加密存储；实行角色权限和操作日志管理；每日备份，保留不少于三十日；发生数据泄露或疑似泄露的，应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，随后删除其系统中的甲方数据并出具删除证明，但本条第（二）项所述去标识化数据除外。
（五）乙方不得向任何第三方提供甲方会员的联系方式，不得利用家长端小程序向甲方会员推送与甲方无关的广告或商业信息。

七、知识产权
（一）云服务平台及其软件的知识产权归乙方所有。
（二）为甲方定制的评估报告模板、报表模板及小程序页面设计归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、保密
双方对在合作中获知的对方经营信息、会员信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、甲方义务
（一）甲方应指定项目负责人，协调各门店提供基础资料、历史数据和测试配合，并在收到乙方确认文件后五个工作日内给予书面答复。
（二）甲方应妥善管理各门店账号和密码，门店人员离职时及时停用其账号；因甲方账号管理不当造成的损失由甲方自行承担。
（三）甲方应保证其向乙方提供的会员信息已依法取得家长的授权或同意，并在家长端小程序中向家长展示乙方协助拟定的隐私政策。

十、客户支持与版本更新
（一）服务期内乙方提供每日八时至二十一时的在线客服和电话支持，并为甲方配备专属客户成功经理，每季度回访一次，提交使用情况分析和改进建议。
（二）乙方对云服务的版本更新应提前五日通知甲方，涉及门店操作流程变化的，应提供更新说明并安排线上培训；版本更新不得减少本合同约定的功能，不得降低服务水平。
（三）服务期内，甲方新开门店的开通、资料导入和人员培训由乙方免费提供，每年不超过三家。

十一、分包
乙方不得将实施服务分包给第三方；确需由第三方承担部分工作的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方退还已付未履行部分的服务费。
（二）云服务连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止的，乙方应继续提供不少于三十日的过渡服务，保证门店预约和会员查询正常，并按第六条第（四）项移交数据；甲方按实际服务期间结算服务费，已付未履行部分由乙方在三十日内退还。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交广州仲裁委员会仲裁。

十四、不可抗力
因地震、洪水、疫情防控措施、公共网络或电力大面积中断等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并尽力减少损失，在不可抗力影响范围内免除责任；但乙方未按约定做好数据备份和容灾措施的，不得以此免责。

十五、其他
（一）本合同附件为合同不可分割的组成部分。附件：功能清单、门店清单、实施计划。
（二）双方通过合同列明的电子邮箱发送的通知视为书面通知，发送成功之日视为送达。
（三）本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等效力。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""

Z04 = """临川市危险货物道路运输监控系统2027年度运维服务合同

项目编号：LCJT-CS-2026-031（竞争性磋商）
甲方：临川市交通运输局
乙方：临川智联交通科技有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就临川市危险货物道路运输监控系统（以下简称“监控系统”）2027年度运维服务订立本合同。

第一条 服务范围
1.1 运维对象包括：监控系统应用平台（车辆动态监控、电子运单、预警处置、企业备案、统计分析模块）、数据库及中间件、两台存储设备、十四台服务器、视频转发服务、与省级危险货物运输监管平台和市公安交管平台的数据接口，以及平台所接入的约一千二百辆危险货物运输车辆的数据质量监测。
1.2 服务内容包括：日常巡检、故障处理、系统安全加固、数据备份与恢复演练、接口运行监测、车辆在线率及数据质量通报、软件缺陷修复和小型功能调整（每项不超过十个人日）、重大活动及节假日值守保障、年度运维报告。
1.3 乙方应安排两名运维工程师常驻甲方监控中心，工作日八时三十分至十八时在岗，其余时间实行电话值守和远程支持。
1.4 服务开始前，乙方应与上一服务期的运维单位完成交接，清点服务器、存储、软件许可和账号清单，核对系统配置和备份状态，形成交接记录报甲方确认。交接中发现的问题，乙方应书面报告甲方并提出处理建议。
1.5 乙方应在服务开始后二十日内编制本年度运维方案、应急预案和重大活动保障方案，报甲方审定后执行。应急预案应至少覆盖核心模块中断、数据库故障、省级平台接口中断、网络攻击和机房断电五类场景。

第二条 服务期限与费用
2.1 服务期限自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，甲方另行组织采购。
2.2 运维服务费为人民币伍拾陆万捌仟元整（¥568,000），为固定总价，包含人工、交通、备件、工具、税费及乙方完成本合同所需的全部费用。
2.3 服务费按季度支付：每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费，即¥142,000，考核扣款从当季服务费中扣减。

第三条 服务水平
3.1 监控系统核心模块（车辆动态监控、预警处置、电子运单）月度可用率不低于99.95%。
3.2 故障响应：
（1）一级故障（核心模块中断、全部车辆数据无法接收或接口中断）：15分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障（非核心模块不可用或部分车辆数据异常）：1小时内响应，当日恢复；
（3）三级问题（操作咨询、报表调整）：一个工作日内处理完毕。
3.3 乙方每日两次检查车辆在线率和数据上传完整性，发现车辆长时间离线、定位漂移或轨迹缺失的，应在当日生成异常清单并推送甲方执法支队。
3.4 服务质量扣款：一级故障响应或恢复每超时一小时扣款¥1,000；二级故障每超时一小时扣款¥300；核心模块月度可用率每低于承诺值0.01个百分点扣款¥800；季度考核得分低于八十分的，扣减当季服务费的5%。
3.5 春节、国庆等法定节假日及甲方通知的重大活动保障期间，乙方应安排工程师在监控中心现场值守，值守期间一级故障须在30分钟内到场处置。

第四条 考核与验收
4.1 甲方按季度对乙方进行考核，考核内容包括：可用率、故障响应和恢复时效、巡检和报告完成情况、数据质量通报及时性、驻场人员出勤，具体评分细则见附件。考核结果以书面形式通知乙方，乙方有异议的，可在五个工作日内提出复核申请。
4.2 服务期满后十五个工作日内，甲方组织年度验收。验收标准：全年核心模块平均可用率达到承诺值；未发生因乙方原因导致的数据丢失；年度备份恢复演练不少于两次且成功；全部运维文档、配置记录和年度运维报告完整移交。年度验收结果作为乙方履约评价依据。

第五条 数据安全
5.1 监控系统中的车辆定位、电子运单、企业及驾驶人员信息、视频和预警处置记录等全部数据归甲方所有，乙方仅可为履行运维服务而访问，不得复制、下载、留存或用于其他任何目的。
5.2 乙方应按照网络安全等级保护第三级要求开展运维：运维账号实名分配并定期更换密码，所有运维操作通过甲方堡垒机进行并完整留存审计记录；远程运维须经甲方逐次批准；不得在运维终端上存储业务数据；每月开展一次漏洞扫描并在规定期限内完成高危漏洞修复。
5.3 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方并立即启动应急处置，事后五个工作日内提交事件分析报告。因乙方原因造成安全事件的，乙方承担全部赔偿责任，并承担由此引起的行政责任。

第六条 知识产权
服务期内乙方为甲方编写的脚本、配置文件、功能调整代码、运维文档及报告，其知识产权归甲方所有，甲方可自行使用、修改。

第七条 人员管理
7.1 乙方驻场人员须具备相应的专业资格，名单及资质证明应在合同签订后五日内报甲方备案，未经甲方同意不得更换。
7.2 乙方人员应遵守甲方监控中心的值班、出入和安全管理制度，甲方认为乙方人员不能胜任的，有权要求乙方在五个工作日内更换。

7.3 乙方应每月向甲方提交运维月报，内容包括系统运行情况、故障及处理、车辆在线率和数据质量分析、安全漏洞及修复、下月工作计划。甲方对月报提出意见的，乙方应在三个工作日内补充说明。
7.4 服务期满时，乙方应向甲方或甲方指定的下一服务期运维单位完成交接，移交全部账号、配置记录、脚本、文档和未结问题清单，并提供不少于十个工作日的交接支持，不得以任何理由拖延。

第八条 分包
乙方不得将本合同项下的运维服务全部或部分分包、转包给第三方。

第九条 违约责任
9.1 乙方未按甲方要求的时间完成年度安全加固、备份恢复演练、重大活动保障方案或其他约定工作任务的，每逾期一日按合同总价的万分之三向甲方支付违约金。
9.2 因乙方原因导致监控系统长时间中断，造成甲方监管工作受到影响的，乙方应承担相应赔偿责任。
9.3 甲方逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。

第十条 不可抗力
因不可抗力导致不能履行合同的，受影响方应在三日内通知对方，并在十日内提供证明。不可抗力期间双方的履行期限相应顺延，乙方应在条件允许时优先恢复核心模块和车辆数据接收，尽力减少对危险货物运输监管工作的影响。

第十一条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向临川市人民法院提起诉讼。

第十二条 其他
12.1 本项目磋商文件、乙方响应文件、成交通知书及考核细则为本合同组成部分。
12.2 双方指定的项目联系人负责日常沟通，工作联系单经双方联系人签字后作为履约记录保存。一方变更联系人的，应提前三日书面告知对方。
12.3 本合同未尽事宜，由双方按照政府采购有关规定协商签订补充协议。
12.4 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临川市交通运输局            乙方（盖章）：临川智联交通科技有限公司
签订日期：2026年12月  日
"""

Z05 = """# 匠迹工艺追溯系统软件许可及定制开发合同

（杭州匠迹软件有限公司标准合同文本 JJ-HT-2025 版）

合同编号：JJ-2026-1108

甲方（用户）：佛山市南塘面塑工坊有限公司

乙方（供应商）：杭州匠迹软件有限公司

甲方为非物质文化遗产面塑技艺的生产性保护企业，产品主要供应节庆礼品和文创市场。甲方拟引入乙方“匠迹工艺追溯系统”，对面塑制品从原料入库、和面配色、捏塑成型、蒸制定型、彩绘上光到包装出库的全过程进行记录和追溯。经双方协商，根据乙方标准合同文本订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹工艺追溯系统标准版软件的使用许可（许可用户数五十个，单一厂区部署）。

1.2 乙方根据甲方需求进行定制开发，内容包括：面塑工序节点定义及工位扫码报工、原料（面粉、糯米粉、食用色素、上光材料）批次管理、成品溯源码生成与消费者扫码查询页面、手工艺人作品档案和工时统计报表。

1.3 乙方负责系统的安装部署、基础数据初始化和操作培训。乙方交付的文档包括安装手册、操作手册和管理员手册，均为电子版。

## 第二条 合同价款

2.1 合同总价为人民币伍拾捌万元整（¥580,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺追溯系统标准版软件许可 | 420,000 |
| 2 | 定制开发（工序节点、原料批次、溯源码、作品档案） | 136,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 580,000 |

2.2 上述价格不含甲方服务器、扫码枪、标签打印机等硬件设备，该等设备由甲方自行采购。乙方可提供硬件推荐配置清单，甲方自行采购的硬件应符合该清单要求，否则由此产生的兼容性问题由甲方自行负责。

2.3 甲方在许可范围之外增加用户数、增加厂区或门店部署的，应另行向乙方购买许可，价格以双方届时签订的补充协议为准。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥319,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即¥261,000。

3.3 甲方逾期付款的，每逾期一日应按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施及技术服务直至甲方付清款项。

## 第四条 实施与上线

4.1 乙方在收到第3.1条款项后开始实施，实施周期约六十个工作日，具体进度以乙方项目计划为准。

4.2 甲方应按乙方要求提供工序资料、原料清单、产品目录和现场网络环境，并指派专人配合。因甲方原因造成实施延误的，实施周期相应顺延。

4.3 乙方完成安装部署和定制开发后，通知甲方上线。系统上线运行即视为甲方验收合格。

4.4 乙方为甲方提供两次集中培训，每次不超过一天，培训对象为甲方系统管理员、车间班组长和仓库管理人员。培训以外的重复培训或新员工培训，乙方可另行收费。

4.5 实施过程中甲方提出的需求变更，应以书面形式提交乙方。乙方评估后认为超出原定制开发范围的，双方另行协商费用和工期；未达成一致的，乙方有权按原范围继续实施。

4.6 上线前，乙方应与甲方共同完成工序节点、原料批次和溯源码的试运行测试，测试问题由乙方记录并在上线前或上线后的维护中处理，测试记录由双方签字留存。

## 第五条 维护服务

5.1 系统上线之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持和软件缺陷修复。

5.2 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年¥105,000，按年预付。甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

5.3 系统发生一级故障（系统无法登录或无法报工）时，乙方在接到甲方报修后24小时内响应；其他故障在三个工作日内响应。乙方视故障情况采取远程或现场方式处理。

5.4 乙方提供的技术支持时间为工作日九时至十七时，节假日及非工作时间的现场服务，乙方另行按人天收费。

5.5 年度维护服务内容包括：远程技术支持、软件缺陷修复、标准版本升级和系统运行状况年度检查。为适应甲方业务变化而进行的功能修改不属于维护服务范围，乙方另行报价。

5.6 甲方应指定一至二名经过培训的系统管理员负责日常操作问题的初步处理，并通过乙方服务热线或工单系统报修，报修时应说明故障现象并提供截图或日志。

## 第六条 知识产权

6.1 匠迹工艺追溯系统及其全部组成部分的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、报表、溯源查询页面及相关源代码和文档，其知识产权均归乙方所有。甲方在许可范围内享有使用权，不得复制、修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其标准产品或提供给其他客户。

## 第七条 数据安全

7.1 甲方在系统中录入和产生的工艺数据、原料及成品数据、手工艺人信息等业务数据归甲方所有，乙方不得用于本合同以外的目的。

7.2 乙方在实施和维护中应采取必要的技术措施保障数据安全，包括账号权限控制、数据库定期备份和操作日志留存；远程维护须经甲方同意，乙方工程师应使用实名账号登录，维护结束后及时退出。

7.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并赔偿由此给甲方造成的直接损失。

## 第八条 保密

8.1 双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的面塑配方、配色工艺和产品设计图样属于甲方商业秘密。

8.2 双方应要求各自参与本项目的员工遵守本条约定。本条保密义务在合同终止后两年内有效。

## 第九条 双方责任

9.1 甲方应按约定支付合同价款，并为乙方实施提供必要条件。

9.2 乙方应按约定提供软件许可和定制开发服务，并保证所提供的软件不侵犯第三方合法权益。因甲方操作不当、擅自修改系统、硬件或网络故障造成的问题，不属于乙方责任。

9.3 乙方对因使用本系统导致的利润损失、商誉损失、生产停顿等间接损失不承担责任。

9.4 任何一方严重违反本合同约定，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

## 第十条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。本条所称不可抗力包括自然灾害、政府行为、公共卫生事件、电信网络大面积中断、第三方云服务或基础软件故障以及黑客攻击等双方不能预见、不能避免且不能克服的情形。

## 第十一条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条 其他

12.1 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

12.2 双方之间的通知可通过电子邮件、微信工作群或书面信函发送，发送之日即视为送达。

12.3 本合同一式两份，双方各执一份，自双方签字盖章且乙方收到第3.1条款项之日起生效。

甲方（盖章）：佛山市南塘面塑工坊有限公司

乙方（盖章）：杭州匠迹软件有限公司

签订日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. GCS-CN-2026-014
P:This Agreement is made between Zhejiang Hengfeng Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shaoxing, Zhejiang Province (the "Customer"), and Glen Clunie Software Ltd, a company registered in Scotland with its registered office at Invercauld Road, Braemar, Aberdeenshire, Scotland (the "Vendor").
P:The Customer wishes to use the Vendor's FettleWorks maintenance management software at its bearing plants in Shaoxing and Zhuji, and to have the Vendor configure it, build certain custom functions and migrate its existing maintenance records. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FettleWorks maintenance management software in object code, including its mobile application, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the work order workflows, spare-parts interfaces, reports, data migration scripts and other items developed by the Vendor specifically for the Customer, including their source code and documentation.
P:1.3 "Go-Live" means the date on which the Software is first used for live maintenance work at both plants. "Final Acceptance" means the Customer's written acceptance under Article 5.
P:1.4 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's use, including asset registers, work orders, spare-parts records and personnel information.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users at the Customer's plants and offices in mainland China, for the Customer's internal business purposes.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Customer's servers in Shaoxing; configuration of asset hierarchies, maintenance plans and user roles; development of the Custom Deliverables described in the Statement of Work; migration of maintenance records from the Customer's existing system; and training of administrators and key users.
P:3.2 The Vendor shall deliver the services according to the project plan in the Statement of Work, with Go-Live no later than 120 days and Final Acceptance no later than 180 days after the signature date.
P:3.3 The Vendor shall appoint a named project manager, who shall not be replaced without the Customer's agreement except for illness or departure from the Vendor. Consultants working on site in China shall comply with the Customer's site safety rules.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement (the "Contract Price") is CNY 1,810,000, made up as follows: Licence Fee CNY 1,260,000; implementation and configuration CNY 384,000; data migration CNY 120,000; training CNY 46,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after signature, against the Vendor's invoice; (b) 45% within 30 days after Go-Live; and (c) 35% within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the bank account stated in the Vendor's invoice. The Vendor shall issue valid invoices and shall bear its own taxes arising outside mainland China.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in live use for a period of 30 days (the "Acceptance Period"). The Vendor shall then submit a written request for Final Acceptance.
P:5.2 Final Acceptance requires that: (a) all functions listed in the Statement of Work operate as specified; (b) migrated records reconcile with the source system in the counts and sample checks agreed in the migration plan; (c) the spare-parts interface with the Customer's ERP system transfers all test transactions without error; (d) no Severity 1 or Severity 2 defect remains open; and (e) all documentation and source code of the Custom Deliverables has been delivered.
P:5.3 The Customer shall accept in writing within 10 working days after the criteria are met, or give written reasons for refusal. Go-Live, use of the Software or any payment does not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide technical support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 138,600 per year, and this fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 Support levels: for a Severity 1 defect (the Software is unavailable or work orders cannot be created at a plant) the Vendor shall respond within 1 hour and provide a workaround within 8 hours; for a Severity 2 defect the Vendor shall respond within 8 hours; other requests are answered within two working days.
P:6.4 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next amount due, or pay it if no amount is due.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights, and shall pay any resulting damages and costs.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not keep copies after the work for which it needs them is finished.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication. The Vendor shall follow the Customer's information security policies, the Personal Information Protection Law and the Data Security Law of the PRC, and shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in containing it, and shall be liable for the loss and costs caused by a breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation does not apply to information that is public, already known to the recipient, or required to be disclosed by law.
P:9.2 The obligations in this Article continue for five years after termination or expiry of this Agreement.
H:Article 10 Delay Damages
P:10.1 If Go-Live or Final Acceptance is delayed beyond the dates in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:10.2 Liquidated damages under this Article shall not exceed 8% of the Contract Price in total. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Article 8 or Article 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement starts on the signature date and continues until the end of the Warranty Period, unless terminated earlier.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.3 The Customer may also terminate by written notice if the delay damages under Article 10 reach their maximum. On such termination the Vendor shall refund the amounts paid for services not accepted and hand over all completed work.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event continues for more than 60 days, either party may terminate the affected services by written notice.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.
P:15.2 The parties submit to the exclusive jurisdiction of the Scottish courts, and any action shall be brought in the Court of Session in Edinburgh.
H:Article 16 General
P:16.1 This Agreement, together with the Statement of Work, is the entire agreement between the parties on its subject. If they conflict, this Agreement prevails.
P:16.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above, or by email with confirmation of receipt.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Order Form and General Terms: QualiTrack Cloud Subscription

Order Form No. FA-OF-2026-0391

## Part A: Order Form

### A1 Parties

**Provider:** Fiddich Analytics Ltd, a company registered in Scotland, registered office at Balvenie Street, Dufftown, Moray, Scotland.

**Customer:** Fujian Minjiang Foods Co., Ltd., a company incorporated in the People's Republic of China, registered office in Fuzhou, Fujian Province.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

### A2 Service

The Provider will provide the Customer with access to QualiTrack Cloud, its hosted quality management application, covering supplier audits, incoming inspection, non-conformance and corrective actions, HACCP records, complaint handling and quality dashboards (the "Service"), for the Customer's three production sites in Fuzhou, Putian and Zhangzhou and its head office.

Edition: Enterprise. Authorised users: up to 260 named users. Hosting: the Provider's China deployment on Alibaba Cloud, Shanghai region.

### A3 Subscription Term

The Subscription Term is 36 months, made up of three Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under Section 3 of Part B. The Agreement ends at the end of the third Subscription Year. There is no automatic renewal; any renewal requires a new Order Form signed by both parties.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 260 users, Enterprise edition | 236,000 |
| Subscription fee, Subscription Year 2 | 260 users, Enterprise edition | 236,000 |
| Subscription fee, Subscription Year 3 | 260 users, Enterprise edition | 236,000 |
| Onboarding services | fixed price, one-time | 42,000 |
| Total contract value | | 750,000 |

Fees are inclusive of VAT. The subscription fee does not change during the Subscription Term. Additional users may be added at the pro-rated per-user rate shown in this table.

### A5 Invoicing and Payment

1. The onboarding fee is invoiced on the date of Onboarding Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days of receipt. No amount is payable before Onboarding Acceptance.

### A6 Contacts and Signature

Provider contact: Customer Success Manager, Fiddich Analytics Ltd. Customer contact: Quality Director, Fujian Minjiang Foods Co., Ltd.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and images entered into or uploaded to the Service by or for the Customer, including supplier information, inspection results and personal information of the Customer's staff and suppliers' staff.

1.2 "Documentation" means the Provider's user guides and administrator guides for the Service, as updated from time to time.

1.3 "Onboarding" means the configuration, data import, integration and training services described in Section 2.2.

### 2. The Service and Onboarding

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Provider will carry out Onboarding: configuring the Service for the three sites, importing the Customer's approved supplier list and open non-conformance records, setting up single sign-on with the Customer's directory, building the Customer's inspection templates and dashboards, and training administrators and key users.

2.3 The Provider will complete Onboarding by the target date of 75 days after both parties sign this Order Form.

### 3. Onboarding Acceptance

3.1 When Onboarding is complete, the Provider will give the Customer written notice. The Customer will then test the Service for ten working days.

3.2 Onboarding Acceptance requires that: (a) all three sites and the head office are configured as agreed; (b) imported records match the Customer's source files in number and in a sample check of fifty records per site; (c) single sign-on works for all user groups; (d) the inspection templates and dashboards agreed in the onboarding plan are in place; and (e) at least two administrators per site have completed training.

3.3 If the criteria are met, the Customer will sign an acceptance certificate. If not, the Provider will correct the failures and the test will be repeated. Use of the Service during testing is not acceptance.

3.4 If Onboarding Acceptance is delayed beyond the target date in Section 2.3 for reasons attributable to the Provider, the Provider will pay the Customer CNY 500 for each day of delay.

### 4. Availability and Support

4.1 The Provider will use commercially reasonable efforts to make the Service available and will try to schedule maintenance outside the Customer's normal working hours.

4.2 Support is provided by email and through the support portal during the Provider's business hours. The Provider will endeavour to answer support requests promptly and to resolve problems within a reasonable time.

4.3 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions of the Service.

### 5. Customer Responsibilities

5.1 The Customer is responsible for the accuracy of the data its users enter, for keeping user credentials secure, and for removing the access of users who leave the Customer or no longer need the Service.

5.2 The Customer will provide the information, source files, directory access and staff time reasonably needed for Onboarding. If the Customer's delay prevents the Provider from meeting the target date, the target date is extended by the length of that delay.

5.3 The Customer will not use the Service to store information unrelated to its quality management activities, and will not attempt to test the security of the Service without the Provider's prior agreement.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider will use Customer Data only to provide the Service and perform this Agreement, and will not use it for any other purpose.

6.2 The Provider will store and process Customer Data only in mainland China. It will protect Customer Data with encryption in transit and at rest, role-based access controls, logging of administrator access, and daily backups kept for at least 30 days. It will comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC.

6.3 The Provider will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for the losses caused to the Customer by an incident resulting from the Provider's breach of this Section.

6.4 Within 30 days after the end of the Agreement, the Provider will return all Customer Data in a common machine-readable format and then delete it, confirming the deletion in writing.

### 7. Confidentiality

7.1 Each party will keep the other party's confidential information secret and use it only for this Agreement. Confidential information includes the Customer's recipes, supplier terms, audit results and quality records, and the Provider's non-public product information and pricing.

7.2 This Section continues for five years after the Agreement ends.

### 8. Intellectual Property

8.1 The Provider owns the Service, the Documentation and all related intellectual property.

8.2 The inspection templates, dashboards and reports built for the Customer during Onboarding belong to the Customer, which may use, copy, modify and license them freely, including outside the Service.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

9.2 The limit in Section 9.1 does not apply to liability for death or personal injury, fraud, or the Customer's obligation to pay fees.

9.3 Neither party is liable for indirect or consequential loss, or for loss of profit.

### 10. Subcontracting

10.1 The Provider may use Alibaba Cloud as its hosting provider, which the Customer approves by signing the Order Form. The Provider will not subcontract any other part of the Service or Onboarding without the Customer's prior written consent, and remains responsible for its subcontractors.

### 11. Term and Termination

11.1 The Agreement starts when both parties sign the Order Form and continues until the end of the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving written notice.

11.3 If the Customer terminates under Section 11.2, the Provider will refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from the Agreement that the parties cannot settle by negotiation within 30 days will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

13.2 Notices must be in writing and sent to the contacts named in A6 by courier or email.

13.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, if it informs the other party promptly.
"""

E03 = """T:Supply Contract for Vibration Sensors, Gateways and Monitoring Software
P:Contract No. XJC-EQ-2026-208
P:Buyer: Hunan Xiangjiang Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Xiangtan, Hunan Province (the "Buyer").
P:Supplier: Loch Ness Condition Monitoring Ltd, a company registered in Scotland, with its registered office at Canal Side, Fort Augustus, Inverness-shire, Scotland (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the condition of the kiln drives, raw mills, cement mills and main fans at its Xiangtan plant, and the Supplier has offered wireless vibration sensors, gateways and its SentinelGlen monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the SentinelGlen condition monitoring software licensed under Clause 3, including its analytics modules, web dashboard and mobile alerting application.
P:1.3 "Deliverables" means the Equipment, the Software, the configured asset models, alarm rules, dashboards and reports, and all documentation supplied under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the following items, and train the Buyer's staff, for the prices below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway with 4G backup|24|8,600|206,400
TB:3|SentinelGlen monitoring software, perpetual site licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,280,400
TB:4|Installation and commissioning|1 lot|126,000|126,000
TB:5|Asset models, alarm rules and dashboard configuration|1 lot|58,000|58,000
TB:6|Training of operators and maintenance engineers|1 lot|15,600|15,600
TB:|Contract Price|||1,480,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's plant, import duties, insurance, taxes, installation materials, travel and all costs of the Supplier's personnel.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the monitoring of any assets at the Xiangtan plant, with no limit on the number of users.
P:3.2 The licence may be transferred to an affiliate of the Buyer that takes over the plant.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the plant within 60 days after signature and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation shall be carried out during the planned maintenance stops notified by the Buyer. The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work, lockout and working-at-height procedures.
P:4.3 Delivery and installation shall be confirmed by a signed delivery and installation record. This record confirms quantities and installation only and is not acceptance.
P:4.4 The Supplier shall train at least twenty of the Buyer's operators and maintenance engineers in two courses held at the plant, covering sensor replacement, gateway configuration, alarm handling and the interpretation of vibration spectra. Training materials shall be supplied in Chinese.
P:4.5 The Supplier shall deliver installation drawings, sensor location lists, user and administrator manuals, and a spare-parts list, in Chinese and English, no later than the start of the Trial Run.
H:5. Payment
P:5.1 The Buyer shall pay 20% of the Contract Price as an advance payment within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price within 20 days after the delivery and installation record is signed.
P:5.3 The Buyer shall pay the remaining 25% of the Contract Price within 20 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice. Payments are made in CNY by bank transfer.
H:6. Acceptance
P:6.1 After commissioning the system shall run for 45 consecutive days (the "Trial Run"). The Supplier shall then request Final Acceptance in writing.
P:6.2 Final Acceptance requires that: (a) all Equipment is installed and reporting to the Software; (b) data completeness from the sensors during the Trial Run meets the figure in the technical specification; (c) on a test rig, vibration readings agree with the Buyer's calibrated reference instrument within the tolerance in the technical specification; (d) alarms for all configured rules reach the control room and the mobile application within 60 seconds in the alarm test; and (e) all documentation and training have been completed.
P:6.3 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or give written reasons. Installation, commissioning, use by the Buyer or payment does not constitute acceptance.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, and supply Software updates free of charge, including parts, labour, travel and shipping.
P:7.2 After the warranty period, the Buyer may order annual support covering Software updates, technical support and repair or replacement of defective Equipment. The annual support fee is 7% of the Hardware and Licence Subtotal, that is CNY 89,628 per year, and may not be increased for three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:8. Service Levels
P:8.1 During the warranty period the monitoring platform shall be available at least 99.95% of each month, excluding maintenance agreed in advance with the Buyer.
P:8.2 For a Severity 1 fault (the Software is down, or more than a quarter of the sensors stop reporting) the Supplier shall respond within 30 minutes and restore service within 8 hours. For a Severity 2 fault (individual sensors or gateways fail) the Supplier shall respond within 2 hours and repair within 3 working days.
P:8.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800. For each 0.01 percentage point by which monthly availability falls short, the Supplier shall pay CNY 1,000. These amounts may be deducted from any sum due to the Supplier.
H:9. Delay Damages
P:9.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Clauses 4 and 6 for reasons within its control, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:10.2 The asset models, alarm rules, dashboards, reports and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:10.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe a third party's rights.
H:11. Data Ownership and Security
P:11.1 All measurement data, alarm records and other data collected by the Equipment or the Software belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including product development or benchmarking.
P:11.2 The Software shall be installed on the Buyer's servers in its own network. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy Buyer data out of the Buyer's network, and shall comply with the Data Security Law of the PRC.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer data or the monitoring system, take immediate remedial action, and compensate the Buyer for losses caused by its fault.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, equipment condition and production, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract for five years.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 11 and 12, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for Deliverables not accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
H:17. General
P:17.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to reduce the effects. If force majeure continues for more than 60 days, either party may terminate the affected part of this Contract.
P:17.2 The technical specification and the Supplier's offer are annexed to this Contract. If they conflict with these terms, these terms prevail.
P:17.3 This Contract takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. AMS-LN-2026-07

**Between:** Guangdong Lingnan Home Appliances Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shunde, Foshan, Guangdong Province (the "Customer");

**and:** Averon Managed Services Ltd, a company registered in Scotland, with its registered office at High Street, Alness, Ross-shire, Scotland (the "Supplier").

**Background.** The Customer operates a head office and two factories in Foshan and a distribution centre in Qingyuan. It wishes to outsource the operation of its IT infrastructure and its service desk to the Supplier for 36 months. The Supplier will deliver the services through its Guangzhou delivery centre and on-site engineers.

## 1. Definitions and Interpretation

1.1 "Services" means the services described in Schedule 1. "Service Levels" means the levels set out in Schedule 2. "Charges" means the amounts set out in Schedule 3.

1.2 "Transition" means the transfer of the operation of the Customer's IT infrastructure from the Customer's own team and its current provider to the Supplier, as described in Section 3.

1.3 "Service Commencement Date" means the date of Transition Acceptance under Section 3.4.

1.4 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Supplier accesses or handles in performing the Services.

1.5 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The parties may agree in writing, no later than 90 days before the end of the Service Term, to extend the Services. There is no automatic renewal.

## 3. Transition

3.1 The Supplier shall complete Transition within 60 days after signature, according to the transition plan agreed at the kick-off meeting.

3.2 During Transition the Supplier shall take over the Customer's asset inventory, network diagrams, configuration records, passwords held in the Customer's vault, open tickets and operating procedures; shadow the Customer's current team; and set up its monitoring tools and service desk for the Customer's sites.

3.3 The Supplier shall use its best efforts to complete Transition by the planned date and shall inform the Customer immediately of any expected delay and its cause.

3.4 Transition Acceptance requires that: (a) all assets in the inventory are under the Supplier's monitoring; (b) the service desk has handled live calls from all four sites for ten working days with no priority 1 ticket missing its response time; (c) the runbooks for backup, patching and user administration have been reviewed and approved by the Customer; and (d) the Supplier's on-site engineers for each site have been named and introduced to the Customer's site managers. The Customer shall confirm Transition Acceptance in writing within five working days after these criteria are met.

## 4. Services and Service Levels

4.1 The Supplier shall provide the Services from the Service Commencement Date in accordance with Schedule 1, and shall meet the Service Levels in Schedule 2.

4.2 If the Supplier fails to meet a Service Level, the service credits in Schedule 2 apply. Service credits are deducted from the next monthly invoice.

4.3 The Supplier shall provide a monthly service report showing performance against each Service Level, ticket volumes and trends, open problems, capacity warnings and planned changes, and shall attend a monthly service review with the Customer.

4.4 Changes to the Customer's infrastructure shall follow the change management process in Schedule 1. No change may be made to production systems without the Customer's approval, except emergency changes to restore service, which shall be reported the same day.

## 5. Customer Obligations

5.1 The Customer shall give the Supplier timely access to its sites, systems and information, provide desk space for on-site engineers, and nominate a service manager as the Supplier's main contact.

5.2 The Customer remains responsible for the licences of the software it uses and for hardware purchases, unless Schedule 1 says otherwise.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The monthly service charge is fixed for the Service Term.

6.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

6.3 The Customer shall pay correct invoices within 30 days of receipt. Invoices are issued in CNY and include VAT.

## 7. Customer Data

7.1 Customer Data is and remains the property of the Customer. The Supplier may use Customer Data only to provide the Services and for no other purpose, and shall return it to the Customer on request and at the end of this Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's product plans, pricing, customer lists and network information, and the Supplier's tools and methods, and shall use it only for this Agreement.

8.2 Each party may disclose confidential information to its employees and advisers who need to know it and are bound by similar obligations, or where required by law. This Section survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Supplier retains the intellectual property in its tools, monitoring platform and standard methods.

9.2 Runbooks, scripts, configurations and documentation prepared specifically for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including with another provider after this Agreement ends.

## 10. Personnel and Subcontracting

10.1 The Supplier shall assign suitably qualified personnel and shall replace any person the Customer reasonably objects to.

10.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the performance of any approved subcontractor.

## 11. Liability

11.1 The total liability of each party under this Agreement is limited to 150% of the total Charges payable over the Service Term.

11.2 The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Section 8.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if the Supplier misses the same critical Service Level in three consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, transfer all documentation and credentials to the Customer or its new provider, and cooperate fully in the handover.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final.

## 14. General

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and continues to perform as far as possible.

14.2 Notices must be in writing and delivered by hand, courier or email to the addresses given by each party. This Agreement, with its Schedules, is the entire agreement between the parties on its subject, and may be amended only in writing signed by both parties.

## Schedule 1 Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and portal support for about 1,100 users, in Mandarin and Cantonese | 07:30-21:00, seven days |
| Infrastructure monitoring | Servers, storage, network, Wi-Fi and firewalls at four sites | 24x7 |
| Server and storage operations | Patching, backup checks, capacity management for 86 servers | 24x7 for incidents |
| Network operations | Switches, routers, SD-WAN links and firewalls, change implementation | 24x7 for incidents |
| End-user support | On-site engineers at the head office and both factories | Working days |
| Change management | Record, assess and implement changes approved by the Customer | Working days |

## Schedule 2 Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit per breach (CNY) |
|---|---|---|---|---|
| P1 | A factory, the distribution centre or a core system is down | 15 minutes | 6 hours | 3,000 |
| P2 | Serious degradation or a department unable to work | 30 minutes | 8 hours | 1,200 |
| P3 | Single user or non-urgent fault | 2 hours | 2 working days | 200 |
| Availability | Core network and data centre services, monthly | 99.95% | - | 2,000 per 0.01 point below |

Service credits in any month are capped at 12% of that month's service charge.

## Schedule 3 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | fixed, one-time | 86,000 |
| Monthly service charge | 36 months x 64,000 | 2,304,000 |
| Total Charges over the Service Term | | 2,390,000 |
| Exit assistance and extra work | per engineer day, on request | 2,600 |
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. HMD-QD-2026-112

PARTIES

1.1 Hamnavoe Marine Data Ltd, a company registered in Scotland, with its registered office at Victoria Street, Stromness, Orkney, Scotland (the "Provider").

1.2 Qingdao Haixing Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province (the "Customer").

1.3 The Customer operates a fleet of bulk carriers and wishes to receive marine weather, sea-state and vessel-position data through the Provider's application programming interface (the "API") for use in its voyage planning, fleet monitoring and fuel-performance systems.

DEFINITIONS

2.1 "Data Products" means the Provider's forecast weather, wave, current and ice data, historical weather archives and vessel-position data delivered through the API.

2.2 "Subscription Year" means each of the two consecutive periods of one year, the first of which starts on the date of Integration Acceptance.

2.3 "Customer Data" means all data the Customer sends to the API or uploads to the Provider's portal, including vessel particulars, noon reports, voyage plans, fuel consumption records and vessel positions from the Customer's own equipment.

2.4 "Integration Work" means the connectors and dashboards described in clause 4.1.

SUBSCRIPTION

3.1 The Provider grants the Customer a non-exclusive, non-transferable right during the two Subscription Years to access the API, to use the Data Products in its own operations and systems, and to display them to its employees, masters and officers, and to the charterers of its vessels for the voyages concerned.

3.2 The subscription covers up to 60 vessels, up to two million API calls per month, and the global forecast at the resolution stated in the Provider's product sheet. The Customer may not resell the Data Products or make them available as a data service to third parties.

3.3 The Provider may improve the Data Products and the API from time to time. It shall give at least 90 days' notice of any change that would require the Customer to change its systems and shall keep the previous API version available during that period.

INTEGRATION WORK AND ACCEPTANCE

4.1 The Provider shall build: (a) a connector that feeds forecast data into the Customer's voyage planning system; (b) a connector that imports the Customer's noon reports into the Provider's performance model; and (c) a fleet dashboard in the Customer's intranet showing positions, weather along planned routes and performance warnings.

4.2 The Provider shall complete the Integration Work within 50 days after signature.

4.3 Integration Acceptance requires that: (a) both connectors transfer all test messages in a two-week parallel run without loss or duplication; (b) forecast data in the voyage planning system matches the API output for every sampled route point; (c) the dashboard displays all vessels of the fleet and refreshes positions at the agreed interval; and (d) the Provider has delivered the technical documentation and trained the Customer's IT staff. The Customer shall confirm acceptance in writing within five working days after the criteria are met. Use of the API during the parallel run is not acceptance.

4.4 If the Integration Work is not accepted by the date in clause 4.2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

FEES AND PAYMENT

5.1 The fees are: subscription fee for Subscription Year 1, CNY 318,000; subscription fee for Subscription Year 2, CNY 318,000; Integration Work, fixed price CNY 34,000. The total contract value is CNY 670,000, inclusive of VAT.

5.2 The fee for Integration Work is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. No amount is payable before Integration Acceptance.

5.3 Invoices are payable within 30 days of receipt by bank transfer in CNY. API calls beyond the monthly allowance are charged at the rate in the product sheet and invoiced quarterly in arrears.

SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.

6.2 Forecast data shall be updated at least every six hours, and vessel positions at least every 15 minutes for vessels in coverage.

6.3 The Provider shall respond to a Priority 1 incident (the API is unavailable or returns no forecast data) within 1 hour, at any time of day, and to a Priority 2 incident (degraded or delayed data) within 8 hours.

6.4 The Provider will use reasonable efforts to restore the API as quickly as possible. The service levels in this section are targets. No service credits, fee reductions or other compensation are payable if they are not met.

6.5 Support requests are made through the Provider's support portal, by email or, for Priority 1 incidents, by telephone to the duty engineer. The Provider shall keep the Customer informed of progress on each open incident and shall send a short incident report within three working days after any Priority 1 incident.

6.6 The Customer shall keep its API keys secure, use the API in accordance with the Provider's documentation and rate limits, and tell the Provider promptly of any suspected misuse of its keys. The Customer is responsible for the decisions its masters and officers take using the Data Products, which are provided as an aid to navigation and do not replace official warnings or the master's judgement.

CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Provider may use Customer Data to provide the subscription and, in aggregated and anonymised form that does not identify the Customer or its vessels, to calibrate and improve its forecast and performance models and to develop and offer its Data Products to other customers. This right continues after the end of this Agreement.

DATA SECURITY

8.1 The Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and carry out an annual external penetration test.

8.2 The Provider shall comply with the Data Security Law and the Personal Information Protection Law of the PRC, and shall not transfer Customer Data outside mainland China.

8.3 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be liable for losses caused to the Customer by an incident resulting from the Provider's failure to comply with this section.

CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received in connection with this Agreement, including the Customer's fleet plans, charter information and commercial terms, and shall use it only for this Agreement.

9.2 This obligation continues for five years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 The Provider owns the API, the Data Products and its models.

10.2 The connectors, dashboard and their source code built for the Customer under clause 4.1 belong to the Customer, which may use, modify and license them freely, including with other data sources.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value.

11.2 The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of the DATA SECURITY or CONFIDENTIALITY sections.

SUBCONTRACTING

12.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except for the data centre provider named in the product sheet, which the Customer approves by signing this Agreement. The Provider remains responsible for its subcontractors.

TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 If the Customer terminates under clause 13.2, the Provider shall refund the fees paid for the period after termination, and shall return or delete Customer Data as the Customer directs.

FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, failure of public networks or satellite services, provided it notifies the other party promptly and does its best to limit the effects.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes that cannot be settled by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

GENERAL

16.1 This Agreement and the product sheet are the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

16.2 Notices must be in writing and sent to the addresses above or to the email addresses notified by each party.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format)
FILES = {
    "z01": ("h1142z01_disability_federation_accessibility_platform.pdf", Z01),
    "z02": ("h1142z02_riveting_machine_line_control_retrofit.docx", Z02),
    "z03": ("h1142z03_speech_therapy_chain_booking_saas.txt", Z03),
    "z04": ("h1142z04_transport_bureau_hazmat_monitoring_om.txt", Z04),
    "z05": ("h1142z05_dough_figurine_workshop_tracking_supplier_template.md", Z05),
    "e01": ("h1142e01_maintenance_software_licence_braemar_vendor.pdf", E01),
    "e02": ("h1142e02_quality_saas_order_form_dufftown_vendor.md", E02),
    "e03": ("h1142e03_cement_plant_vibration_sensors_fort_augustus.docx", E03),
    "e04": ("h1142e04_managed_it_services_36_months_alness.md", E04),
    "e05": ("h1142e05_marine_data_api_subscription_stromness.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub,
                                law, kind]))


G, S = "goods_or_licence", "service"
# design: language, category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract value,
#         fee base for TCO (goods only), forum outside mainland, design rule list, design risk
DESIGN = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                                False, "PRC", G), True, True, True, False, 1386000, 624000, False, [], "low"),
    "z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 18, False, True,
                                True, "PRC", G), True, True, True, False, 1488000, 1236000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"], "high"),
    "z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 300 / 346000 * 100, None, None, True, None, None,
                             None, True, True, False, "PRC", S), True, True, None, False, 346000, None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": ("zh", "services", T(99.95, 0.25, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None,
                                False, False, False, "PRC", S), True, True, None, False, 568000, None, False,
            ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-TERMINATION"], "medium"),
    "z05": ("zh", "software", T(None, 24, False, "supplier", True, True, True, None, None, 55, False, False, 6, 25, False,
                                True, None, None, G), True, False, True, True, 580000, 420000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                                False, "Scotland", G), True, True, True, False, 1810000, 1260000, True,
            ["CR-GOVERNING-LAW"], "low"),
    "e02": ("en", "cloud", T(None, None, False, "buyer", True, True, True, 500 / 750000 * 100, 6 / 36 * 100, None, True,
                             None, None, None, False, True, False, "PRC", S), False, True, None, False, 750000, None, False,
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
    "e03": ("en", "hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True,
                                False, "PRC", G), True, True, True, False, 1480000, 1280400, False, [], "low"),
    "e04": ("en", "services", T(99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None,
                                False, True, False, "PRC", S), True, False, None, False, 2390000, None, False,
            ["CR-DATA-SECURITY", "CR-LD-MISSING"], "high"),
    "e05": ("en", "cloud", T(99.95, 1, False, "buyer", True, False, True, 600 / 670000 * 100, 200, None, True, None, None,
                             None, False, True, False, "PRC", S), True, True, None, False, 670000, None, False,
            ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], "medium"),
}

THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = licence/hardware
    subtotal. Returns the post-warranty share of TCO in %, or None when it cannot be computed."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return post / (value + post) * 100


def derive(label, base, forum_outside):
    """My reading of policy §3, applied to a label."""
    t, x, r = label["expected_terms"], label["expected_extra"], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x["contract_value"], base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# --- threshold figures in text ---------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM = r"(?<![\d.,])"
THRESHOLD_RE = re.compile("|".join([
    NUM + r"99\.90*(?![\d])",
    NUM + r"0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五",
    NUM + r"4\s*(?:hours?|hrs?|小时|个小时|h)(?![a-z])", r"(?<![十二])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)(?![a-z])", r"(?<![二三四五六七八九])十二个?月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    NUM + r"(?:15|30|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:十五|三十|四十|百|一百)(?![一二三四五六七八九点])",
    r"\b(?:fifteen|thirty|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
]), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "4 hours", "within 4 h", "四小时", "99.9%", "99.9 %", "0.05%", "万分之五",
            "12个月", "12 months", "十二个月", "twelve months", "15%", "40%", "100%", "four hours", "thirty per cent",
            "40percent", "15.0%"]
MUST_MISS = ["24小时", "24 hours", "24hours", "99.95%", "130%", "0.5%", "35%", "百分之三十五", "18个月", "112 months",
             "99.5%", "1,400%", "2027年12月31日", "万分之三", "6 hours", "二十四个月", "0.15%", "12%", "150%", "400%"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), ("must miss", s_)


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
    sources = {k: v[1] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if k not in sources:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, _src) in FILES.items():
        lang, cat, terms, sla, lds, capped, deemed, value, base, forum, design_rules, design_risk = DESIGN[k]
        extra = {"sla_clause": sla, "ld_stated": lds}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": sorted(design_rules)}
        rules = derive(label, base, forum)
        assert rules == sorted(design_rules), (k, rules, design_rules)
        assert risk(rules) == design_risk, (k, risk(rules), design_risk)
        covered |= set(rules)
        # no label value on a threshold
        for key, th in THRESH.items():
            v = terms[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(terms, value, base) if terms["contract_kind"] == G else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # lengths and threshold scan on the text as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print(f"{k} {name} len={n} rules={rules} risk={risk(rules)}" + (f" tco_share={share:.2f}" if share is not None else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    compliant = [k for k in FILES if not DESIGN[k][10]]
    assert sorted(compliant) == ["e03", "z01"], compliant
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
