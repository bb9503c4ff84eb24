"""holdout1155: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}

S["z01"] = """T:市发展改革委信用修复平台软件许可及定制开发合同
P:合同编号：FGW-ZC-2027-0318    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市发展和改革委员会
P:乙方（供应商）：杭州信衡数据科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就市公共信用信息平台信用修复子系统（以下简称“信用修复平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。本合同为甲方合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供信用修复平台软件（含申请受理、审核流转、修复结果公示、异议处理模块）的永久使用许可，许可范围为甲方及其所属事业单位内部使用，用户数不限。
P:1.2 乙方按甲方需求完成定制开发：信用修复在线申请表单及材料核验、与省公共信用信息平台和“信用中国”网站的修复结果双向推送接口、与市政务服务平台统一身份认证的对接、修复案件统计分析报表二十张。
P:1.3 乙方负责将甲方原有信用修复台账数据约九万六千条迁移至新平台，并负责部署、联调、试运行及对甲方业务人员和系统管理员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），为固定总价，包含软件许可费860,000元、定制开发费540,000元、数据迁移费88,000元、实施及培训费62,000元，以及税费、差旅等全部费用。
P:2.2 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即310,000元。
P:3.2 平台完成部署、数据迁移并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即697,500元。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即542,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按照财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发和数据迁移，并提交初步验收申请。
P:4.2 初步验收通过后进入为期六十日的试运行，试运行期间乙方应安排不少于两名工程师驻场。
P:4.3 因甲方原因（包括未按时提供接口规范、测试环境或业务确认意见）造成延误的，交付期限相应顺延，乙方应在延误事由发生后三个工作日内书面告知甲方，逾期未告知的不予顺延。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能点全部实现；迁移数据经全量比对，记录数与关键字段一致率达到零差错；与省平台及“信用中国”的接口连续七日推送无失败记录；三百名用户并发时页面平均响应时间不超过二秒。
P:5.2 最终验收标准：试运行期间无一级故障；乙方已完成第三方网络安全等级保护测评中涉及本平台的整改项；乙方提交全部源代码、部署文档、接口文档、用户手册及运维手册。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，并出具书面验收意见。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不高于软件许可费的8%（即每年不超过68,800元），前三个维护年度内不得上调，维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次健康巡检并提交巡检报告，内容包括运行日志分析、数据库空间、备份有效性及安全漏洞扫描结果，发现问题应及时整改。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间。
P:7.2 一级故障（平台整体不可用或修复结果无法推送）乙方应在30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时一小时，甲方可从维护费或质量保证金中扣减500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
H:第八条 知识产权
P:8.1 平台标准软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、接口、报表及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台中的信用主体信息、修复申请材料及业务数据均属于甲方所有，乙方不得将其用于履行本合同以外的任何目的。
P:9.2 乙方人员仅可经甲方授权通过堡垒机访问生产环境，不得复制、留存或对外提供任何数据；乙方应落实等级保护第三级的安全要求。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、未公开信息及系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付或通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按照政府采购相关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类政务信用项目经验的项目经理一名，项目经理及核心开发人员未经甲方同意不得更换；确需更换的，应提前十个工作日书面申请，继任人员资历不得低于原人员。
P:15.2 乙方应每周向甲方提交项目周报，说明进度、问题及风险；甲方有权对乙方驻场人员的工作纪律进行监督，对不称职人员要求更换。
P:15.3 乙方应对甲方业务人员开展不少于四期的操作培训，并对系统管理员开展部署、备份恢复和日常巡检培训，培训教材归甲方留存使用。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情防控措施等不可抗力导致不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方据实协商延期或解除，互不承担违约责任。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

S["z02"] = """T:卷板机生产线电气控制系统改造合同
P:合同编号：JBJ-GZ-2027-011
P:甲方（买方）：江苏某电动卷板机制造有限公司
P:乙方（卖方）：常州恒拓自动化工程有限公司
P:甲方拟对其三号车间两条四辊电动卷板机装配及试车生产线的电气控制系统进行改造，乙方提供设备、软件及改造施工服务。双方经友好协商，签订本合同。
H:第一条 改造范围
P:1.1 拆除原有继电器控制柜，更换为PLC控制柜，配套伺服驱动及电机、触摸屏、传感器和编码器；
P:1.2 部署MES数据采集软件及产线监控软件，实现设备状态、工序节拍、能耗和质量数据的实时采集与看板展示；
P:1.3 完成控制程序编写、画面组态、与甲方ERP系统的工单接口开发，以及安装、调试、试生产和培训。
P:1.4 技术要求：PLC及伺服系统采用同一品牌主流型号，控制柜防护等级不低于IP54；改造后设备保留手动、半自动和自动三种操作模式；触摸屏界面采用中文显示，报警信息可追溯查询；软件部署于甲方机房服务器，乙方应提供完整的安装介质和授权文件。
P:1.5 乙方应在合同生效后十五日内完成现场勘察，提交详细设计方案、停线改造计划和安全措施，经甲方书面确认后实施。设计方案的确认不免除乙方对设计质量的责任。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），含增值税、运输、保险及安装调试费用。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|4套|86,000|344,000
TB:2|伺服驱动及电机|8套|31,500|252,000
TB:3|HMI触摸屏|4台|12,000|48,000
TB:4|传感器及编码器|1批|96,000|96,000
TB:5|MES数据采集软件许可|1套|212,000|212,000
TB:6|产线监控软件许可|1套|100,000|100,000
TB:|软硬件小计|||1,052,000
TB:7|安装调试及改造施工|1项|176,000|176,000
TB:8|运输及保险|1项|40,000|40,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,286,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即257,200元。
P:3.2 全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%，即450,100元。到货签收仅确认数量及外观，不视为质量验收。
P:3.3 改造完成并通过最终验收后，甲方支付合同总价的45%，即578,700元。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方现场，并在到货后三十日内完成停线改造和调试。停线改造须利用甲方安排的检修窗口进行，单条生产线停线时间不得超过十日。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:4.3 因甲方未按约定提供停线窗口、现场条件或技术资料造成延误的，工期相应顺延，但乙方应及时书面提出。
H:第五条 验收
P:5.1 验收标准：两条生产线连续试生产十五日，控制系统无死机及误动作；各轴定位精度符合技术协议；MES采集点位全部在线且采集值与设备实际状态一致；ERP工单接口往返无差错；急停及安全联锁功能全部测试通过。
P:5.2 甲方在收到乙方书面验收申请后七个工作日内组织验收并签署验收报告。生产线恢复生产或甲方使用设备，不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内完成整改并重新申请验收，由此增加的费用由乙方承担；整改期间发生的停线损失，双方按各自过错分担。验收合格后，乙方应向甲方移交竣工图纸、电气原理图、程序备份及设备说明书。
H:第六条 质量保证及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:6.2 质保期满后，乙方继续提供维保服务（含定期巡检、备件更换、软件升级及技术支持），年度维保费按软硬件小计的28%计收，即每年294,560元，该价格在质保期满后三年内固定不变。
P:6.3 一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单台设备或局部功能异常）2小时内响应，48小时内处理完毕。
P:6.4 乙方响应或到场每超时一小时，甲方可从应付维保费或质量保证金中扣减500元；同一故障一个月内重复发生三次的，乙方应免费更换相关部件。
P:6.5 乙方应在甲方现场常备易损备件清单所列备件，并在质保期内每半年对控制柜、伺服系统及传感器进行一次预防性检查，检查记录交甲方存档。
H:第七条 知识产权
P:7.1 MES数据采集软件及产线监控软件的著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、ERP接口程序及其源文件，知识产权归甲方所有，甲方有权自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及设备运行数据均归甲方所有，乙方不得用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方逐次审批并通过甲方指定的VPN及工业防火墙接入，不得在乙方设备上留存甲方数据；发生数据泄露或系统被入侵等安全事件，乙方应在2小时内通知甲方并配合处置，因乙方原因造成损失的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 双方对履行本合同过程中获知的对方技术资料、工艺参数、商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 责任限制
P:10.1 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失、人身伤害及违反第八条、第九条造成的损失除外。
H:第十一条 分包
P:11.1 乙方不得转包。电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或设备经两次调试仍无法通过验收，或有其他根本违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 安全生产
P:13.1 乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗，高处作业和带电作业须办理作业票。乙方对其人员的人身安全自行负责，因乙方违章作业造成甲方设备损坏的，乙方应负责修复或赔偿。
H:第十四条 甲方义务
P:14.1 甲方应按时付款，按计划安排停线窗口，提供改造所需的图纸、工艺文件、ERP接口规范和现场水电条件，并指定项目联系人负责协调。
P:14.2 甲方应安排操作及维护人员参加培训，培训合格后方可独立操作改造后的设备。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并在十日内提供证明，履行期限相应顺延；影响超过六十日的，双方协商是否继续履行。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同附件（技术协议、设备清单、验收大纲）为合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

S["z03"] = """书法教室连锁门店预约及会员管理SaaS服务及实施合同

