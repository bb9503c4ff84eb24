"""Builds the blind held-out set holdout719 (ten ordinary draft contracts) from the sources below, writes the .json
labels and asserts the checks of the brief: lengths as read back, no threshold figure in any text or label, the
expected rules derived from the labels (own reading of policy section 3) against the design list, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (imports ../word_pdf.py for .docx and .pdf)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H719Z01 = """
T:临江市人才公寓配租管理平台建设项目合同
P:采购项目编号：LJCG-2026-0317　合同编号：LJRC-2026-021
P:甲方（采购人）：临江市人才公寓管理中心
P:乙方（供应商）：临江数智软件有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就人才公寓配租管理平台（以下简称“平台”）的软件许可、定制开发与实施事宜，经平等协商，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供人才公寓配租管理平台软件V3.0的永久使用许可，授权范围为甲方及其下属各公寓项目，不限用户数和服务器数量。
P:1.2 乙方按甲方确认的需求规格说明书完成定制开发，包括：人才资格在线申报与多部门联审、房源及租赁合同管理、线上选房与公开摇号、租金及租房补贴结算、与市人社和住房公积金系统的数据接口、移动端小程序。
P:1.3 乙方负责历史配租数据迁移、系统部署、联调测试、上线保障及操作培训，并提交完整的技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾叁万捌仟元整（¥1,338,000），含税，为固定总价。
P:2.2 分项价格：平台软件许可费¥720,000；定制开发费¥486,000；数据迁移费¥74,000；实施及培训费¥58,000。
P:2.3 合同总价已包含乙方完成本合同所需的人工、差旅、第三方组件及税费，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额合规发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥267,600。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥602,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥468,300。
P:3.4 甲方按财政资金支付程序办理付款，乙方应在每次付款前开具等额发票。
H:第四条 实施进度与人员
P:4.1 乙方应在合同签订后九十日内完成部署、数据迁移并提请初验，在初验合格后六十日内完成试运行并提请最终验收。
P:4.2 乙方应指派具有同类项目经验的项目经理和不少于五名实施人员，未经甲方书面同意不得更换项目经理。实施人员应在甲方指定地点集中办公，遵守甲方的考勤和安全管理规定。
P:4.3 甲方负责提供机房环境、网络条件和必要的业务资料，并指定专人协调各部门配合。
P:4.4 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划；发生可能影响工期的情形时，应及时书面告知甲方。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；迁移数据经逐条比对无差错；与人社、公积金系统的接口连续十个工作日运行无差错；在一千名用户并发访问时，常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行满六十日且未发生一级故障；通过甲方委托的第三方安全测评；乙方提交全部技术文档、源代码、数据字典及操作手册。
P:5.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收以甲方签署的书面验收报告为准，验收不合格的，乙方应在十五日内整改后重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供维护、版本升级、安全补丁和故障处理。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥64,800，该标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内因配租政策调整需要对平台做小幅配置修改的，乙方应予配合，不另收费；涉及新增功能的，双方另行协商。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日书面通知甲方并安排在夜间进行）。
P:7.2 一级故障（平台无法访问或配租、结算功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；一般问题在三个工作日内解决。
P:7.3 乙方未达到上述响应时限的，每超时1小时扣减维护保证金800元；月可用率每低于约定值0.01个百分点，扣减1,500元。扣减金额由甲方在应付款项中直接抵扣。
H:第八条 数据安全
P:8.1 平台中的申请人信息、房源信息、租赁合同和结算数据等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，对个人信息加密存储、脱敏展示，运维操作须经甲方堡垒机进行并留存日志，不得将任何数据复制或带离甲方环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:8.4 合同终止后，乙方应在甲方监督下删除其因履行本合同而接触的全部数据副本，并出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、申请人个人信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序、数据库设计及文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和对外许可。
P:10.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期提请初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方规定期限内整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，并按实际完成的工作量结算。
P:13.3 甲方解除合同的，乙方应在接到通知后十日内移交已完成的全部成果和资料，甲方按经确认的已完成工作量结算价款。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 培训与交接
P:15.1 乙方应分别面向甲方管理人员、审核人员和公寓运营人员开展培训，累计不少于六场，并提供培训教材和操作视频。
P:15.2 合同终止或维护服务结束时，乙方应配合甲方完成系统和数据的交接，提交最新版本源代码、部署脚本和数据库结构说明，不得以任何理由拖延或设置障碍。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市人才公寓管理中心　乙方（盖章）：临江数智软件有限公司
P:签订日期：2026年　月　日
"""

H719Z02 = """
T:锻打及开刃生产线控制系统改造合同
P:合同编号：HLCD-JG-2026-008
P:甲方：鹤岭菜刀厂有限公司
P:乙方：衡川智控自动化工程有限公司
P:甲方拟对其锻打车间两条锻打线及一条开刃线的电气控制系统进行改造，乙方具备相应的设计、供货和施工能力。双方根据《中华人民共和国民法典》，经协商一致，就设备供货、软件许可、安装调试及维保服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责锻打线空气锤及压力机控制柜更换、开刃机伺服化改造、刃口视觉检测单元新增、产线控制软件部署，以及与甲方现有ERP的工单对接。
P:1.2 改造完成后应实现：锻打节拍自动记录、加热温度闭环控制、开刃角度按刀型配方自动调用、刃口缺陷自动剔除、工单及产量数据自动上传。
P:1.3 甲方现有空气锤、压力机、加热炉及开刃机本体不在更换范围内，乙方应在改造前对其电气接口进行勘测，并出具改造方案，经甲方书面确认后实施。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾壹万伍仟元整（¥1,615,000），含税。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|锻打线PLC控制柜|3套|168,000|504,000
TB:2|开刃机伺服驱动及电机|6套|52,000|312,000
TB:3|刃口视觉检测单元|2套|139,000|278,000
TB:4|工控机及触摸屏|8台|14,500|116,000
TB:5|产线控制软件许可（永久）|1套|236,000|236,000
TB:|设备及软件小计|||1,446,000
TB:6|安装调试及改造施工|1项|148,000|148,000
TB:7|操作及维修培训|1项|21,000|21,000
TB:|合计|||1,615,000
P:2.2 上述价格包含设备运输、保险、安装辅材、旧控制柜拆除及乙方人员的食宿差旅费用。拆除的旧控制柜及线缆归甲方所有，由乙方搬运至甲方指定的仓库。
P:2.3 合同履行期间，如甲方书面要求增加改造内容，双方参照本合同单价另行签订补充协议。
P:2.4 乙方报价中的设备品牌、型号和技术参数以乙方投标文件所附的设备清单为准，未经甲方书面同意，乙方不得替换为其他品牌或降低配置。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥323,000。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%，即¥888,250。到货安装不代表验收合格。
P:3.3 改造项目最终验收合格后，甲方支付合同总价的25%，即¥403,750。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成供货，并利用甲方安排的停产窗口完成安装，每条产线停产时间不超过十日。
P:4.2 甲方应按约定提供停产窗口、施工用电和设备基础，并指派车间负责人配合调试。
P:4.3 乙方应在进场前提交施工组织方案、停产切换计划和应急回退方案。切换期间如出现无法按期恢复生产的情况，乙方应立即按回退方案恢复原有控制方式，减少对甲方订单交付的影响。
H:第五条 交货与包装
P:5.1 设备应为全新原装正品，附带出厂合格证、装箱单和使用说明书。乙方负责运至甲方锻打车间指定位置，运输途中的损毁风险由乙方承担。到货时双方共同开箱清点，清点只核对数量和外观。
H:第六条 验收
P:6.1 验收标准：各产线按设计功能连续带料运行七十二小时无停机故障；加热温度控制偏差不超过±8℃；开刃角度偏差不超过±0.3°；视觉检测对抽检样刀的缺陷检出率不低于98%；工单数据与ERP核对一致。
P:6.2 验收合格后双方签署最终验收报告。产线投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收，由此延误的时间计入乙方工期。
H:第七条 质保期及维保服务
P:7.1 质保期为最终验收合格之日起十八个月。质保期内，设备和软件的维修、更换及升级由乙方免费提供。
P:7.2 质保期满后，乙方提供年度维保服务（含驻厂工程师、备品备件及软件升级），年度维保费为设备及软件小计的28%，即每年¥404,880，在质保期满后三年内保持不变。维保费按年度于每个维保年度开始后三十日内支付。
P:7.3 维保服务内容包括：每季度一次预防性巡检、控制柜除尘及端子紧固、伺服参数备份、视觉检测镜头校准、软件补丁更新，以及故障时的备件更换。巡检报告应在巡检后五日内提交甲方设备科。
P:7.4 产线停机故障为一级故障，乙方应在1小时内响应，6小时内到场处理；其他故障应在8小时内响应。乙方每超时1小时，向甲方支付1,000元违约金。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、刀型配方库、视觉检测模型参数及ERP对接程序，其知识产权归甲方所有，乙方应交付源程序。
P:8.2 产线控制软件的著作权仍属乙方，甲方享有永久使用权。
H:第九条 数据安全与保密
P:9.1 产线运行数据、工艺参数和配方数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的VPN通道进行，不得在设备中预留后门或未经授权的远程访问；发生数据泄露或被篡改的，乙方应在二小时内通知甲方并承担相应赔偿责任。
P:9.3 双方对在合作中获悉的对方技术秘密和商业信息负有保密义务，保密期限至该信息公开之日止。乙方不得将甲方的刀型图纸、热处理工艺和客户订单信息透露给其他刀剪企业。
H:第十条 分包
P:10.1 乙方可将电气施工及线缆敷设工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工原因造成甲方设备损坏或停产损失的，乙方应予赔偿。
H:第十二条 培训
P:12.1 乙方应在验收前为甲方电工和操作工各组织不少于三次培训，内容包括控制柜日常点检、常见报警处理、配方调用及视觉检测参数调整，培训后应能独立完成日常操作和一般故障处理。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产制度，高处作业、带电作业应办理作业票。因乙方违章造成的安全事故由乙方负责。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，可根据不可抗力的影响部分或全部免除责任。工期相应顺延。
H:第十五条 合同解除
P:15.1 乙方严重违约且在收到甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:15.2 合同解除后，乙方应在十日内恢复产线原有控制方式或完成已安装部分的调试，确保甲方可以正常生产；甲方按已交付并可正常使用的设备结算价款，其余已付款项由乙方退还。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十七条 其他
P:17.1 双方的通知应以书面形式送达合同首页所列地址或电子邮箱，变更联系方式的应提前通知对方。乙方的改造方案、施工组织方案及投标报价单为本合同附件。
P:17.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：鹤岭菜刀厂有限公司　乙方（盖章）：衡川智控自动化工程有限公司
"""

H719Z03 = """象弈连锁门店约课及会员管理系统软件服务合同

