"""holdout843: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (sums, lengths as read back, no threshold value or figure, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H843Z01 = """T:市湿地保护中心丹顶鹤与白鹤监测平台采购合同
P:合同编号：SDBH-ZFCG-2027-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：市湿地保护中心
P:乙方（供应商）：北辰生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就丹顶鹤与白鹤监测平台的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“鹤类监测平台”软件永久许可一套（不限用户数），并完成以下定制开发：鹤类图像与视频智能识别模型的本地化适配（覆盖丹顶鹤、白鹤及常见伴生水鸟）、巡护员移动端App、种群数量统计与迁徙轨迹分析模块、监测指挥大屏。
P:1.2 乙方负责将保护区内现有的38路高清视频点位、6座红外相机集中回传站及2台气象站接入平台，完成数据对接、部署、调试、试运行及培训。
P:1.3 项目实施地点为甲方指定的保护区管理站机房及野外监测点位。乙方应在合同签订后一百二十日内完成全部工作并提请终验。
P:1.4 乙方应指派一名具有同类项目经验的项目经理常驻实施，组建不少于五人的实施团队。项目经理未经甲方同意不得更换；因特殊原因更换的，接任人员资历不得低于原人员。
P:1.5 交付物包括：平台安装介质及许可文件、定制模块源代码、识别模型文件及训练说明、数据接口说明、部署手册、运维手册、用户手册、培训课件、测试报告及试运行报告。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），其中：平台软件许可费¥620,000；定制开发费¥596,000；前端设备对接费¥164,000；实施及培训费¥88,000。
P:2.2 合同总价为固定总价，已包含软件许可、开发、对接、差旅、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交合法有效发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过终验、乙方移交全部交付物后，甲方支付合同总价的35%。
P:3.4 甲方按照财政资金支付流程办理付款，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验条件：全部功能模块部署完毕；38路视频及红外相机数据接入完整；识别模型在甲方提供的不少于两千张标注样本上，对丹顶鹤、白鹤的识别准确率均不低于92%；单张图片识别耗时不超过2秒。
P:4.2 初验合格后进入六十日试运行。试运行期间平台未发生一级故障、种群统计报表与人工调查结果的偏差不超过8%的，乙方可提请终验。
P:4.3 终验由甲方组织专家按招标文件技术要求、本合同及双方确认的验收方案逐项测试，并出具书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。两次整改后仍不合格的，甲方有权解除合同。
P:4.5 终验时乙方应提交第三方机构出具的软件安全测评报告，并配合甲方完成信息系统等级保护备案所需的材料整理，测评发现的高危问题须在终验前整改完毕。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型优化及远程和现场技术支持。
P:5.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的10%（即不超过¥62,000/年），该价格在质保期满后三年内保持不变，不自动续期。
P:5.3 乙方应为甲方管理人员及巡护员提供不少于三期的集中培训，每期不少于一天，并在鹤类越冬季前组织一次现场使用指导，确保巡护员能够独立完成上报、核对和统计操作。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护应提前三日通知甲方）。
P:6.2 一级故障（平台整体不可用或识别服务中断）乙方应在30分钟内响应，3小时内到场或远程恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超过一小时扣除服务费¥800；月度可用率每低于承诺值0.01个百分点，扣除¥1,000，从维护费或应付款中抵扣。
P:6.4 乙方每月向甲方提交运行报告，列明故障情况、处理时限、可用率统计及模型识别效果分析，作为甲方考核依据。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的识别模型参数、移动端App、统计分析模块、大屏及对接程序，其知识产权及源代码归甲方所有，乙方应在终验时移交源代码和技术文档，甲方有权自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台采集的视频、图片、鸟类观测记录、巡护轨迹等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应采取访问控制、加密传输、操作日志留存等安全措施，远程运维须经甲方审批并通过堡垒机进行。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:8.3 合同终止或质保期满时，乙方应将其持有的全部甲方数据及副本交还甲方或按甲方要求彻底删除，并出具书面删除确认。乙方人员进入保护区作业应遵守保护区管理规定，不得干扰鹤类栖息和觅食。
H:第九条 分包
P:9.1 乙方可将前端设备对接、野外点位安装等非主体工作分包给具有相应能力的第三方，但应提前五个工作日书面告知甲方。乙方对分包方的工作向甲方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期通过终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软件或开发成果不符合合同约定的，应免费修复或更换；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付程序造成的延迟除外。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方联系人及联系方式发生变化的，应及时书面通知对方。
P:甲方（盖章）：市湿地保护中心    乙方（盖章）：北辰生态信息技术有限公司
P:签订日期：2027年3月    签订地点：甲方所在地
"""

H843Z02 = """T:生产线控制系统改造合同
P:合同编号：KGMB-JG-2027-031
P:甲方：嘉联开关面板制造有限公司
P:乙方：恒拓智能装备技术有限公司
P:甲方拟对其注塑、装配及包装三条生产线的控制系统实施改造，乙方具备相应的设计、供货、安装和软件开发能力。双方依据《中华人民共和国民法典》，经友好协商，就控制系统改造事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的整体改造，包括：原有继电器控制柜更换为PLC控制柜，装配工位加装伺服驱动，面板外观缺陷视觉检测工位，设备数据采集网关，以及产线监控软件的部署与定制。
P:1.2 乙方应完成产线监控软件与甲方现有ERP系统的工单接口，实现工单下发、产量回传、不良品统计及设备停机原因记录。
P:1.3 改造应利用甲方春节停产及周末时段分批实施，每条产线停线时间不得超过五日。
P:1.4 乙方应在进场前提交详细设计方案、电气图纸、停线切换计划及应急回退方案，经甲方生产部和设备部书面确认后方可实施。切换失败的，乙方应在当班内恢复原控制系统，保证甲方次日正常生产。
P:1.5 乙方现场人员应遵守甲方安全生产、防火及洁净车间管理制度，进行电气作业须持有效特种作业证书并办理作业许可。因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。
H:第二条 设备及软件清单与价款
P:2.1 本合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含编程）|6套|96,000|576,000
TB:2|触摸屏HMI|12台|8,500|102,000
TB:3|伺服驱动及电机|48套|6,250|300,000
TB:4|视觉检测工位|8套|58,000|464,000
TB:5|设备数据采集网关|16台|7,500|120,000
TB:6|产线监控软件许可（永久）|1套|532,000|532,000
TB:软硬件小计||||2,094,000
TB:7|安装调试及ERP接口|1项|198,000|198,000
TB:8|操作及维护培训|1项|68,000|68,000
TB:合计||||2,360,000
P:2.2 上述价格为含税价，包含运输、保险、安装、调试、接口开发、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%。到货签收及安装调试完成不视为验收合格。
P:3.3 系统通过最终验收后十五日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。甲方在收到发票并核对无误后付款，发票不合格的，付款期限相应顺延。
P:3.5 乙方收款账户以本合同首页载明的账户为准。乙方变更收款账户的，须提前书面通知甲方并加盖乙方公章，否则甲方向原账户付款即视为已履行付款义务。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后九十日内完成三条产线的全部改造。
P:4.2 验收标准：各产线节拍达到每分钟不少于42件；视觉检测对划痕、缺角、色差的漏检率不高于0.3%，误判率不高于2%；工单接口数据与ERP核对一致；系统连续七十二小时无故障运行。
P:4.3 双方按上述标准逐项测试并签署验收报告。产线恢复生产或甲方使用系统不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:4.4 乙方应在验收时移交以下资料：电气原理图及接线图、PLC及HMI程序备份、视觉检测参数表、设备说明书、软件安装介质及许可文件、操作规程、维护手册和培训记录。资料不全的，甲方有权拒绝签署验收报告。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换损坏部件，免费提供软件缺陷修复。
P:5.3 质保期内乙方每季度到现场巡检一次，检查控制柜、伺服及相机状态，清理光学部件，核对备份程序，并提交巡检报告。乙方应在甲方厂区常备PLC模块、伺服驱动器及工业相机等关键备件。
P:5.2 质保期满后，乙方提供年度维保服务，维保年费为软硬件小计的26%，即人民币544,440元/年，含备件更换、软件升级及定期巡检。该费用在质保期满后三年内不作调整，维保合同由双方另行签署，不自动续期。
H:第六条 服务响应
P:6.1 一级故障（整条产线停机）：乙方应在1小时内响应，并在次日内到场处理。
P:6.2 二级故障（单工位停机或检测功能异常）：2小时内响应，两个工作日内解决。
P:6.3 乙方未按时响应或到场的，每超过一小时向甲方支付¥600的服务违约金，从维保费或应付款中扣除。
P:6.4 乙方应设立服务热线并指定专职服务工程师，故障处理完毕后两日内提交故障分析报告，说明原因、处理措施及预防建议。
H:第七条 知识产权
P:7.1 产线监控软件的标准产品知识产权归乙方所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、HMI画面、视觉检测算法参数、ERP接口程序及其源代码，知识产权归甲方所有，乙方应在验收时完整移交。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、质量记录等数据属于甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN及堡垒机接入，操作全程留痕。乙方应采取病毒防护等措施，不得在控制网络中植入未经甲方确认的程序，使用的移动存储介质须经甲方查毒登记。因乙方原因导致数据泄露、丢失或生产系统被攻击的，乙方应在两小时内报告，并赔偿由此给甲方造成的全部损失。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方产品设计、工艺配方、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因导致产线停机超过约定时间的，乙方应赔偿甲方由此造成的直接损失，包括停线期间的人工成本和报废物料。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十二条 合同的履行与解除
P:12.1 本合同生效后，除因不可抗力致使合同目的无法实现外，任何一方均不得单方解除本合同。
P:12.2 乙方违约的，甲方有权要求乙方继续履行、采取补救措施并按本合同约定支付违约金，但不得以乙方违约为由解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、验收方案、改造进度计划。
P:14.2 乙方应对甲方操作人员、班组长和设备维护人员分别进行培训，培训总时长不少于六天，培训后进行考核，确保维护人员能够独立完成程序备份恢复、参数调整和常见故障排除。
P:14.3 本合同未尽事宜，由双方协商签订补充协议。补充协议与本合同不一致的，以补充协议为准。
P:甲方（盖章）：嘉联开关面板制造有限公司    乙方（盖章）：恒拓智能装备技术有限公司
"""

H843Z03 = """三弦艺术培训连锁门店预约与会员管理系统服务合同