合同编号：MY-SaaS-2027-026
甲方（客户）：成都墨缘书法教育连锁有限公司
乙方（服务商）：成都云课通软件有限公司

甲方在成都、眉山、德阳共经营十七家书法教室门店。为统一课程预约、会员储值与课时核销管理，甲方采购乙方“云课通”预约及会员管理SaaS服务及上线实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方为甲方十七家门店开通“云课通”平台账号，提供课程排期、学员在线预约及候补、课时包及储值卡管理、课时核销、教师课表、家长端微信小程序、门店经营报表等功能。
2. 每家门店含前台及教师账号不超过十五个，总部管理账号五个。
3. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（二）实施服务
1. 将甲方现有Excel及旧系统中的约一万一千名学员档案、剩余课时及储值余额迁移至平台；
2. 按甲方品牌规范定制家长端小程序页面，配置甲方的课程体系、价格体系及会员等级规则；
3. 开发与甲方现有收银系统的对账接口；
4. 对总部及各门店人员进行分批培训。

（三）平台升级
1. 乙方对平台进行版本升级的，应提前五日通知甲方，升级不得减少甲方正在使用的功能，不得导致甲方业务数据丢失；
2. 升级涉及操作方式重大变化的，乙方应提供更新后的操作手册并免费组织线上培训。
（四）培训
1. 乙方应对总部管理人员开展两次集中培训，对各门店前台和教师分三批开展现场或线上培训；
2. 乙方应提供图文操作手册和视频教程，服务期内免费更新。

二、服务费用及支付
（一）SaaS服务年费按每门店每服务年度9,800元计，十七家门店每服务年度合计166,600元，两个服务年度合计333,200元。
（二）实施费为一次性费用46,800元。
（三）本合同总金额为人民币叁拾捌万元整（¥380,000），含税。
（四）实施费在上线验收合格后十个工作日内支付。每个服务年度的SaaS年费在该服务年度开始后十个工作日内支付。
（五）服务期内新增门店的，按每门店每服务年度9,800元按月折算另行计费。

（六）乙方应根据甲方门店扩张计划，为新开门店提供开通、基础配置及远程培训，新开门店的开通工作应在甲方通知后五个工作日内完成。
（七）乙方应每季度向甲方提供平台运行报告，内容包括可用率、故障处理情况、门店使用活跃度及优化建议。

三、上线及验收
（一）乙方应在合同签订后四十日内完成数据迁移、配置、小程序定制及对账接口，并提交上线验收申请。
（二）验收标准：
1. 迁移后学员人数、剩余课时及储值余额与甲方确认的基准表逐户核对一致；
2. 十七家门店均可完成排课、预约、签到核销全流程操作；
3. 对账接口连续五个营业日与收银系统对账无差异；
4. 小程序通过微信审核并正式发布。
（三）甲方在五个工作日内完成验收并书面确认。门店试用期间的使用不视为验收合格。
（四）乙方逾期提交上线验收申请的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

（五）上线切换
1. 乙方应与甲方共同制定上线切换方案，切换安排在门店非营业时段进行，切换前乙方应对迁移数据再次核对；
2. 切换后的第一周为重点保障期，乙方应安排实施顾问在线值守，及时处理门店反馈的问题；
3. 如切换失败，乙方应协助甲方恢复原有工作方式，确保门店正常接待学员。

四、服务水平
（一）平台月度可用率不低于99.95%，计划内维护安排在每日22:00以后并提前两日通知。
（二）故障分级响应：
1. 一级故障（平台无法登录、无法预约或核销）：乙方在8小时内响应，并在响应后尽快恢复；
2. 二级故障（部分功能异常）：1个工作日内响应，3个工作日内解决；
3. 一般咨询：工作时间内2小时答复。
（三）月度可用率每低于约定值0.1个百分点，乙方按当月服务费的5%给予服务抵扣，当月抵扣累计不超过当月服务费的一半，在下一期账单中抵减。

五、数据
（一）甲方上传及平台产生的学员信息、课时及储值记录、预约记录等业务数据归甲方所有。
（二）甲方同意，乙方可对上述业务数据进行去标识化处理后，用于行业经营分析、产品功能改进及发布教育培训行业报告，该使用不受服务期限限制。
（三）数据安全：乙方应对学员个人信息进行加密存储和传输，实行最小权限访问和操作日志留存，平台通过网络安全等级保护第三级测评；发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方并依法报告，因乙方原因造成的损失由乙方承担。
（四）服务期满或合同解除后三十日内，乙方应向甲方完整导出全部业务数据，并在甲方确认后删除平台上的甲方数据。

（五）乙方应为甲方提供按门店、教师、课程维度的数据自助导出功能，导出格式为通用电子表格格式，甲方可随时导出，不另收费。

六、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、对账接口程序及甲方提供的课程内容、品牌素材，知识产权归甲方所有，甲方可自由使用和修改。

（三）甲方终止使用服务或服务期满后，乙方提供的平台账号将停用，但在数据导出完成前乙方应保持甲方账号的只读访问权限，不得另行收取费用。

七、保密
双方对在合作中知悉的对方商业信息、经营数据、技术资料承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

八、责任限制
乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但故意、重大过失及个人信息泄露造成的损失除外。

九、分包
乙方不得将本合同项下的服务转包；实施工作确需分包的，须事先取得甲方书面同意。

十、期限与解除
（一）两个服务年度届满，本合同自动终止，不自动续期。双方如需续约，另行签订合同并协商价格。
（二）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面解除本合同。乙方原因解除的，乙方应按比例退还未履行期间的服务费。

十一、甲方义务
（一）甲方应按时支付服务费，提供数据迁移所需的原始资料并对迁移基准表进行确认。
（二）甲方应妥善保管各门店账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担，但乙方平台自身存在安全缺陷的除外。
（三）甲方应确保其上传的课程内容、图片及品牌素材不侵犯第三方权利。
（四）甲方指定总部运营负责人一名作为项目联系人，负责需求确认、验收组织及日常沟通。

十二、不可抗力
因不可抗力或政府行为导致服务中断的，受影响一方应及时通知对方，并在影响消除后尽快恢复履行。因不可抗力导致服务中断的期间，乙方不计算可用率考核，但应采取合理措施减少甲方损失。

十三、通知
双方在合同首页列明的联系人、电话及电子邮箱为有效送达方式。任何一方变更联系方式的，应在变更后三个工作日内书面通知对方，否则按原联系方式送达即视为有效送达。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