合同编号：XY-SaaS-2026-015
甲方：成都象弈文化教育连锁有限公司
乙方：蓉睿云科信息技术有限公司

甲方经营中国象棋培训连锁门店三十五家，为统一管理课程预约、会员储值和教练排班，拟采用乙方提供的云端软件服务。双方根据《中华人民共和国民法典》及相关法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“弈课通”约课及会员管理系统的软件即服务（SaaS），覆盖甲方全部三十五家门店，功能包括：
1. 学员在线约课、排课、签到及消课；
2. 会员卡、课时包、储值及退费管理；
3. 教练排班、课时统计及绩效计算；
4. 段位考级报名、棋力等级档案及赛事报名；
5. 家长端微信小程序、门店端平板应用及总部管理驾驶舱。
（二）乙方负责实施服务，包括：三十五家门店的开通配置、历史会员及课时余额数据迁移、甲方品牌小程序页面定制、与甲方收银系统的对接，以及面向门店店长和前台的培训。
（三）系统部署于乙方租用的境内云资源，数据存储于中国大陆境内，并在另一可用区保留每日备份，备份保留不少于三十日。
（四）服务期内，乙方应免费提供系统标准功能的版本更新，并每季度评估一次甲方提出的优化需求，对属于通用功能改进的需求纳入产品版本排期。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，第一个服务年度至次年同日前一日止，第二个服务年度依此类推。
（二）服务期满前三十日内，甲方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方按其届时公布的价格标准确定，乙方有权根据市场情况调整单价，甲方按调整后的价格支付。

三、服务费用及支付
（一）合同总价为人民币柒拾捌万贰仟元整（¥782,000），包括：
1. 软件服务费：每门店每服务年度9,800元，三十五家门店每服务年度343,000元，两个服务年度共计686,000元；
2. 实施费：96,000元，一次性支付。
（二）实施费在上线验收合格后十五个工作日内支付。
（三）软件服务费按季度结算，甲方在每个季度结束后十个工作日内支付该季度服务费85,750元。
（四）乙方应在每次收款前开具合规的增值税专用发票。门店数量增加的，新增门店按同一单价按月折算计费。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通、数据迁移和小程序上线，并提请上线验收。
（二）验收标准：
1. 全部功能按需求确认书实现，并经甲方在三家试点门店试运行十日无重大缺陷；
2. 会员信息、课时余额及储值余额迁移后经逐户核对无差错；
3. 与收银系统对账连续七日一致；
4. 在全部门店同时约课高峰（五百人同时在线）时，约课操作响应时间不超过3秒。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。系统试运行或甲方使用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新提请验收。试点门店试运行期间发现的缺陷，乙方应在全面推广前修复完毕，全面推广应按甲方确认的门店批次分三批进行，每批推广后观察三日无重大问题再开展下一批。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日零时至六时之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法访问、约课或收款功能中断）：乙方30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，次日内解决；
3. 三级问题（使用咨询、非紧急缺陷）：一个工作日内答复。
（三）服务补偿：月可用率每低于约定值0.1个百分点，乙方按当月服务费的2%给予服务抵扣；一级故障响应每超时1小时，抵扣500元。抵扣金额在下期服务费中扣除。

六、知识产权
（一）“弈课通”系统及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌设计、收银对接程序及相关文档，知识产权归甲方所有，乙方应在验收时交付源代码，甲方可自行修改或委托他人修改使用。

七、数据权属与数据安全
（一）甲方学员、家长、会员及经营数据均归甲方所有，乙方仅为履行本合同处理该等数据，不得用于其他任何目的，不得向第三方提供。
（二）学员中多数为未成年人，乙方应按照个人信息保护法律法规的要求，采取加密存储、权限分级、操作留痕等安全措施，每年至少进行一次安全评估并将结论告知甲方。
（三）发生数据泄露、丢失或被非法访问的，乙方应在二小时内通知甲方，并承担因此造成的全部损失及监管处罚。
（四）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后予以删除。

八、保密
双方对在合作中知悉的对方经营信息、价格信息及技术资料承担保密义务，未经对方书面同意不得披露，合同终止后继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。

九、违约责任
（一）乙方逾期提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

十、不可抗力
因地震、洪水、疫情防控措施等不可抗力导致无法履行合同的，受影响一方应及时通知对方并提供证明，可相应免除责任，但乙方应尽力恢复服务。

十一、转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同并要求赔偿损失。
（二）乙方连续两个月未达到月可用率要求的，甲方有权解除合同，解除后的服务费不再支付。

十三、甲方的义务
（一）甲方应指定总部联系人，负责需求确认、门店协调和验收组织，并按约定及时提供历史数据和收银系统接口资料。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其向学员及家长收集个人信息已取得必要的同意，并在小程序中公示隐私政策，乙方应提供隐私政策的文本建议。

十四、培训与客户服务
（一）上线前，乙方应为每家门店的店长和前台分别提供不少于两小时的线上培训，并为甲方总部运营人员提供一次现场培训。
（二）服务期内，乙方提供7×24小时故障受理热线，并为甲方配备专属客户成功经理，每季度与甲方总部召开一次服务回顾会议，通报可用率、故障处理和需求排期情况。
（三）乙方对系统进行版本更新的，应提前五日通知甲方，重大功能变化应提供更新说明和培训。

十五、服务终止与交接
服务期满不再续期或合同解除的，乙方应在甲方通知后三十日内，按甲方要求的格式导出全部会员、课时、储值及约课记录，协助甲方迁移至其他系统，期间系统应保持只读可用。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十七、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。需求确认书及报价单为本合同附件。

甲方（签章）：成都象弈文化教育连锁有限公司
乙方（签章）：蓉睿云科信息技术有限公司
"""

H719Z04 = """桑园蚕种场生产管理系统年度运维服务合同