合同编号：SXPX-SaaS-2027-008

甲方：弦韵三弦艺术培训连锁有限公司（下称“甲方”）
乙方：课栈云科技有限公司（下称“乙方”）

甲方在全市经营30家三弦培训门店，拟采用乙方提供的课程预约与会员管理云服务（下称“本服务”）。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方30家门店开通课程预约与会员管理系统，功能包括：
1. 学员在线选课、约课、签到及消课；
2. 会员卡、课时包、储值及退费管理；
3. 教师排课、琴房排期及课酬核算；
4. 门店经营报表及总部汇总看板；
5. 微信小程序学员端及教师端；
6. 学员课时余额提醒、到期续费提醒及考级报名管理。
（二）乙方负责实施服务：系统配置、门店及账号开通、历史会员及课时数据迁移、与甲方收银系统的对接、总部及门店人员培训。
（三）服务期为两个服务年度。第一服务年度自系统通过上线验收之次日起算，第二服务年度紧接第一服务年度。
（四）培训安排：乙方应为总部运营人员组织两场集中培训，为每家门店的店长和前台各提供一次线上培训，并提供操作手册和视频教程；新门店开通时，乙方免费提供同等培训。
（五）服务期内，乙方免费提供系统版本升级、功能缺陷修复和在线客服支持，客服时间为每日九时至二十二时。

二、服务费用
（一）本合同总价为人民币肆拾捌万贰仟元整（¥482,000），其中：
1. 年度服务费：每门店每服务年度¥6,800，30家门店每服务年度¥204,000，两个服务年度合计¥408,000；
2. 一次性实施费：¥56,000；
3. 历史数据迁移费：¥18,000。
（二）服务期内门店数量增加的，新增门店按每门店每服务年度¥6,800的单价按月折算；门店减少的，自下一服务年度起相应调减。
（三）上述费用含税，乙方按付款进度开具增值税普通发票。
（四）年度服务费已包含云资源、短信通知、小程序维护、版本升级及客服支持费用，乙方不得以任何名义另行收取费用。学员端线上支付产生的第三方支付通道手续费按支付机构标准由甲方承担。

三、付款方式
（一）实施费及数据迁移费合计¥74,000，于系统通过上线验收后十五日内支付。
（二）每一服务年度的年度服务费于该服务年度开始后十五日内一次性支付。
（三）甲方不向乙方支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通、数据迁移和收银对接，并提请上线验收。
（二）上线验收标准：
1. 历史会员、剩余课时及储值余额逐一核对，与甲方提供的对账清单一致；
2. 约课、签到、消课、退费等流程按测试用例全部通过；
3. 收银对接后连续十日收款数据与门店实收一致；
4. 高峰时段并发约课三百人次时，页面响应不超过3秒。
（三）双方按上述标准测试后签署上线验收单。系统试用或门店开始使用，不视为上线验收合格。
（四）乙方未按期提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过三十日的，甲方有权解除本合同，乙方应退还甲方已付的全部款项。
（五）上线验收前，乙方应提交实施方案、数据迁移核对报告、测试报告和培训记录，作为上线验收的依据。

五、服务水平
（一）本服务的月度可用率不低于99.5%，计划维护应安排在每日零时至六时，并提前两日通知甲方。
（二）一级故障（全部门店无法约课或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能异常）1小时内响应，当日内解决。
（三）月度可用率未达承诺的，每低于0.1个百分点，乙方按当月服务费的5%给予服务抵扣；响应超时的，每次抵扣¥500。抵扣额在下一次付款中扣除。
（四）乙方应每日对甲方数据进行全量备份，备份数据至少保存三十日，并每季度进行一次恢复演练；数据恢复点不得早于故障发生前一小时。
（五）乙方每月五日前向甲方提交上月服务报告，列明可用率、故障记录、响应及恢复时间和抵扣金额。

六、数据归属与使用
（一）甲方及学员的会员信息、课时、消费记录及经营数据（下称“甲方数据”）归甲方所有。
（二）甲方同意乙方可对甲方数据进行去标识化处理后，用于行业分析报告、产品功能优化及向其他客户提供的艺术培训行业对标服务，该等使用在合同终止后仍可继续。
（三）合同终止后三十日内，乙方应按甲方要求将甲方数据以通用格式导出交付甲方，之后删除其系统中的甲方数据。
（四）除本条第（二）项外，乙方不得向任何第三方提供甲方数据，不得利用学员信息向学员推送与甲方无关的营销内容。

七、数据安全
（一）乙方应按照网络安全等级保护第三级要求运行本服务，对学员个人信息加密存储，实施访问权限控制和操作日志审计。
（二）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，立即采取补救措施，配合甲方通知受影响学员和报告监管部门，并赔偿甲方因此遭受的全部损失。

八、保密
双方对在合作中知悉的对方商业信息、经营数据及学员信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求接触甲方数据的员工签署保密承诺，并对员工的泄密行为承担责任。保密义务在本合同终止后三年内继续有效，但依法律规定或监管要求披露的除外。

九、知识产权
（一）本服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、课酬计算规则、门店看板及收银对接程序，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同的终止
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还未使用服务期对应的服务费。
（二）服务期满，本合同自然终止。双方如需续约，应另行协商签订续约合同，续约价格不高于本合同单价。
（三）本合同终止时，乙方应提供不少于三十日的过渡期，保障甲方数据导出和业务平稳切换，过渡期内不另行收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

十三、甲方义务
（一）甲方应指定一名项目负责人，负责协调门店配合实施，并按乙方要求提供历史数据和对账清单。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十四、不可抗力
因地震、火灾、重大网络攻击等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，不可抗力持续超过三十日的，任何一方可书面通知解除本合同。基础电信运营商或云资源服务商的故障不属于不可抗力。