S["z04"] = """某市交通运输局共享单车监管系统年度运维服务合同

项目编号：JTYS-CS-2027-007
采购方式：竞争性磋商
甲方（采购人）：某市交通运输局
乙方（成交供应商）：南京畅行城市科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方响应文件、成交通知书，双方就某市共享单车监管系统年度运维服务订立本合同。

第一条 服务范围
1.1 运维对象为甲方共享单车监管系统，包括企业数据接入平台、车辆定位与电子围栏子系统、停放秩序监管子系统、投诉处置子系统、监管驾驶舱及配套服务器、数据库和网络安全设备。
1.2 服务内容：日常巡检与监控、故障处置、各运营企业数据接入保障、电子围栏数据维护、系统补丁与安全加固、数据备份与恢复演练、重大活动保障、月度运行分析报告，以及甲方提出的小型功能优化。
1.3 服务期自2027年1月1日起至2027年12月31日止。

1.4 日常巡检要求：每日两次检查服务器、数据库、中间件及接口运行状态；每周检查存储空间、日志告警及安全设备策略；每月进行一次全面巡检并形成巡检记录，巡检记录须经甲方信息化负责人签字确认。
1.5 数据接入保障：乙方应每日核对各运营企业上报的车辆投放数量、实时定位、订单及调度数据，对缺报、迟报、数据异常情况形成日报，并按甲方要求督促运营企业整改。
1.6 重大活动保障：在重大节假日、大型赛事及甲方通知的其他重要时段，乙方应制定专项保障方案，增派技术人员现场值守。

1.7 乙方应建立运维知识库，对常见故障的处置步骤、各运营企业接口规范和系统配置变更进行记录，知识库内容归甲方所有并随服务交接一并移交。
1.8 乙方应配合甲方接受上级主管部门的检查、网络安全检查及审计，按要求提供运维资料。

第二条 服务费用
2.1 运维服务费总额为人民币伍拾陆万捌仟元整（¥568,000），包含人工、工具、差旅及税费，服务期内固定不变。
2.2 服务费按季度结算，每季度末经甲方考核后支付142,000元，共四期。

2.3 乙方应在每季度结束后五个工作日内提交季度服务报告、考核自评表及付款申请，并开具合法有效的发票；甲方收到后按财政资金支付程序办理付款。

第三条 人员要求
3.1 乙方应配备项目经理一名、驻场运维工程师两名、数据工程师一名，驻场人员工作日8:30至17:30在甲方指定地点办公。
3.2 驻场人员须具备相应资质，更换人员须提前十个工作日书面报甲方同意。
3.3 节假日及夜间实行电话值守，值守电话须保持畅通。

3.4 乙方驻场人员应遵守甲方的考勤、安全教育和办公管理制度，按甲方要求参加工作例会；驻场人员请假应提前报甲方同意并安排替岗人员。
3.5 乙方应建立技术后援团队，对驻场人员无法解决的问题提供远程或现场支持，后援团队联系人及电话应报甲方备案。

第四条 服务水平
4.1 监管系统月度可用率不低于99.95%。
4.2 一级故障（系统整体不可用、企业数据接入中断或驾驶舱无法访问）：30分钟内响应，2小时内到场，6小时内恢复；二级故障：1小时内响应，12小时内解决；三级故障：4个工作日内解决。
4.3 运营企业数据接入中断超过两小时的，乙方应立即通知甲方并协调企业恢复。
4.4 可用率未达标或故障处置超时的，甲方按《运维考核细则》在当季服务费中扣减，每次扣减1,000元至5,000元，当季扣减总额以当季服务费的20%为上限。

第五条 考核与验收
5.1 甲方每季度按《运维考核细则》对乙方进行考核，考核内容包括可用率、故障处置时效、巡检记录、报告提交、数据接入完整率等，考核得分八十分以上方可足额支付当季服务费。
5.2 服务期满后甲方组织年度验收，验收标准为：全年各季度考核均合格；运维文档、巡检记录、故障台账、备份记录完整移交；系统账号及权限已按甲方要求回收。

第六条 乙方义务
6.1 乙方应按甲方要求开展电子围栏调整、运营企业新增接入等工作，并在甲方书面要求的期限内完成。
6.2 乙方应于每月五日前提交上月运行分析报告。

6.3 乙方应每半年组织一次数据备份恢复演练和一次应急演练，演练方案及结果报甲方备案。
6.4 乙方应建立运维工作台账，完整记录故障发生时间、处置过程、处置结果及责任人员，台账应随时接受甲方检查。
6.5 系统功能优化需求由甲方书面提出，乙方评估工作量后报甲方确认；单项工作量在十个人日以内的优化需求包含在本合同服务费中，超出部分由双方另行协商。

第七条 数据安全
7.1 监管系统中的车辆轨迹、停放、投诉及企业上报数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
7.2 乙方应落实网络安全等级保护第三级要求，运维操作一律通过甲方堡垒机进行，禁止使用未经审批的远程工具；重要数据不得在乙方办公终端存储。
7.3 发生数据泄露、系统被攻击或数据损毁等安全事件，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第八条 工作成果
乙方在服务期间编写的脚本、报表、配置文档、分析报告等工作成果，其知识产权归甲方所有。

第九条 违约责任
9.1 乙方未按第六条约定期限完成甲方交办工作的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
9.2 乙方考核连续两个季度不合格的，甲方有权要求乙方更换项目经理及驻场人员，并按《运维考核细则》扣减服务费。
9.3 在服务期内，任何一方不得以对方违约为由解除本合同，违约方应当继续履行并承担本条规定的违约责任。

第十条 转包与分包
乙方不得将本合同项下服务转包或分包给第三方。

第十一条 服务交接
服务期满或本合同终止时，乙方应在十五日内完成交接，向甲方或甲方指定的后续服务单位移交全部文档、账号、配置及运维工具，并配合后续单位完成不少于二十日的过渡期支持，交接期间不得中断服务。

第十二条 甲方义务
1. 甲方应按合同约定及时支付服务费，为驻场人员提供必要的办公场所和网络条件。
2. 甲方应协调各运营企业配合乙方开展数据接入及整改工作，并及时对乙方提交的方案、报告进行确认。
3. 甲方应指定专人负责运维工作的对接、考核和监督，人员变更时应及时通知乙方。
4. 甲方应在收到乙方季度考核材料后十个工作日内完成考核，并书面告知乙方考核结果及扣减金额。
5. 甲方负责与原运维单位协调，确保服务期开始前完成系统账号、文档和运维资料向乙方的移交。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

第十四条 廉洁履约
乙方及其人员不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益；发现违反本条情形的，甲方有权将乙方相关情况报送政府采购监督管理部门处理。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同附件：运维服务内容清单、运维考核细则、驻场人员名单。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
"""

