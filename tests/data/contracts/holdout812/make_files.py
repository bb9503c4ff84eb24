"""holdout812: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:永定县住房和城乡建设局土楼与碉楼保护管理平台采购合同
P:合同编号：YDZJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：永定县住房和城乡建设局
P:乙方（供应商）：闽西数筑信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就土楼与碉楼保护管理平台（以下简称“平台”）的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件的永久使用许可，并完成以下定制开发：全县土楼、碉楼“一楼一档”三维档案库；日常巡查移动端（含隐患上报、整改跟踪）；结构裂缝、木构件含水率和白蚁监测的预警模块；保护修缮项目审批与资金台账。
P:1.2 乙方负责对全县在册的六百八十余座土楼、碉楼开展基础数据采集与建库，并完成部署、联调、培训和上线。
P:1.3 平台部署于甲方政务云，须与省级文物资源数据库、县应急管理平台和不动产登记系统对接，接口规范以甲方确认的接口文档为准。乙方应保证平台符合网络安全等级保护第二级要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万捌仟元整（¥1,688,000），为固定总价，包含软件许可、开发、建库、实施、培训、税费及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费¥680,000；定制开发费¥736,000；数据采集建库费¥214,000；实施及培训费¥58,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的发票。资金支付按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成全部开发、建库与部署，并提交初步验收申请。
P:4.2 乙方应按经甲方确认的实施计划推进工作，每两周向甲方报送进度，遇有可能延误的情形应及时书面说明原因及补救措施。
P:4.3 乙方派驻的项目经理和技术负责人应与投标文件一致，未经甲方书面同意不得更换；甲方认为其不称职的，乙方应在七日内更换。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；在册土楼、碉楼建档完整，甲方按一成比例抽查，档案信息差错率不超过千分之五；预警模块经现场模拟测试能在五分钟内推送告警；平台在二百个并发用户下页面响应不超过三秒；通过第三方安全测评，无高危漏洞。
P:5.2 初步验收合格后进入九十日试运行。试运行期间无一级故障、二级故障累计不超过三次的，甲方组织最终验收，可邀请专家参加，并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提交验收，相关费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持，并每季度开展一次系统巡检，提交巡检报告和优化建议。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），该价格在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台全年可用率不低于99.95%，计划内维护应提前三个工作日通知甲方，并安排在夜间进行。
P:7.2 故障分级与响应：一级故障（平台无法访问或预警模块失效）三十分钟内响应、两小时内到场、八小时内恢复；二级故障一小时内响应、一个工作日内解决；三级故障两个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金人民币一千元；可用率每低于约定值0.01个百分点，扣减当年维护费或质量保证金人民币两千元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、源代码、三维模型、数据库及技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的档案数据、测绘成果、影像及监测数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储与操作日志审计措施；运维操作须经甲方堡垒机进行，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护结束时，乙方应将其掌握的全部数据交还甲方，并删除自有设备中的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、文物保护单位安防信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另行赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包或分包本合同项下的任何工作。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或发生重大违约且经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 培训与文档
P:15.1 乙方应为甲方及各乡镇文物保护员开展不少于三期集中培训，内容包括平台操作、巡查移动端使用、监测告警处置和日常数据维护，并提供培训教材与操作视频。
P:15.2 乙方应在最终验收前提交需求规格说明书、设计文档、数据字典、部署手册、运维手册和用户手册，文档应与交付版本一致。
H:第十六条 甲方义务
P:16.1 甲方应指定项目联系人，及时提供土楼、碉楼名录、既有测绘资料和机房、网络等必要条件，并组织乡镇配合现场采集。
P:16.2 甲方对乙方提交的需求确认、阶段成果应在七个工作日内提出书面意见，逾期未提出意见的，不视为认可，乙方可书面催告。
H:第十七条 不可抗力
P:17.1 因地震、洪水等不可抗力致使不能按期履行的，受影响一方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过九十日的，双方可协商解除合同。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:18.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""
SRC["z02"] = """T:纸尿裤生产线控制系统改造合同
P:合同编号：HX-SB-2027-0412
P:甲方（买方）：晋江恒絮卫生用品有限公司
P:乙方（卖方）：厦门智控自动化工程有限公司
P:甲方因婴儿纸尿裤三号、四号、五号生产线提速及质量追溯需要，委托乙方对上述产线的电气控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 更换三条产线的PLC主控制柜与伺服驱动系统，替换原有变频控制的切刀、复合及折叠工位，实现整线电子轴同步。
P:1.2 新增人机界面触摸屏、视觉检测系统（芯体偏位、魔术贴缺失、异物检测并自动剔废）及产线控制软件，与甲方制造执行系统对接，实现批次质量数据追溯。
P:1.3 乙方负责旧设备拆除、新设备安装、接线、程序编写、调试、试生产及操作维修人员培训。改造须分线进行，每条线停机时间不超过十个自然日。
P:1.4 主要设备品牌、型号及技术参数以附件一《设备配置清单》为准，乙方不得以低配置或非原厂部件替代；确需变更的，须经甲方书面同意，价格不作上调。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰陆拾万元整（¥2,600,000），含税，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC主控柜及伺服驱动系统|3套|1,128,000
TB:2|人机界面触摸屏|9台|186,000
TB:3|视觉检测系统（相机、光源、工控机）|3套|642,000
TB:4|产线控制软件许可（永久）|3套|298,000
TB:—|软硬件小计| |2,254,000
TB:5|拆装、编程、调试及试生产|1项|316,000
TB:6|培训|1项|30,000
TB:—|合计| |2,600,000
P:2.2 上述价格为固定价格，包括运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成三条线安装后，甲方支付合同总价的50%。到货签收及安装完成不视为验收。
P:3.3 三条线均通过最终验收后，甲方支付合同总价的25%。
P:3.4 余款即合同总价的5%作为质量保证金，质保期满且无未决质量问题后一次付清，不计利息。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，在一百二十日内完成三条线改造并申请最终验收。
P:4.2 具体停线计划由双方根据甲方订单情况书面确定，乙方应配足人员，确保按停线计划完成。
P:4.3 设备到货时，双方共同开箱检查数量、型号及外观并签署到货清单。到货清单仅证明数量与外观，不代表质量合格。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产七十二小时，并满足以下标准：设计车速达到每分钟八百片；整线同步误差不超过正负零点五毫米；视觉检测漏检率不高于万分之二，误剔率不高于千分之三；与制造执行系统的批次数据对账一致；设备安全联锁全部有效。
P:5.2 三条线均满足上述标准后，双方签署最终验收报告。任何一项不合格的，乙方应在十日内整改并重新试生产，费用由乙方承担。
P:5.3 设备到货、安装完成或甲方投入生产，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费更换故障部件并提供软件缺陷修复。
P:6.2 质保期满后，乙方提供维保服务，年度维保费按软硬件小计的9%计取，即每年人民币202,860元，质保期满后三年内不作调整。维保内容包括每季度预防性维护、备件支持和软件升级。维保合同由甲方决定是否签订，不自动续期。
P:6.3 故障响应：整线停机的一级故障，乙方三十分钟内远程响应，三小时内到达现场，十二小时内恢复生产；其他故障两小时内响应，二十四小时内处理完毕。
P:6.4 乙方响应、到场或恢复超时的，每超时一小时向甲方支付违约金人民币二千元，可从质量保证金或维保费中扣除。
P:6.5 乙方应在晋江设立备件库，常备伺服驱动器、控制模块、相机及工控机等关键备件，保证关键备件在质保期及维保期内随时可用。
H:第七条 知识产权
P:7.1 产线控制软件及相机厂商的嵌入式软件仍归各自权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及接口程序，其知识产权归甲方所有。乙方应在验收时交付源程序及注释，甲方可自行修改或委托他人维护。
H:第八条 数据与保密
P:8.1 产线运行数据、工艺参数和质量数据属于甲方，乙方仅可为履行本合同使用，不得复制带离或提供给他人。
P:8.2 乙方远程访问须经甲方审批并通过甲方指定的VPN及堡垒机进行，全程留痕；乙方应采取防病毒、最小权限等措施，发生数据泄露或被篡改的，应在两小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:8.3 双方对履约中知悉的对方商业秘密、配方及设备图纸负有保密义务，保密期至合同终止后五年。
H:第九条 违约责任
P:9.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 因改造质量问题导致甲方停产的，乙方应赔偿甲方直接损失，包括停产期间报废的原材料、返工费用和额外人工费用。甲方有权从应付款项中直接扣除上述违约金及赔偿款。
P:9.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架敷设等辅助施工分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及资质。乙方对分包单位的工作承担全部责任，分包单位人员同样应遵守本合同关于现场管理与安全的约定。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或发生重大违约经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:第十二条 法律适用与争议
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交泉州仲裁委员会仲裁。
H:第十三条 现场管理与安全
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产、洁净车间和消防管理制度，穿戴防护用品，动火、登高和带电作业须事先办理作业许可。
P:13.2 乙方应对拆除的旧控制柜、电缆等物资列出清单交甲方处置，不得擅自带离厂区。施工完成后乙方应清理现场，恢复原状。
P:13.3 因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:第十四条 培训与资料
P:14.1 乙方应对甲方操作工、电工和设备工程师分别培训，每条线不少于三个工作日，培训后经考核能够独立完成换型、参数调整和常见故障处理。
P:14.2 乙方应在最终验收时交付电气原理图、接线图、程序备份、备件清单、操作及维修手册各两套，并提供电子版。
H:第十五条 甲方义务
P:15.1 甲方应按停线计划安排停机，提供施工用电、压缩空气和必要的吊装条件，并指派熟悉产线的人员配合调试。
P:15.2 甲方应提供原有控制程序、图纸及制造执行系统接口说明，并对其真实性负责。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行的，受影响方应及时通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""
SRC["z03"] = """浴池连锁门店预约与会员管理系统服务合同

合同编号：QSY-IT-2027-006

甲方：山东清泉源浴池连锁管理有限公司
乙方：济南云池信息技术有限公司

甲方在山东省内经营四十家浴池门店，现采购乙方的“云池”预约与会员管理SaaS服务及实施服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方为甲方四十家门店开通“云池”SaaS服务，功能包括：线上预约与排号、会员储值与次卡、搓澡及按摩技师排班与提成、手牌与储物柜管理、收银对账、门店经营报表及总部驾驶舱。
（二）实施服务。乙方负责系统配置、四十家门店收银终端及手牌读卡器联调、原会员系统数据迁移、甲方微信小程序预约页面的定制配置，以及总部和门店人员培训。
（四）培训。乙方应为总部财务、运营人员及每家门店的店长、前台收银员提供培训，总部集中培训不少于两天，门店培训在上线当日现场进行，并提供操作手册和视频教程。培训后乙方应组织考核，考核不合格的人员应免费再次培训。
（五）运营支持。服务期内乙方提供全年无休的客服热线和在线工单，为甲方指定专属客户经理，每季度回访一次并提交服务报告，内容包括可用率、故障处理、工单统计和优化建议。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。

二、费用
（一）订阅费：每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计人民币272,000元，两个服务年度合计人民币544,000元。
（二）会员数据迁移与实施费：人民币86,000元（一次性）。
（三）小程序预约页面定制配置费：人民币48,000元（一次性）。
（四）合同总价：人民币678,000元，含税。新增门店按每店每服务年度6,800元按月折算另行结算。
（五）上述费用已包含服务期内的短信通知费、云资源费用及系统升级费用，乙方不得以任何名义另行收取其他费用。

三、付款
（一）实施费及定制配置费共计人民币134,000元，在系统上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费，在该服务年度开始后十五个工作日内一次性支付。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方有权从应付款项中直接扣除乙方应支付的违约金和服务抵扣款。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。上线按批次进行，每批不少于八家门店。
（二）验收标准：
1. 会员数据迁移完整，甲方抽查五百名会员的储值余额、剩余次数与原系统逐一核对一致；
2. 四十家门店收银、手牌、预约功能连续运行十日无一级故障；
3. 在周末高峰并发条件下，下单及收银操作响应不超过两秒；
4. 小程序预约页面按甲方确认的设计稿实现。
（三）甲方应在收到验收申请后七个工作日内组织验收并书面确认。系统上线试用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收，整改期间乙方应保证门店原有收银方式可以继续使用，不影响门店正常营业。
（五）数据迁移应在门店夜间闭店后进行，迁移前乙方应完整备份原系统数据，迁移后由门店店长逐项签字确认。

五、服务水平
（一）乙方保证SaaS服务每月可用率不低于99.5%，计划内维护应安排在凌晨一点至六点之间，并提前两日通知。
（二）一级故障（多家门店无法收银或预约）乙方应在十五分钟内响应，两小时内恢复；二级故障一小时内响应，当日解决；一般问题在两个工作日内解决。
（三）可用率未达到约定的，按当月订阅费的百分之五至百分之二十抵扣下一期费用，具体按附件二计算；一级故障恢复超时的，每超时一小时抵扣人民币一千元。
（四）可用率以乙方监控平台数据为基础，甲方有异议的，可以提供门店收银日志等记录，双方共同核定。每月初乙方应向甲方提交上月服务水平报告。

六、数据
（一）甲方会员信息、消费记录、储值数据及门店经营数据归甲方所有。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问权限控制和操作日志审计等措施，并每日备份。发生数据泄露、丢失的，乙方应在两小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（三）甲方可随时通过系统后台导出全部会员及交易数据，乙方不得设置障碍或另行收费。乙方员工访问甲方数据须经授权并留存日志。
（四）甲方同意，乙方可以对服务中产生的会员消费数据进行去标识化和汇总处理，并将处理后的数据用于乙方的行业分析报告、产品改进和对其他客户的经营参考服务。

七、知识产权
（一）“云池”SaaS平台及其升级版本的知识产权归乙方。
（二）为甲方定制的小程序预约页面、数据迁移脚本及报表模板的知识产权归甲方，甲方可自行修改使用或交由第三方维护。

八、保密
双方对在合作中知悉的对方商业信息、价格、会员资料及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条约定，造成会员信息泄露或被非法使用的，除赔偿甲方损失外，还应承担甲方因此受到的行政处罚及对会员的赔付。
（三）验收不合格且经两次整改仍不合格的，甲方有权解除合同，乙方应退还甲方已付的全部款项。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、续期
本合同服务期满前三十日内任何一方未书面提出异议的，合同自动续期一个服务年度，依此类推。续期时，乙方有权按其当年公布的标准价格调整订阅费，并提前十五日通知甲方。任何一方不同意续期的，服务期满时合同终止，乙方应按本合同约定移交数据。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。

十二、甲方义务
（一）甲方应指定项目负责人，按乙方的实施计划协调门店配合上线，提供原会员系统的数据导出文件及字段说明。
（二）甲方负责门店网络及收银电脑等终端设备，应满足附件一所列的最低配置要求。
（三）甲方应妥善保管系统账号和密码，因甲方原因泄露账号造成的损失由甲方承担。

十三、系统升级与变更
（一）乙方在服务期内对平台进行版本升级的，应提前五个工作日通知甲方，不得减少本合同约定的功能，升级不另行收费。
（二）甲方提出合同范围以外的新功能需求的，双方另行协商并签订补充协议。

十四、不可抗力
因不可抗力或电信运营商大面积网络中断致使服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。

十五、合同解除
任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。合同解除或终止后，乙方应在三十日内按甲方要求导出并移交全部数据，随后删除其保存的副本。

十六、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

十七、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件一：功能清单；附件二：服务水平与抵扣标准。

甲方（盖章）：　　　　　　乙方（盖章）：
"""
SRC["z04"] = """石门县水利局小水电站监控系统运行维护服务合同

项目编号：SMSL-CS-2027-03（竞争性磋商）

甲方（采购人）：石门县水利局
乙方（成交供应商）：湘西北水电自动化技术服务有限公司

根据石门县水利局小水电站监控系统运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，依照《中华人民共和国政府采购法》和《中华人民共和国民法典》，双方订立本合同。

第一条 服务范围
（一）运维对象：县小水电站监控系统，包括县局监控中心平台软件及服务器、存储、网络安全设备，全县二十六座小水电站的站端数据采集终端、视频监控、生态流量监测装置和通信链路。
（二）服务内容：系统日常监测与巡检；故障诊断与修复；软件缺陷修复与补丁更新；数据备份与恢复演练；生态流量数据核查与上报保障；汛期值守；甲方临时交办的技术支持。
（三）服务期：自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）服务费总额为人民币叁拾玖万陆仟元整（¥396,000），含人工、交通、工具、常用耗材、税费等全部费用。
（二）单价超过人民币二千元的更换备件，由乙方报价并经甲方书面确认后另行结算，不包含在服务费中。

第三条 付款方式
（一）服务费按季度支付，每季度人民币99,000元。
（二）每季度结束后，甲方根据季度考核结果在十五个工作日内支付该季度服务费，考核扣减的金额从当期服务费中扣除。
（三）本合同不设预付款。

第四条 服务要求
（一）日常监测：乙方通过监控中心平台对各站数据上传情况进行每日检查，发现数据中断的应当日处理。
（二）巡检：乙方每季度对全部二十六座电站现场巡检一次，汛前（四月底前）和汛后（十月底前）各开展一次全面检查，巡检记录经电站负责人签字后报甲方。
（三）汛期值守：每年五月至九月，乙方安排两名技术人员驻县值守，遇暴雨预警时全员待命。
（四）备份：平台数据每日增量备份、每周全量备份，每半年进行一次恢复演练。
（五）生态流量：乙方每日核查各站生态流量监测数据，发现下泄流量数据异常或装置故障的，应当日报告甲方并协助电站业主处理，确保按规定向省级平台上报。
（六）乙方应建立运维台账，完整记录每次故障的发现时间、响应时间、处理过程和恢复时间，台账随月度运维报告一并提交。

第五条 服务水平
（一）监控中心平台年度可用率不低于99.95%。
（二）一级故障（监控中心平台瘫痪、三座以上电站数据中断或生态流量数据无法上报）：三十分钟内响应，三小时内到达现场，八小时内恢复。
（三）二级故障（单座电站数据中断或视频中断）：一小时内响应，24小时内修复。
（四）三级故障（其他一般问题）：两个工作日内处理完毕。
（五）乙方每月五日前向甲方提交上月运维报告，内容包括故障清单、处理时长、可用率统计和隐患整改建议。

第六条 考核与扣减
（一）甲方每季度按附件《运维服务考核表》对乙方进行考核。
（二）一级故障响应或恢复超时的，每超时一小时扣减服务费人民币八百元；二级故障修复超时的，每超时一小时扣减人民币二百元。
（三）平台可用率每低于约定值0.01个百分点，扣减当季服务费人民币一千元。
（四）季度考核得分低于七十分的，甲方可约谈乙方负责人，乙方应提交书面整改方案。

第七条 违约金
（一）乙方未按本合同约定时间完成季度巡检、汛前检查或汛后检查的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
（二）乙方未按要求安排汛期值守人员的，每缺少一人一日，支付违约金人民币五百元。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第八条 验收
（一）每季度考核即为季度验收，考核表由双方签字确认。
（二）服务期满前十五日内，甲方组织年度验收。年度验收标准：全年平台可用率达到第五条约定；各站数据上传完整率不低于百分之九十八；巡检、汛前汛后检查和恢复演练按期完成且记录齐全；运维文档和系统配置资料完整移交。

第九条 数据安全
（一）监控系统中的水情、工情、发电和生态流量数据以及视频资料均属于甲方所有，乙方仅可为履行运维服务使用，不得用于其他任何目的。
（二）乙方应遵守网络安全等级保护制度，远程运维须通过甲方指定的堡垒机进行并全程审计，不得私自开设远程通道，不得将系统数据复制到非甲方设备。
（三）乙方发现网络攻击、数据泄露或篡改等安全事件的，应在一小时内报告甲方并立即采取处置措施。因乙方原因造成数据泄露、丢失或系统被攻击的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
（四）服务期满，乙方应交回全部账号权限，删除其持有的系统数据，并书面确认。

第十条 知识产权
乙方在服务期内编写的运维脚本、配置文件、巡检记录和运维文档归甲方所有，乙方应在服务期满时完整移交。

第十一条 人员
（一）乙方应组建不少于五人的运维团队，其中项目负责人应具有水利水电或自动化相关专业中级以上职称，人员名单报甲方备案。
（二）乙方更换项目负责人应经甲方同意，其他人员变更应提前告知甲方。

第十二条 分包
乙方不得将本合同项下的服务转包或分包。

第十三条 安全生产
乙方人员进入电站厂房、升压站等区域作业，应遵守电力安全工作规程，执行工作票制度。乙方应为其人员购买意外伤害保险。乙方人员在作业中发生的人身伤害由乙方负责。乙方应在进场前及汛期前对其人员开展安全教育和应急培训，并留存培训记录备查。

第十四条 甲方义务
（一）甲方应向乙方提供系统设备清单、网络拓扑、原有运维资料和必要的系统账号，并协调各电站业主配合乙方进场。
（二）甲方应指定专人负责运维工作的联络、考核和确认，对乙方提交的报告和整改方案应在五个工作日内反馈意见。
（三）甲方负责支付电站通信链路的运营商资费，并负责监控中心机房的供电与空调保障。

第十五条 服务交接
（一）服务期开始后十日内，乙方应与原运维单位、甲方共同完成交接，逐站核对设备状态，形成交接清单；交接中发现的既有故障，乙方应列出清单并提出修复建议和费用估算，经甲方确认后处理。
（二）服务期满时，乙方应向甲方或甲方指定的后续运维单位移交全部运维资料、账号、备件台账和未结问题清单，并提供不少于十日的过渡期技术支持，不另收费。

第十六条 备件管理
乙方应建立备件台账，常备数据采集终端、通信模块、交换机和硬盘等易损备件，备件更换后旧件交甲方处置。乙方使用的备件应为原厂或经甲方认可的同等规格产品。

第十七条 合同期满
本合同服务期满即终止。甲方如需继续采购运维服务，按政府采购程序另行确定供应商，本合同不自动续期。

第十八条 不可抗力
因洪水、地震等不可抗力造成系统损坏的，乙方应全力配合抢修，不可抗力期间的故障不计入考核，抢修所需备件另行结算。

第十九条 争议解决
本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，向石门县人民法院起诉。

第二十条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及附件《运维服务考核表》《设备清单》与本合同具有同等效力。

甲方（盖章）：　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""
SRC["z05"] = """# 织迹工艺追溯软件销售及定制开发合同