十五、通知
本合同项下的通知以书面形式送达合同首页载明的地址或电子邮箱，变更联系方式的一方应在三日内通知对方。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：弦韵三弦艺术培训连锁有限公司
乙方（盖章）：课栈云科技有限公司
"""

H843Z04 = """县农业农村局咖啡园种植管理系统2027年度运维服务合同

项目编号：NNJ-CS-2027-005
采购方式：竞争性磋商

甲方（采购人）：县农业农村局
乙方（成交供应商）：滇南数农信息服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，双方就咖啡园种植管理系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：咖啡园种植管理系统（含种植户档案、地块电子围栏、农事记录、病虫害预警、鲜果收购溯源、移动端App及数据大屏），部署于县政务云的应用服务器、数据库服务器及与之相连的21个咖啡园区气象及土壤墒情监测站。
（二）服务内容：系统日常巡检、故障处理、数据库维护与备份、安全加固与漏洞修复、监测站数据链路保障、功能小幅优化（全年不超过二十个工作日的开发工作量）、用户培训及采收季现场保障。
（三）服务期自2027年1月1日起至2027年12月31日止。乙方应在合同签订后五日内完成人员进场和交接。
（四）交接内容包括系统部署架构、账号权限、数据库结构、历史故障记录、监测站点位及通信方式等。乙方应在进场后十日内完成系统全面体检，提交体检报告和安全隐患清单，经甲方确认后作为本年度运维工作的基线。

第二条 服务人员
（一）乙方安排一名驻场运维工程师，工作日在甲方办公地点提供服务；另设二线技术支持团队不少于三人，提供远程和现场支持。
（二）咖啡采收季（每年11月至次年1月）期间，乙方应增派一名工程师驻守鲜果收购站点，保障收购溯源功能正常运行。
（三）乙方更换驻场人员须提前十日书面征得甲方同意，接任人员能力不得低于原人员。
（四）乙方应于每年3月和8月分两批为乡镇农技人员及合作社信息员开展系统使用培训，每批不少于一天，并编制面向种植户的移动端操作指引。

第三条 服务费用与支付
（一）本合同年度运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包含人工、差旅、备件、工具及税费。
（二）服务费按季度支付：每季度结束且当季考核完成后十五个工作日内，甲方根据考核结果支付当季服务费¥96,500（扣除当季服务扣款后的金额）。
（三）甲方不预付服务费。乙方收款前应开具合法有效的发票。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划停机须提前三个工作日报甲方批准。
（二）故障分级与处理时限：
1. 一级故障（系统整体不可用、数据库故障或收购溯源中断）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（单一功能模块不可用或多个监测站断线）：1小时内响应，次一工作日内解决；
3. 三级故障（一般性问题及咨询）：当日响应，三个工作日内解决。
（三）数据库每日增量备份、每周全量备份，备份数据异地保存，每半年组织一次恢复演练。
（四）巡检要求：驻场工程师每日检查服务器资源、数据库状态及监测站在线率，每周提交巡检周报，每月提交运维月报，内容包括故障统计、处理时效、资源使用趋势及优化建议。
（五）乙方应编制系统故障、数据损坏及网络攻击的应急预案，报甲方备案，并在服务期内至少组织一次联合应急演练。
（六）监测站数据链路中断时，乙方应在两个工作日内到达现场排查；属于设备损坏的，乙方应协助甲方联系原厂维修，维修费用不在本合同范围内。

第五条 服务考核与扣款
（一）甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括可用率、故障处理时效、巡检报告质量和用户满意度。
（二）月度可用率每低于承诺值0.01个百分点，扣减服务费¥600；一级故障每超时一小时扣减¥800，二级故障每超时一小时扣减¥300。
（三）季度考核得分低于七十分的，甲方有权约谈乙方并要求限期整改；连续两个季度低于七十分的，甲方有权解除合同。

第六条 年度验收
（一）服务期满前十五日内，乙方应提交年度运维总结报告、巡检记录、故障处理记录、备份与恢复演练记录、安全加固报告及全部运维文档。
（二）甲方组织年度验收，验收标准为：全年各季度考核均达到合格；系统及全部监测站处于正常运行状态；全年未发生因乙方原因造成的数据丢失或安全事件；运维文档完整并已移交。
（三）验收合格后，甲方出具书面验收意见。未通过验收的，乙方应在十日内整改。
（四）年度验收结论作为乙方履约评价的依据，甲方将按政府采购有关规定记录乙方履约情况。乙方应对验收中发现的问题逐项说明原因和整改措施。

第七条 数据安全
（一）系统中的种植户信息、地块数据、农事记录、收购数据等全部数据属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
（二）乙方应落实网络安全等级保护要求，运维操作通过甲方堡垒机进行并全程审计，不得私自开放远程端口。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
（四）服务期满或合同解除时，乙方应移交全部账号权限，并删除其持有的甲方数据。
（五）乙方处理种植户个人信息，应遵守《中华人民共和国个人信息保护法》，不得超出运维需要查询、导出或使用个人信息，导出数据须经甲方书面批准并登记。

第八条 保密
乙方及其人员对履约过程中知悉的甲方工作秘密、种植户个人信息及系统账号、网络拓扑等信息负有保密义务，不得泄露。乙方应与驻场人员签订保密承诺书。该义务不因合同终止而解除。

第九条 知识产权
乙方在服务期内编写的运维脚本、优化功能的源代码、技术文档和报告，其知识产权归甲方所有。

第十条 违约责任
（一）乙方未按期进场或服务中断的，每逾期一日，按合同总额的千分之一支付违约金。
（二）因乙方原因造成数据丢失或系统长时间中断，给甲方或种植户造成损失的，乙方应予赔偿。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
（四）违约金不足以弥补对方实际损失的，违约方应补足差额。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 合同解除
乙方严重违约，经甲方书面催告后七日内仍未改正的，甲方有权解除合同，并按实际服务期间结算服务费。

第十三条 合同期限
本合同服务期满即终止，不自动续期。下一年度运维服务由甲方依法另行采购。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 甲方义务
（一）甲方应为驻场人员提供必要的办公条件和网络环境，并协调政务云服务商配合故障处理。
（二）甲方应按合同约定及时组织考核和验收，并按期支付服务费。

第十六条 不可抗力
因自然灾害、政务云平台故障等非乙方原因导致系统中断的，乙方不承担违约责任，但应积极配合恢复并做好记录。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：县农业农村局
乙方（盖章）：滇南数农信息服务有限公司
"""

H843Z05 = """# 工序追踪管理软件许可及定制开发合同

**（织梦软件标准合同文本 ZM-HT-2026版）**

合同编号：ZM-2027-0412

甲方（用户）：锦绣坊香包工作室
乙方（开发方）：织梦软件科技有限公司

甲方因生产管理需要，向乙方购买“织梦工序追踪管理软件”使用许可并委托乙方进行定制开发。双方经协商，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供织梦工序追踪管理软件V5.0永久使用许可（5个生产站点，20个用户）。

1.2 乙方根据甲方需求进行定制开发，包括：订单—裁片—刺绣—填充—封口—包装全工序扫码追踪、香料配方批次管理、手工艺人计件工资统计、电商平台订单导入接口、移动端查询。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方签字确认的《需求确认书》为准。需求确认书未列明的功能，不属于本合同范围。

1.5 乙方交付的内容为：软件安装程序及授权文件、用户操作手册、培训课件。软件以目标代码形式交付。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理软件V5.0永久许可 | 96,000 |
| 2 | 定制开发 | 132,000 |
| 3 | 实施部署及培训 | 26,000 |
| | 合计 | 254,000 |

合同总金额为人民币贰拾伍万肆仟元整（¥254,000），含税。上述金额不包含服务器、扫码枪、标签打印机等硬件设备及第三方数据库软件费用，如需乙方代购，另行签订采购合同。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的50%作为预付款，乙方收到预付款后启动项目。

3.2 软件上线运行后五个工作日内，甲方支付合同总金额剩余的50%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知乙方并提供开票资料。

## 第四条 项目实施