S["z05"] = """# 石匠云 · 工序追踪管理系统 软件许可及定制开发合同

**（乙方标准合同文本 SJY-HT-V3.0）**

合同编号：SJY-2027-0415

甲方：福建惠安某石雕工艺品有限公司

乙方：泉州石匠云信息技术有限公司

甲方因石雕生产管理需要，向乙方采购“石匠云工序追踪管理系统”软件许可及定制开发服务。双方本着平等自愿原则，签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“石匠云工序追踪管理系统”标准版软件使用许可一套，部署于甲方自有服务器，授权终端数量不超过六十个。

1.2 乙方根据甲方需求进行定制开发，包括：荒料及石材入库登记与批次二维码、雕刻工序派工与计件工时、质检拍照留档、半成品与成品流转追踪、订单进度查询、客户验货照片推送。

1.3 乙方负责系统安装部署、基础数据初始化及甲方操作人员培训。

1.4 系统运行环境：服务器由甲方自行采购，配置不低于乙方书面建议的配置要求；操作系统、数据库及网络设备的采购、安装和维护由甲方负责。

1.5 培训：乙方为甲方提供一次集中操作培训，培训对象为甲方指定的管理人员及各车间班组长，培训人数不超过二十人，超出部分另行收费。

1.6 乙方在本合同项下交付的内容以本合同第一条及乙方报价单所列内容为准，报价单未列明的功能、接口及报表，不属于本合同交付范围。甲方如需与其财务软件、电商平台或其他第三方系统对接，应另行签订合同。

## 第二条 合同金额

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序追踪管理系统标准版软件许可 | 1套 | 238,000 |
| 2 | 定制开发（入库、派工、质检、追踪、订单查询模块） | 1项 | 156,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 26,000 |
| | 合计 | | 420,000 |

合同总金额为人民币肆拾贰万元整（¥420,000），含税。

上述价格不含服务器、操作系统、数据库等第三方软硬件，亦不含乙方人员超出约定次数的现场服务费用。乙方现场服务按每人每天二千元另行计收，差旅费用由甲方据实承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即273,000元，乙方收款后开始开发工作。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总金额的35%，即147,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付滞纳金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方在收到首付款后七十五日内完成系统开发及安装部署。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，交付期相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总金额的万分之三向甲方支付违约金，违约金总额不超过合同总金额的5%。

4.3 乙方交付的内容包括：安装于甲方服务器的系统程序、系统管理员账号、操作手册电子版一份。乙方不向甲方提供源代码、数据库设计文档及开发文档。

4.4 甲方应在乙方通知的部署日期前准备好服务器及网络环境。因甲方环境不具备导致无法部署的，乙方可暂停工作，由此产生的差旅等费用由甲方承担。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方，即视为甲方验收合格。

5.2 甲方在系统部署后提出的修改意见，由乙方视情况在后续版本中统一处理。

5.3 如甲方在系统部署后未使用系统，或因甲方原因未能正常使用系统，不影响乙方收取全部合同款项。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统安装部署完成之日起计算。免费维护期内，乙方通过电话、微信及远程方式为甲方提供技术支持和软件缺陷修复。

6.2 乙方将尽力及时处理甲方反映的问题，具体处理时间视问题复杂程度而定。

6.3 因甲方操作不当、自行修改系统、服务器或网络故障、断电等原因导致的问题，不属于免费维护范围，乙方可另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续享受维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的维护服务价格标准收取。

7.2 甲方未签订年度维护协议的，乙方不再提供系统升级及技术支持。

## 第八条 知识产权

8.1 本系统标准版软件的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、程序代码、数据库设计及相关文档，知识产权归乙方所有。甲方在本合同约定的授权范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。

8.3 乙方有权将定制开发模块纳入标准产品，向其他客户销售。

8.4 甲方不得对本系统进行破解、复制或安装于合同约定以外的服务器，违反本条的，乙方有权停止授权并要求甲方赔偿损失。

8.5 乙方有权在其宣传资料和客户名单中使用甲方名称及本项目案例。

## 第九条 甲方数据

9.1 甲方在系统中录入和产生的订单、工序、质检及客户数据归甲方所有，乙方仅为履行本合同的需要使用。

9.2 甲方应自行负责服务器及数据库的日常备份。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密、客户资料、工艺资料负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后两年内继续有效。

## 第十一条 双方责任

11.1 甲方应按时付款，提供系统部署所需的服务器、网络环境及基础资料，并指定专人配合乙方工作。

11.2 乙方应按合同约定完成开发和部署。乙方对甲方的间接损失、利润损失、数据丢失不承担责任。

## 第十二条 需求变更

12.1 合同签订后，甲方提出新增功能或修改已确认需求的，应以书面形式向乙方提出，乙方评估工作量及费用后报甲方确认。变更费用按乙方人天单价另行计收，交付期限相应顺延。

12.2 甲方在系统开发过程中确认的需求文档、界面原型等为开发依据，甲方不得在开发完成后要求按照未确认的内容进行修改。

## 第十三条 通知

13.1 双方在本合同首页载明的联系人、电话、邮箱和地址为有效通知方式，一方变更的应提前三日书面通知对方。通过电子邮件发送的通知，以发送成功之日视为送达。

13.2 本合同签订后，甲方不得以任何理由要求退还已支付的首付款，但乙方根本违约导致合同解除的除外。乙方联系人变更的，以乙方官方网站或公众号公布的信息为准，乙方无需另行书面通知甲方。

## 第十四条 合同解除

14.1 一方严重违反本合同约定，经另一方书面催告后二十日内仍未改正的，另一方有权书面通知解除本合同，并要求违约方赔偿损失。

## 第十五条 不可抗力

15.1 因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十六条 法律适用与争议解决

16.1 本合同适用中华人民共和国法律。

16.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

17.2 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：＿＿＿＿＿＿　　　乙方（盖章）：泉州石匠云信息技术有限公司

签订日期：＿＿＿＿年＿＿月＿＿日
"""