（织迹科技标准合同文本 V3.0）

合同编号：ZJ-HT-2027-0219

甲方：苏州锦华堂宋锦工作室
乙方：杭州织迹科技有限公司

甲方拟采购乙方“织迹”工艺追溯软件，用于宋锦产品从纹样设计、意匠、挑花结本、配色、上机织造到后整理的全流程记录和追溯。双方经友好协商，签订本合同，共同遵守。

## 第一条 产品与服务

1. 乙方向甲方提供“织迹”工艺追溯软件标准版的永久使用许可（二十个用户）。
2. 乙方根据甲方需求进行定制开发，包括：纹样及意匠图档案库、织机工单与工序扫码报工、每匹锦缎的工艺履历卡及二维码查询页面。
3. 乙方负责软件安装部署、基础数据初始化和使用培训。
4. 标准版软件包括以下功能：纹样与意匠图管理、原料及色纱库存、织机与挡车工管理、工单管理、工序报工、质检记录、成品入库和统计报表。具体功能以乙方产品说明书为准，乙方有权对标准产品的功能进行调整和优化。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工艺追溯软件标准版许可 | 236,000 |
| 2 | 定制开发 | 64,000 |
| 3 | 安装部署及培训 | 20,000 |
| | 合计 | 320,000 |

合同总金额为人民币叁拾贰万元整（¥320,000），含税。