采购方式：竞争性磋商
项目编号：SY-CS-2026-04
甲方：南浔桑园蚕种场
乙方：湖溪信息系统运维服务有限公司

甲方通过竞争性磋商方式采购生产管理系统年度运维服务，乙方为成交供应商。依据《中华人民共和国民法典》、磋商文件及乙方响应文件，双方订立本合同。

1. 服务对象与范围
1.1 服务对象为甲方在用的蚕种生产管理系统，包括原种与一代杂交种制种管理、母蛾镜检记录、冷藏浸酸管理、蚕种检疫及出库、桑园农事记录等模块，以及配套的数据库服务器、应用服务器、备份设备和车间数据采集终端。
1.2 运维服务内容包括：
（1）日常运维：系统运行监控、账号权限管理、日志检查、数据库维护与备份核查；
（2）驻场服务：乙方派驻一名运维工程师，在甲方工作日驻场，制种季节（春、秋两季）增派一名工程师；
（3）巡检服务：每月一次全面巡检，每季度一次数据库健康检查和备份恢复演练；
（4）等保测评配合：配合甲方完成年度网络安全等级保护测评，并对测评发现的问题进行整改；
（5）小版本优化：在本服务期内提供不超过二十八人天的功能优化，如报表调整、检疫标准参数更新等。
1.3 硬件设备的维修更换不在本合同范围内，但乙方应协助甲方联系原厂进行维修，并在设备修复后负责系统恢复和数据校验。
1.4 服务地点为甲方场部机房、制种车间及冷库管理室。远程服务仅限于甲方批准的时段，并应通过甲方提供的专用通道进行。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满后，如甲方继续采购运维服务，应依法另行组织采购，本合同不自动续期。

3. 服务费用与支付
3.1 合同总价为人民币贰拾捌万捌仟元整（¥288,000），分项如下：日常运维及驻场服务¥186,000；巡检及数据库维护¥42,000；等保测评配合¥18,000；小版本优化（二十八人天，每人天1,500元）¥42,000。
3.2 服务费按季度支付。每个服务季度结束后十五个工作日内，甲方支付当季服务费¥72,000。
3.3 乙方应在每次付款前开具等额合规发票。本合同不设预付款。

4. 服务交接与启动
4.1 乙方应在服务期开始前完成与原运维单位的交接，包括系统文档、账号口令、备份策略、遗留问题清单等，并于服务期第一日起正式提供服务。
4.2 交接期间乙方应编制运维手册和应急预案，报甲方信息管理员确认。

5. 服务要求
5.1 故障分级：
（1）一级故障：系统整体停止运行，或制种、检疫、出库等核心业务无法办理；
（2）二级故障：单个模块或部分终端无法使用，但核心业务可通过其他方式办理；
（3）三级故障：一般性错误、操作咨询。
5.2 响应及处理时限：一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复系统运行；二级故障应在1小时内响应，当日内解决；三级故障应在两个工作日内解决。
5.3 制种季节和蚕种出库高峰期间，乙方应安排工程师每日现场值守至当日业务结束。
5.4 备份要求：数据库每日增量备份、每周全量备份，备份数据保存在甲方机房的独立存储和甲方指定的异地备份点各一份；每季度备份恢复演练应在测试环境中完成，恢复后数据与生产数据核对一致。
5.5 应急保障：乙方应针对服务器宕机、数据库损坏、勒索病毒等情形制定应急预案，每半年配合甲方开展一次应急演练，演练记录报甲方存档。
5.6 乙方应每月提交运维月报，内容包括系统运行情况、故障处理记录、巡检结果和优化建议。
5.7 对于故障未能在规定时限内处理完毕的，乙方应书面说明原因并提出改进措施，甲方将相关情况记入季度考核记录。

6. 季度考核与年度验收
6.1 甲方每季度对乙方服务进行考核，考核内容包括：月报提交情况、巡检完成率、备份恢复演练结果、故障处理及时率和甲方用户满意度。考核结果作为甲方对供应商履约评价的依据，并在下一年度采购时参考。
6.2 年度验收标准：全年巡检和备份恢复演练按计划完成；故障处理闭环率不低于98%；等保测评中涉及应用系统的问题全部整改完毕；小版本优化成果经甲方测试确认；运维文档完整并移交甲方。
6.3 年度验收由甲方在服务期满后二十日内组织，验收合格后签署验收报告。验收不合格的，乙方应在甲方指定期限内整改，整改期间继续履行运维义务且不另收费。

7. 数据安全
7.1 系统中的蚕种生产、检疫及客户数据归甲方所有，乙方不得用于本合同以外的任何用途，不得复制或带离甲方。
7.2 乙方工程师应通过甲方堡垒机进行运维操作，高风险操作须经甲方信息管理员审批，操作日志保存不少于六个月。
7.3 因乙方原因发生数据泄露、损毁或丢失的，乙方应在二小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
7.4 乙方应定期检查系统漏洞和弱口令，发现安全隐患的，应在当日书面报告甲方并提出处置方案，经甲方同意后实施。

8. 保密
乙方及其工程师对在服务中获知的甲方品种资料、制种工艺、客户名单及其他未公开信息负有保密义务，服务期满或合同解除后继续有效。乙方应与派驻人员签订保密协议并报甲方备案。乙方不得在任何宣传材料中使用甲方的品种资料或系统截图。

9. 知识产权
乙方在本合同下完成的小版本优化程序、脚本、报表模板及运维文档，其知识产权归甲方所有，乙方应交付源代码。

10. 人员管理
10.1 乙方派驻工程师应具备数据库和中间件运维经验，名单报甲方确认，更换须经甲方同意。
10.2 乙方工程师驻场期间应遵守甲方作息和考勤制度，因休假等原因临时离岗的，应提前报告甲方并安排同等能力人员替岗。
10.3 乙方人员应遵守甲方防疫消毒和生产区域管理制度，未经允许不得进入制种车间和冷库。

11. 违约责任
11.1 乙方未能按期完成交接并开始提供服务的，或驻场人员无故缺勤的，每逾期或缺勤一日，按合同总价的万分之二向甲方支付违约金。
11.2 乙方违反数据安全或保密义务的，除赔偿损失外，甲方有权解除合同。

12. 甲方的义务
12.1 甲方应为驻场工程师提供办公场所、网络接入和必要的工作条件，并指定信息管理员作为联系人。
12.2 甲方应及时向乙方通报业务变化，如检疫标准调整、新品种上线等，以便乙方安排优化工作。

13. 服务期满交接
服务期满或合同解除时，乙方应向甲方或甲方指定的后续运维单位移交全部系统文档、账号口令、运维记录、优化程序源代码和遗留问题清单，并提供不少于十个工作日的交接配合，交接期间不另收费。

14. 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

15. 合同解除
乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，按实际服务期间结算服务费。

16. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

17. 其他
磋商文件、乙方响应文件、成交通知书为本合同组成部分。本合同一式四份，甲乙双方各执两份，自签订之日起生效。

甲方（盖章）：南浔桑园蚕种场　　乙方（盖章）：湖溪信息系统运维服务有限公司
"""

H719Z05 = """# 裁剪充棉生产追溯系统软件许可及定制开发合同

（乙方标准合同文本 版本号：BXT-HT-2025-03）

合同编号：BXT-2026-0119

甲方：青屿布偶工艺品有限公司

乙方：织迹软件科技有限公司

鉴于甲方为毛绒布偶及工艺玩偶生产企业，需对裁剪、充棉、缝合等工序建立生产追溯系统；乙方拥有“织迹”生产追溯软件的著作权并具备定制开发能力。双方经友好协商，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”裁剪充棉追溯系统标准版软件的使用许可，许可期限为永久，许可范围为甲方一个生产基地，终端数量不超过六十台。

1.2 乙方根据甲方需求进行定制开发，内容包括：裁床排版结果导入、裁片扎号与PDA扫码、充棉工位电子秤称重数据采集及克重判定、工票计件与工资核算接口、成品批次追溯查询。

1.3 乙方负责系统部署、基础数据初始化和操作培训。

1.4 系统部署在甲方自备的服务器上，服务器、操作系统、数据库软件及机房网络环境由甲方按乙方提供的配置要求自行准备，相关费用不包含在本合同金额内。