4.1 乙方在收到预付款后六十个工作日内完成定制开发及部署上线。因甲方需求变更、资料提供不及时或配合不到位造成的延期，工期相应顺延。

4.2 需求确认书经甲方签字后，甲方再提出的需求变更，乙方有权另行收费。

4.3 甲方应提供必要的场地、网络、服务器及扫码设备，并指定专人配合实施。

4.4 乙方为甲方提供一次集中操作培训，培训对象为甲方管理人员及各工序班长，培训时长一天。甲方新增人员的培训，乙方按每人次收取培训费。

4.5 甲方应保证服务器、网络及扫码终端符合乙方提出的配置要求。因甲方硬件、网络或其他软件原因导致软件不能正常运行的，乙方不承担责任，乙方协助排查产生的费用由甲方承担。

4.6 项目实施期间，乙方每周通过微信工作群向甲方通报开发进度。甲方应在收到乙方提交的需求确认书、界面原型等文件后三个工作日内确认，逾期未确认的，视为甲方同意。

## 第五条 验收

5.1 软件部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用软件的，视为对软件功能的认可，不得再以软件不符合需求为由拒付款项。

## 第六条 售后服务

6.1 自软件上线之日起，乙方提供六个月免费维护服务，内容包括软件缺陷修复和远程技术支持。

6.2 免费维护期内，对于一级故障（系统无法登录或扫码功能全部中断），乙方在接到甲方通知后8小时内响应；其他问题在两个工作日内响应。

6.3 乙方将尽力排除故障，但对故障处理时间、系统中断或由此造成的生产损失不承担扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价格标准支付年度维护费，具体金额以乙方届时报价为准。

6.5 以下情况不属于免费维护范围：甲方擅自修改软件或数据库；甲方操作不当；计算机病毒；硬件故障；甲方要求的新增功能或报表调整。乙方提供上述服务的，按乙方收费标准另行计费。

6.6 乙方对软件进行版本升级的，免费维护期内甲方可免费获得补丁版本，大版本升级需另行购买。

## 第七条 知识产权

7.1 织梦工序追踪管理软件的一切知识产权归乙方所有。

7.2 乙方为本项目定制开发的功能模块、接口程序、报表及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对其进行修改、反编译或提供给第三方使用。乙方不向甲方交付源代码。

7.3 甲方提供的香包款式图、刺绣图样、香料配方等资料的知识产权归甲方所有，乙方仅可为本项目使用。

7.4 乙方保证所提供的软件不侵犯第三方的合法权利。因第三方主张侵权的，由乙方负责交涉处理，但因甲方提供的资料引起的除外。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、配方、工序及计件数据归甲方所有，乙方不得将其用于本合同以外的目的，也不得向第三方提供。

8.2 乙方在部署和维护中应采取账号权限控制、数据库定期备份和传输加密等安全措施，远程维护前须征得甲方同意。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，并赔偿甲方因此遭受的损失。

## 第九条 保密

双方对在合作中获知的对方技术资料、产品配方、客户信息和商业信息负有保密义务，未经对方书面许可不得向第三方披露。双方应督促各自员工遵守本条约定，员工违反本条约定的，由其所在一方承担责任。本条在合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方逾期完成上线的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

10.2 任何情况下，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总金额的20%，且乙方不承担任何间接损失、利润损失或生产停滞损失。

10.3 甲方违反本合同第七条约定，擅自修改、复制或向第三方提供软件的，应立即停止侵权行为，并赔偿乙方因此遭受的全部损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

11.2 甲方已付款项在乙方已开始实施后不予退还，但因乙方严重违约解除合同的除外。

11.3 合同解除后，甲方应停止使用乙方软件及定制功能，并在十日内删除安装的全部程序，甲方的业务数据可在解除后十五日内由乙方协助导出。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、电商平台接口规则变更等非乙方所能控制的原因造成软件不能正常使用或项目延期的，乙方不承担责任。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地有管辖权的人民法院起诉。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

14.3 双方往来通知以电子邮件或微信工作群发送即视为送达。甲方联系人或联系方式变更的，应及时通知乙方，否则乙方按原联系方式发送的通知视为已送达。