## 第三条 付款方式

1. 本合同签订后五个工作日内，甲方支付合同总金额的65%，乙方收到款项后启动项目。
2. 系统上线后五个工作日内，甲方支付合同总金额的35%。
3. 甲方未按期付款的，乙方有权暂停服务，工期相应顺延。
4. 乙方在收到款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知开票信息。

## 第四条 交付与上线

1. 乙方在收到首笔款项后六十日内完成软件部署和定制开发，并通知甲方上线。
2. 甲方应配合提供纹样资料、工序说明和织机信息。因甲方资料提供延迟导致工期延误的，乙方不承担责任。
3. 乙方指派一名项目经理负责实施，甲方应指定一名联系人负责需求确认、资料提供和内部协调。双方每周以线上方式沟通项目进度。
4. 历史纹样和工艺资料的扫描录入由甲方负责，乙方提供导入模板和技术指导。

## 第五条 需求确认与变更

1. 乙方在项目启动后十五日内与甲方进行需求调研，形成《定制需求说明书》，经甲方签字确认后作为开发依据。
2. 甲方在需求说明书确认后提出新增或变更需求的，乙方有权根据工作量另行报价，双方签订补充协议后实施，工期相应顺延。
3. 甲方应在乙方提交需求说明书后五个工作日内确认，逾期未确认的，视为甲方同意乙方提交的需求说明书。