## 第二条 合同金额

2.1 本合同总金额为人民币陆拾捌万捌仟元整（¥688,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹追溯系统标准版软件许可 | 380,000 |
| 2 | 定制开发（扎号扫码、称重采集、计件接口、追溯查询） | 262,000 |
| 3 | 部署实施及培训 | 46,000 |
| | 合计 | 688,000 |

2.2 上述金额不含甲方自行采购的PDA、电子秤、条码打印机等硬件设备，相关设备由甲方按乙方提供的型号清单自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥447,200。乙方收到该款项后开始需求调研和开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥240,800。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方应在收到首付款后六十个工作日内完成开发和部署，具备上线条件。

4.2 乙方在需求调研结束后向甲方提交需求说明书，甲方应在五个工作日内确认，逾期未提出书面意见的视为确认。需求说明书确认后，甲方提出的需求变更，乙方有权另行收费并调整交付时间。

4.3 因甲方需求变更、硬件未到位或甲方人员配合不及时导致的延期，乙方不承担责任，交付时间相应顺延。

4.4 乙方完成部署后书面通知甲方上线时间。甲方应安排裁剪、充棉车间按通知时间切换至系统作业，因甲方原因推迟上线超过十日的，自乙方通知的上线日起计算付款期限和免费维护期。

## 第五条 验收

5.1 系统在甲方生产现场安装部署完毕并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，应以书面形式提交乙方，乙方根据问题性质安排处理，但该等问题不影响验收结论和付款。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信和远程方式提供技术支持，对系统缺陷进行修复，响应及处理时间视问题的具体情况由乙方安排。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方届时公布的服务价格标准执行。

6.3 因甲方操作不当、擅自修改系统配置、硬件故障或网络故障导致的问题，不属于免费维护范围，乙方可按人天收取服务费用。

6.4 系统的版本升级由乙方统一发布。免费维护期满后未签订维护合同的，甲方不再享有版本升级和缺陷修复服务。

## 第七条 甲方的义务

7.1 甲方应按乙方要求提供裁床排版文件样例、工序清单、工价表、产品编码规则等基础资料，并保证资料真实准确。

7.2 甲方应按乙方提供的型号清单按时采购PDA、电子秤和条码打印机，并负责车间无线网络覆盖。硬件到位时间晚于约定的，乙方的交付时间相应顺延。

7.3 甲方应指定一名系统管理员和各车间联络人，参加培训并配合数据初始化、现场调试工作。

## 第八条 培训

8.1 乙方在部署期间为甲方系统管理员、车间班组长和扫码操作工提供现场培训，共计三次，每次不超过半天。超出部分，乙方可按人天另行收费。

## 第九条 知识产权

9.1 “织迹”系统标准版软件的著作权及相关知识产权归乙方所有。

9.2 乙方在本合同项下为甲方定制开发的功能模块、程序代码、接口及相关文档的知识产权亦归乙方所有。乙方授予甲方在本合同许可范围内非独占地使用上述定制成果的权利，甲方不得修改、反编译或许可第三方使用。

9.3 乙方有权将定制开发中形成的通用功能纳入其标准产品并向其他客户提供。

## 第十条 数据

10.1 甲方在系统中录入和产生的生产数据归甲方所有。

10.2 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于乙方产品的优化、行业分析和算法训练。

10.3 乙方在部署和维护过程中应采取必要的技术措施保护甲方数据安全，包括访问权限控制、数据库定期备份和传输加密；因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，并承担相应赔偿责任。

## 第十一条 保密

11.1 双方对在合作过程中获悉的对方商业秘密负有保密义务，未经对方书面许可，不得向第三方披露。保密义务在合同终止后两年内继续有效。乙方的产品报价、源代码及技术文档属于乙方的商业秘密，甲方不得向其他软件供应商提供。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日，按合同总金额的千分之一向甲方支付违约金，违约金总额不超过合同总金额的5%。

12.2 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总金额的20%。

12.3 乙方不对甲方的间接损失、利润损失、订单损失或生产停顿损失承担责任。

## 第十三条 合同解除

13.1 任何一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

13.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

13.3 合同解除后，甲方应停止使用定制开发成果，并删除系统安装文件；标准版软件许可费已全额支付的，甲方可继续使用标准版软件。

## 第十四条 不可抗力

14.1 因不可抗力导致合同无法履行的，受影响方不承担违约责任，但应及时通知对方。

## 第十五条 争议解决

15.1 本合同的订立、履行和解释适用中华人民共和国法律。

15.2 因本合同产生的争议，双方应协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方的报价单和产品说明书为准。乙方的报价单、产品说明书和需求说明书为本合同附件，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。

16.2 双方往来通知以书面形式送达合同所列地址，或通过双方项目负责人的电子邮箱发送，发出后第三日视为送达。

16.3 本合同自双方签章之日起生效，一式两份，双方各执一份。

甲方（签章）：青屿布偶工艺品有限公司

乙方（签章）：织迹软件科技有限公司
"""

H719E01 = """
T:Software Licence and Services Agreement
P:Agreement No. QD-OIL-IT-2026-07
P:This Software Licence and Services Agreement is made between Qingdao Haoyuan Edible Oil Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Buyer"), and Singida Agritrace Systems Limited, a company incorporated in the United Republic of Tanzania with its principal office on Ipembe Road, Singida (the "Vendor").
P:The Buyer imports sunflower seed and crude sunflower oil and wishes to trace each lot from the farmer group to its crushing plant. The Vendor develops the AgriTrace sourcing, grading and lot-traceability software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AgriTrace Enterprise software, version 5, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, data mappings, scripts and documents developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including supplier, farmer-group, lot, grading, weighbridge and laboratory records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers located in the Buyer's data centre in Qingdao and at its affiliates in mainland China, for an unlimited number of named users and sites.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Buyer's sourcing and grading rules, develop interfaces to the Buyer's ERP, weighbridge and laboratory systems, migrate three seasons of historical lot records, and train the Buyer's staff.
P:3.2 The Vendor shall deliver the Services in accordance with the project plan agreed at the kick-off meeting, which shall provide for installation within 60 days and Final Acceptance within 120 days after the Effective Date.
P:3.3 The Vendor shall assign a project manager and at least two consultants fluent in English and shall not replace the project manager without the Buyer's consent. Chinese interpretation during on-site work is arranged by the Buyer.
P:3.4 The Buyer shall provide servers, operating systems, database licences, network access and workspace for the Vendor's consultants, and shall make its sourcing, grading and laboratory staff available for workshops and testing. Delays caused by the Buyer extend the project plan accordingly.
P:3.5 Training shall consist of two on-site sessions for administrators and key users in Qingdao and four remote sessions for intake and grading staff at the Buyer's collection points, with training materials that the Buyer may copy and translate for internal use.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,274,000, inclusive of all taxes, fixed for the scope described in this Agreement. It consists of: Licence Fee CNY 860,000; configuration and interfaces CNY 312,000; data migration CNY 64,000; training CNY 38,000.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 254,800) within 30 days after signature, against the Vendor's invoice; (b) 45% (CNY 573,300) after installation of the Software in the Buyer's production environment, which is not acceptance; and (c) 35% (CNY 445,900) after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall deliver a test plan at least 15 days before testing starts. The Buyer shall approve the plan or give reasons for rejecting it.
P:5.2 The acceptance criteria are: every function in the approved specification operates as described; a full harvest-to-crushing trace can be shown for 50 sample lots chosen by the Buyer; migrated lot records reconcile with the source records without difference; all interfaces run for 10 consecutive working days without error; and grading reports are generated within 3 seconds for 200 concurrent users.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days. Installation, go-live, use of the Software in production or any payment does not mean acceptance. If the criteria are not met, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable, or lot intake or grading cannot be recorded) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 working days. Other requests shall be answered within 2 working days.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or resolution time, the Vendor shall pay the Buyer CNY 1,000 as a service credit, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period, the Vendor shall provide annual support at a fee of 10% of the Licence Fee (CNY 86,000 per year). This fee is fixed for the first three years after the Warranty Period. Support is ordered each year by a separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the Vendor's property.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development, whether or not it is anonymised.
P:8.2 Buyer Data stays in the Buyer's systems in mainland China. Remote access by the Vendor is allowed only through the Buyer's VPN, with per-session approval and multi-factor authentication, and is logged. The Vendor shall not copy Buyer Data to its own systems or outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in remediation, and compensate the Buyer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation continues for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims under Article 7.3, personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and refund payments for work not performed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the United Republic of Tanzania.
P:13.2 Any dispute arising from this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be referred to arbitration in Dar es Salaam under the Arbitration Act of Tanzania, by a sole arbitrator, in the English language.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above or by e-mail to the project representatives.
P:14.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