S["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VOS-CN-2027-014
P:This Agreement is made between Ningbo Hengleng Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang ("Customer"), and Vale Orchard Software Limited, a company registered in England and Wales with its registered office at Abbey Road, Evesham, Worcestershire ("Vendor").
P:Customer operates four temperature-controlled warehouses and wishes to replace its warehouse management system. Vendor licenses the ColdStore WMS product and provides implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdStore WMS product, version 9, in object code, with its standard documentation and the updates Vendor makes generally available.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configurations that Vendor develops specifically for Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the date on which Customer signs the Final Acceptance Certificate under Article 5.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Services
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's four warehouses and its head office in Ningbo for up to 180 named users and 240 handheld terminals, for Customer's and its affiliates' internal business purposes.
P:2.2 Vendor shall provide the following services: solution design; configuration of the Software for inbound, putaway, cold-zone slotting, picking, cross-docking and outbound processes; interfaces to Customer's ERP, its transport management system and its temperature-logger platform; migration of item, location and open-stock data; user and administrator training; and go-live support for each warehouse.
P:2.3 The services are performed mainly at Customer's premises in Ningbo. Vendor may perform development work remotely from its offices, provided that no Customer data leaves Customer's environment except as permitted by Article 8.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,974,000, inclusive of applicable taxes in the People's Republic of China, made up of: Software licence fee CNY 1,240,000; implementation and configuration CNY 486,000; interfaces CNY 212,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of Vendor personnel are included.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price (CNY 197,400) within 20 days after signature of this Agreement against Vendor's invoice.
P:4.2 Customer shall pay 55% of the Contract Price (CNY 1,085,700) within 20 days after the Operational Readiness Certificate is signed for the last warehouse. That certificate confirms that the Software is installed and in use and is not acceptance.
P:4.3 Customer shall pay the balance of 35% of the Contract Price (CNY 690,900) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to Vendor's account stated in the invoice.
H:Article 5 Delivery, Acceptance and Delay
P:5.1 Vendor shall deliver the Software and complete the services so that the last warehouse goes live within 150 days after signature, in accordance with the project plan agreed in the first two weeks.
P:5.2 Final Acceptance tests are run after a stabilisation period of 45 days following the last go-live. The acceptance criteria are: every process in the agreed functional specification passes the test scripts; inventory accuracy measured by a full cycle count in each warehouse reaches at least 99.8%; all interfaces run for ten consecutive business days without an unresolved error; 95% of handheld transactions complete in less than one second at peak load; and no Severity 1 or Severity 2 defect remains open.
P:5.3 Customer shall run the tests within 10 business days after Vendor's written notice of readiness and shall either sign the Final Acceptance Certificate or list the failed criteria. Go-live, productive use of the Software or any payment does not amount to acceptance.
P:5.4 If Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
P:5.5 Each party shall appoint a project manager. The project managers shall meet weekly during implementation, keep a joint log of risks, issues and decisions, and escalate any matter they cannot resolve within five business days to a steering committee made up of one senior executive of each party. Vendor shall not replace its project manager or lead consultant without Customer's agreement, which shall not be unreasonably withheld, and any replacement shall have comparable experience in cold-chain warehousing projects.
P:5.6 Customer shall provide Vendor's staff with workspace, network access and timely decisions, and shall make its key users available for workshops and testing as set out in the project plan.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support is provided in Chinese and English from 08:00 to 20:00 China Standard Time, and around the clock for Severity 1 incidents. A Severity 1 incident is one that stops receiving or dispatching at any warehouse. Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 business hours.
P:6.3 For each full hour by which Vendor exceeds the Severity 1 response or workaround time, Vendor shall pay or credit Customer CNY 1,000.
P:6.4 After the Warranty Period, Customer may order annual support at 11% of the licence fee, being CNY 136,400 per year. That fee is fixed for the first three support years and may afterwards rise by no more than 3% a year. Support is ordered by Customer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code at Final Acceptance, and Customer may use, modify and license them freely, also through third parties.
P:7.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Data Protection and Security
P:8.1 All data entered into or generated by the Software, including stock, customer, order and temperature records ("Customer Data"), belong to Customer. Vendor may use Customer Data only to perform this Agreement.
P:8.2 Vendor shall access Customer's systems only through Customer's VPN with individual accounts approved by Customer, shall keep no copy of Customer Data outside Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Any test data sent to Vendor's offices shall be masked by Customer first.
P:8.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in containment and investigation, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Limitation of Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except as stated in Article 10.1.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 Customer may also terminate if delay damages under Article 5.4 reach their maximum. On such termination Vendor shall refund the amounts paid for the undelivered parts.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate. If such an event lasts more than 60 days, either party may terminate.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of England and Wales.
P:14.2 The courts of England have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals.
P:For Customer: ____________________    For Vendor: ____________________
"""

S["e02"] = """# ORDER FORM — TalentLoom Recruitment and Onboarding Platform

Order Form No. TL-OF-2027-0092

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** TalentLoom Software Ltd, a company registered in England and Wales, whose registered office is at Long Street, Tetbury, Gloucestershire.
- **Customer:** Chengdu Jinrong Retail Chain Co., Ltd., a company incorporated in the People's Republic of China, Chengdu, Sichuan.

### A2. Services and Subscription Term

- **Service:** TalentLoom cloud platform: applicant tracking, interview scheduling, offer management, electronic onboarding forms and the Onboarding module, hosted for Customer in Provider's mainland China region operated by a licensed local cloud partner.
- **Authorised Users:** 60 recruiter seats and unlimited hiring-manager and candidate access.
- **Subscription Term:** 24 months from the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under A4.
- **Implementation:** configuration of Customer's 230 store locations, job templates, approval workflows, WeChat career page, and an interface to Customer's HR master-data system.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Annual fee (CNY) | Total over term (CNY) |
|---|---|---|---|---|
| Core platform subscription | 1 | 188,000 per year | 188,000 | 376,000 |
| Recruiter seats | 60 | 1,450 per seat per year | 87,000 | 174,000 |
| Onboarding module | 1 | 44,000 per year | 44,000 | 88,000 |
| Implementation services (one-time) | 1 | 38,000 | — | 38,000 |
| **Total Order Value** | | | 319,000 | **676,000** |

All fees are in CNY and include VAT.

### A4. Go-Live Acceptance

Provider shall make the configured platform available for Customer's acceptance testing within 50 days after signature. Customer shall test it within 10 business days. The acceptance criteria are: all workflows in the agreed configuration workbook run end to end for three pilot stores; job postings appear on the WeChat career page within ten minutes; the HR master-data interface synchronises new hires without error for five consecutive business days; and all candidate-facing pages are available in Chinese. Customer confirms acceptance in writing. Use of the platform during testing is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

- Implementation fee: invoiced after Go-Live Acceptance, payable within 30 days.
- Subscription fees: invoiced quarterly in advance, the first invoice on the Service Start Date, each payable within 30 days.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. For each renewal term Provider may increase the fees by up to 8% over the fees of the preceding term by notice on its invoice.

Signed for Provider: ____________________    Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall provide the Service in accordance with this Order Form and the documentation, using qualified personnel and industry-standard practices.

1.2 Provider may update the Service from time to time, provided that no update materially reduces the functionality or security of the Service during the Subscription Term.

### 2. Service Levels

2.1 Provider shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and performed between 23:00 and 06:00 China Standard Time.

2.2 If monthly availability falls below the commitment in 2.1, Customer receives a service credit of 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to half of the monthly subscription fee. Credits are deducted from the next invoice.

2.3 Priority 1 incidents (the Service is unavailable or candidates cannot apply) shall be responded to within 1 hour, at any time. Priority 2 incidents shall be responded to within 8 business hours. Provider shall keep Customer informed every two hours until a Priority 1 incident is resolved.

### 2A. Support, Customer Success and Customer Responsibilities

2A.1 Provider shall provide support in Chinese and English through the portal, email and a hotline staffed from 08:00 to 22:00 China Standard Time on all days, and around the clock for Priority 1 incidents.

2A.2 Provider shall assign a customer success manager who shall hold a quarterly business review with Customer, report on adoption, open tickets and service levels, and propose configuration improvements.

2A.3 Provider shall provide administrator training for up to 12 Customer staff during implementation and recorded training materials in Chinese that Customer may use internally without restriction.

2A.4 Provider shall publish release notes at least ten days before any release that changes user-facing functions and shall make a sandbox environment available to Customer throughout the Subscription Term so that Customer can test changes and train new recruiters.

2A.5 Customer shall nominate a system administrator, keep user credentials secure, ensure that its use of the Service complies with applicable law, and obtain any consents required from candidates for the processing of their personal information through the career page.

2A.6 Provider shall maintain a documented business continuity and disaster recovery plan for the Service, test it at least once a year and share a summary of the results with Customer on request.

2A.7 Provider shall ensure that the career page and candidate forms remain compatible with the current versions of the WeChat client and the major mobile browsers used in mainland China.

### 3. Customer Data

3.1 Customer owns all data submitted to the Service by or for Customer, including candidate and employee personal information ("Customer Data"). Provider processes Customer Data only to provide the Service to Customer and on Customer's documented instructions, and for no other purpose.

3.2 Customer Data is stored in mainland China. Provider shall not transfer Customer Data outside mainland China.

3.3 Within 30 days after the end of the Subscription Term Provider shall return Customer Data in a standard format and then delete it, and confirm deletion in writing.

### 4. Security

4.1 Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, apply role-based access and multi-factor authentication for its staff, and keep access logs for at least six months. The hosting environment holds a Level 3 MLPS record.

4.2 Provider shall notify Customer without undue delay and in any event within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall bear the costs and losses caused by an incident resulting from its breach of this Section.

### 5. Subprocessors and Subcontractors

5.1 The hosting partner named in Annex 1 is approved by Customer's signature. Provider shall not engage any other subprocessor or subcontractor for the Service without Customer's prior written consent and remains responsible for those it engages.

### 6. Intellectual Property

6.1 Provider owns the Service and its software. Configurations, templates and workflow content created for Customer and Customer's materials belong to Customer, who may use, copy and modify them freely, also after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to its personnel and advisers who need to know it and are bound by equivalent duties. This obligation lasts for three years after termination.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. This limit does not apply to breach of Sections 3, 4 or 7, to personal injury or to wilful misconduct.

8.2 Neither party is liable for indirect or consequential loss.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

9.2 If Customer terminates under 9.1, Provider shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent. Notices must be in writing and sent to the addresses in A1. This Order Form is executed in English and Chinese; both versions are equally authentic.
"""

S["e03"] = """T:SUPPLY CONTRACT FOR KILN CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. WHC-EQ-2027-0521
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Nailsworth Vibration Analytics Ltd, a company registered in England and Wales with its registered office at Fountain Street, Nailsworth, Gloucestershire, acting through its branch office in Shanghai for local services.
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer wishes to install wireless condition monitoring on the kilns, mills, fans and conveyors of its two clinker production lines. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the wireless vibration and temperature sensors, gateways and edge servers listed in clause 2, and grant a perpetual licence to its KilnSense monitoring software for the Buyer's Wuhu plant.
P:1.2 The Supplier shall install and commission the equipment, configure the analytics models for each monitored asset class, connect KilnSense to the Buyer's distributed control system historian and maintenance management system, and train the Buyer's staff.
P:1.3 The equipment shall be new, of the Supplier's current production, and suitable for the dust, heat and vibration of a cement plant, with sensors rated at least IP67.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,390,000, inclusive of VAT, delivery to the Wuhu plant, insurance, installation and all other costs. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|320|1,850|592,000
TB:2|Industrial wireless gateways|16|9,400|150,400
TB:3|Edge servers|2|46,800|93,600
TB:4|KilnSense monitoring software, perpetual licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,122,000
TB:5|Installation and commissioning|1|148,000|148,000
TB:6|Analytics model configuration|1|96,000|96,000
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,390,000
P:2.2 Spare parts: the Supplier shall deliver, as part of the price, a stock of spare sensors and one spare gateway to be kept at the plant, and shall replenish any spare used for a warranty repair within 15 days.
P:2.3 Documentation: the Supplier shall deliver in Chinese and English the installation drawings, sensor location plan, wiring diagrams, user manual, administrator manual, battery replacement instructions and the test records of each device, in paper and electronic form.
P:2.4 Packaging and transport: equipment shall be packed for road transport and storage in a dusty environment, each package marked with the contract number, item number and gross weight. Risk passes to the Buyer on signed delivery at the plant, and title passes on payment of the installation payment.
P:2.5 Performance bond: within 15 days after signature the Supplier shall provide a performance bond of 10% of the Contract Price issued by a bank in mainland China, valid until the end of the warranty period.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 278,000) within 15 days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:3.2 Installation payment: 45% of the Contract Price (CNY 625,500) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms that all equipment is installed and powered and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 486,500) within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation within 30 days after delivery, working only in the shutdown windows that the Buyer schedules.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance follows a trial run of 30 days after commissioning. The acceptance criteria are: every sensor reports to KilnSense at the configured interval, with no gap longer than two intervals during the trial run; vibration readings agree with a calibrated reference instrument within ±5% on the sample points selected by the Buyer; alarms reach the control room and the maintenance management system within 10 seconds; battery life forecasts meet the technical specification; and no Severity 1 incident occurs in the last 15 days of the trial run.
P:5.2 The Buyer shall complete the tests within 10 working days after the Supplier's notice and sign the Final Acceptance Certificate or state the failed criteria in writing. Installation, operation of the equipment or payment does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including batteries that fail early, and supply software updates and support without charge.
P:6.2 Severity 1 incidents (KilnSense unavailable, or a gateway down so that a kiln or mill is not monitored) shall be responded to within 30 minutes, and the Supplier shall restore monitoring within 24 hours, if necessary with spare gateways held at the plant. Severity 2 incidents shall be responded to within 2 hours.
P:6.3 For each hour by which the Supplier exceeds the response or restoration time, the Supplier shall pay CNY 800, deducted from the final payment or the performance bond.
P:6.4 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, being CNY 78,540 per year. This fee is fixed for three years after the warranty period. Support is ordered annually by purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The KilnSense software and the firmware remain the property of the Supplier, licensed to the Buyer perpetually.
P:7.2 The asset models, alarm rules, dashboards and interface programs developed for the Buyer under this Contract, with their source files, belong to the Buyer, who may use, modify and license them freely.
H:8. Data Security
P:8.1 All data collected by the sensors and processed by KilnSense, and all plant and process data, belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The system is installed on the Buyer's network behind its industrial firewall. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host. The Supplier shall not copy plant data to its own systems.
P:8.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 12 hours, assist in containment and bear the losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent, during the Contract and for five years afterwards.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor may be approved at the kick-off meeting.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:13. Safety on Site
P:13.1 The Supplier's personnel shall comply with the Buyer's plant safety rules, including hot-work permits, lockout procedures and protective equipment, and shall attend the Buyer's safety induction before starting work.
H:13A. Training
P:13A.1 The Supplier shall train up to 20 of the Buyer's maintenance engineers and control room operators in the use of KilnSense, the interpretation of vibration trends and alarms, sensor mounting and battery replacement, and the administration of the edge servers. Training shall be given at the plant in Chinese, with interpretation where needed, and the training materials may be copied and used by the Buyer internally.
P:13A.2 The Supplier shall give the Buyer's reliability team four half-day coaching sessions in the first months after Final Acceptance to review the alarms raised and tune alarm thresholds with them.
H:13B. Force Majeure
P:13B.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, and the time for performance shall be extended by the period of delay. If the event lasts more than 60 days, either party may terminate by written notice.
P:13A.3 The Supplier shall give the Buyer remote refresher training once a year during the warranty period for new staff, at no extra charge.
H:13C. Notices
P:13C.1 Notices under this Contract shall be in writing in Chinese or English and delivered by hand, courier or email to the addresses stated on the signature page. A notice sent by email is received on the next working day after it is sent.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
P:Annex 1: Technical Specification. Annex 2: Acceptance Test Procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