甲方（签章）：锦绣坊香包工作室
乙方（签章）：织梦软件科技有限公司
"""

H843E01 = """T:Software Licence and Services Agreement
P:Agreement No. TNJ-GX-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangxi Nanhe Sugar Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongzuo, Guangxi (the "Buyer"), and Tinajón Sistemas Industriales S.A., a company incorporated in the Republic of Cuba with its principal office in Camagüey, Cuba (the "Vendor").
P:The Buyer operates four cane-sugar mills and wishes to acquire a perpetual licence to the Vendor's maintenance management software, together with implementation, configuration and training services. The Vendor has offered to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TinaMant Enterprise maintenance management software, version 7, in object code, including its mobile inspection application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the work-order templates, mill-specific asset hierarchies, reports, interface programs and other materials developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including equipment records, maintenance history, spare-parts data and personnel information.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the complete system under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at all of the Buyer's sites in the People's Republic of China for up to 260 named users and unlimited mobile devices.
P:2.2 The Vendor shall configure the Software for the four mills, build the asset hierarchy for about 9,600 items of equipment, migrate the maintenance history held in the Buyer's spreadsheets and legacy database, develop interfaces with the Buyer's ERP purchasing and inventory modules and with the distributed control system alarm historian, and train the Buyer's users.
P:2.3 The Vendor shall complete all services within 150 days after the Effective Date. The implementation shall be scheduled so that go-live at each mill takes place before the start of the crushing season.
P:2.4 Training shall consist of two administrator courses of three days each, one course for maintenance planners at each mill, and on-site coaching for technicians during the first two weeks after go-live at each mill. Training materials shall be supplied in Chinese and may be copied freely by the Buyer for internal use.
P:2.5 The Vendor shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost for all meetings, training sessions and on-site work.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,630,000, made up of: Software licence fee CNY 1,180,000; implementation, configuration, data migration and interface services CNY 396,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation, remote support and warranty services. No other charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after the Effective Date against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software has been installed at all four mills and passed the initial acceptance tests.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan within 30 days after the Effective Date. The plan takes effect when approved by the Buyer in writing.
P:5.2 Final Acceptance requires that: (a) every function listed in the functional specification passes its test case; (b) migrated maintenance history reconciles with the source records by count and by value of spare parts; (c) ERP and alarm-historian interfaces run for 20 consecutive days without data loss; (d) the mobile application synchronises work orders within 10 seconds under normal network conditions; and (e) no Severity 1 defect occurs during a 30-day trial run.
P:5.3 The Buyer shall issue a Final Acceptance certificate within ten days after all criteria are met, or state in writing which criteria are not met. Installation, go-live, productive use or any payment shall not by itself constitute acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Final Acceptance by the date in Article 2.3 for reasons attributable to the Vendor, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Severity 1 incidents (the Software is unavailable at a mill, or work orders cannot be created) shall be responded to within 1 hour and worked on continuously until resolved or a workaround is in place. Severity 2 incidents shall be responded to within 3 hours during business hours.
P:7.3 For each full hour by which the Vendor misses a response time, the Vendor shall credit CNY 1,000 against the next amount payable by the Buyer.
P:7.4 After the Warranty Period, the Vendor shall provide annual support at a fee of 11% of the Software licence fee (CNY 129,800 per year). This fee is fixed for the first three years after the Warranty Period. Each support year requires a separate purchase order from the Buyer; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and only with the Buyer's approval for each session. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall apply the security controls described in the Buyer's IT security policy and comply with applicable PRC laws on data and personal information.
P:9.3 The Vendor shall notify the Buyer within 8 hours after becoming aware of any unauthorised access to, or loss of, Buyer Data, cooperate in the investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This Article survives termination for five years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:13.2 On termination by the Buyer under Article 13.1, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Custom Deliverables.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Cuba.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by the Court of International Commercial Arbitration attached to the Chamber of Commerce of the Republic of Cuba, seated in Havana, in accordance with its rules. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, its annexes and the approved acceptance test plan form the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
P:15.3 Notices shall be given in writing in English or Chinese to the addresses stated on the signature page, and are effective on receipt. Email notices are effective when the recipient confirms receipt.
P:Annex 1: Functional specification. Annex 2: Implementation schedule. Annex 3: Severity definitions.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H843E02 = """# Order Form and General Terms — RutaFría Route Planning Service

Order Form No. RF-CN-2027-0193

## Part A — Order Form

### A1. Parties

**Provider:** RutaFría Logística Digital S.R.L., a company organised under the laws of the Dominican Republic, with its office at Avenida Enriquillo, Barahona, Dominican Republic ("Provider").

**Customer:** Zhongyuan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhengzhou, Henan ("Customer").

### A2. Service and Subscription Term

Provider will provide its RutaFría cloud route-planning and temperature-tracking service (the "Service") for Customer's refrigerated fleet, covering up to 420 vehicles, 60 dispatcher accounts and the driver mobile application. The Initial Subscription Term is 24 months, starting on the Go-Live Date defined in A5.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 vehicles, 60 dispatchers | 268,000 |
| Subscription fee, Subscription Year 2 | 420 vehicles, 60 dispatchers | 268,000 |
| Onboarding (configuration, telematics integration, WMS interface, training) | one-time | 34,000 |
| **Total Order Value** | | **570,000** |

Additional vehicles may be added at CNY 640 per vehicle per Subscription Year, pro-rated by month. Additional vehicles are not included in the Total Order Value. All fees include VAT.

### A4. Invoicing and Payment

Each Subscription Year's fee is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice date. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days after the invoice date. No other amount is payable in advance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within 60 days after the date this Order Form is signed by both parties. Onboarding includes importing Customer's depot, customer-site and vehicle master data, integrating the temperature loggers and telematics boxes already installed in Customer's vehicles, building the interface with Customer's warehouse management system, configuring route rules, and training dispatchers and drivers.

(b) Go-Live Acceptance tests are: route plans generated for a full day of orders from three depots within 5 minutes; temperature readings of all integrated vehicles shown on the dispatcher map with a delay of less than 2 minutes; warehouse orders transferred to the Service and delivery confirmations returned without loss over ten consecutive working days; and all test cases in the agreed test list passed. Customer shall sign a Go-Live Acceptance certificate within five working days after the tests are passed. The "Go-Live Date" is the date of that certificate. Use of the Service in production before that date is not acceptance.

(c) If Go-Live Acceptance is not achieved within the period in A5(a) for reasons attributable to Provider, Provider shall pay Customer CNY 450 for each day of delay, and Customer may terminate this Order Form if the delay exceeds 45 days.

### A6. Renewal

At the end of the Initial Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Provider may increase the subscription fee for any renewal term by up to 8% over the fee for the preceding Subscription Year by notice given at least 75 days before the renewal date.

Signed for Provider: ____________________  Signed for Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including vehicle positions, temperature records, orders, delivery addresses, consignee names and driver information, and all outputs generated from such data for Customer.

1.2 "Customer Configurations" means route rules, depot models, report layouts, the warehouse interface mapping and other configurations created for Customer during onboarding or the Subscription Term.

1.3 "Subscription Year" means each successive period of one year starting on the Go-Live Date or an anniversary of it.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer shall keep its account credentials secure and is responsible for the acts of its authorised users.

2.3 Customer shall not resell the Service, attempt to reverse engineer it, use it to build a competing product, or upload material that is unlawful or infringes third-party rights. Provider may suspend an individual user account that is being used in breach of this Section after notifying Customer, but only to the extent needed to stop the breach.

2.4 The driver mobile application may be installed on devices owned by Customer or by its drivers. Customer is responsible for obtaining any consent of drivers required by applicable law for location tracking during working hours.

### 3. Service Operation and Support

3.1 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's main dispatch hours where practicable.

3.2 Support is provided by email and through the support portal during Provider's business hours. Provider will address support requests in the order it considers appropriate, taking account of their impact on Customer's operations.

3.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including analytics or product development, or disclose it to any third party.

4.2 Customer Data shall be stored and processed only in data centres located in the People's Republic of China operated by a cloud provider holding an MLPS level-3 filing.

4.3 Provider shall maintain administrative, technical and physical safeguards that protect Customer Data against unauthorised access, loss or alteration, including encryption in transit and at rest, role-based access, logging of administrative access and annual penetration tests. Provider shall notify Customer within two calendar days after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and indemnify Customer for losses caused by Provider's failure to comply with this Section.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 4A. Fees and Taxes

4A.1 Fees are stated in CNY and include VAT at the applicable rate. Provider shall issue valid VAT invoices (fapiao) through its appointed agent in the People's Republic of China.

4A.2 Customer may withhold any amount disputed in good faith while the parties resolve the dispute, and shall pay the undisputed remainder on time.

### 5. Intellectual Property

5.1 Provider owns the Service and all its underlying software.

5.2 Customer owns the Customer Configurations. Provider shall export them to Customer on request, and Customer may use, modify and license them to any third party without restriction.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement, and not disclose it to third parties except to its personnel and advisers who need to know it. These obligations continue for three years after the end of the Subscription Term.

### 7. Subcontracting

Provider shall not subcontract any of its obligations, other than the hosting of the Service by the cloud provider named in the Order Form, without Customer's prior written consent.

### 8. Liability

8.1 Each party's total aggregate liability under this agreement is limited to 150% of the Total Order Value.

8.2 The limit in 8.1 does not apply to breach of Section 4 or Section 6, infringement of intellectual property rights, or wilful misconduct.

### 9. Term and Termination

9.1 This agreement continues for the Subscription Term, including any renewal term.

9.2 Either party may terminate this agreement by written notice if the other party commits a material breach that is not cured within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the Subscription Year.

9.3 On termination, Section 4.4 applies.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### 11. General

11.1 This Order Form and these General Terms are the entire agreement between the parties regarding the Service. If they conflict, the Order Form prevails.

11.2 Neither party may assign this agreement without the other party's written consent.

11.3 Notices shall be in writing and sent to the addresses in A1.

11.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and resumes performance as soon as possible. Failures of Provider's hosting provider or subcontractors are not such events.

11.5 Any change to the scope of this Order Form, including the number of vehicles or dispatcher accounts, requires a written change order signed by both parties, except additional vehicles ordered at the unit price stated in A3.
"""