H719E02 = """# Ledgerline Collections — Order Form and General Terms

**Order Form No.** LL-OF-2026-0042

**Provider:** Rukwa Ledgerline Limited, Nelson Mandela Road, Sumbawanga, Rukwa Region, United Republic of Tanzania ("Provider")

**Customer:** Changsha Zhongheng Construction Machinery Co., Ltd., Changsha, Hunan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Ledgerline Collections, a cloud service for reconciling dealer and customer payments (bank transfers, letters of credit and mobile-money collections) against Customer's invoices, with dunning workflows, credit-limit alerts, a dealer self-service portal and management dashboards. The service includes the standard connectors to Customer's ERP and to the banks listed in the implementation plan.

### A2. Subscription Term

The Subscription Term is two Subscription Years starting on the Service Start Date. The Service Start Date is the day after Go-Live Acceptance under Section 4 of Part B. Each Subscription Year runs from the Service Start Date or its anniversary to the day before the next anniversary.

### A3. Scope and Users

Up to 180 named users across Customer's headquarters, its regional sales companies and its overseas branch offices; up to 2,500 dealer portal accounts; and up to 60,000 reconciled transactions per month. Hosting is in Provider's tenancy in a mainland China region of a licensed cloud provider.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 named users, annual | 264,000 |
| Subscription fee, Subscription Year 2 | 180 named users, annual | 264,000 |
| Onboarding (configuration, ERP and bank connectors, data load, training) | one-time | 46,000 |
| **Total Fees for the Subscription Term** | | **574,000** |

Additional named users during the Subscription Term are charged pro rata at CNY 1,470 per user per Subscription Year. Transactions beyond the monthly volume in A3 are charged at CNY 0.35 each and are invoiced monthly.

### A5. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, in equal quarterly amounts of CNY 66,000, the first invoice being issued on the Service Start Date. The onboarding fee is invoiced after Go-Live Acceptance. Customer pays each undisputed invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before the Service Start Date.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Fees for each renewal term are Provider's then-current list prices, which Provider may increase at its discretion by notice to Customer at least 30 days before the renewal term begins.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including invoice, payment, bank statement and dealer records, and all outputs derived from them.

1.2 "Customer Configurations" means the reconciliation rules, dunning templates, reports, dashboards and connector mappings built for Customer during onboarding or later at its request.

1.3 "Service Levels" means the commitments in Section 5.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Provider may update the Service from time to time, provided that no update materially reduces its functions, security or Service Levels.

### 3. Onboarding

3.1 Provider shall complete onboarding within 45 days after signature of this Order Form, including configuration of Customer's reconciliation rules, connectors to Customer's ERP and to five banks, the loading of open items and dealer master data, and training for key users and administrators.

3.2 Customer shall supply test data, bank file samples and access to its ERP test environment, and shall name a project lead.

3.3 Customer is responsible for the accuracy of the data it submits, for the acts of its users, and for keeping user credentials secret. Customer shall not use the Service to process data unrelated to its receivables, attempt to probe its security, or make it available to anyone other than its users and dealers.

3.4 Provider shall give Customer a named customer success manager, who shall hold a service review with Customer each quarter covering availability, incidents, open requests and the product roadmap.

### 4. Go-Live Acceptance

4.1 Provider shall notify Customer when onboarding is complete. Customer shall test the Service within 10 working days against the following criteria: automatic matching of at least 92% of the transactions in a sample month of historical bank statements; correct posting of matched items to the ERP test environment; correct dunning letters for the sample overdue accounts; and dashboard figures that agree with the ERP ledger.

4.2 If the criteria are met, Customer signs a Go-Live Acceptance certificate. If not, Provider corrects the defects and Customer retests. Use of the Service for testing does not count as acceptance.

4.3 If Go-Live Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, deducted from the onboarding fee.

### 5. Service Levels

5.1 Availability. The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

5.2 Support. Priority 1 incidents (the Service is unavailable or reconciliation cannot be run) shall be responded to within 30 minutes and restored within 6 hours, at any time. Priority 2 incidents shall be responded to within 2 hours during business hours. Support is in English and Chinese.

5.3 Service Credits. If availability falls below the commitment in a month, Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall or part of it, up to half of that month's fee. For each hour by which a Priority 1 response time is missed, Customer receives a credit of CNY 800. Credits are deducted from the next invoice.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including analytics, benchmarking or the training of models, whether or not the data is aggregated or anonymised.

6.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days, and maintain an ISO 27001 certification for the Service.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it, and compensate Customer for losses caused by Provider's breach of this Section.

6.4 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 60 days, and then delete it and confirm deletion in writing.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to Customer. Customer may use, modify and let third parties use them for its own business, including after the Subscription Term.

### 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and protect it with at least reasonable care. This Section survives for three years after the Agreement ends.

### 9. Subcontractors

9.1 Provider uses the cloud hosting provider named in the security documentation. Provider shall not appoint any other subcontractor to process Customer Data or to perform support without Customer's prior written consent, and remains responsible for its subcontractors.

### 10. Limitation of Liability

10.1 Each party's total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid or payable by Customer under this Order Form in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit. Section 10.1 does not limit liability for breach of Section 6, fraud or wilful misconduct.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

11.2 If Customer terminates under Section 11.1, Provider shall refund any fees paid for the period after the termination date.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Agreement without the other's consent, except to a successor of its whole business. Notices shall be in writing to the addresses in the Order Form. Amendments must be signed by both parties.
"""