S["e04"] = """# MANAGED END-USER COMPUTING SERVICES AGREEMENT

Agreement No. DSM-MS-2027-031

**Between** Hangzhou Qiyuan Pharmaceutical Distribution Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang (the **Customer**), and **Dursley Service Management Ltd**, a company registered in England and Wales with its registered office at Parsonage Street, Dursley, Gloucestershire, acting with its wholly owned subsidiary in Hangzhou (the **Supplier**).

## 1. Definitions

1.1 **Services** means the managed end-user computing services described in Schedule 1.

1.2 **Service Commencement Date** means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.

1.3 **Term** means 36 months from the Service Commencement Date.

1.4 **Charges** means the charges set out in Schedule 3.

## 2. Services

2.1 The Supplier shall provide the Services to the Customer's head office and its 13 regional distribution centres in Zhejiang and Jiangsu, covering about 1,450 users and their laptops, desktops, printers, mobile devices and meeting-room equipment.

2.2 The Supplier shall perform the Services with skilled staff, in accordance with good industry practice, the Customer's IT policies and the service levels in Schedule 2.

2.3 The Supplier shall keep a named service delivery manager for the Customer, who shall attend a monthly service review and provide a monthly report on incidents, requests, service levels, asset changes and improvement actions.

## 3. Transition

3.1 The Supplier shall take over the Services from the Customer's current provider within 75 days after signature, following the transition plan in Schedule 1, including knowledge transfer, asset inventory, tool configuration and parallel running.

3.2 If the Service Commencement Date is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## 4. Transition Acceptance

4.1 The Customer shall sign the Transition Acceptance Certificate when the following criteria are met: the asset inventory is reconciled with the Customer's records and every difference is explained; all sites have been taken over; the service desk has run for 14 days in parallel with no Priority 1 incident missed; the knowledge base covers the 50 most frequent request types; and all Supplier staff have completed the Customer's GxP and data-protection training.

4.2 Operation of the Services during parallel running does not amount to acceptance.

4.3 After Transition Acceptance the Supplier shall run a hypercare period of 30 days, during which a transition manager remains on site at the head office and reports daily to the Customer on open issues.

## 5. Charges and Payment

5.1 The Charges are a one-time Transition Charge and a fixed Monthly Service Charge, as set out in Schedule 3. The total contract value over the Term is CNY 2,200,000.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each correct invoice within 30 days.

5.3 The Charges are fixed for the Term. Additional devices beyond the volume band in Schedule 3 are charged at the unit rates stated there.

## 5A. Governance and Continuous Improvement

5A.1 The parties shall hold a monthly service review and a quarterly steering meeting. The Supplier shall present a continuous improvement plan each quarter, covering ticket trends, recurring problems, automation opportunities and user satisfaction survey results.

5A.2 The Customer may request changes to the Services through the change control procedure. The Supplier shall assess each request within ten business days and state its impact on the Charges, service levels and timetable. No change is binding until both parties sign it.

5A.3 The Customer's responsibilities are to provide access to its sites and systems, keep its IT policies current, nominate a service owner and approve standard changes in time.

5A.4 The Supplier shall keep the Customer's asset register current in the service management tool and give the Customer read access to all tickets, reports and dashboards at all times.

5A.5 Each party shall give the other party written notice of any change in its contact persons, invoicing address or bank details at least ten business days before the change takes effect.

## 6. Customer Data and Security

6.1 All data that the Supplier accesses or processes in performing the Services, including personal information of the Customer's staff and business partners and GxP records ("Customer Data"), belong to the Customer. The Supplier shall use Customer Data only to provide the Services.

6.2 The Supplier shall access the Customer's systems only through named accounts with multi-factor authentication, shall not store Customer Data on its own systems, and shall wipe any storage media it removes from a device using a method approved by the Customer and issue a certificate for each device.

6.3 The Supplier shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall assist the Customer in meeting its obligations under the Personal Information Protection Law and the Data Security Law, and shall be responsible for losses caused by its breach of this Section.

## 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party in connection with this Agreement that is marked or should reasonably be understood as confidential, and shall use it only for this Agreement. This obligation survives for five years after the Term.

## 8. Intellectual Property

8.1 The Supplier's tools, methods and pre-existing materials remain the Supplier's. Documentation, scripts, device images, knowledge-base articles and configurations produced for the Customer belong to the Customer, who may use and modify them freely and pass them to any successor provider.

## 9. Subcontracting

9.1 The Supplier may subcontract on-site field support at any site, and the maintenance of printers and meeting-room equipment, to local subcontractors of its choice by giving the Customer written notice of the subcontractor's name and scope at least 10 days before it starts work. The Supplier remains responsible for its subcontractors.

## 10. Liability

10.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. Nothing limits liability for personal injury or fraud.

## 11. Term, Renewal and Termination

11.1 This Agreement takes effect on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the Supplier misses the same Priority 1 service level in three consecutive months.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, including transfer of the knowledge base, open tickets and asset records to the Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services and Transition

| Service element | Description | Hours |
|---|---|---|
| Service desk | Bilingual desk by phone, chat and portal; ticket logging and first-line resolution | 07:30–21:00 daily |
| On-site support | Field engineers at head office and regional centres; device moves, adds and changes | Business days |
| Device lifecycle | Imaging, deployment, asset tagging, disposal with certified wiping | Business days |
| Endpoint management | Patch deployment, antivirus monitoring, encryption compliance | 24 × 7 monitoring |
| Transition | Knowledge transfer, inventory, tooling, 14-day parallel run | Days 1–75 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| P1 | A site or a warehouse operation cannot work | 30 minutes | 6 hours | 2% of the Monthly Service Charge per incident |
| P2 | A group of users or a key user is affected | 1 hour | 1 business day | 1% of the Monthly Service Charge per incident |
| P3 | A single user is affected, with a workaround | 8 business hours | 3 business days | Counted in the monthly report |

Total service credits in a month are capped at 20% of the Monthly Service Charge. Credits are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 94,000 |
| Monthly Service Charge | 36 months × CNY 58,500 | 2,106,000 |
| **Total contract value** | | **2,200,000** |
| Additional devices above 1,600 | Per device per month | 28 |
| Exit assistance | Per engineer day | 2,400 |
"""