## 第六条 运行环境

1. 甲方应自行准备服务器、网络、扫码枪和打印设备，并满足乙方提供的《运行环境要求》。
2. 因甲方运行环境不符合要求导致系统无法正常运行的，乙方可协助处理，但由此产生的费用由甲方承担。
3. 系统升级所需的数据库及操作系统许可由甲方自行采购。

## 第七条 验收

乙方完成部署并通知上线后，系统上线运行即视为甲方验收合格。甲方在使用中发现的问题，由乙方在免费维护期内处理。

上线时乙方向甲方提交《上线确认单》，甲方应在三日内签字；甲方未签字但已开始使用系统录入业务数据的，同样视为验收合格。

## 第八条 免费维护与维护费

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 免费维护期满后，甲方如需继续获得维护及升级服务，应每年按软件许可费的25%（即每年人民币59,000元）向乙方支付维护费。
3. 故障处理：一级故障（系统无法登录或报工中断）乙方在接到通知后8小时内响应，并在三个工作日内解决；其他问题在五个工作日内响应。乙方将尽力在上述时间内处理，但不对处理结果作出保证。
4. 维护服务内容包括：远程故障诊断、缺陷修复、标准产品版本升级和操作咨询。现场服务、二次开发和数据修复不属于维护服务范围，需要时按乙方收费标准另行计费。
5. 甲方未续缴维护费的，乙方不再提供升级和技术支持，甲方可继续使用已安装的版本。

## 第九条 软件许可

1. 甲方获得的软件使用许可为非独占、不可转让的许可，仅限甲方在其苏州经营场所内部使用，用户数以本合同约定为准，增加用户的，按乙方届时的价格另行购买。
2. 甲方不得对软件进行反向工程，不得出租、出借或转授权给任何第三方。
3. 甲方违反上述约定的，乙方有权终止许可，已付款项不予退还。

## 第十条 知识产权

1. “织迹”软件及其全部版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的功能模块、程序代码、页面及相关文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有使用权，不得修改、反编译或提供给第三方使用。
3. 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第十一条 数据安全

1. 甲方录入系统的纹样图稿、工艺参数、客户订单和员工信息等数据归甲方所有，乙方不得用于本合同以外的目的。
2. 乙方应采取必要的技术措施保障系统和数据安全，包括访问权限管理、数据加密传输和每日备份。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应的赔偿责任。
3. 合同终止后，乙方应甲方要求协助导出系统中的业务数据，导出格式为通用的表格或数据库文件。

## 第十二条 保密

双方对在合作过程中获知的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十三条 违约责任

1. 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的百分之五。
2. 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。
3. 任何一方违约给对方造成损失的，应依法赔偿，但任何一方均不对对方的间接损失、预期利润损失承担责任。

## 第十四条 合同解除

一方严重违反本合同，经另一方书面通知后三十日内仍未改正的，另一方有权书面通知解除本合同。合同解除的，甲方已支付的软件许可费不予退还，已完成的定制开发工作按实际工作量结算。

## 第十五条 培训

乙方为甲方提供两次现场培训，每次不超过一天，培训对象为甲方的设计、织造和管理人员。超出上述范围的培训，乙方按每人每天人民币一千五百元另行收费。

## 第十六条 不可抗力

因不可抗力或网络运营商、第三方软硬件故障等非乙方原因导致乙方不能履行或延迟履行的，乙方不承担责任。

## 第十七条 通知

双方在本合同首页载明的联系地址、电话和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后三日内书面通知对方，否则按原地址送达即视为有效送达。

## 第十八条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十九条 其他

1. 本合同自双方盖章之日起生效，一式两份，双方各执一份。
2. 本合同未尽事宜，双方另行协商签订补充协议。
3. 本合同附件包括《定制需求说明书》《运行环境要求》和《产品说明书》，与本合同具有同等效力。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""
SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. MPA-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiaxing Huaxin Paper Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Buyer"), and Mauricie Process Analytics Inc., a corporation organised under the laws of the Province of Quebec with its head office in Trois-Rivieres, Quebec, Canada (the "Supplier").
P:The Buyer operates two paper machines and a stock preparation line at its Jiaxing mill and wishes to acquire the Supplier's PulpSight quality and process analytics software, together with the services needed to configure it for the mill. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PulpSight Quality Suite, version 7, in object code, including the historian, the wet-end analytics module, the reel quality module and the operator dashboards, as described in Annex 1.
P:1.2 "Custom Deliverables" means all interfaces, data models, calculations, reports, dashboards, scripts and documentation that the Supplier develops or configures specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all process, quality, laboratory and production data of the Buyer and any personal information of the Buyer's staff that the Supplier accesses, stores or processes in performing this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Jiaxing mill for up to sixty named users and unlimited read-only viewers.
P:2.2 The Supplier shall deliver the following services: installation on the Buyer's servers; interfaces to the distributed control system, the quality control scanners and the laboratory information system; configuration of eighty quality and process reports; migration of three years of historical reel data; training; and support during the warranty period.
P:2.3 The Buyer may make backup copies of the Software and may transfer the licence to an affiliate that takes over the mill, on written notice to the Supplier.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,764,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,240,000; implementation and interface services CNY 486,000; training CNY 38,000.
P:3.2 The price is fixed. It covers all travel, living and remote work costs of the Supplier's personnel and all support during the warranty period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within fifteen business days after signature of this Agreement and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the total price after the Software is installed and the interfaces are put into operation (Go-Live). Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within twenty business days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Supplier's account in Shanghai designated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery Schedule
P:5.1 The Supplier shall achieve Go-Live within one hundred days after signature, in accordance with the project plan in Annex 2.
P:5.2 If the Supplier fails to achieve Go-Live or to submit the system for Final Acceptance testing by the dates in Annex 2, the Supplier shall pay the Buyer liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Final Acceptance testing begins after a sixty-day stable operation period following Go-Live. The Software and the Custom Deliverables shall meet the following criteria: (a) every function listed in Annex 1 is available; (b) each interface transfers data without loss, checked by comparing one week of scanner and laboratory records with the source systems; (c) dashboards refresh within three seconds for thirty concurrent users; (d) migrated reel data reconciles with the legacy records for every reel sampled by the Buyer; and (e) no Severity 1 incident occurred during the last thirty days of the stable operation period.
P:6.2 If the criteria are met, the Buyer shall issue the Final Acceptance certificate within ten business days. If they are not met, the Supplier shall correct the defects at its own cost and the test shall be repeated.
P:6.3 Go-Live, use of the Software in production or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to Annex 1 and the agreed specifications for eighteen months after Final Acceptance. During this period the Supplier shall correct all defects free of charge and provide new releases of the Software.
P:7.2 After the warranty period, the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, namely CNY 136,400 per year, and shall not increase for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
P:7.3 Incidents are classified as follows. Severity 1: the Software is unavailable or quality data from a paper machine is not recorded. Severity 2: a major function is impaired. Severity 3: other defects and questions. The Supplier shall respond to Severity 1 incidents within one hour, at any time, and restore service within eight hours; Severity 2 within two hours during business hours; Severity 3 within two business days.
P:7.4 For each hour by which the Supplier exceeds the response or restoration time for a Severity 1 incident, the Supplier shall credit the Buyer CNY 1,500, deducted from the next payment or support fee.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Supplier and its licensors.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer upon creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems, transfer it outside the People's Republic of China or use it for any other purpose.
P:9.2 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access is allowed only through the Buyer's VPN and jump server, with multi-factor authentication, for each session approved by the Buyer, and all sessions are logged.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting Buyer Data within six hours after becoming aware of it, cooperate in containment and investigation, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party, including the Buyer's process recipes, grade specifications and production figures, and shall not disclose it to any third party without the other party's prior written consent.
P:10.2 This obligation survives for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of the breach.
P:13.2 The Buyer may also terminate if liquidated damages under Article 5.2 reach their maximum. On termination by the Buyer, the Supplier shall refund payments for services not accepted and compensate the Buyer's direct losses.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Province of Quebec and the federal laws of Canada applicable therein.
P:15.2 Any dispute that the parties cannot settle by negotiation within sixty days shall be submitted to the competent courts of the judicial district of Trois-Rivieres, Quebec.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Software Description and Specifications) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:16.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. A party changing its address shall notify the other party promptly. The Buyer shall provide server capacity, network access and a project coordinator as set out in Annex 2.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e02"] = """# NorthShaft Maintenance Cloud — Order Form