H843E03 = """T:Supply and Licence Contract for Pond Water-Quality Monitoring System
P:Contract No. ZJHY-PUR-2027-026
P:Buyer: Zhanjiang Haiyue Aquaculture Co., Ltd., Zhanjiang, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Hellshire AquaSense Limited, Portmore, St. Catherine, Jamaica (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms. The Supplier shall supply water-quality sensor nodes, gateways and a perpetual licence for its monitoring software for the Buyer's shrimp ponds in Suixi County, and shall install, configure and commission them and train the Buyer's staff, on the following terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor nodes, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the Supplier's AquaSense Monitor software, including its server components, web console and mobile application, licensed under clause 2.3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's 86 ponds, two hatchery buildings and the farm control room in Suixi County.
P:1.5 "Final Acceptance" means the Buyer's signed final acceptance certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 120 multi-parameter sensor nodes measuring dissolved oxygen, pH, temperature, salinity and ammonia, 24 LoRa gateways with solar power kits, and the mounting hardware needed for floating and fixed installation.
P:2.2 The Supplier shall install the Equipment, configure the Software on servers provided by the Buyer in the farm control room, integrate the System with the Buyer's aerator control cabinets so that low-oxygen alarms can switch aerators on automatically, and train the Buyer's staff.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for the Buyer's aquaculture operations in the People's Republic of China, with unlimited users.
P:2.4 Delivery to the Site shall take place within 75 days after signature of this Contract, and installation and commissioning shall be completed within 30 days after delivery.
P:2.5 The Supplier shall deliver, in Chinese and English, an installation drawing for every pond, the as-built network layout, operation and maintenance manuals, a calibration procedure for each sensor type, the Software installation media and licence keys, and training materials.
P:2.6 The Supplier shall appoint a project manager as the Buyer's single point of contact and submit a weekly progress report during delivery and installation. Work at the ponds shall be scheduled with the Buyer's farm manager so that stocking, feeding and harvesting are not disturbed.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,336,000, inclusive of all taxes, duties, freight, insurance, installation and training, as set out in the price table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor node|120|4,600|552,000
TB:2|LoRa gateway with solar kit|24|9,500|228,000
TB:3|AquaSense Monitor software, perpetual licence|1|386,000|386,000
TB:|Equipment and licence subtotal|||1,166,000
TB:4|Installation, aerator integration and commissioning|1|142,000|142,000
TB:5|Training|1|28,000|28,000
TB:|Total Contract Price|||1,336,000
P:3.2 The Contract Price is fixed for the duration of this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 days after signature, against an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:5. Delay
P:5.1 If the Supplier fails to complete delivery or commissioning by the dates in clause 2.4, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 days.
P:6.2 Final Acceptance criteria: (a) all 120 nodes and 24 gateways online, with readings from at least 98% of nodes received every 5 minutes; (b) dissolved-oxygen readings within 0.3 mg/L and pH within 0.1 of the Buyer's calibrated reference meter in a sample test of 20 nodes; (c) low-oxygen alarms delivered to the mobile application and acted on by the aerator cabinets within 60 seconds in a test at ten ponds; (d) no Severity 1 fault during the trial period; and (e) all documentation delivered.
P:6.3 The parties shall jointly perform the tests and sign the Final Acceptance certificate when all criteria are met. Use of the System during the trial period is not acceptance.
P:6.4 If any criterion is not met, the Supplier shall correct the cause within 10 days at its own cost and the tests concerned shall be repeated. If the System fails the repeated tests, the Buyer may reject it and terminate this Contract under clause 13.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply updates, and replace sensor membranes and electrolyte as consumables free of charge.
P:7.2 Severity 1 faults (the Software is unavailable, or more than ten nodes are offline, or aerator control fails) shall be responded to within 2 hours, remotely or on site, and resolved within 8 hours; Severity 2 faults shall be responded to within one business day. The Supplier shall keep a stock of spare nodes and one spare gateway at the Site.
P:7.3 The monitoring server software shall achieve monthly availability of 99.95%, excluding planned maintenance agreed with the Buyer.
P:7.4 For each hour by which a response or resolution time is exceeded, the Supplier shall pay the Buyer CNY 800, and for each 0.01 percentage point of availability below the commitment, CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:7.5 After the warranty period, the Supplier shall offer annual support at 9% of the equipment and licence subtotal (CNY 104,940 per year), fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.6 The Supplier shall ensure that spare parts and replacement sensors for the Equipment remain available for at least seven years after Final Acceptance, and shall give the Buyer at least six months' notice of any end-of-life announcement.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The aerator integration programs, pond configuration files, alarm rules and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
H:9. Data Security and Ownership
P:9.1 All data collected by the System, including water-quality readings, alarms and pond records, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not disclose it or use it for any other purpose.
P:9.2 The System shall be hosted on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN with logging. The Supplier shall follow the Buyer's information security rules and applicable PRC law.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 6 hours, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including farm layouts, production volumes and feeding practices, and shall not disclose it without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:13.2 On such termination, the Supplier shall refund all amounts paid for Equipment or services not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Title to the Equipment passes to the Buyer on delivery to the Site; risk passes on Final Acceptance.
P:15.3 Neither party is liable for delay caused by force majeure, such as typhoons or flooding at the Site, if it notifies the other party promptly and takes reasonable steps to limit the delay.
P:15.4 Any amendment to this Contract must be in writing and signed by both parties.
P:Annex 1: Technical specification. Annex 2: Acceptance test plan. Annex 3: Severity definitions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H843E04 = """# Managed IT Services Agreement

Agreement No. HF-MSA-2027-011

**Customer:** Shaoxing Huafang Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang, People's Republic of China ("Customer").

**Provider:** Mayabe Servicios Informáticos S.A., Holguín, Republic of Cuba ("Provider").

Customer operates two printing and dyeing plants and a sales office with about 1,200 computer users. Customer wishes to outsource its IT service desk, end-user support and infrastructure monitoring to Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses or processes in performing the Services, including tickets, logs, user directory data and any files on Customer's systems.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The Services shall be provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 Provider shall carry out the transition within 60 days after signature: take over the service desk from Customer's current supplier, document all assets and configurations, deploy its monitoring agents and ticketing tools, and train its staff on Customer's applications.

3.2 Transition acceptance criteria: (a) all in-scope assets recorded in the configuration database and reconciled with Customer's asset register; (b) monitoring active for every server, core switch, firewall and the two plant wireless controllers; (c) service desk reachable by telephone, e-mail and the self-service portal in Chinese; (d) a 14-day parallel run in which Provider handles all tickets and meets the Service Levels; and (e) the service manual approved by Customer.

3.3 Customer shall sign the transition acceptance certificate within five working days after all criteria are met, or list the criteria not met.

3.4 If transition is not completed within the period in 3.1, Provider shall continue the transition work and keep Customer informed of progress. Monthly Charges are payable only from the Service Commencement Date.

## Section 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall provide one on-site engineer at each plant on working days, and remote service desk and monitoring at all times through its service centre staffed by Chinese-speaking analysts.

4.3 If a Service Level is missed in a month, Customer is entitled to the service credit set out in Schedule 2, which Provider shall deduct from the next invoice. Service credits for a month shall not exceed 20% of the Monthly Charge for that month.

4.4 Provider shall deliver a monthly service report showing Service Level performance, ticket statistics, major incidents and improvement actions, and attend a monthly service review with Customer.

4.5 Provider shall name a service delivery manager and a technical lead, who shall not be replaced during the first year of the Service Term without Customer's consent except for illness or resignation. Replacement staff shall have equivalent qualifications and experience.

4.6 Provider shall maintain a continuous improvement plan, review it with Customer every quarter, and propose measures to reduce repeat incidents and ticket volumes.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges include all taxes, travel, tools and licences needed by Provider to deliver the Services.

5.2 The transition charge is invoiced after the Service Commencement Date. Monthly Charges are invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days after receipt. No advance payment is due.

5.3 The Charges are fixed for the Service Term. Additional work outside the scope of Schedule 1 requires a written change order at the rates agreed in it.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process it only on Customer's instructions and only to perform the Services, and shall not use it for any other purpose or disclose it to any third party.

6.2 Provider shall access Customer's systems only through Customer's privileged access management system, using named accounts with multi-factor authentication. Customer Data shall remain on Customer's systems in China and shall not be copied to Provider's systems outside China. Provider shall comply with Customer's security policies and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data or Customer's systems within 2 hours, assist Customer in containment and investigation, and indemnify Customer for losses resulting from Provider's breach of this Section.

6.4 Provider's staff with access to Customer's systems shall be individually named, vetted and trained in Customer's security policies before access is granted. Customer may audit Provider's compliance with this Section once a year on reasonable notice.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives for five years after termination.

## Section 8. Intellectual Property

8.1 Provider retains its tools, methods and monitoring software.

8.2 Scripts, runbooks, configuration records, knowledge articles and reports created for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including after the end of this Agreement.

## Section 9. Subcontracting and Personnel

9.1 Provider may subcontract any part of the Services to its affiliates or to third-party service companies, including local field-service companies in Zhejiang, by giving Customer written notice at least 10 days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

9.2 Provider's on-site engineers shall comply with Customer's plant safety rules. Customer may require the replacement of any individual who breaches those rules.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges under Schedule 3. The limit does not apply to breach of Sections 6 or 7, personal injury or wilful misconduct.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days, transfer all knowledge articles, runbooks and configuration records, return all Customer Data and revoke its access.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 13. General

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it promptly notifies the other party and uses reasonable efforts to continue performance. Provider shall maintain a business continuity plan for its service centre and test it at least once a year.

13.2 Notices shall be in writing and delivered to the addresses stated above, or by e-mail with confirmation of receipt.