S["e05"] = """DATA SUBSCRIPTION AGREEMENT - VESSEL POSITION AND PORT CALL DATA API

Agreement No. SMD-DS-2027-118

PARTIES

Severn Maritime Data Ltd, a company registered in England and Wales with its registered office at High Street, Thornbury, South Gloucestershire ("Provider").

Qingdao Haiyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong ("Customer").

BACKGROUND

Provider collects and processes vessel position reports, port call records and vessel particulars from terrestrial and satellite receivers and licensed sources. Customer wishes to receive this data through Provider's application programming interface (API) for use in its shipment tracking and customer notification systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel position, port call, estimated time of arrival and vessel particulars data that Provider makes available through the API under the plan in clause 3.

1.2 "Start Date" means the date on which Customer confirms Onboarding Acceptance under clause 4.

1.3 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first beginning on the Start Date and the second on its first anniversary.

1.4 "Subscription Term" means the two Subscription Years.

1.5 "Customer Data" means the watch lists, container and booking references, queries, account information and any other data that Customer or its users submit to the API or the web console.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API, to store the Data in its own systems, and to use the Data in its shipment tracking platform and in notifications and reports to its own clients, provided that Customer does not resell the Data as a standalone data product.

2.2 Customer may permit its affiliates in mainland China to use the Data under this Agreement. Customer remains responsible for their compliance.

2.3 Provider shall give Customer access to a test environment during onboarding and for the whole Subscription Term.

3. PLAN AND FEES

3.1 Plan: Global Fleet Plus, covering all commercial vessels above 300 gross tonnage, with position updates at intervals of at most two minutes in coastal areas and fifteen minutes at sea, port call events for all ports worldwide, and up to 4,000 vessels on watch lists at any time.

3.2 Fees:
(a) Subscription fee, first Subscription Year: CNY 286,000;
(b) Subscription fee, second Subscription Year: CNY 286,000;
(c) Onboarding and integration support, one-time: CNY 24,000.
Total contract value: CNY 596,000, inclusive of VAT.

3.3 API calls above 2,500,000 per month are charged at CNY 0.02 per call, invoiced monthly in arrears.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall provide API credentials, documentation in English and Chinese, and up to 15 days of integration support by its engineers, remotely and in Qingdao, to connect the API to Customer's tracking platform.

4.2 Onboarding Acceptance tests shall show that: all endpoints in the plan return valid responses from Customer's production environment; for a sample of 200 vessels chosen by Customer, position data is on average no older than five minutes at the time of the query; port call events for the ports of Qingdao, Shanghai, Ningbo, Singapore and Rotterdam match the port authorities' records for a test week; and the webhook notifications reach Customer's endpoint. Customer confirms Onboarding Acceptance in writing after these tests are passed. Use of the test environment is not acceptance.

5. INVOICING AND PAYMENT

5.1 The onboarding fee is invoiced on Onboarding Acceptance.

5.2 The subscription fee for each Subscription Year is invoiced at the beginning of that Subscription Year.

5.3 Customer pays each invoice within 30 days in CNY to Provider's account with a bank in mainland China. Late payments bear interest at the loan prime rate of the People's Bank of China.

6. SERVICE LEVELS

6.1 Provider shall make the API available 99.95% of the time in each calendar month, measured at Provider's gateway and excluding scheduled maintenance announced at least 72 hours in advance.

6.2 Provider shall provide technical support by email, portal and telephone. Priority 1 incidents (the API is unavailable, or Data is not being updated for more than 30 minutes) shall be responded to within 1 hour at any time. Priority 2 incidents shall be responded to within one business day.

6.3 Provider shall publish monthly availability reports in the web console and shall use commercially reasonable efforts to restore the API as soon as possible after any failure. Customer acknowledges that availability depends on third-party receivers and networks. Provider gives no service credits, fee reductions or other compensation for availability below the level in 6.1 or for late responses.

7. DATA QUALITY

7.1 Provider shall apply its standard validation and filtering processes to the Data and shall correct errors that Customer reports within five business days. Provider does not guarantee that the Data is complete or free from error, as it depends on signals transmitted by vessels.

7.2 Provider shall notify Customer at least 60 days in advance of any change to the API that is not backward compatible and shall keep the previous version available for at least 90 days after the new version is released, so that Customer can adapt its systems.

7.3 Provider shall maintain a status page showing the current state of the API and scheduled maintenance, and shall send incident notices to the contacts named by Customer.

7A. CUSTOMER RESPONSIBILITIES

7A.1 Customer shall keep its API keys secure, shall use the API only within the plan limits and the documentation, shall not attempt to identify individual crew members or other persons from the Data, and shall comply with applicable export control and sanctions laws in its use of the Data.

7A.2 Customer shall nominate a technical contact for onboarding and support matters.

7A.3 Customer shall attribute the Data to Provider in reports that it publishes to the public, in the form set out in the documentation, and shall not remove any copyright notices embedded in the Data.

7A.4 Customer shall inform Provider promptly of any suspected misuse of its API keys so that Provider can revoke and replace them. Provider shall issue replacement keys within one business day.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the API and support to Customer and shall not disclose, sell or use it for any other purpose, including the improvement of its own products.

8.2 Provider shall host Customer Data in a data centre in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least six months.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be liable for losses caused by its failure to comply with this clause.

8.4 Within 30 days after the Subscription Term ends, Provider shall delete Customer Data and confirm deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data and the API. Customer owns the reports, dashboards, analyses and software that it creates using the Data, and the custom watch-list configurations and webhook mappings that Provider configures for Customer during onboarding, which Customer may use and modify freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business and technical information, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Subscription Term.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total contract value stated in clause 3.2, except for breach of clauses 8 and 10, infringement, personal injury and wilful misconduct, which are not limited.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

12. SUBCONTRACTING

12.1 Provider shall not subcontract any part of the onboarding or support services without Customer's prior written consent. Licensed data sources that supply Provider are not subcontractors.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If Customer terminates for Provider's breach, Provider shall refund the unused part of the prepaid subscription fee.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, intended rules
FILES = {
    "z01": ("h1155z01_credit_repair_platform_licence", "pdf", "zh", "software"),
    "z02": ("h1155z02_plate_rolling_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h1155z03_calligraphy_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h1155z04_bike_sharing_supervision_om_service", "txt", "zh", "services"),
    "z05": ("h1155z05_stone_carving_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h1155e01_cold_chain_wms_perpetual_licence", "pdf", "en", "software"),
    "e02": ("h1155e02_recruitment_saas_order_form", "md", "en", "cloud"),
    "e03": ("h1155e03_kiln_monitoring_sensors_licence", "docx", "en", "hardware"),
    "e04": ("h1155e04_managed_end_user_computing_36m", "md", "en", "services"),
    "e05": ("h1155e05_vessel_data_api_subscription", "txt", "en", "cloud"),
}
G, SV = "goods_or_licence", "service"
# avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
T = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 28, False, True, False, "PRC", G),
    "z03": (99.95, 8, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True, False, "PRC", SV),
    "z04": (99.95, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None, False, False, False, "PRC", SV),
    "z05": (None, None, False, "supplier", False, True, True, 0.03, None, 65, False, False, 6, None, False, True, None, "PRC", G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False, "England and Wales", G),
    "e02": (99.5, 1, True, "buyer", True, True, True, 500 / 676000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", SV),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True, False, "PRC", G),
    "e04": (None, 0.5, True, "buyer", True, True, True, 1800 / 2200000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, True, "PRC", SV),
    "e05": (99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False, "PRC", SV),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 1550000),
    "z02": (True, True, True, False, 1286000),
    "z03": (True, True, None, False, 380000),
    "z04": (True, True, None, False, 568000),
    "z05": (False, True, False, True, 420000),
    "e01": (True, True, True, False, 1974000),
    "e02": (True, True, None, False, 676000),
    "e03": (True, True, True, False, 1390000),
    "e04": (True, True, None, False, 2200000),
    "e05": (True, False, None, False, 596000),
}
FORUM_OUTSIDE = {"e01"}  # courts of England
FEE_BASE = {"z01": 860000, "z02": 1052000, "z05": 238000, "e01": 1240000, "e03": 1122000}  # itemised licence/hardware
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "medium", "e05": "high"}


def label(k):
    terms = dict(zip(KEYS, T[k]))
    sla, lds, capped, deemed, value = EXTRA[k]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    stem, ext, lang, cat = FILES[k]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(DESIGN[k])}


def tco_share(k, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[k] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(k, lab):
    """My reading of policy §3 applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(k, lab)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.90*(?!\d)",
    NUM + r"4(?:\.0+)?\s*-?\s*(?:hours?\b|hrs?\b|h\b|个?小时)", r"\bfour[\s-]*hours?\b", r"(?<![零一二三四五六七八九十百])四个?小时",
    NUM + r"240\s*(?:minutes|mins|分钟)",
    NUM + r"0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?!十)", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"(?:100|30|40|15)(?:\.0+)?\s*(?:%|％|per\s*cent\b|percent\b)",
    r"百分之(?:百|一百|三十|四十|十五)(?![一二三四五六七八九点])",
    r"\b(?:one\s*hundred|thirty|forty|fifteen)\s*(?:per\s*cent|percent)",
    NUM + r"12\s*-?\s*(?:months?\b|个月)", r"(?<![零一二三四五六七八九十百])十二个月", r"\btwelve[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内响应", "四小时", "a four-hour response", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "thirty per cent", "40 %", "百分之四十", "15%",
            "百分之十五", "12 months", "12-month", "12个月", "十二个月", "twelve-month", "4h", "0.050 %"]