H719E03 = """
T:Supply and Licence Contract for Grain Silo Condition Monitoring
P:Contract No. JGR-2026-SM-011
P:Buyer: Jilin Guanghe Grain Reserve Co., Ltd., Changchun, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Katavi Sensing Technologies Limited, Kawajense Street, Mpanda, Katavi Region, United Republic of Tanzania (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer wishes to monitor grain temperature, moisture and gas in 28 silos at its Changchun depot, and the Supplier will supply sensors, gateways, weather stations and a monitoring software licence, install and calibrate them, and support them.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in clause 3.
P:1.2 "Software" means the SiloWatch monitoring software, server edition, and its mobile application, licensed under clause 8.
P:1.3 "Hardware and Licence Subtotal" means the sum of the Equipment and Software prices in the price table in clause 3.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.3.
P:1.5 Headings are for convenience only. The annexes form part of this Contract.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 420 digital temperature and moisture sensor cables, 28 wireless gateways (one per silo), 4 on-site weather stations, and the Software on the Buyer's servers.
P:2.2 The Supplier shall calibrate every sensor cable against reference thermometers, configure alarm thresholds for each grain type as instructed by the Buyer, integrate the Software with the Buyer's grain storage management system, and train the Buyer's warehouse keepers and IT staff.
P:2.3 All Equipment shall be new, suitable for use in silos with grain dust, and certified for the Chinese market where certification is required by law.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,157,000, including taxes, freight to the Buyer's depot, insurance, installation and training, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cable, 24 m|420|1,150|483,000
TB:2|Wireless gateway with solar power unit|28|6,800|190,400
TB:3|Weather station|4|18,500|74,000
TB:4|SiloWatch server licence, perpetual, depot-wide|1|265,000|265,000
TB:|Hardware and Licence Subtotal|||1,012,400
TB:5|Installation, calibration and integration|1 lot|118,000|118,000
TB:6|Training|1 lot|26,600|26,600
TB:|Contract Price|||1,157,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes, freight or customs costs.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 115,700) within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 636,350) after all Equipment has been delivered and installed and the Software installed. Installation is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 404,950) after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer within 20 working days after receipt of a correct invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's depot within 70 days after signature and complete installation within 30 days after delivery, outside the Buyer's grain intake periods notified in advance.
P:5.2 The Supplier shall follow the Buyer's safety rules for work inside and on top of silos, including work permits, fall protection and gas testing before entry.
P:5.3 Title to the Equipment passes to the Buyer on delivery. Risk of loss or damage passes to the Buyer on Final Acceptance; until then the Supplier bears it, including for Equipment stored at the depot before installation.
P:5.4 The Equipment shall be packed for long-distance sea and road transport. Each package shall carry the contract number, a packing list and handling marks in Chinese and English. Shortages or visible damage found when the packages are opened in the presence of both parties shall be made good by the Supplier within 20 days at its own cost.
P:5.5 The Supplier shall deliver with the Equipment a set of recommended spare parts, listed in Annex 2, at no extra charge, and shall keep spare parts available for at least eight years after Final Acceptance.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site tests witnessed by the Buyer. The acceptance criteria are: every sensor reports to the Software; measured temperatures agree with reference thermometers within ±0.5 °C at ten sample points per silo; alarms reach the control room and the mobile application within 60 seconds; weather data is recorded every 10 minutes; and data is exchanged correctly with the grain storage management system.
P:6.2 After successful site tests, the system shall run for 30 days without a Severity 1 fault.
P:6.3 When the criteria in clauses 6.1 and 6.2 are met, the Buyer shall issue a Final Acceptance certificate within 7 working days. Delivery, installation, use or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and Software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, supply Software updates, and provide support free of charge.
P:7.2 The Supplier shall respond to faults in accordance with the following table:
TB:Severity|Description|Response|On-site or remote fix
TB:Severity 1|Monitoring of one or more silos lost, or alarms not delivered|30 minutes|within 24 hours
TB:Severity 2|Individual sensors or functions faulty|2 hours|within 3 days
TB:Severity 3|Questions and minor defects|1 working day|next update
P:7.3 For each hour by which a Severity 1 response or fix time is exceeded, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or paid on demand.
P:7.4 After the warranty period, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal (CNY 80,992 per year), fixed for two years. Support is ordered by separate purchase order and is not renewed automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's depots in mainland China.
P:8.2 The integration programs, alarm configurations and reports developed for the Buyer, with their source code, belong to the Buyer, which may use and modify them freely.
H:9. Documentation and Training
P:9.1 The Supplier shall provide installation records, calibration certificates for each sensor cable, as-built drawings of cable positions in each silo, the Software administrator guide and user guide, all in Chinese or with a Chinese translation.
P:9.2 Training shall cover daily inspection, reading of temperature fields and trends, alarm handling, replacement of gateway batteries, and Software administration. The Supplier shall hold three sessions at the depot for warehouse keepers and one session for the IT staff, and shall provide a short video guide for new staff.
H:10. Data Security
P:10.1 All monitoring data and storage records belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The Software and its data shall be hosted on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN. The gateways shall not send data to any server other than the Buyer's.
P:10.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours and shall compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including grain stock levels and depot layouts, and shall not disclose it without the other party's written consent.
H:12. Delay and Liability
P:12.1 For late delivery or late Final Acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Contract if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, and may recover the advance payment under the guarantee.
P:14.2 On termination the Supplier shall, at the Buyer's option, either complete the commissioning of installed Equipment so that the silos already fitted can be monitored, or remove its Equipment and restore the silos. The Buyer pays only for Equipment and work it keeps, at the prices in clause 3, and the Supplier refunds any excess already paid.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Changchun Arbitration Commission for arbitration in Changchun.
H:16. General
P:16.1 The Supplier is responsible for import clearance of the Equipment into China through its appointed import agent, at its own cost. Force majeure excuses delay for its duration if promptly notified. This Contract is executed in English and Chinese; both texts have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H719E04 = """# Managed IT Services Agreement

**Agreement No.** HX-TZ-MSA-2026-03

**Customer:** China Huaxia Rail Engineering Co., Ltd., Fengtai District, Beijing, People's Republic of China ("Customer")

**Provider:** Kahama Digital Services Limited, Plot 14, Nyasubi, Kahama, Shinyanga Region, United Republic of Tanzania ("Provider")

**Background.** Customer is building a standard-gauge railway section in the Shinyanga and Tabora regions of Tanzania and operates a project headquarters, four construction camps, two material yards and a precast plant there. Customer wishes to outsource the operation of the IT environment at those sites for 36 months. Provider has offered the services described in the Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Sites" means the project headquarters, camps, yards and plant listed in Schedule 1, and any site added under Section 3.3.

1.3 "Service Commencement Date" means the date on which Transition Acceptance is signed under Section 4.3.

1.4 "Term" means 36 months from the Service Commencement Date.

1.5 "Customer Data" means all data of Customer and its staff stored on or passing through the systems managed under this Agreement.

## 2. Services

2.1 Provider shall provide the Services at the Sites from the Service Commencement Date until the end of the Term, in accordance with Schedule 1 and the Service Levels in Schedule 2.

2.2 Provider shall provide qualified staff, tools, spare-part stock for the managed equipment, vehicles for site visits, and a service desk reachable by telephone, e-mail and the ticket portal, with agents who speak Chinese, English and Swahili.

2.3 Customer shall provide Provider's resident engineers with workspace, accommodation at the camps on the same terms as Customer's own staff, and access to the Sites in accordance with Customer's safety rules.

2.4 The managed equipment at the Sites remains Customer's property. Provider shall keep the inventory up to date, label each device, and report any loss or damage to Customer within two working days.

2.5 Provider shall plan changes to the managed environment through a change calendar agreed with Customer's IT manager. Changes that may interrupt a Site shall be made outside shift hours and announced at least three working days in advance, except emergency changes needed to restore service.

## 3. Charges

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,152,000, consisting of the Transition Charge of CNY 64,000 and 36 Monthly Service Charges of CNY 58,000 each.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. Customer pays correct invoices within 30 days of receipt. No advance payment is due.

3.3 Customer may add or remove Sites or users during the Term at the unit rates in Schedule 3. Charges are fixed for the Term and are not indexed.

## 4. Transition

4.1 Provider shall take over the IT environment from Customer's current contractor within 45 days after signature of this Agreement. Provider shall document every device, link and account, set up monitoring, and prepare runbooks for each Site.

4.2 The transition acceptance criteria are: a complete and verified inventory of devices, links and licences; monitoring of all network links and servers visible on Provider's console and shared with Customer; runbooks approved by Customer's IT manager; the service desk handling test tickets in all three languages; and a 10-day shadow period without a missed Priority 1 response.

4.3 When the criteria are met, Customer signs a Transition Acceptance certificate within 5 working days.

4.4 If Transition Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them each month, with a list of incidents, root causes, changes and open problems.

5.2 If a Service Level is missed, Provider gives Customer the Service Credits set out in Schedule 2. Service Credits are deducted from the next invoice.

5.3 The parties shall hold a service review meeting each quarter, at the project headquarters or by video, to review performance, capacity and planned changes at the Sites.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only as needed to perform the Services.

## 7. Intellectual Property

7.1 Provider keeps its pre-existing tools, monitoring software and know-how.

7.2 The runbooks, network diagrams, configuration files and scripts prepared for Customer belong to Customer, which may use, modify and hand them to any other contractor.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and shall use it only for this Agreement. Provider shall ensure that its staff at the Sites sign confidentiality undertakings. This Section survives for three years after the Term.

## 9. Personnel

9.1 Provider shall station two resident engineers at the project headquarters and one at each construction camp during working hours, and shall obtain their work permits at its own cost.

9.2 Provider shall replace any engineer whom Customer reasonably asks to be removed.

9.3 Provider's staff at the Sites shall follow Customer's health, safety and camp rules, wear the protective equipment required on construction areas, and take part in Customer's site induction before starting work. Provider is responsible for the insurance, wages and welfare of its own staff.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, except for the purchase of telecommunication links from licensed carriers named in Schedule 1.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term.

11.2 Neither party is liable for loss of profit or indirect loss. This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

## 12. Term and Ending of the Agreement

12.1 This Agreement runs until the end of the Term and then expires. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Customer may not end this Agreement before the end of the Term. Customer's remedies for service failures are the Service Credits under Schedule 2 and the delay payments under Section 4.4.

12.3 Provider may suspend the Services if an undisputed invoice remains unpaid for 60 days after a reminder, and may end this Agreement if it remains unpaid for a further 30 days.