Order Form No. NSM-OF-2027-0142

This Order Form is entered into between **NorthShaft Software Ltd.**, an Ontario corporation with its office at Lorne Street, Sudbury, Ontario, Canada ("Provider"), and **Shandong Jinyu Mining Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Yantai, Shandong Province ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Provider will provide Customer with access to NorthShaft Maintenance Cloud, a hosted software service for planning, scheduling and recording the maintenance of underground mobile equipment, fixed plant and ventilation assets, including the mobile technician application, the parts and work-order module, the condition-monitoring dashboard and the reporting module (the "Service"), for two underground mines and one processing plant operated by Customer in Shandong Province.

### A2. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under A5. Subscription Year 2 starts on the first anniversary of that date. The Subscription Term ends at the end of Subscription Year 2 and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Maintenance Cloud subscription, Subscription Year 1 | 180 named users, 3 sites | 312,000 per year | 312,000 |
| Maintenance Cloud subscription, Subscription Year 2 | 180 named users, 3 sites | 312,000 per year | 312,000 |
| Onboarding services (configuration, asset register migration, integration with Customer's ERP, training) | one-time | 58,000 | 58,000 |
| **Total Fees** | | | **682,000** |

Fees are in CNY and include applicable taxes. The subscription fee is fixed for the Subscription Term. Additional named users may be ordered at CNY 1,700 per user per Subscription Year, prorated by month.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer shall pay each undisputed invoice within thirty days after receipt, by bank transfer in CNY to the account of Provider's collecting agent in Shanghai named on the invoice.

### A5. Onboarding and Acceptance

Provider will complete onboarding within ten weeks after signature of this Order Form. Onboarding includes configuration of Customer's asset hierarchy, migration of the asset register and three years of work-order history, integration with Customer's ERP for purchase requisitions and inventory, and training of planners, supervisors and technicians.

Onboarding Acceptance requires that: (i) all assets in Customer's register appear in the Service with correct hierarchy and attributes, verified by Customer on a sample of not less than five hundred assets; (ii) work orders and purchase requisitions pass between the Service and the ERP without error for ten consecutive business days; (iii) the mobile application works offline underground and synchronises when a connection is restored, as demonstrated at each mine; and (iv) the functions listed in Exhibit 1 are available. Customer will confirm Onboarding Acceptance in writing within five business days after Provider shows that the criteria are met, or will list the failures, which Provider will correct before a new test.

### A6. Service Levels

(a) Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 04:00 China Standard Time.

(b) Incident response times: Priority 1 (the Service is unavailable for all users at a site, or work orders cannot be created) — response within one hour, at any time; Priority 2 (a major function is impaired) — response within three business hours; Priority 3 — response within two business days.

(c) Provider will report monthly availability and incident statistics to Customer by the tenth day of each month.

(d) The service levels in this A6 are targets. Provider will use commercially reasonable efforts to restore the Service and will give Customer a root-cause report for each Priority 1 incident. Failure to meet a target does not entitle Customer to any service credit, fee reduction or other compensation.

## PART B — GENERAL TERMS

### 1. Access and Use

1.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product. Customer is responsible for the acts of its authorised users and for keeping their credentials secure.

### 2. Customer Data

2.1 "Customer Data" means all data, records, documents and images that Customer or its users enter into the Service or that the Service generates from them, including asset data, work orders, maintenance history and personal information of Customer's staff.

2.2 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer under this Order Form and for no other purpose, and shall not sell, disclose or analyse it for any other purpose, including in aggregated or de-identified form.

2.3 Customer may export all Customer Data at any time in CSV or database format. Within thirty days after the end of the Subscription Term, Provider shall return Customer Data in that format on request and then delete it from the Service and its backups, and confirm the deletion in writing.

### 3. Data Security

3.1 Provider hosts the Service for Customer on cloud infrastructure located in mainland China, operated by a provider holding a valid MLPS level 3 filing. Customer Data will not be transferred outside mainland China.

3.2 Provider maintains an information security programme certified to ISO/IEC 27001, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of all access to Customer Data, daily backups and annual penetration tests.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, take immediate steps to contain it, and cooperate with Customer and the authorities. Provider is responsible for losses caused by a security incident that results from its breach of this Section 3.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service, its software and its documentation.

4.2 Configurations, templates, reports, maintenance strategies and integration mappings prepared specifically for Customer during onboarding or at Customer's request ("Customer Configurations") belong to Customer. Customer may use, copy, modify and have them used by third parties without restriction, and Provider shall deliver them in an exportable format on request.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Order Form, use it only to perform this Order Form, and not disclose it to any third party except to its employees and advisers who need to know it and are bound by equivalent duties.

5.2 These obligations continue for three years after the end of the Subscription Term, and for trade secrets for as long as they remain trade secrets.

### 6. Subprocessors and Subcontracting

6.1 Provider shall not subcontract any part of the Service, or appoint any subprocessor with access to Customer Data, without Customer's prior written consent. The hosting provider named in Exhibit 2 is approved by signature of this Order Form.

6.2 Provider remains responsible for the performance of any approved subcontractor or subprocessor.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with professional skill and care.

7.2 Provider warrants that it will not introduce viruses or malicious code into the Service.

### 8. Liability

8.1 Each party's total liability arising out of this Order Form is limited to two times the Total Fees.

8.2 The limit in 8.1 does not apply to breach of Sections 2, 3 or 5, to personal injury or death caused by negligence, or to fraud.

8.3 Neither party is liable for indirect or consequential loss, including loss of production, except in the cases excluded by 8.2.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.

9.2 If Customer terminates under 9.1, Provider shall refund the subscription fees paid for the remainder of the Subscription Term.

9.3 On expiry or termination, Section 2.3 applies to the return and deletion of Customer Data.

### 10. Late Payment

Undisputed amounts not paid when due bear interest at 0.02% per day from the due date until payment. Provider may suspend the Service if an undisputed amount remains unpaid thirty days after a written reminder.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the Province of Ontario and the federal laws of Canada applicable there.

11.2 The courts of Ontario sitting in Sudbury have exclusive jurisdiction over any dispute arising out of this Order Form.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its entire business.

12.2 Notices must be in writing and sent to the addresses in this Order Form or to another address notified in writing.

12.3 This Order Form, with Exhibit 1 (Functional Description) and Exhibit 2 (Hosting and Security), is the entire agreement of the parties on its subject matter.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""
SRC["e03"] = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. BYAL-EQ-2027-057
P:Buyer: Inner Mongolia Beiyuan Aluminium Co., Ltd., Baotou, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: Saguenay Vibration Systems Inc., Chicoutimi borough, Saguenay, Quebec, Canada (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier will supply and install wireless condition monitoring sensors, gateways and thermal cameras for the pot-room ventilation fans, rectifier transformers, compressors and casting line drives of the Buyer's smelter, together with a perpetual licence of its monitoring software, and the parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in the price table in clause 2, install and configure them at the Buyer's smelter in Baotou, integrate the monitoring software with the Buyer's maintenance management system and plant historian, and train the Buyer's staff.
P:1.2 All equipment shall be new, of current production, and suitable for the smelter environment, including strong magnetic fields, dust and ambient temperatures from minus thirty to plus forty-five degrees Celsius. Technical specifications are set out in Annex 1.
P:1.3 The monitoring software ("Software") is licensed to the Buyer perpetually, for unlimited users at the Baotou site, and includes the alarm engine, trend analysis, fault diagnosis library and mobile notifications.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,122,000, inclusive of taxes, delivery to site, insurance, installation, configuration, training and all services during the warranty period, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|420|2,300|966,000
TB:2|Industrial wireless gateways|24|9,500|228,000
TB:3|Fixed thermal imaging cameras|16|26,000|416,000
TB:4|Monitoring server and storage|1 set|96,000|96,000
TB:5|Monitoring software licence, perpetual, site-wide|1|220,000|220,000
TB:|Hardware and Licence Subtotal|||1,926,000
TB:6|Installation, configuration and integration|1 lot|172,000|172,000
TB:7|Training|1 lot|24,000|24,000
TB:|Contract Price|||2,122,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates, freight or any other cost.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within fifteen business days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate records quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty business days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the smelter within ten weeks after signature and complete installation within sixteen weeks after signature.
P:4.2 The Supplier shall perform installation under the Buyer's permit-to-work system and shall not disturb pot-room operations. Work on energised equipment is subject to the Buyer's isolation procedures.
P:4.3 If the Supplier fails to meet the delivery date, the installation date or the date for Final Acceptance testing, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct such damages from any payment.
P:4.4 The Supplier is responsible for export licences, packing suitable for sea and road transport, marking, shipping and insurance to the site. The Buyer shall act as importer of record and the Supplier shall provide all invoices, packing lists and certificates of origin needed for customs clearance in good time. Risk in the equipment passes to the Buyer on signature of the Installation Certificate.
P:4.5 The Buyer shall provide access to the installation areas, power outlets for gateways, network ports, rack space for the monitoring server and an escort familiar with the smelter's safety rules. Delays caused by the Buyer's failure to provide these items extend the Supplier's dates accordingly.
H:5. Acceptance
P:5.1 After installation, the system shall operate for a trial period of forty-five days. Final Acceptance requires that: (a) every sensor, gateway and camera reports to the Software over the last fourteen days of the trial period without any gap longer than ten minutes; (b) vibration readings agree with the Buyer's portable reference analyser within five per cent on twenty sample points; (c) alarms reach the maintenance management system and the duty engineer's mobile phone within sixty seconds; (d) thermal cameras detect a test heat source as specified in Annex 1; and (e) all documentation under clause 11 has been delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten business days after the criteria are met. If they are not met, the Supplier shall remedy the defects at its cost and the test shall be repeated.
P:5.3 Delivery, installation, operation of the system or payment does not constitute acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including freight and on-site labour, and provide Software updates and defect corrections.
P:6.2 After the warranty period, the Buyer may order support from the Supplier. The annual support fee shall not exceed 7% of the Hardware and Licence Subtotal, that is CNY 134,820 per year, and shall remain fixed for three years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
P:6.3 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace any failed unit within three days.
H:7. Service Levels
P:7.1 Priority 1 fault: the Software or more than one gateway is down, or alarms are not delivered. The Supplier shall respond remotely within thirty minutes at any time and restore service within eight hours. Priority 2 fault: a single sensor or camera fails; response within two hours, repair within three days.
P:7.2 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, it shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
H:8. Intellectual Property
P:8.1 The Software and the embedded firmware remain the property of the Supplier.
P:8.2 All alarm rules, diagnostic models, dashboards, interfaces and documents developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them, with source files, at Final Acceptance.
H:9. Data Security
P:9.1 All measurement data, images, alarm records and plant information collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The system shall be installed on the Buyer's network without any connection to the Supplier's servers. Remote support is allowed only through the Buyer's jump server, per session, with the Buyer's approval, and all sessions are recorded. The Supplier shall not copy data out of the Buyer's network.
P:9.3 The Supplier shall report any security incident within six hours, take remedial action immediately, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including plant layouts, process parameters and production data, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Documentation and Training
P:11.1 The Supplier shall deliver installation drawings, sensor location lists, configuration backups, operation and maintenance manuals and a spare parts list, in English and Chinese.
P:11.2 The Supplier shall train up to twenty of the Buyer's maintenance engineers for five days on site. Training shall cover sensor mounting and replacement, gateway configuration, alarm rule setting, trend analysis and the diagnostic library, and shall end with a practical test.
P:11.3 During the warranty period the Supplier shall hold a quarterly review with the Buyer covering alarms raised, faults found, sensor failures and suggested improvements to the alarm rules.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 9 and 10, for which no limit applies.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the acts of approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under clause 4.3 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.
H:16. Miscellaneous
P:16.1 This Contract takes effect on signature by both parties. Annex 1 (Technical Specifications) and Annex 2 (Installation Plan) form part of it.
P:16.2 This Contract is made in Chinese and English, in four originals. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e04"] = """# Managed Services Agreement — Mine Site Network and Radio Systems

Agreement No. HLM-MS-2027-03

**Customer:** Chifeng Hongling Mining Co., Ltd., Chifeng, Inner Mongolia, People's Republic of China.

**Provider:** Abitibi Mine Networks Inc., 3rd Avenue, Val-d'Or, Quebec, Canada, acting with its wholly owned subsidiary Abitibi Mine Networks (Beijing) Co., Ltd. for all work in China.

**Background.** Customer operates an underground zinc and lead mine and a concentrator near Chifeng. Its underground fibre backbone, leaky-feeder radio, underground Wi-Fi, personnel tracking system and surface industrial network were installed by Provider in an earlier project. Customer now wishes Provider to operate, monitor and maintain these systems for thirty-six months.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Managed Systems" means the network and radio systems listed in Schedule 1, including any equipment added by change order.

1.3 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 has been completed.

1.4 "Customer Data" means configurations, logs, tracking records, alarm records and any other data of Customer that Provider accesses or handles in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall complete the transition within forty-five days after signature. Transition includes a full audit of the Managed Systems, setting up remote monitoring from Provider's network operations centre, creating the configuration baseline, agreeing runbooks with Customer and stationing the on-site team at the mine.

3.2 The transition is complete when: (a) every device in the Schedule 1 inventory reports to Provider's monitoring platform; (b) configuration backups of every device are stored in Customer's repository; (c) runbooks for the incidents listed in Schedule 2 are approved by Customer; and (d) a test Priority 1 incident raised by Customer at night is handled within the times in Schedule 2. Customer shall confirm completion in writing within five business days after Provider demonstrates these criteria, or list the shortcomings, which Provider shall correct.

3.3 If the Service Commencement Date does not occur within forty-five days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 4. Services and Service Levels

4.1 Provider shall perform the Services described in Schedule 1 and meet the service levels in Schedule 2.

4.2 Provider shall keep an on-site team of at least three technicians at the mine, covering day and night shifts, and a network engineer on call at all times.

4.3 Provider shall deliver a monthly service report by the fifth business day of each month, covering availability, incidents, changes, spare parts used and recommendations, and shall attend a quarterly service review with Customer.

4.4 If a service level in Schedule 2 is missed, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

4.5 Provider shall name a service manager responsible for the Services, who speaks Chinese and is available to Customer during business hours. Provider shall not replace the service manager or the on-site team leader without giving Customer reasonable notice and a suitable successor. Customer may ask Provider to remove any person who breaches the site safety rules.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,184,000, inclusive of taxes.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced quarterly in arrears. Customer pays each correct invoice within thirty days.

5.3 The charges are fixed for the Service Term. Spare parts above the threshold in Schedule 3 are charged at cost after Customer's written approval.

## Section 6. Customer Responsibilities

6.1 Customer shall give Provider's personnel safe access to the mine under its safety rules, provide accommodation on site, supply power and rack space, and inform Provider of mining plan changes that affect the Managed Systems.

6.2 Customer shall approve changes to the Managed Systems under its change management procedure.

## Section 7. Customer Data and Intellectual Property

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Service Term.

7.2 Runbooks, configuration baselines, network diagrams, reports and scripts prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any later service provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the non-public information received from the other party, including mine plans, production data and network details, use it only for this Agreement and not disclose it to third parties without written consent.

8.2 These obligations continue for five years after the end of the Service Term.

## Section 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, except to its subsidiary named above, which Customer approves by signing this Agreement. Provider remains liable for all subcontracted work.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the charges paid by Customer under this Agreement in the nine months before the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to death or personal injury caused by negligence, or to fraud.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the Priority 1 restoration time three times in any quarter.

11.2 Provider may terminate if Customer fails to pay undisputed charges within sixty days after a written reminder.

11.3 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, hand over all documents under Section 7.2 and transfer knowledge to Customer or its new provider.

## Section 12. Insurance and Safety

12.1 Provider shall maintain employer's liability and public liability insurance for its personnel working at the mine.

12.2 Provider's personnel shall complete Customer's underground safety induction before starting work and comply with all site safety instructions.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission in Beijing for arbitration under its rules. The award is final.

## Section 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties. Amendments must be in writing.

14.2 This Agreement is signed in English and Chinese in two originals each. Both language versions are equally authentic.

## Schedule 1 — Scope of Services

| Service element | Managed Systems covered | Provider tasks |
|---|---|---|
| Monitoring | Fibre backbone (38 switches), leaky-feeder radio (6 head-ends, 42 amplifiers), underground Wi-Fi (160 access points), tracking readers (220), surface network (24 switches, 2 firewalls) | Continuous remote monitoring, alarm triage, escalation to the on-site team |
| Incident management | All Managed Systems | Diagnosis, repair or replacement, restoration, root-cause report for Priority 1 |
| Preventive maintenance | Underground equipment | Monthly inspection of amplifiers and access points, quarterly cable route inspection, cleaning and sealing of enclosures |
| Change and extension | Network extensions as the mine advances | Installing and configuring equipment for new headings under approved change orders |
| Configuration management | All network devices | Backups after every change, firmware updates agreed with Customer |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Loss of radio or tracking on a working level, or loss of the fibre backbone | 30 minutes | 6 hours | CNY 3,000 per hour of delay |
| Priority 2 | Loss of Wi-Fi or tracking in part of a level, or a single failed amplifier | 2 hours | 24 hours | CNY 800 per hour of delay |
| Priority 3 | Other faults and requests | next business day | 5 business days | none |
| Backbone availability | Monthly availability of the fibre backbone, at least 99.95% | | | CNY 5,000 per 0.01 point below target |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after the Service Commencement Date | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total charges for the Service Term | | 2,184,000 |
| Spare parts above CNY 3,000 per item | at cost, with Customer's written approval | outside the total |
| Exit assistance beyond handover | CNY 2,600 per engineer day | outside the total |
"""
SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DTD-SUB-2027-088

BETWEEN: Drummond Trade Data Inc., a corporation incorporated under the laws of Quebec, with its office on Saint-Joseph Boulevard, Drummondville, Quebec, Canada ("Vendor");

AND: Foshan Shunlian Furniture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shunde District, Foshan, Guangdong Province ("Customer").

Customer exports upholstered and case-goods furniture to North America and wishes to subscribe to Vendor's trade and market data, delivered through an application programming interface and bulk downloads, for its sales planning, pricing and logistics teams. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets described in Schedule A: North American import shipment records for furniture tariff headings, built from public bills of lading and customs releases; weekly retail shelf-price observations for furniture at major North American retailers; and weekly container freight rate indices from South China ports to North American ports.

1.2 "API" means Vendor's application programming interface through which Customer retrieves the Licensed Data, together with the bulk download portal and the documentation.

1.3 "Subscription Year" means each of the two consecutive periods of one year each, the first starting on the Access Acceptance Date.

1.4 "Custom Extracts" means data extracts, mappings, classifications and reports that Vendor prepares specifically for Customer at Customer's request, including the mapping of shipment records to Customer's product categories and competitor list.

1.5 "Customer Materials" means Customer's product lists, competitor lists, query parameters, uploaded files and any other information Customer provides to Vendor or enters into the API.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable licence, during the Subscription Term, to access the API, retrieve the Licensed Data and use it for Customer's internal business purposes, including sharing reports derived from it with its group companies in China.

2.2 Customer may make up to two hundred thousand API calls per Subscription Year and may register up to twenty-five named users. Customer shall not resell the Licensed Data or publish it in bulk.

2.3 The Subscription Term consists of Subscription Year 1 and Subscription Year 2, subject to renewal under clause 7.

3. ONBOARDING AND ACCESS ACCEPTANCE

3.1 Within fifteen business days after signature, Vendor shall issue API credentials, deliver the documentation, load the historical data described in Schedule A and deliver the first Custom Extract mapping shipment records to Customer's product categories.

3.2 Customer shall test the access within ten business days after receiving it. Access Acceptance requires that: (a) every endpoint in the documentation returns valid responses from Customer's network in Guangdong; (b) historical shipment data is available back to January 2020 for every tariff heading in Schedule A; (c) the fields delivered match the data dictionary in Schedule A; and (d) the first Custom Extract covers the product categories and competitors listed by Customer. Customer shall confirm Access Acceptance in writing, or list the failures for Vendor to correct before a new test. The date of Customer's written confirmation is the "Access Acceptance Date".

3.3 If Vendor fails to make access available for testing within the period in clause 3.1, Vendor shall pay Customer CNY 500 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are: Subscription Year 1, CNY 268,000; Subscription Year 2, CNY 281,400. The total fees for the Subscription Term are CNY 549,400, including applicable taxes. Onboarding and the first Custom Extract are included.

4.2 Vendor invoices the fee for each Subscription Year at the start of that Subscription Year. Customer pays each correct invoice within thirty days after receipt, in CNY, to the account of Vendor's authorised collection agent in Shenzhen named on the invoice.

4.3 Additional Custom Extracts are quoted separately and performed only on Customer's written order.

5. SERVICE AND SUPPORT

5.1 Vendor updates the shipment records and the price observations weekly and the freight indices every Friday, as described in Schedule A.

5.2 Vendor will use commercially reasonable efforts to keep the API available. Vendor does not guarantee that the API will be uninterrupted or error free, and no service levels apply to the API, the bulk download portal or support.

5.3 Support is provided by e-mail and through Vendor's ticket portal during Vendor's business hours in Eastern Time. Vendor will handle support tickets in the order received.

5.4 Vendor may suspend access for maintenance and will try to give notice of planned maintenance on its status page.

5.5 If Customer reports that a record in the Licensed Data is wrong or incomplete, Vendor will review the record against its sources and correct it in a later weekly update where the report is justified.

5.6 Customer is responsible for its own systems, network connection and the security of its API credentials, and shall inform Vendor promptly if it believes that credentials have been compromised. Vendor may then disable the credentials and issue new ones.

5.7 Vendor may change the API from time to time, provided that it gives Customer at least sixty days' notice of any change that removes an endpoint or field, and that the Licensed Data described in Schedule A remains available throughout the Subscription Term.

6. DATA PROTECTION AND SECURITY

6.1 Customer Materials belong to Customer. Vendor shall use Customer Materials only to provide the Services to Customer and shall not use them for its own products, disclose them, or combine them with data of other customers, in identifiable, aggregated or any other form.

6.2 Vendor shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff who need it, multi-factor authentication and logging of access. Vendor shall not transfer Customer Materials to any third party.

6.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Materials, take immediate steps to contain it and cooperate with Customer. Vendor is liable for the losses caused by a breach of this clause 6.

6.4 Within thirty days after the end of the Subscription Term, Vendor shall delete all Customer Materials and confirm the deletion in writing.

7. RENEWAL

7.1 At the end of Subscription Year 2, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

7.2 Fees for each renewal term are Vendor's then-current list prices for the subscribed data sets, which Vendor may increase by notice to Customer at least forty-five days before the renewal term starts.

8. INTELLECTUAL PROPERTY

8.1 Vendor and its licensors retain all rights in the Licensed Data and the API.

8.2 Custom Extracts belong to Customer, which may use, modify and share them without restriction, including after the end of this Agreement. Reports and analyses that Customer prepares using the Licensed Data belong to Customer.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information it receives from the other party under this Agreement, including Customer's product plans, customers and pricing and Vendor's methods, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent.

9.2 These obligations last for three years after the end of this Agreement.

10. WARRANTIES

10.1 Vendor warrants that it has the right to license the Licensed Data, that the Licensed Data is compiled with reasonable care from the sources described in Schedule A, and that the API does not contain malicious code.

10.2 Vendor shall defend Customer against any third-party claim that Customer's use of the Licensed Data in accordance with this Agreement infringes that party's rights, and pay any resulting damages and costs.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

11.2 The limit does not apply to breach of clauses 6 or 9, to the indemnity in clause 10.2, or to fraud.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Vendor shall not subcontract the preparation of Custom Extracts or any processing of Customer Materials without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the fees paid for the remainder of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that cannot be settled by negotiation within thirty days shall be referred to the China International Economic and Trade Arbitration Commission South China Sub-Commission in Shenzhen, whose award is final.

15. GENERAL

15.1 This Agreement, with Schedule A (Licensed Data, Data Dictionary and Update Frequency), is the entire agreement of the parties on its subject.

15.2 Notices shall be given in writing by courier or e-mail to the addresses of the parties above.

15.3 This Agreement is made in English. A Chinese translation is provided for convenience; the English text prevails.

SIGNED for Vendor: ____________________   SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Design: file, format, category, kind, terms, extras, fee base (TCO), forum outside mainland, design rule list.
N = None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
DESIGN = {
    "z01": dict(file="h812z01_county_tulou_diaolou_protection_platform.pdf", lang="zh", category="software",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 8, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=1688000, base=680000, outside=False, rules=[]),
    "z02": dict(file="h812z02_diaper_plant_line_control_retrofit.docx", lang="zh", category="hardware",
                terms=T(N, 0.5, True, "buyer", True, True, True, 0.1, 60, 20, True, True, 24, 9, False, True,
                        True, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=2600000, base=2254000, outside=False,
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": dict(file="h812z03_bathhouse_chain_booking_membership_saas.txt", lang="zh", category="cloud",
                terms=T(99.5, 0.25, True, "buyer", True, False, True, 0.1, N, N, True, N, N, N, True, True,
                        False, "PRC", S),
                sla=True, ld=True, deemed=False, value=678000, outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(file="h812z04_water_bureau_small_hydro_monitoring_om.txt", lang="zh", category="services",
                terms=T(99.95, 0.5, True, "buyer", True, True, False, 0.1, N, N, True, N, N, N, False, False,
                        False, "PRC", S),
                sla=True, ld=True, deemed=False, value=396000, outside=False,
                rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(file="h812z05_song_brocade_studio_process_tracking_supplier_template.md", lang="zh",
                category="software",
                terms=T(N, 8, False, "supplier", True, True, True, 0.02, N, 65, False, False, 6, 25, False, True,
                        N, N, G),
                sla=True, ld=True, capped=True, deemed=True, value=320000, base=236000, outside=False,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(file="h812e01_paper_mill_quality_analytics_licence_trois_rivieres.pdf", lang="en",
                category="software",
                terms=T(N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                        False, "Quebec", G),
                sla=True, ld=True, capped=True, deemed=False, value=1764000, base=1240000, outside=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(file="h812e02_mine_maintenance_saas_order_form_sudbury.md", lang="en", category="cloud",
                terms=T(99.95, 1, False, "buyer", True, True, True, N, 200, N, True, N, N, N, False, True,
                        False, "Ontario", S),
                sla=True, ld=False, deemed=False, value=682000, outside=True,
                rules=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "e03": dict(file="h812e03_smelter_condition_monitoring_sensors_saguenay.docx", lang="en", category="hardware",
                terms=T(N, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7, False, True,
                        False, "PRC", G),
                sla=True, ld=True, capped=True, deemed=False, value=2122000, base=1926000, outside=False, rules=[]),
    "e04": dict(file="h812e04_mine_network_radio_managed_services_val_dor.md", lang="en", category="services",
                terms=T(99.95, 0.5, True, "buyer", False, True, True, 2000 / 2184000 * 100, 9 / 36 * 100, N, True,
                        N, N, N, False, True, False, "PRC", S),
                sla=True, ld=True, deemed=False, value=2184000, outside=False,
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": dict(file="h812e05_trade_data_api_subscription_drummondville.txt", lang="en", category="cloud",
                terms=T(N, N, False, "buyer", True, True, True, 500 / 549400 * 100, 150, N, True, N, N, N, True,
                        True, False, "PRC", S),
                sla=False, ld=True, deemed=False, value=549400, outside=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(d):
    t = d["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not d.get("capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["value"] + fees) * 100


def derive(d):
    """My reading of policy §3 applied to the label."""
    t, r = d["terms"], set()
    goods = t["contract_kind"] == G
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not d["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(d):
    t = d["terms"]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": derive(d)}


# ---------------------------------------------------------------------------------------------------------------
# No threshold figure in any text
PATTERNS = [
    r"99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.,])0?\.05\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])4\s*(?:个)?(?:hours?|hrs?|小时)", r"(?<![a-z-])four[\s-]*hours?", r"(?<!十)四(?:个)?小时",
    r"(?<![\d.,])(?:30|15|40|100)\s*(?:%|％|per\s*cent|percent)",
    r"(?<![a-z-])(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:per\s*cent|percent)",
    r"百分之(?:三十|十五|四十)(?![一二三四五六七八九点])", r"百分之(?:百|一百)(?![零一二三四五六七八九十点])",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"十二个月", r"(?<![a-z-])twelve[\s-]*months?",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "不低于99.9%", "0.05%", "0.05 %", "万分之五", "4小时", "4 hours", "4 hour", "four hours", "四小时",
            "4个小时", "30%", "30 %", "15%", "40%", "100%", "百分之三十", "百分之十五", "百分之四十", "百分之百", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "thirty per cent", "one hundred percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "万分之二",
             "130%", "150%", "0.30%", "35%", "45%", "百分之五", "百分之二十", "百分之九十八", "18 months", "二十四个月",
             "twenty-four months", "第十二条", "2027年12月31日", "1,500", "2,130"]
for s_ in MUST_HIT:
    assert RX.search(s_) and RX.search(re.sub(r"\s+", "", s_)), s_
for s_ in MUST_MISS:
    assert not RX.search(s_) and not RX.search(re.sub(r"\s+", "", s_)), s_


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for k, d in DESIGN.items():
        ext = d["file"].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[k] = (d["file"], ext)
        else:
            (OUT / d["file"]).write_text(SRC[k], encoding="utf-8")
            print("wrote", d["file"])
    write(SRC, targets, OUT, wrap_words=True)

    covered = set()
    for k, d in DESIGN.items():
        lab = label(d)
        assert lab["expected_rules"] == sorted(d["rules"]), (k, lab["expected_rules"], d["rules"])
        covered |= set(lab["expected_rules"])
        t = d["terms"]
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            assert t[key] is None or abs(t[key] - TH[key]) > 1e-9, (k, key)
        sh = tco_share(d)
        assert sh is None or abs(sh - TH["tco_share"]) > 2, (k, sh)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        (OUT / (d["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / d["file"])
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if d["lang"] == "zh":
            n = len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        risk = "low"
        print("%s %-70s %5d %s %s" % (k, d["file"], n, "TCO %.1f%%" % sh if sh is not None else "",
                                      ", ".join(lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    langs = [(d["lang"], not d["rules"]) for d in DESIGN.values()]
    assert langs.count(("zh", True)) == 1 and langs.count(("en", True)) == 1
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]["rules"]) <= 10
    assert sum(1 for d in DESIGN.values() if 2 <= len(d["rules"]) <= 3) == 6
    print("all checks passed")


if __name__ == "__main__":
    main()