MUST_MISS = ["99.95%", "within 24 hours", "24小时", "二十四小时内", "150%", "2027年12月31日", "0.08%", "万分之八",
             "万分之五十", "1,450 per seat", "30 days", "4,000 vessels", "115%", "0.15%", "1,300 %", "412 months",
             "14 hours", "0.4 hours", "P1 response", "45%", "35%", "万分之二"]


def hits(text):
    out = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(v)]
    return out


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    targets = {k: (v[0] + "." + v[1], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: S[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, cat) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(S[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered = set()
    problems = []
    for k, (stem, ext, lang, cat) in FILES.items():
        lab = label(k)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        d = derive(k, lab)
        if d != sorted(DESIGN[k]):
            problems.append((k, "derived", d, "design", sorted(DESIGN[k])))
        covered |= set(d)
        sevs = {SEV[r] for r in d}
        risk = "high" if "high" in sevs else "medium" if "medium" in sevs else "low"
        if risk != RISK[k]:
            problems.append((k, "risk", risk, RISK[k]))
        for key, th in THRESH.items():
            v = lab["expected_terms"][key]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((k, "label on threshold", key, v))
        s = tco_share(k, lab)
        if s is not None and abs(s - 40) <= 2:
            problems.append((k, "TCO share near threshold", s))
        text = read_back(OUT / (stem + "." + ext))
        h = hits(text)
        if h:
            problems.append((k, "threshold text", h))
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((k, "length", n, (lo, hi)))
        print(f"{k} {stem}.{ext}: length {n} {'ok' if ok else 'OUT OF RANGE'}; rules {d}; risk {risk}"
              + (f"; TCO share {s:.2f}%" if s is not None else ""))
    missing = set(SEV) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")