12.4 At expiry Provider shall cooperate in the handover to Customer or its new contractor for up to 30 days and shall hand over all credentials, runbooks and configuration files.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English.

## 14. General

14.1 Force majeure, including floods, closure of roads and civil unrest affecting the Sites, excuses a failure for as long as it lasts, if the affected party notifies the other promptly. Amendments must be in writing.

## Schedule 1 — Services and Sites

| Service | Scope |
|---|---|
| Service desk | Single point of contact, Chinese, English and Swahili, 24 hours a day |
| Network management | Monitoring and management of site LANs, Wi-Fi, firewalls and satellite and fibre WAN links |
| Server and backup | Operation of file, domain and application servers at the project headquarters, daily backup checks |
| End-user support | Laptops, desktops, printers, radios and phones of about 420 users |
| On-site support | Resident engineers under Section 9 |

| Site | Location | Users |
|---|---|---|
| Project headquarters | Shinyanga | 160 |
| Camps 1 to 4 | Along the railway section | 190 |
| Material yards 1 and 2 | Isaka and Tabora | 40 |
| Precast plant | Kahama | 30 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of the WAN link of each Site, per month | 99.95% | 3% of the Monthly Service Charge for each 0.1 percentage point or part below the level |
| Priority 1 incident (a Site has no network, or the headquarters servers are down): response | 30 minutes, at any time | CNY 600 per hour late |
| Priority 1 incident: restoration | 8 hours | CNY 600 per hour late |
| Priority 2 incident: response | 2 hours during working hours | none |
| Service desk calls answered within 60 seconds | 90% per month | 2% of the Monthly Service Charge |

Total Service Credits in a month are limited to half of the Monthly Service Charge.

## Schedule 3 — Charges