13.3 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter. In case of conflict, the Sections prevail over the Schedules.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident and request handling for about 1,200 users in Chinese and English | Around the clock, every day |
| End-user support | Desktop, laptop, printer and mobile device support at both plants and the sales office | Working days on site; remote at other times |
| Infrastructure monitoring | 64 servers, 18 core switches, 4 firewalls, 2 wireless controllers, backup jobs | Around the clock, every day |
| Patch and antivirus management | Monthly patching of servers and end-user devices, antivirus updates and reports | Scheduled maintenance windows |
| Asset and configuration management | Maintain the configuration database and asset register | Working days |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution target | Service credit per missed incident |
|---|---|---|---|---|
| P1 | Production systems at a plant stopped, or a core network or server failure | 30 minutes | 6 hours | CNY 2,000 |
| P2 | A department or critical application affected | 1 hour | 8 hours | CNY 800 |
| P3 | A single user affected | 2 hours | 2 working days | CNY 100 |
| Service desk | Calls answered within 60 seconds, monthly average | — | — | CNY 1,500 per month missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Service Commencement | 96,000 |
| Monthly Charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Charges** | | **2,184,000** |
"""

H843E05 = """COCOA ORIGIN DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CMX-SZ-2027-07

BETWEEN

Cibao Cacao Data S.R.L., a company organised under the laws of the Dominican Republic, with its principal office in San Francisco de Macorís, Duarte Province, Dominican Republic ("Provider"); and

Suzhou Kekou Food Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou, Jiangsu ("Customer").

BACKGROUND

Provider collects and publishes data on cocoa bean origins, farm-gate and export prices, crop forecasts, fermentation quality grades and certification status from producing regions in the Caribbean, Latin America and West Africa. Customer manufactures chocolate products and wishes to use this data in its purchasing and quality systems through Provider's application programming interface (API) over two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A, as updated by Provider from time to time.

1.2 "API" means Provider's REST interface through which the Data is delivered, together with its documentation.

1.3 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Integration Acceptance Date.

1.4 "Customer Data" means all data that Customer submits to the API or the portal, including purchase volumes, supplier lists, contract positions and query histories.

1.5 "Integration Acceptance Date" means the date of the certificate signed under clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data through the API and the web portal, to store the Data in Customer's internal systems, and to use it for Customer's internal purchasing, risk management, product labelling and quality purposes.

2.2 Customer may allow up to 40 named portal users and three production API keys. Customer may share extracts of the Data with its auditors and certification bodies but shall not resell the Data.

2.3 The "Subscription Term" is the two Subscription Years. The agreement expires at the end of the second Subscription Year. Any further subscription requires a new written agreement; nothing in this agreement renews automatically.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee for Subscription Year 1: CNY 186,000;
(b) Subscription fee for Subscription Year 2: CNY 186,000;
(c) One-time integration service fee: CNY 22,000.
The total contract value is CNY 394,000, inclusive of VAT.

3.2 Each subscription fee is invoiced at the start of the relevant Subscription Year and payable within 30 days. The integration service fee is invoiced after the Integration Acceptance Date and payable within 30 days. No amount is payable before the Integration Acceptance Date.

3.3 API calls above the monthly allowance in Schedule A are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such usage charges are not part of the total contract value.

4. INTEGRATION SERVICES AND ACCEPTANCE

4.1 Provider shall, within 40 days after signature, connect the API to Customer's purchasing system and quality laboratory system, map Provider's origin and grade codes to Customer's material master, and train Customer's buyers and quality staff.

4.2 Integration acceptance tests are: (a) daily price and crop data loaded automatically into Customer's purchasing system for ten consecutive working days without error; (b) origin and certification records for all of Customer's current cocoa suppliers retrievable by supplier code; (c) API response time below 800 milliseconds for 95% of calls in a test of 10,000 calls; and (d) all data fields in Schedule A present and documented.

4.3 Customer shall sign an integration acceptance certificate within five working days after all tests are passed. Use of the Data before that date is not acceptance.

4.4 If Provider fails to achieve integration acceptance within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay. If the delay exceeds 30 days, Customer may terminate this agreement without liability.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Severity 1 incidents (the API or portal unavailable, or the daily data update not delivered) shall be responded to within 1 hour, at any time, and resolved within 6 hours. Severity 2 incidents (a dataset incomplete or delayed) shall be responded to within 3 hours during business hours.

5.3 Data updates: prices and market indicators shall be updated every business day by 09:00 Beijing time; crop forecasts and certification data at least weekly.

5.4 If a service level in this clause is missed, Provider shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of availability below the commitment, and CNY 600 for each late response or each day on which the daily update is late. Credits are deducted from the next invoice.

5.5 Provider shall provide support by telephone, e-mail and a ticket portal in English and Chinese, and shall name an account manager who meets Customer's purchasing team by video conference at least once a quarter to review data quality, open tickets and planned changes to the datasets.

5.6 Provider shall give Customer at least 90 days' notice of any change to the API that is not backward compatible, and shall keep the previous API version available during that period.

5A. CUSTOMER OBLIGATIONS

5A.1 Customer shall keep its API keys and portal passwords secret, shall ensure that only its named users access the portal, and shall notify Provider without delay if it suspects that a key has been compromised, so that Provider can revoke it.

5A.2 Customer shall provide Provider with access to test environments of its purchasing and laboratory systems and make its IT staff available during integration.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the portal to Customer and shall not use it for any other purpose or make it available to any third party.

6.2 At the end of the Subscription Term, Provider shall, at Customer's choice, return or delete all Customer Data within 30 days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's confidential information, including the terms of this agreement, Customer's purchasing volumes, supplier relationships and pricing, and Provider's unpublished methodology. Neither party shall disclose such information to third parties without the other party's prior written consent, except to employees and professional advisers who need to know it and are bound by similar obligations.

7.2 This clause continues to apply for three years after the end of the Subscription Term.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data, the API and the portal.

8.2 Reports, dashboards, analyses and models created by or for Customer using the Data, including the code-mapping tables developed during integration, belong to Customer. Customer may use, modify and license them freely, including after the end of the Subscription Term, provided that they do not reproduce substantial parts of the raw Data.

9. WARRANTIES

9.1 Provider warrants that it has the rights needed to license the Data, that the Data is collected with reasonable skill and care from the sources described in Schedule A, and that errors reported by Customer will be investigated and corrected within five business days.

10. LIABILITY

10.1 Provider's total liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed the total fees paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit arising from purchasing decisions.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any of its obligations under this agreement without Customer's prior written consent, other than data collection by its field correspondents in producing countries.

11.2 Neither party may assign this agreement without the other party's written consent.

12. TERMINATION

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fee for the unused part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules.

14. GENERAL

14.1 This agreement, including Schedule A, is the entire agreement of the parties.

14.2 Amendments require a written document signed by both parties.

14.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, including hurricanes, floods or civil unrest in producing regions, provided that it notifies the other party promptly. If the daily update is interrupted by such an event for more than 15 consecutive days, Customer may terminate this agreement and receive a refund of the unused subscription fee.

14.4 Notices shall be given in writing to the addresses stated above, or by e-mail to the contacts named by each party.

SCHEDULE A - DATA AND ALLOWANCES

Datasets: daily farm-gate and export prices for 14 origins; weekly crop forecasts; fermentation and cut-test quality grades by cooperative; certification status (organic, Fairtrade, Rainforest Alliance) by cooperative; shipment volumes by port. Monthly API allowance: 300,000 calls.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks

FILES = {
    "h843z01": ("h843z01_wetland_crane_monitoring_platform.pdf", "zh", H843Z01),
    "h843z02": ("h843z02_switch_panel_line_control_retrofit.docx", "zh", H843Z02),
    "h843z03": ("h843z03_sanxian_school_booking_membership_saas.txt", "zh", H843Z03),
    "h843z04": ("h843z04_coffee_plantation_system_annual_om.txt", "zh", H843Z04),
    "h843z05": ("h843z05_sachet_studio_process_tracking_supplier_template.md", "zh", H843Z05),
    "h843e01": ("h843e01_sugar_mill_cmms_perpetual_licence_cuba_vendor.pdf", "en", H843E01),
    "h843e02": ("h843e02_cold_chain_route_planning_saas_order_form.md", "en", H843E02),
    "h843e03": ("h843e03_shrimp_pond_water_quality_sensors_licence.docx", "en", H843E03),
    "h843e04": ("h843e04_textile_managed_it_services_36_months.md", "en", H843E04),
    "h843e05": ("h843e05_cocoa_origin_data_api_subscription.txt", "en", H843E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"

# key: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), TCO inputs (base, warranty
# months, fee pct) or None, forum outside mainland China, design rules
LABELS = {
    "h843z01": ("software",
                T(99.95, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 10, False, True,
                  True, "PRC", G),
                (True, True, True, False, 1468000), (620000, 24, 10), False,
                ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h843z02": ("hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, False,
                  False, "PRC", G),
                (True, True, True, False, 2360000), (2094000, 18, 26), False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
    "h843z03": ("cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
                (True, True, None, False, 482000), None, False,
                ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h843z04": ("services",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
                (True, True, None, False, 386000), None, False,
                []),
    "h843z05": ("software",
                T(None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, None, False, True,
                  None, None, G),
                (True, True, False, True, 254000), None, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h843e01": ("software",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                  False, "Cuba", G),
                (True, True, True, False, 1630000), (1180000, 18, 11), True,
                ["CR-GOVERNING-LAW"]),
    "h843e02": ("cloud",
                T(None, None, False, "buyer", True, True, True, 450 / 570000 * 100, 150, None, True, None, None,
                  None, True, True, False, "PRC", S),
                (False, True, None, False, 570000), None, False,
                ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h843e03": ("hardware",
                T(99.95, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                  False, "PRC", G),
                (True, True, True, False, 1336000), (1166000, 24, 9), False,
                []),
    "h843e04": ("services",
                T(None, 0.5, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                  True, "PRC", S),
                (True, False, None, False, 2184000), None, False,
                ["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "h843e05": ("cloud",
                T(99.95, 1, True, "buyer", False, True, True, 500 / 394000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                (True, True, None, False, 394000), None, False,
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (§3) and the label values they apply to
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT = 40


def tco_share(value, tco_in):
    base, warranty_months, pct = tco_in
    years = max(0.0, 5 - warranty_months / 12)
    fees = years * base * pct / 100
    return fees / (value + fees) * 100, value + fees


def derive(terms, extra, tco_in, forum_outside):
    """My reading of policy §3 applied to a label."""
    sla_clause, ld_stated, capped, deemed, value = extra
    r = set()
    if not sla_clause:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla_clause and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or deemed or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == G:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if terms["post_warranty_fee_pct"] is None or not capped or terms["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco_in is not None and tco_share(value, tco_in)[0] > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---- threshold figures in text: patterns with their self-tests
NUM_L = r"(?<![\d.,])"
PATTERNS = [
    NUM_L + r"99\.9(?!\d)",
    NUM_L + r"4\s*(?:-\s*)?(?:hours?|hrs?|h)(?![a-z])", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?", r"(?<![十\d])[4四]\s*个?\s*小时",
    NUM_L + r"0\.050*(?!\d)", r"万分之五(?![十点])", r"千分之零点五", r"\bfive\s+hundredths",
    NUM_L + r"100\s*(?:%|％|per\s*cent|percent)", r"\bone\s+hundred\s+per\s*cent", r"百分之(?:一)?百(?![分])",
    NUM_L + r"30\s*(?:%|％|per\s*cent|percent)", r"\bthirty\s+per\s*cent", r"百分之三十(?![一二三四五六七八九点])", r"三成",
    NUM_L + r"15\s*(?:%|％|per\s*cent|percent)", r"\bfifteen\s+per\s*cent", r"百分之十五(?![点])",
    NUM_L + r"40\s*(?:%|％|per\s*cent|percent)", r"\bforty\s+per\s*cent", r"百分之四十(?![一二三四五六七八九点])",
    NUM_L + r"12\s*(?:-\s*)?(?:months?|个\s*月)", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![一二三四五六七八九])十二个月", r"\b(?:one|1)[-\s]*year\s+warranty", r"质保期?(?:为)?(?:一|1)年", r"一年质保",
]
MUST_HIT = ["99.9%", "availability 99.9 %", "within 4 hours", "4-hour response", "four hours", "4小时", "四小时",
            "四个小时", "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %",
            "thirty per cent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months", "12-month",
            "twelve (12) months", "十二个月", "12个月", "one-year warranty", "质保期一年", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14 hours", "0.055%", "0.5%", "万分之五十", "200%",
             "130%", "315%", "45%", "35%", "百分之三十五", "115%", "1.5%", "140%", "百分之四十五", "18 months",
             "112 months", "二十二个月", "30 days", "15 days", "40 days", "Article 12", "1,100", "2027年12月31日"]


def threshold_hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, re.I)]


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("pattern misses", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("pattern hits", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_threshold_values(key, terms, extra, tco_in):
    for k, v in THRESHOLDS.items():
        assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k, terms[k])
    if tco_in is not None:
        share = tco_share(extra[4], tco_in)[0]
        assert abs(share - TCO_LIMIT) > 2, (key, "TCO share near threshold", share)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    # price sums
    assert 620000 + 596000 + 164000 + 88000 == 1468000
    assert 576000 + 102000 + 300000 + 464000 + 120000 + 532000 == 2094000 and 2094000 + 198000 + 68000 == 2360000
    assert 96000 * 6 == 576000 and 8500 * 12 == 102000 and 6250 * 48 == 300000 and 58000 * 8 == 464000
    assert 7500 * 16 == 120000 and 2094000 * 26 // 100 == 544440
    assert 30 * 6800 == 204000 and 2 * 204000 + 56000 + 18000 == 482000
    assert 4 * 96500 == 386000
    assert 96000 + 132000 + 26000 == 254000
    assert 1180000 + 396000 + 54000 == 1630000 and 1180000 * 11 // 100 == 129800
    assert 2 * 268000 + 34000 == 570000
    assert 120 * 4600 == 552000 and 24 * 9500 == 228000 and 552000 + 228000 + 386000 == 1166000
    assert 1166000 + 142000 + 28000 == 1336000 and 1166000 * 9 // 100 == 104940
    assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
    assert 2 * 186000 + 22000 == 394000
    for a, b, c in [(20, 45, 35), (50, 50, 0), (10, 55, 35)]:
        assert a + b + c == 100

    docpdf_src, docpdf_tgt = {}, {}
    for key, (name, lang, src) in FILES.items():
        path = OUT / name
        if path.suffix in (".docx", ".pdf"):
            docpdf_src[key] = src
            docpdf_tgt[key] = (name, path.suffix[1:])
        else:
            path.write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    write(docpdf_src, docpdf_tgt, OUT, wrap_words=True)

    covered = set()
    report = []
    for key, (name, lang, src) in FILES.items():
        category, terms, extra, tco_in, forum_outside, design = LABELS[key]
        path = OUT / name
        text = read_back(path)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, "length", n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text), src):
            hits = threshold_hits(variant)
            assert not hits, (name, "threshold figure in text", hits)
        check_threshold_values(key, terms, extra, tco_in)
        rules = derive(terms, extra, tco_in, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        sla_clause, ld_stated, capped, deemed, value = extra
        ex = {"sla_clause": sla_clause, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": ex, "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        share = "" if tco_in is None else " TCO %.2f %% of %.0f" % tco_share(value, tco_in)
        report.append("%s %s len=%d risk=%s rules=%s%s" % (key, path.suffix, n, risk(rules), ",".join(rules), share))
    missing = set(ALL_RULES) - covered
    assert not missing, ("rules never fired", missing)
    # the mix
    risks = {k: risk(derive(*LABELS[k][1:5])) for k in LABELS}
    assert [k for k in LABELS if not LABELS[k][5]] == ["h843z04", "h843e03"]
    assert LABELS["h843e01"][5] == ["CR-GOVERNING-LAW"] and risks["h843e01"] == "low"
    assert 8 <= len(LABELS["h843z05"][5]) <= 10
    for line in report:
        print(line)


if __name__ == "__main__":
    main()