| Item | Basis | CNY |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 64,000 |
| Monthly Service Charge | per month, 36 months | 58,000 |
| Total charges for the Term | | 2,152,000 |
| Additional user | per user per month | 95 |
| Additional site | per site per month | 3,800 |
"""

H719E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MNY-API-2026-118

BETWEEN

(1) Manyara CropSight Limited, Arusha Road, Babati, Manyara Region, United Republic of Tanzania ("Provider"); and

(2) Shenzhen Qianhai Yuanfeng Agricultural Trading Co., Ltd., Qianhai, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

RECITALS

Customer buys maize, sesame, pigeon peas and sunflower seed from East Africa for import into China. Provider collects field observations, satellite vegetation indices and weather data and publishes crop-condition estimates and yield forecasts for Tanzania, Kenya and Uganda through an application programming interface (API). Customer wishes to subscribe to the data and integrate it into its sourcing and risk systems.

1. DEFINITIONS

1.1 "Licensed Data" means the crop-condition indices, yield forecasts, district-level weather series, field observation summaries and related metadata made available through the API, and any updates to them.

1.2 "API" means Provider's REST interface, its documentation and the associated developer portal.

1.3 "Customer Data" means the lists of sourcing areas, supplier locations, contract volumes and query parameters that Customer uploads or submits to the API, and any reports produced from them for Customer.

1.4 "Subscription Year" means each period of one year starting on the Subscription Start Date or its anniversary. The Subscription Term is two Subscription Years.

1.5 "Subscription Start Date" means the day after Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for Customer's internal sourcing, pricing, risk management and reporting, including by its affiliates in mainland China and Hong Kong.

2.2 Customer may store Licensed Data in its own systems and keep derived internal reports after the Subscription Term, but may not resell the Licensed Data or publish it in a form from which the original series can be extracted.

2.3 The subscription covers up to 25 API keys, up to three million API calls per month, and the coverage listed in the Annex (Tanzania, Kenya and Uganda, with the four crops named in the Recitals).

2.4 Customer shall keep its API keys under its control, rotate them at least twice a year, and tell Provider without delay if a key may have been misused, so that Provider can revoke it. Provider shall issue replacement keys within one working day.

2.5 Provider shall announce changes to the API that are not backward compatible at least 90 days in advance and shall keep the previous version running for that period.

3. FEES AND PAYMENT

3.1 The total fees for the Subscription Term are CNY 664,000, consisting of:
(a) Subscription Fee for Subscription Year 1: CNY 318,000;
(b) Subscription Fee for Subscription Year 2: CNY 318,000;
(c) one-time integration fee: CNY 28,000.

3.2 Subscription Fees are invoiced quarterly in advance, in equal instalments of CNY 79,500, from the Subscription Start Date. The integration fee is invoiced after Integration Acceptance. Nothing is payable before the Subscription Start Date.

3.3 API calls beyond the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3.4 Customer pays each correct invoice within 30 days of receipt, by bank transfer in CNY. The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature, Provider shall provide a production API endpoint reachable from mainland China, custom feed mappings from Provider's district codes to Customer's sourcing areas, and a daily bulk file of the Licensed Data in the format agreed in the integration plan, and shall support Customer's developers in connecting Customer's sourcing system.

4.2 The acceptance criteria are: every endpoint in the integration plan returns valid responses for the sample queries; the bulk file loads without error into Customer's data warehouse on five consecutive days; historical series back to 2018 are complete for every covered district; and the median API response time measured from Shenzhen is below 800 milliseconds.

4.3 When the criteria are met, Customer signs an Integration Acceptance certificate within 5 working days. Test use of the API is not acceptance.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, measured by Provider's monitoring and verifiable by Customer's own probes, excluding maintenance announced three days in advance and carried out on Sundays between 02:00 and 05:00 Beijing time.

5.2 Priority 1 incidents (the API or the bulk file is unavailable, or data for a whole country is missing or clearly wrong) shall be responded to within 1 hour and resolved within 6 hours. Priority 2 incidents shall be responded to within 3 hours and resolved within 2 working days.

5.3 Weekly crop-condition updates shall be published by 18:00 Beijing time each Tuesday, and monthly yield forecasts by the fifth working day of each month.

5.4 Service credits: for each 0.1 percentage point or part by which monthly availability falls short, 4% of the Subscription Fee for that month; for each hour by which a Priority 1 response or resolution time is missed, CNY 500. If a scheduled update in clause 5.3 is missed, Provider shall publish it as soon as possible and explain the cause in its monthly service report. Credits are deducted from the next invoice and are limited to half of the monthly Subscription Fee.

6. DATA QUALITY

6.1 Provider shall compile the Licensed Data with professional care using the methods described in its methodology notes, and shall publish corrections and revision notes when errors are found.

6.2 Forecasts are estimates. Provider does not warrant that any forecast will prove accurate, but it shall tell Customer of any known problem in a source or model that affects the Licensed Data.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the integration services and shall not use it for any other purpose, including for improving its forecasts, building products for others or any aggregated or anonymised analysis.

7.2 Provider shall host Customer Data on servers in mainland China, encrypt it in transit and at rest, limit access to named support staff with multi-factor authentication, keep access logs for one year, and delete Customer Data within 30 days after the Subscription Term and confirm the deletion in writing.

7.3 Provider shall notify Customer within 24 hours of any unauthorised access to, or loss or disclosure of, Customer Data or Customer's API keys, take reasonable steps to contain it, and compensate Customer for losses caused by Provider's breach of this clause 7.

7.4 Each party shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China as far as they apply to the data exchanged under this Agreement. No personal information is to be exchanged unless the parties agree it in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in the API and the Licensed Data.

8.2 The custom feed mappings, code lists and transformation scripts prepared for Customer under clause 4 belong to Customer, which may use and modify them freely and give them to its other data suppliers.

9. SUBCONTRACTING

9.1 Provider may not subcontract the hosting, the API operation or the integration services without Customer's prior written consent. Provider's own field observers and data partners named in the methodology notes are not subcontractors under this clause.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term.

10.2 Neither party is liable for loss of profit, trading losses or indirect loss. Clause 10.1 does not apply to breach of clause 7 or to wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It may be renewed only by a written agreement signed by both parties, on terms then agreed.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 Customer may also terminate by written notice if monthly availability falls below the level in clause 5.1 in any three months of a Subscription Year.

11.4 On termination by Customer under clause 11.2 or 11.3, Provider shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The language of the arbitration is English.

13. GENERAL

13.1 Neither party is liable for a failure caused by force majeure, including the outage of a satellite data source outside Provider's control, if it notifies the other party promptly and takes reasonable steps to limit the effect.

13.2 This Agreement and its Annex are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above or by e-mail to the contacts named in the integration plan.

SIGNED for Provider: ____________________
SIGNED for Customer: ____________________

ANNEX - COVERAGE

Countries: Tanzania, Kenya and Uganda. Crops: maize, sesame, pigeon peas and sunflower. Series: weekly crop-condition index by district; monthly yield forecast by region and crop; daily rainfall and temperature by district; quarterly field observation summaries.
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h719z01": ("h719z01_talent_apartment_allocation_platform.pdf", "zh", "software", H719Z01),
    "h719z02": ("h719z02_kitchen_knife_forging_line_retrofit.docx", "zh", "hardware", H719Z02),
    "h719z03": ("h719z03_chinese_chess_chain_booking_saas.txt", "zh", "cloud", H719Z03),
    "h719z04": ("h719z04_silkworm_egg_farm_system_om_service.txt", "zh", "services", H719Z04),
    "h719z05": ("h719z05_rag_doll_cutting_stuffing_tracking_supplier_template.md", "zh", "software", H719Z05),
    "h719e01": ("h719e01_oilseed_traceability_licence_singida_vendor.pdf", "en", "software", H719E01),
    "h719e02": ("h719e02_collections_saas_order_form_sumbawanga_vendor.md", "en", "cloud", H719E02),
    "h719e03": ("h719e03_grain_silo_sensors_monitoring_licence_mpanda_vendor.docx", "en", "hardware", H719E03),
    "h719e04": ("h719e04_managed_it_services_36_months_kahama_vendor.md", "en", "services", H719E04),
    "h719e05": ("h719e05_crop_data_api_subscription_babati_vendor.txt", "en", "cloud", H719E05),
}

G, S = "goods_or_licence", "service"
# terms in the holdout19 key order: availability, p1 hours, remedy, ip owner, data security, buyer owns data,
# confidentiality, LD %/day, cap %, prepayment %, acceptance, final on acceptance, warranty months, post-warranty %,
# auto-renewal increase, termination for breach, subcontract without consent, governing law, kind
TERMS = {
    "h719z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "h719z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True, "PRC", G),
    "h719z03": (99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S),
    "h719z04": (None, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False, "PRC", S),
    "h719z05": (None, None, False, "supplier", True, False, True, 0.1, 20, 65, False, False, 6, None, False, True, None, "PRC", G),
    "h719e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Tanzania", G),
    "h719e02": (99.95, 0.5, True, "buyer", True, True, True, 500 / 574000 * 100, 9 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S),
    "h719e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False, "PRC", G),
    "h719e04": (99.95, 0.5, True, "buyer", False, True, True, 2000 / 2152000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S),
    "h719e05": (99.95, 1, True, "buyer", True, True, False, None, 200, None, True, None, None, None, False, True, False, "PRC", S),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed acceptance, contract value
EXTRA = {
    "h719z01": (True, True, True, False, 1338000),
    "h719z02": (True, True, True, False, 1615000),
    "h719z03": (True, True, None, False, 782000),
    "h719z04": (True, True, None, False, 288000),
    "h719z05": (False, True, False, True, 688000),
    "h719e01": (True, True, True, False, 1274000),
    "h719e02": (True, True, None, False, 574000),
    "h719e03": (True, True, True, False, 1157000),
    "h719e04": (True, True, None, False, 2152000),
    "h719e05": (True, False, None, False, 664000),
}
# TCO inputs for goods_or_licence drafts: itemised licence / hardware subtotal (fee base)
FEE_BASE = {"h719z01": 720000, "h719z02": 1446000, "h719z05": 380000, "h719e01": 860000, "h719e03": 1012400}
# price and payment sums as stated in the texts
SUMS = {
    "h719z01": ([720000, 486000, 74000, 58000], [267600, 602100, 468300]),
    "h719z02": ([504000, 312000, 278000, 116000, 236000, 148000, 21000], [323000, 888250, 403750]),
    "h719z03": ([35 * 9800 * 2, 96000], [96000] + [85750] * 8),
    "h719z04": ([186000, 42000, 18000, 28 * 1500], [72000] * 4),
    "h719z05": ([380000, 262000, 46000], [447200, 240800]),
    "h719e01": ([860000, 312000, 64000, 38000], [254800, 573300, 445900]),
    "h719e02": ([264000, 264000, 46000], [66000] * 8 + [46000]),
    "h719e03": ([420 * 1150, 28 * 6800, 4 * 18500, 265000, 118000, 26600], [115700, 636350, 404950]),
    "h719e04": ([64000, 36 * 58000], [64000] + [58000] * 36),
    "h719e05": ([318000, 318000, 28000], [79500] * 8 + [28000]),
}
DESIGN = {
    "h719z01": [],
    "h719z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h719z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h719z04": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "h719z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h719e01": ["CR-GOVERNING-LAW"],
    "h719e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h719e03": [],
    "h719e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h719e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
}
RISK = {"h719z01": "low", "h719z02": "high", "h719z03": "medium", "h719z04": "medium", "h719z05": "high",
        "h719e01": "low", "h719e02": "medium", "h719e03": "low", "h719e04": "high", "h719e05": "high"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, capped):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not capped or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (EXTRA[key][4] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3 and its 'Where rules apply' notes."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        capped = x["post_warranty_fee_capped"]
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, capped)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, lang, cat, _ = FILES[key]
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
NUMB = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CNDIG = "一二三四五六七八九十百千零两"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    NUMB + r"4[\s-]*(?:小时|个小时|hours?|hrs?|h\b)", r"(?<![" + CNDIG + r"])四\s*(?:个)?小时", r"(?<![\w-])four[\s-]*hours?",
    r"0\.050*(?!\d)", r"(?<![" + CNDIG + r"])万分之五(?![十一二三四五六七八九])", r"千分之零点五",
    NUMB + r"100" + PCT, r"百分之一?百(?![零一二三四五六七八九])", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NUMB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    NUMB + r"15" + PCT, r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    NUMB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    NUMB + r"12\s*(?:个月|月|months?)", r"(?<![" + CNDIG + r"])十二个?月", r"twelve[\s-]*months?", NUMB + r"12-month",
    r"(?<![" + CNDIG + r"])一年(?:质保|保修)|质保期?为?一年|one[\s-]*year\s*warranty",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时内", "4 hours", "within four hours", "4-hour", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%",
            "百分之四十", "forty percent", "12个月", "十二个月", "12 months", "twelve months", "12-month", "质保期一年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "0.08%",
             "万分之八", "万分之二", "200%", "1,000%", "百分之三十五", "35%", "45%", "25%", "百分之四十五",
             "18个月", "二十四个月", "24 months", "36 months", "每年", "one Subscription Year", "0.5 °C", "30 minutes",
             "130%", "2100 %"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back
# ---------------------------------------------------------------------------------------------------------------
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    markup = {k: v[3] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in markup}
    write(markup, targets, OUT, wrap_words=True)
    for k, (name, lang, cat, src) in FILES.items():
        if k not in markup:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    fired = set()
    lengths = {}
    for k, (name, lang, cat, src) in FILES.items():
        # sums
        items, pays = SUMS[k]
        assert sum(items) == EXTRA[k][4], (k, sum(items))
        assert sum(pays) == EXTRA[k][4], (k, sum(pays))
        text = read_back(OUT / name)
        n = length(text, lang)
        lengths[name] = n
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (name, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        lab = label(k)
        t = lab["expected_terms"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(k, t, lab["expected_extra"].get("post_warranty_fee_capped"))
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (k, share)
            print("  TCO share %s: %.2f %%" % (k, share))
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        rules = set(lab["expected_rules"])
        risk = "high" if rules & HIGH else ("medium" if rules - LOW else ("low"))
        assert risk == RISK[k], (k, risk)
        fired |= rules
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print("  %s %s %d %s" % (name, lang, n, ",".join(lab["expected_rules"]) or "(none)"))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    # the mix
    comp = [k for k in FILES if not DESIGN[k]]
    assert sorted(comp) == ["h719e03", "h719z01"]
    assert DESIGN["h719e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["h719z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("h719z02", "h719z03", "h719z04", "h719e02", "h719e04", "h719e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
