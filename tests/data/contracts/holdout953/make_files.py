"""holdout953: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the brief's checks (lengths, no value / text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:数字档案馆利用服务平台采购合同
P:合同编号：DAJ-ZFCG-2027-017
P:甲方（采购人）：××市档案局
P:乙方（供应商）：杭州卷宗信息技术有限公司
P:依据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件，甲乙双方就数字档案馆利用服务平台的软件许可及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字档案馆利用服务平台软件许可（永久使用，不限用户数），并完成以下定制开发：在线查档预约、跨馆出证、档案利用统计分析、与市政务服务平台及本局档案管理系统的接口。
P:1.2 乙方负责历史利用登记数据的迁移、系统部署、联调测试及使用培训，交付源代码（定制部分）、数据库设计说明、部署手册和用户手册。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾壹万伍仟元整（¥1,615,000），其中：平台软件许可费¥868,000；定制开发费¥536,000；数据迁移及接口对接费¥148,000；实施及培训费¥63,000。
P:2.2 上述价款包含税费、差旅、第三方组件费用及质保期内全部服务费用，合同履行期间不作调整。
P:2.3 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方违约应支付的违约金，甲方可从履约保证金中扣除。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函及发票后十个工作日内支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政资金支付程序付款，乙方应提前开具合法有效的发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订之日起九十日内完成部署并提交初步验收申请，初验通过后进入九十日试运行期。
P:4.2 乙方应按甲方确认的实施计划每两周报送进度，进度偏差超过十日的，应书面说明原因并提出追赶措施。
P:4.3 乙方应派驻项目经理一名、开发及实施人员不少于六名，项目经理须具有同类档案信息化项目经验，未经甲方同意不得更换；甲方认为人员不称职的，有权要求乙方在十个工作日内更换。
P:4.4 乙方应为甲方系统管理员及各利用窗口工作人员提供不少于三期集中培训，每期不少于两天，并提供培训教材、操作视频及考核记录；培训合格率未达到甲方要求的，乙方应免费补训。
P:4.5 部署环境由甲方在政务云提供，乙方应按甲方网络安全要求完成等级保护测评所需的整改配合工作，并提交系统安全配置基线。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术要求；在线查档预约、出证流程端到端测试通过；接口数据与源系统逐条比对一致；三百并发用户下页面平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；累计处理利用申请不少于八百件且数据无差错；全部技术文档及源代码已移交并经甲方核验。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及现场支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥78,120），该价格在质保期满后三个年度内保持不变，维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意。
P:7.2 故障分级响应：一级故障（平台不可用或数据错误影响对外服务）30分钟内响应，2小时内到场；二级故障2小时内响应，次工作日内解决；三级故障一个工作日内响应。
P:7.3 乙方应设立7×24小时服务热线及专职服务工程师，每月提交运行报告，内容包括可用率统计、故障处理记录、性能分析和安全巡检结果，并在重要节假日及档案开放日前开展专项巡检。
P:7.4 乙方未达到上述响应时限的，每迟延一小时向甲方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，扣减当年维护等值费用¥1,500，可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 本合同项下定制开发的程序、接口、源代码、文档及其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.2 平台软件本身的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用权。乙方保证所交付成果不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台中的档案目录、利用登记、查档人身份信息等全部数据属于甲方，乙方仅为履行本合同目的接触，不得用于其他任何用途。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及档案安全管理规定，运维须经甲方审批并通过堡垒机操作，不得将数据复制或带离甲方环境，测试使用脱敏数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应向甲方移交全部数据及账号权限，并删除其可能留存的任何数据副本，出具书面销毁说明，由甲方确认。
H:第十条 保密
P:10.1 双方对在履行合同中知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后三年内继续有效，涉及国家秘密的依照相关法律执行。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之六支付违约金。
P:11.2 交付成果不符合约定的，乙方应在甲方要求期限内免费整改；整改后仍不合格的，甲方有权拒收并要求赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或发生重大违约经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分，内容不一致的，以有利于甲方的解释为准。
P:15.2 乙方应接受甲方及财政、审计部门对本项目的监督检查，如实提供相关资料。合同变更须经双方书面确认，并按政府采购规定办理备案。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：××市档案局　　　　乙方（盖章）：杭州卷宗信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:纸制品生产线控制系统改造合同
P:合同编号：HDH-SB-2027-006
P:甲方：东阳市恒达档案用品有限公司
P:乙方：宁波智控自动化工程有限公司
P:甲方为提高档案盒、档案袋生产线的自动化水平，委托乙方对其现有三条模切成型线、两条糊盒线及一条印刷开槽线的电气控制系统进行改造。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的设计、设备供货、安装、编程、调试及培训，包括更换PLC控制柜、伺服驱动及电机、HMI触摸屏，加装视觉检测相机，并部署产线监控软件，实现工单下发、设备状态采集、产量与废品率统计及报警推送。
P:1.2 乙方应编制改造方案，经甲方书面确认后实施。改造应分线进行，每条线停产时间不得超过五日，不得影响其他生产线正常生产。改造方案应包括电气设计、控制逻辑说明、网络拓扑、安全联锁设计及进度计划。
H:第二条 设备及价款
P:2.1 合同总价为人民币壹佰捌拾肆万陆仟元整（¥1,846,000），明细如下：
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC控制柜|6套，含PLC、I/O模块、柜体|708,000
TB:2|伺服驱动及电机|成套，按改造方案配置|412,000
TB:3|HMI触摸屏|16台，15.6英寸工业级|152,000
TB:4|视觉检测相机|8套，含光源及检测软件|184,000
TB:5|产线监控软件许可|永久许可，6条线|226,000
TB:|软硬件小计||1,682,000
TB:6|安装调试|含拆旧、布线、编程、联调|146,000
TB:7|培训|操作及维修人员培训|18,000
TB:|合同总价||1,846,000
P:2.2 上述价款为固定总价，包含设备、软件、运输、保险、安装、税费及质保期内服务费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%。
H:第四条 交货及工期
P:4.1 乙方应在合同签订后四十五日内将设备运至甲方厂区，并在到货后六十日内完成全部改造和调试。
P:4.2 拆除的旧控制柜、旧电机及线缆归甲方所有，乙方应分类整理后堆放至甲方指定地点，不得擅自处置。
P:4.3 乙方施工应遵守甲方安全生产管理制度，动火、登高及带电作业须办理审批，施工人员须经甲方安全培训。因乙方施工原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在每条生产线改造前提交停产计划、切换方案和回退方案，经甲方生产部门确认后方可停线施工；切换失败的，乙方应立即恢复原有控制系统，保证甲方订单交付。
P:4.5 乙方应在最终验收前交付电气原理图、接线图、PLC及HMI程序备份、参数清单、设备说明书、备品备件清单和操作维护手册各两套，并提供电子版。
P:4.6 乙方应对甲方操作工、班组长和设备维修人员进行分批培训，培训内容包括设备操作、常见故障判断、程序备份与恢复及安全注意事项，培训结束后进行实操考核。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，验收标准为：各工位动作与改造方案一致；连续运行七十二小时无停机故障；设备综合效率不低于改造前水平；视觉检测漏检率不高于千分之二；监控软件产量数据与人工盘点差异不超过0.5%。
P:5.2 全部单线验收合格且连续试生产三十日无重大故障后，双方签署最终验收报告。设备安装完毕或投入生产均不视为验收合格。
P:5.3 单线验收不合格的，乙方应在十日内整改并重新申请验收；同一生产线两次验收仍不合格的，甲方有权要求乙方更换相关设备或退还该线对应价款。
P:5.4 验收所需的测试材料由甲方提供，测试人员由双方共同派出，验收记录经双方代表签字后生效。
H:第六条 质保及售后维保
P:6.1 质保期为十八个月，自最终验收之日起算。质保期内乙方免费维修、更换故障部件，并提供软件升级。
P:6.2 服务响应：一级故障（生产线停机）1小时内响应，6小时内到场；二级故障（单工位异常）8小时内到场；三级故障两个工作日内处理。乙方未按时响应或到场的，每超时一小时向甲方支付¥500。
P:6.3 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、程序维护及远程支持。年度维保费按软硬件小计的26%计取，即每年¥437,320，服务期内不作调整，按年签订维保确认书。维保服务内容包括：每季度现场巡检一次并出具报告；易损件按成本价供应；程序变更及参数优化每年不少于两次；故障响应时限与质保期相同。
P:6.4 乙方保证常用备件在当地仓库常备，停产后八年内继续供应兼容备件；备件停产的，应提前六个月书面告知甲方并提供替代方案。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方、接口程序及相关文档，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人修改。
P:7.2 产线监控软件的著作权归乙方，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产线运行数据、工单、配方及质量数据属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的加密通道接入，操作全程记录；不得在乙方设备上留存甲方数据。发生数据泄露或被篡改事件的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成损失的，乙方承担赔偿责任。
P:8.3 监控软件部署于甲方厂区服务器，不得未经甲方同意连接外部网络；乙方应关闭设备默认账户，设置强口令，并在交付时将全部管理员账户移交甲方。
H:第九条 保密
P:甲乙双方对在合作中获知的对方技术资料、工艺参数、客户信息及经营信息负有保密义务，合同终止后三年内仍然有效。
H:第十条 分包
P:乙方可将电气安装、线缆敷设等辅助工作分包给具有相应资质的单位，但应提前五日书面通知甲方，并对分包单位的工作质量负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 改造后设备或软件不符合约定的，乙方应免费整改，因改造原因造成甲方停产损失的，乙方应予赔偿。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:乙方逾期超过三十日，或严重违约经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应在十五日内撤场，已安装设备经甲方确认可继续使用的，按实际价值结算。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 合同履行中需增加或减少改造内容的，双方应签订书面变更单，变更价款参照本合同单价确定；无可参照单价的，由双方协商确定。
P:14.2 乙方所供设备应为全新、原厂正品，并提供合格证及原厂质保证明；软件应为正版，并提供授权文件。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单、验收记录表。
P:甲方（盖章）：东阳市恒达档案用品有限公司　　乙方（盖章）：宁波智控自动化工程有限公司
"""

Z03 = """冰球培训门店预约及会员管理系统服务合同

合同编号：BQ-IT-2027-03
甲方：上海冰锋体育发展有限公司
乙方：南京云趣软件科技有限公司

甲方在华东地区经营30家冰球培训门店，现采购乙方的预约及会员管理云服务（以下称“本服务”）及上线实施服务。双方协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下功能：课程排期与教练排班、学员在线预约及签到、会员卡及课时包管理、冰场时段租赁、储值与线上支付对账、家长端小程序、经营报表。
（二）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（三）上线实施服务包括：30家门店的基础配置、会员卡规则与课时规则配置、原有会员及课时余额数据迁移、与甲方财务系统的对账接口、小程序品牌页面定制、店长及前台人员培训。
（四）服务期内，甲方可开通管理端账号不超过三百个，学员及家长端用户数不限；甲方总部可按区域、门店、教练维度查询经营数据并导出报表。
（五）乙方应保证本服务符合支付、消费者权益保护及未成年人保护方面的监管要求，并根据法规变化及时完成功能调整，不另行收费。

二、服务费用
（一）订阅费按门店计算，每家门店每个服务年度人民币6,800元，30家门店每个服务年度合计人民币204,000元，两个服务年度合计人民币408,000元。
（二）上线实施费为一次性费用人民币76,000元。
（三）合同总价为人民币484,000元，含税。服务期内新增门店的，按每家门店每个服务年度6,800元按剩余月份折算。
（四）短信、支付通道手续费由甲方按第三方实际收费另行承担，不计入合同总价。

三、付款方式
（一）本合同不设预付款。
（二）上线实施费在系统通过上线验收后十五个工作日内支付。
（三）订阅费按季度支付，每个季度结束后十个工作日内，乙方提交服务报告及发票，甲方核对后支付该季度订阅费51,000元。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 合同约定功能均可正常使用，与需求确认书一致；
2. 迁移后会员数量、课时余额、储值余额与甲方原系统逐条核对一致；
3. 对账接口连续十日与甲方财务系统对账无差异；
4. 高峰时段五百人同时预约时，页面响应时间不超过3秒；
5. 全部门店店长及前台人员完成培训并通过考核。
（三）验收由甲方组织，双方签署上线验收单。系统开通使用或甲方付款不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月度可用率不低于99.95%（不含经甲方同意的计划维护时间）。
（二）故障响应：
1. 一级故障（全部或多家门店无法预约、签到或收款）：1小时内响应，3小时内恢复；
2. 二级故障（单店或单一功能异常）：2小时内响应，当日恢复；
3. 三级故障（咨询及一般问题）：一个工作日内答复。
（三）月度可用率低于承诺值的，按低于部分每0.02个百分点减免当月订阅费的2%；一级故障响应或恢复超时的，每次减免当月订阅费的3%。当月减免总额不超过当月订阅费。
（四）乙方应提供7×24小时服务热线及专属客户成功经理，每季度提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（五）乙方对平台进行版本升级的，应提前五个工作日通知甲方，升级应安排在门店营业时间以外；升级导致已有功能减少或操作方式重大改变的，应事先征得甲方同意。
（六）寒暑假、赛事报名等业务高峰期，乙方应根据甲方提前提交的活动计划做好扩容及值守安排，确保预约及支付功能稳定。

六、服务支持
（一）乙方应为甲方指定一名实施项目经理，负责实施计划、需求确认、数据迁移和培训的统筹，实施期间每周召开一次项目例会并形成会议纪要。
（二）上线后首月，乙方应安排实施人员分区域驻店支持，每家门店不少于一个营业日，协助前台完成预约、签到、续费及退费操作。
（三）服务期内，甲方新开门店的配置及人员培训由乙方免费提供；甲方调整会员卡或课时规则的，乙方应在三个工作日内完成配置。
（四）乙方应提供在线帮助中心、操作视频及常见问题手册，并根据版本更新及时修订。

七、续约
服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可连续续展。续展期间乙方有权根据市场情况上调订阅费，上调幅度每次不超过8%，乙方应在续展前书面通知甲方调整后的价格。

八、数据
（一）甲方在使用本服务过程中录入或产生的学员信息、家长联系方式、会员卡、课时、消费及预约记录等数据（以下称“甲方数据”）归甲方所有。
（二）甲方同意，乙方可将甲方数据进行脱敏处理后，用于乙方产品功能改进、算法训练及发布体育培训行业分析报告，该等使用在本合同终止后仍可继续。
（三）数据安全：乙方应将甲方数据存储于中国境内的服务器，采取加密存储、访问控制、日志审计及每日备份等措施，平台通过网络安全等级保护三级测评。发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）乙方处理学员及家长个人信息应遵守《个人信息保护法》，未成年学员信息应取得监护人同意并单独加密存储；乙方员工访问甲方数据须经授权，按最小必要原则分配权限，操作日志保存不少于六个月。
（五）服务终止后三十日内，乙方应按甲方要求导出并移交全部甲方数据，移交完成后删除平台上的甲方数据，并出具书面确认。

九、知识产权
乙方平台及其标准功能的知识产权归乙方所有。为甲方定制的小程序品牌页面、对账接口程序及相关文档归甲方所有，甲方可自行使用、修改或交由第三方维护。

十、保密
双方对履行本合同中知悉的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内持续有效。

十一、分包
乙方不得将本服务的主要部分分包给第三方；确需将数据迁移等辅助工作交由第三方完成的，应事先取得甲方书面同意。

十二、违约与解除
（一）乙方严重违反本合同，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的费用并赔偿损失。
（二）连续两个月发生一级故障恢复超时，或单月一级故障累计三次以上的，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（四）因乙方原因导致甲方会员储值、课时数据错误的，乙方应在甲方通知后两个工作日内核查更正，并承担由此给甲方造成的退费、补偿等损失。
（五）合同解除或终止的，乙方应配合甲方完成数据移交及系统切换，切换期间继续按原标准提供服务，期限不超过六十日。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求确认书、门店清单。

甲方（盖章）：上海冰锋体育发展有限公司
乙方（盖章）：南京云趣软件科技有限公司
"""

Z04 = """二次供水泵房远程监控系统年度运维服务合同

项目名称：二次供水泵房远程监控系统2027年度运维服务
采购方式：竞争性磋商
合同编号：SWJ-CS-2027-012

甲方（采购人）：××市水务局
乙方（成交供应商）：江苏清源智慧水务运维有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就二次供水泵房远程监控系统年度运维服务达成如下协议。

第一条 服务范围
（一）运维对象为甲方建设的二次供水泵房远程监控系统，包括：监控中心平台软件及数据库服务器、视频服务器、全市一百四十二座泵房的现场PLC控制箱、水质在线监测仪、压力及液位传感器、门禁及视频摄像机、通信网关和专网链路。
（二）服务内容包括：平台及服务器日常巡检、数据库备份与恢复演练、现场设备季度巡检与校准、故障抢修、软件缺陷修复及配置调整、报警规则优化、运维值守、月度运行分析报告及年度运行评估报告。
（三）服务期自2027年1月1日起至2027年12月31日止。服务期满合同自然终止，不自动续期；甲方如需继续采购，依法另行组织采购。
（四）巡检频次：监控中心平台及服务器每日巡检；现场泵房设备每季度巡检一次，水质在线监测仪每月校准一次，压力及液位传感器每半年比对校验一次；巡检发现的问题应在巡检记录中登记并跟踪至闭环。
（五）应急保障：乙方应编制系统故障、网络中断、水质报警异常及网络安全事件的应急预案，报甲方备案，每半年组织一次应急演练；遇停水、爆管等突发事件，乙方应按甲方调度要求派员到场配合。
（六）备件管理：乙方应在本市设立备件库，常备PLC模块、传感器、通信网关、硬盘等易损备件，备件库存清单每季度报甲方。

第二条 服务费用及支付
（一）本合同服务费总额为人民币伍拾玖万陆仟元整（¥596,000），为固定总价，包含人工、交通、工具仪表、常用备件、通信费以外的全部费用。单件价格超过人民币两千元的更换部件，由乙方报价经甲方确认后另行结算。
（二）服务费按季度支付，每季度服务期满且季度考核完成后，甲方按考核结果支付当季服务费（每季度¥149,000减去当季考核扣减金额）。本合同不设预付款。
（三）乙方应在每季度考核结果确认后五个工作日内开具发票，甲方按财政资金支付程序在收到发票后十五个工作日内付款。

第三条 人员配置
（一）乙方应配备项目负责人一名、平台运维工程师两名、现场维护人员不少于六名，其中持电工作业证人员不少于四名。项目负责人须具有同类供水信息化项目运维经验，并在甲方驻场办公。
（二）乙方人员名单及资质证明应在合同签订后五个工作日内报甲方备案。人员变更须提前十个工作日书面报甲方同意，变更后人员资质不得低于原人员。
（三）乙方人员进入泵房作业应遵守甲方及物业单位的安全管理规定，严格执行停送电、有限空间作业和卫生防护要求，作业人员须持有效健康证明。

第四条 服务水平
（一）监控中心平台月度可用率不低于99.95%，计划内停机须提前两个工作日报甲方同意并安排在夜间用水低谷时段。
（二）故障分级及响应时限：
1. 一级故障（平台瘫痪、十座以上泵房数据中断或出现水质超标报警而系统未能推送）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单座泵房控制或监测功能失效）：1小时内响应，当日到达现场，24小时内修复；
3. 三级故障（一般功能缺陷或单台设备异常）：两个工作日内处理完毕。
（三）乙方实行7×24小时值守，节假日及汛期、高温用水高峰期应增加值守人员。
（四）服务考核扣减：一级故障响应或恢复超时的，每次扣减当季服务费¥3,000；二级故障超时的，每次扣减¥800；平台月度可用率低于承诺值的，每低0.01个百分点扣减¥1,000；月度报告逾期提交的，每次扣减¥500。扣减金额从当季服务费中直接扣除。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检计划完成率、故障响应及恢复时限、数据在线率、报警处置闭环率、备份恢复演练记录、运维文档完整性。
（二）服务期满后，乙方提交年度运维总结及全部运维记录，甲方组织年度验收。验收标准为：全年巡检及校准记录齐全；全部故障已闭环；系统配置、账号和文档与台账一致；设备台账与现场核对相符。验收合格后甲方出具验收意见。
（三）季度考核或年度验收不合格的，乙方应在甲方规定期限内整改，整改完成前甲方可暂缓支付当季服务费。
（四）乙方每月五日前提交上月运行分析报告，内容包括平台可用率、泵房设备完好率、故障清单及处理情况、报警统计、数据备份情况、安全检查结果及下月工作计划。

第六条 数据安全
（一）系统中的泵房运行数据、水质数据、视频及用户用水信息等全部数据属于甲方，乙方仅可为履行本合同运维义务使用，不得用于任何其他目的，不得向第三方提供。
（二）乙方远程运维须通过甲方指定的堡垒机接入，实行账号实名制和操作全程审计，严禁使用个人设备存储甲方数据；数据库操作须经甲方审批。
（三）乙方应落实网络安全等级保护要求，每季度开展一次漏洞扫描并及时修补，发现安全隐患应立即报告。
（四）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致安全事件的，乙方承担全部法律责任及由此造成的损失。
（五）服务期满或合同解除时，乙方应注销其全部运维账号，删除运维过程中临时留存的任何数据，并向甲方出具书面说明；甲方可对乙方的删除情况进行核查。

第七条 知识产权
乙方在运维过程中形成的巡检报告、运行分析报告、配置文件、脚本、报警规则及文档，其所有权及知识产权归甲方所有。监控平台原有软件的知识产权不因本合同发生变化。

第八条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第九条 违约责任
（一）乙方未按合同约定提供服务的，甲方有权要求乙方限期改正，并按第四条扣减服务费。
（二）乙方违约给甲方造成损失的，应赔偿甲方的实际损失。
（三）因乙方原因导致供水安全事故的，乙方承担相应法律责任。

第十条 合同解除
乙方严重违约，或同一季度两次考核不合格，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

第十一条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十二条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
（二）服务期满或合同解除时，乙方应在十个工作日内移交全部运维资料、账号及备件清单，并配合新服务单位完成交接。
（三）乙方及其工作人员不得向甲方工作人员提供任何形式的不正当利益，违反的，甲方有权解除合同。
（四）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：××市水务局
乙方（盖章）：江苏清源智慧水务运维有限公司
签订日期：2026年12月　日
"""

Z05 = """# 墨迹工艺追溯系统软件许可及定制开发合同

（墨迹软件标准合同文本 MJ-2026 版）

合同编号：MJ-XS-2027-0214

甲方：湖州善琏一笔轩毛笔工作室
乙方：杭州墨迹软件有限公司

甲方拟引入乙方“墨迹工艺追溯系统”，用于毛笔从选料到出库全过程的工艺记录与追溯。经双方友好协商，依据乙方标准合同文本签订本合同，双方共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供墨迹工艺追溯系统标准版软件许可一套（永久许可，限甲方一个经营场所使用，用户数不超过四十个）。

1.2 乙方根据甲方需求进行定制开发，内容包括：选料及原料批次登记（羊毫、狼毫、兼毫及笔杆材料）、水盆、择毫、结头、装套、刻字等工序扫码报工、成品质检记录、一笔一码追溯页面、订单及库存看板、与甲方网店后台的订单接口。

1.3 乙方负责系统在甲方服务器上的安装部署、基础数据初始化及使用培训。

1.4 系统运行所需的服务器、操作系统、数据库、网络及安全设备由甲方自行准备，并应符合乙方提供的配置要求；因运行环境不符合要求导致的问题，由甲方自行负责。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 工艺追溯系统标准版软件许可 | 永久许可，一套 | 168,000 |
| 2 | 定制开发 | 工序报工、质检、追溯页面、看板、网店接口 | 214,000 |
| 3 | 实施部署及培训 | 安装、初始化、培训两次 | 36,000 |
| | 合计 | | 418,000 |

合同总价为人民币肆拾壹万捌仟元整（¥418,000），含增值税。扫码枪、标签打印机等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥271,700。乙方收到该款项后启动开发工作。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%，即¥146,300。

3.3 甲方逾期付款的，乙方有权暂停开发、部署及服务，由此造成的工期延误由甲方负责，且甲方每逾期一日应按应付未付金额的千分之一支付违约金。

## 第四条 开发与交付

4.1 乙方在收到首期款项后七十五日内完成开发并在甲方服务器部署。甲方需求发生变化的，交付时间相应顺延，变更工作量另行计费。

4.2 甲方应及时提供工序资料、物料编码、网店接口账号及服务器环境，甲方原因造成的延误不计入乙方交付期限。

4.4 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调。甲方需求确认书签字后，如需增加或调整功能，应通过书面变更单提出，乙方评估工作量并报价，经甲方确认后实施。

4.5 乙方在部署完成时向甲方提供用户操作手册电子版一份。源代码、数据库设计文档及接口文档不属于交付范围。

4.6 乙方为甲方提供两次集中培训，每次不超过半天，培训对象为甲方管理人员及各工序负责人，超出部分按乙方人天单价另行收费。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方使用。自通知之日起，甲方开始使用系统或七日内未提出书面异议的，即视为系统验收合格。

5.2 甲方提出的问题属于需求范围以外的，不影响验收结论。

## 第六条 技术支持与维护

6.1 自系统部署完成之日起，乙方提供六个月的免费维护服务，包括缺陷修复和远程咨询。

6.2 免费维护期内，对于一级故障（系统无法登录或无法扫码报工），乙方在工作日8小时内响应，并尽力在合理时间内解决；其他问题在三个工作日内答复。乙方不就响应或解决时限承担任何扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费用按乙方当年公布的服务价格标准执行。

6.4 因甲方服务器、网络、停电或操作不当导致的故障，不属于免费维护范围，乙方可按人天收费处理。

6.5 乙方发布标准版新版本的，免费维护期内可为甲方远程升级一次；定制功能与新版本的适配工作另行收费。免费维护期满后未签订维护协议的，乙方不再提供任何缺陷修复、升级或咨询服务。

## 第七条 知识产权

7.1 工艺追溯系统标准版软件及其全部升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、页面及相关源代码和文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译，不得交由第三方维护或再开发。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据安全

8.1 甲方在系统中录入的工艺参数、原料来源、客户订单及质检记录等数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在部署及远程维护时，应使用甲方分配的账号登录，操作前告知甲方，不得复制、下载或带走甲方数据；乙方应对系统设置访问权限控制和操作日志。

8.3 因乙方原因发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方技术信息、工艺配方、客户名单及商业信息承担保密义务，未经对方书面同意不得向第三方披露。

9.2 乙方可在其宣传材料及客户案例中使用甲方名称及系统应用情况的介绍，但不得披露甲方工艺配方及客户信息。

9.3 本条保密义务在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

10.2 在任何情况下，乙方均不对甲方的利润损失、商誉损失、数据恢复费用及其他间接损失承担责任。

10.3 甲方应自行做好数据备份。因甲方未备份造成的数据丢失，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除时，甲方已支付的款项中对应已完成工作的部分不予退还。

## 第十二条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十三条 不可抗力

13.1 因地震、火灾、洪水、疫情、政府行为、网络运营商故障、第三方软件缺陷等不能预见、不能避免并不能克服的情况导致一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

13.2 不可抗力影响持续超过六十日的，双方可协商变更或终止合同。

## 第十四条 通知

14.1 与本合同有关的通知应以书面形式发送至本合同载明的地址或电子邮箱，电子邮件发出即视为送达。

14.2 一方联系方式变更的，应在变更后三日内通知对方，否则按原联系方式送达的视为有效送达。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方确认已充分阅读并理解全部条款。

15.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。

甲方（签章）：湖州善琏一笔轩毛笔工作室
乙方（签章）：杭州墨迹软件有限公司
日期：2027年2月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HCM-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Jingrui Precision Components Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Customer"), and Hill Country Metrology Software, Inc., a Texas corporation with its principal office in Kerrville, Texas, United States (the "Vendor").
P:The Customer manufactures machined components for medical and industrial equipment and wishes to replace its spreadsheet-based calibration and gauge management with the Vendor's GaugeTrack Enterprise software, installed on the Customer's own servers in Suzhou. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means GaugeTrack Enterprise version 9, its database components and the standard reporting module, in object code, together with the user and administrator documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including the interface to the Customer's ERP system, the connector for coordinate measuring machines, the Chinese-language report templates, data migration scripts and the related source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Licensed Software in the Customer's environment, including gauge records, calibration certificates, measurement results and personnel records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its Suzhou and Kunshan plants for up to 180 named users and unlimited read-only users, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Licensed Software for backup, testing and disaster recovery. The Customer may permit its affiliates and contractors to use the Licensed Software on its behalf, and remains responsible for their use.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software, build the Custom Deliverables, migrate the Customer's existing gauge and calibration history, and train the Customer's quality engineers and administrators, as described in the Statement of Work attached as Annex 1.
P:3.2 The Vendor shall complete installation within 45 days and submit the system for Final Acceptance testing within 110 days after the Effective Date, in accordance with the project plan in Annex 1.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,690,000, inclusive of applicable taxes, made up of the Licence Fee of CNY 1,260,000, the Implementation Services Fee of CNY 384,000 and the Training Fee of CNY 46,000. The Contract Price is fixed and covers travel and expenses.
P:4.2 The Customer shall pay 20% of the Contract Price within 20 days after the Effective Date, against the Vendor's invoice and an advance payment bank guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.3 The Customer shall pay 45% of the Contract Price within 20 days after the Vendor completes installation and the Customer signs the Installation Certificate. Installation is not acceptance of the Licensed Software or the Custom Deliverables.
P:4.4 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.5 Invoices shall be issued in CNY as valid Chinese tax invoices through the Vendor's authorised reseller in Shanghai, whose details are set out in Annex 3.
H:Article 5 Testing and Acceptance
P:5.1 The acceptance tests and pass criteria are set out in Annex 2 and include: all functions listed in the Statement of Work operate as described; all migrated gauge records and calibration histories reconcile with the source spreadsheets record by record; the ERP interface transfers gauge status and due dates without error over ten consecutive working days; calibration certificates are generated in the approved Chinese and English layouts; and the system supports 60 concurrent users with page response under three seconds.
P:5.2 The Customer shall run the acceptance tests with the Vendor's support within 20 working days after the Vendor's notice of readiness. If any test fails, the Vendor shall correct the defect at its own cost and the failed tests shall be repeated.
P:5.3 When all tests are passed, the Customer shall sign a Final Acceptance certificate. Installation, use of the system in production, or payment of any amount does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches, and provide telephone, e-mail and remote support free of charge.
P:6.2 Incidents are classified as: Severity 1, where the system is unavailable or calibration status cannot be determined; Severity 2, where a major function fails with a workaround; and Severity 3, all other incidents. The Vendor shall respond to Severity 1 incidents within one hour, around the clock, and work continuously until a fix or workaround is provided; Severity 2 incidents within eight business hours; and Severity 3 incidents within two business days.
P:6.3 If the Vendor misses a response time for a Severity 1 incident, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or support fee.
P:6.4 After the Warranty Period the Customer may purchase annual support for the Licensed Software at 11% of the Licence Fee per year, that is CNY 138,600 per year. This fee is fixed for the three years following the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from their creation. The Vendor shall deliver the source code of the Custom Deliverables, and the Customer may use, modify and license them and have them maintained by third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access gateway provided by the Customer, with individual accounts, multi-factor authentication and session recording, and only after approval of each session by the Customer's IT administrator. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China as they apply to its work, shall notify the Customer within eight hours of becoming aware of any security incident affecting Customer Data, shall cooperate in the response, and shall be responsible for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, including drawings, measurement data, supplier lists and pricing, and shall use it only for this Agreement. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance testing by the date in Article 3.2, for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of Article 8 or Article 9.
P:10.3 Neither party is liable for indirect or consequential loss, including loss of profit, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the amounts paid for Services and Custom Deliverables not accepted and deliver all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict of law rules.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers for 30 days. Disputes that are not settled shall be submitted to the state or federal courts located in Kerr County, Texas, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work), Annex 2 (Acceptance Tests) and Annex 3 (Invoicing Details), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — SUPPLIER QUALITY CLOUD

Order Form No. TFS-OF-27-0088

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between Trinity Forge Software LLC, a Texas limited liability company with its office in Denton, Texas, United States ("Vendor"), and Foshan Meiheng Household Appliances Co., Ltd., a company registered in Foshan, Guangdong Province, People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Vendor will provide Customer with access to the SupplierQ cloud service, a supplier quality management application covering incoming inspection plans, supplier corrective action requests (SCAR), first article inspection, supplier scorecards and audit scheduling (the "Service"). The Service is hosted in a mainland China data centre operated by Vendor's hosting provider named in A4, and is provided in Chinese and English.

### A2. Subscription Term and users

The Subscription Term is 24 months, divided into two Subscription Years, starting on the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under A5. The subscription covers 150 named internal users and up to 400 supplier portal users.

### A3. Fees

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 150 internal users, 400 supplier users | 356,000 |
| Subscription, Subscription Year 2 | same scope | 356,000 |
| Onboarding (one-time) | configuration, data load of 620 suppliers, ERP and MES connectors, training | 58,000 |
| Total Fees | | 770,000 |

All fees are in CNY and include VAT. The subscription fee does not change during the Subscription Term. Additional users may be added at a pro rata share of the per-user rate stated in the Vendor's quotation of 14 January 2027.

### A4. Invoicing and payment

No amount is payable before the Service Start Date. The onboarding fee is invoiced after Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 89,000 at the end of each quarter of service. Customer pays correct invoices within 30 days. Invoices are issued by Vendor's Shanghai reseller, Hucheng Digital Technology Co., Ltd. The hosting provider is Shenzhen Tengyun Computing Co., Ltd.

### A5. Onboarding and Go-Live Acceptance

Vendor will complete onboarding within 60 days after signature of this Order Form. Go-Live Acceptance tests are: (a) all inspection plans, SCAR workflows and scorecard rules in the agreed configuration workbook operate as specified; (b) all 620 supplier records, open SCARs and inspection histories reconcile with Customer's source files; (c) the ERP connector posts receiving inspection results without error for five consecutive working days; (d) the MES connector transfers lot holds in both directions; and (e) 40 key users have been trained. Customer signs a Go-Live Acceptance certificate when all tests are passed. Use of the Service for production before that date does not count as acceptance. If Go-Live Acceptance is delayed beyond the 60 days for reasons attributable to Vendor, Vendor pays CNY 500 for each day of delay.

### A6. Contacts

Customer: Ms. Lin Yue, Supplier Quality Manager, Foshan. Vendor: Mr. Daniel Ortiz, Account Director, Denton, with local project manager Mr. He Ming, Shanghai.

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Customer may use the Service for its internal business purposes and may permit its affiliates and its suppliers to use it within the user limits in A2.

1.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.

1.3 Vendor may update the Service from time to time, provided that updates do not materially reduce the functions described in A1 or the security measures in Section 4. Vendor gives at least ten days' notice of any planned maintenance window, which shall fall outside Customer's production hours.

### 2. Service Levels

2.1 Availability. Vendor will make the Service available 99.5% of the time in each calendar month, excluding planned maintenance notified under Section 1.3.

2.2 Support. Vendor provides support in Chinese and English. Priority 1 incidents (Service unavailable, or inspection results cannot be recorded) are responded to within 30 minutes at any time, with updates every hour until restored. Priority 2 incidents are responded to within two business hours and Priority 3 incidents within one business day.

2.3 Service credits. If availability in a month falls below the commitment in Section 2.1, Customer receives a credit of 5% of the quarterly subscription instalment for each full half percentage point of shortfall. If Vendor misses the Priority 1 response time, Customer receives a credit of CNY 1,000 per incident. Credits are deducted from the next invoice, or paid to Customer at the end of the Subscription Term.

2.4 Vendor provides a monthly service report showing availability, incidents, response times and credits.

### 3. Customer Data

3.1 All data that Customer, its affiliates and its suppliers enter into the Service, and all results derived from it, are "Customer Data". Customer Data belongs to Customer.

3.2 Vendor uses Customer Data only to provide the Service to Customer. Vendor shall not use Customer Data, in identifiable, aggregated or anonymised form, for any other purpose, including product development, benchmarking or analytics for other customers.

3.3 On expiry or termination, Vendor shall make Customer Data available for export in standard formats for 60 days, and then delete it from its systems and backups and confirm the deletion in writing.

### 4. Data Security

4.1 Vendor shall store and process Customer Data only in mainland China, in a hosting environment that holds a valid MLPS level 3 filing and ISO 27001 certification.

4.2 Vendor shall encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its personnel, keep access logs for at least six months, and perform annual penetration tests, sharing the summary results with Customer.

4.3 Vendor shall notify Customer of any security incident affecting Customer Data within eight hours after becoming aware of it, take immediate steps to contain it, and provide a written incident report. Vendor is responsible for the losses and remediation costs that Customer suffers as a result of a security incident caused by Vendor's breach of this Section 4.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public information received under the Agreement, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the Agreement ends, and for trade secrets as long as they remain trade secrets.

### 6. Intellectual Property

6.1 Vendor owns the Service and the underlying software.

6.2 The configuration workbook, inspection plan templates, report layouts and connector mappings created for Customer during onboarding belong to Customer, which may use, modify and license them freely, including for use with another system.

### 7. Subcontracting

7.1 Vendor shall not subcontract any part of the Service or the onboarding work without Customer's prior written consent. The hosting provider and reseller named in A4 are approved by Customer's signature of this Order Form.

7.2 Vendor remains responsible for the acts and omissions of its subcontractors.

### 8. Liability

8.1 Vendor's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss or loss of profits.

8.3 Section 8.1 does not limit liability for personal injury, fraud or wilful misconduct.

### 9. Term and Termination

9.1 The Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor refunds any fees paid for Service not yet provided.

9.3 Customer may also terminate if availability falls below the commitment in Section 2.1 in three consecutive months.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices must be in writing and sent to the contacts in A6 by courier or e-mail.

11.2 Neither party may assign the Agreement without the other's written consent.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. This does not excuse Vendor from maintaining the backup and disaster recovery arrangements described in its security documentation.

11.4 Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

11.5 This Agreement is executed in English and Chinese; both versions are equally authentic.

Signed for Customer: ____________________  Signed for Vendor: ____________________
"""

E03 = """T:Supply Agreement for Cold Storage Monitoring Sensors and Software
P:Buyer's Contract No. LT-PUR-2027-0415
P:This Agreement is made between Wuhan Lengtong Cold Chain Logistics Co., Ltd., registered in Wuhan, Hubei Province, People's Republic of China (the "Buyer"), and Rio Grande Sensing Inc., a Texas corporation with its principal place of business in Harlingen, Texas, United States (the "Supplier"). It is made on the Buyer's standard terms for equipment and software purchases.
P:The Buyer operates refrigerated and frozen warehouses in Wuhan, Changsha and Nanchang and needs continuous temperature and humidity monitoring for food and pharmaceutical storage, with alarms and audit-ready records. The Supplier has offered its wireless sensors, gateways and ColdView monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the ColdView monitoring software, version 5, including its server components, web console, mobile alarm application and documentation.
P:1.3 "Custom Work" means the dashboards, alarm escalation rules, interface to the Buyer's warehouse management system (WMS) and report templates prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the whole system at the three warehouses, prepare the Custom Work, and train the Buyer's staff.
P:2.2 The Software shall be installed on servers provided by the Buyer in its Wuhan data room. The Software shall operate without any connection to servers outside the People's Republic of China.
P:2.3 The Supplier shall provide the calibration certificate of each sensor, traceable to a national metrology institute, and shall re-calibrate sensors free of charge during the warranty period at the intervals stated in the documentation.
H:3. Price
P:3.1 The Contract Price is CNY 1,166,000, inclusive of VAT, import duties, delivery to the three warehouses, insurance and all expenses, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, probe version|1,200|420|504,000
TB:2|Gateway with 4G and Ethernet backhaul|60|3,800|228,000
TB:3|ColdView monitoring software, perpetual licence, unlimited sensors at three sites|1|316,000|316,000
TB:|Equipment and software subtotal|||1,048,000
TB:4|Installation, commissioning and Custom Work|1|96,000|96,000
TB:5|Training of operators and administrators|1|22,000|22,000
TB:|Contract Price|||1,166,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 The Buyer shall pay an advance of 10% of the Contract Price (CNY 116,600) within 15 days after signature, against an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 641,300) within 30 days after delivery and installation at all three warehouses, confirmed by a signed installation report. The installation report confirms quantities and physical installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 408,100) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY to the Supplier's appointed distributor in Guangzhou, which issues the VAT invoices.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the three warehouses within 50 days after signature and complete installation and commissioning within 35 days after delivery.
P:5.2 Installation work inside cold rooms shall follow the Buyer's safety rules, including time limits for work at low temperature, and shall not interrupt warehouse operations except in windows agreed in advance.
P:5.3 If the Supplier fails to complete installation by the date in clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
P:5.4 Before Final Acceptance the Supplier shall deliver, in Chinese, the as-built sensor location drawings for each cold room, the network and gateway configuration, the installation and commissioning records, the calibration certificates, the administrator and operator manuals, and a spare parts list with recommended stock levels.
P:5.5 Training shall cover system operation, alarm handling, sensor replacement, report generation and basic troubleshooting, for at least 30 operators and 6 administrators, at each warehouse.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 30 days. Final Acceptance requires that: all sensors report at the configured interval with no more than two missed readings per sensor per day; sensor readings agree with the Buyer's reference thermometer within 0.3 degrees Celsius at the test points; alarms reach the duty manager by SMS and the mobile application within 60 seconds; the WMS interface links every storage location to its sensor without error; and the audit trail and electronic records meet the Buyer's GSP requirements.
P:6.2 If any criterion is not met, the Supplier shall correct the fault and the trial period shall be extended until all criteria are met for 30 consecutive days.
P:6.3 Delivery, installation, the installation report and use of the system during the trial period do not constitute acceptance. Final Acceptance is given only by the Buyer's signature of the final acceptance certificate.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, provide new Software versions, and replace sensor batteries free of charge.
P:7.2 Faults are classified in the following table:
TB:Severity|Definition|Response time|On-site or remote fix
TB:Severity 1|Monitoring or alarms unavailable for a whole warehouse|30 minutes|8 hours
TB:Severity 2|Monitoring unavailable for one cold room or gateway|2 hours|next business day
TB:Severity 3|Single sensor fault or minor defect|1 business day|5 business days
P:7.3 If the Supplier misses the Severity 1 response or fix time, it shall pay the Buyer CNY 800 for each hour or part of an hour of delay, which the Buyer may deduct from any amount payable.
P:7.4 After the warranty period the Buyer may order annual support, including repairs, Software updates and re-calibration, at 8% of the equipment and software subtotal per year (CNY 83,840 per year). This fee is fixed for the two years following the warranty period. Each year of support requires a separate purchase order; there is no automatic renewal.
P:7.5 The Supplier shall keep spare parts available for seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Supplier retains ownership of the Software and of the firmware in the Equipment, and grants the Buyer a perpetual licence to use them for its operations.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source files, and the Buyer may use, modify and license it without restriction.
H:9. Data Security
P:9.1 All monitoring data, alarm records and audit trails generated by the system belong to the Buyer. The Supplier may use them only to perform this Agreement.
P:9.2 The Supplier shall harden the gateways and servers according to the Buyer's security baseline, disable unused services, and change all default passwords before commissioning. Remote access for support is allowed only through the Buyer's VPN, with individual accounts and approval of each session.
P:9.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the system or the Buyer's data that it becomes aware of, assist in the investigation and remediation, and be responsible for the Buyer's losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer names, warehouse layouts and stock information, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the end of this Agreement.
H:11. Liability
P:11.1 The Supplier's total liability under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, damage to stored goods caused by the Supplier's negligence, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or Custom Work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 20 days after written notice, or if the liquidated damages under clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for Equipment, Software and services that the Buyer returns or does not accept.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. General
P:15.1 This Agreement is made in English and Chinese, and both versions have equal effect. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement and its annexes, namely the technical specification, the installation plan and the acceptance test plan, form the entire agreement between the parties on its subject.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: RRM-MSA-CN-0317

**Between** Changzhou Hengli Automotive Parts Co., Ltd., registered in Changzhou, Jiangsu Province, People's Republic of China ("Customer"), **and** Red River Managed Technology, Inc., a Texas corporation with its head office in Sherman, Texas, United States ("Provider").

Customer produces brake and suspension components at two plants in Changzhou and wishes to outsource the day-to-day operation of its IT infrastructure and end-user support. Provider has offered to provide these services through its delivery centre and its local delivery partner. The parties agree as follows.

## 1. Definitions and Structure

1.1 "Services" means the managed services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.2 "Term" means 36 months from the Service Commencement Date. "Service Commencement Date" means the day after Transition Acceptance under clause 3.4.

1.3 "Customer Systems" means the servers, storage, network devices, end-user devices and applications listed in Schedule 1, and "Customer Data" means all data held on or processed by the Customer Systems.

1.4 The Schedules form part of this Agreement. If they conflict with the clauses, the clauses prevail.

## 2. Services

2.1 From the Service Commencement Date Provider shall perform the Services for the Term in accordance with this Agreement, good industry practice and Customer's reasonable IT policies notified to Provider.

2.2 Provider shall staff the on-site support desk at each plant during production shifts and run remote monitoring from its delivery centre around the clock.

2.3 Provider shall keep the configuration management database of Customer Systems up to date and shall follow Customer's change management procedure for every change to production systems.

2.4 Provider shall provide a named service delivery manager, who shall meet Customer's IT manager monthly to review the service report and improvement actions, and quarterly for a business review with Customer's management.

2.5 Provider shall keep Customer Systems patched in accordance with the vendor recommendations and Customer's maintenance windows, and shall not apply changes to production systems during peak production periods notified by Customer.

2.6 Customer shall give Provider's personnel access to its sites and Customer Systems as reasonably needed, provide desk space at each plant, and appoint an IT manager as the single point of contact for the Services.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current arrangements in accordance with a transition plan agreed within 15 days after signature.

3.2 Transition includes discovery and documentation of all Customer Systems, installation of Provider's monitoring tools, knowledge transfer from Customer's staff, set-up of the service desk and shadow operation.

3.3 Transition Acceptance criteria are: all Customer Systems are recorded in the configuration management database and verified by Customer; monitoring covers every server, storage array and core network device; runbooks exist for all items listed in Schedule 1; the service desk has handled tickets for 14 consecutive days meeting the Service Levels; and Customer's IT manager has approved the handover documentation.

3.4 Customer shall confirm Transition Acceptance in writing when the criteria are met. Starting to handle tickets before that date is not Transition Acceptance.

3.5 Provider shall achieve Transition Acceptance within 75 days after signature. If it fails to do so for reasons within its control, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

4.2 No amount is payable in advance. Customer pays correct invoices within 30 days after receipt. The Charges include VAT and all travel costs and are fixed for the Term.

4.3 Service credits under Schedule 2 are deducted from the next invoice.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 If Provider fails a Service Level, it shall pay the service credits in Schedule 2, investigate the root cause and implement corrective actions agreed with Customer.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall not sell or disclose it or use it for any other purpose.

6.2 At the end of the Term Provider shall return to Customer any documentation and records relating to Customer Systems that it holds.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or is confidential by its nature, including product drawings, pricing, customer lists and system passwords, and shall use it only for this Agreement.

7.2 A party may disclose confidential information to its employees and approved subcontractors who need it for this Agreement and are bound by equivalent obligations, or where disclosure is required by law.

7.3 This clause continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 Provider retains its monitoring tools, methods and general know-how.

8.2 Runbooks, scripts, configuration records and documentation created for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by giving them to a successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign qualified personnel and replace any person whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider's local delivery partner, Changzhou Xinda IT Services Co., Ltd., is approved on signature. Provider remains responsible for its subcontractors.

9.3 Provider's personnel working at Customer's plants shall follow Customer's safety, quality and site rules, including rules on photography and visitor escort in production areas, and shall complete Customer's site induction before starting work.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term.

10.2 The limit does not apply to personal injury, wilful misconduct, or breach of clause 7.

10.3 Neither party is liable for loss of profit or indirect loss.

## 11. Term and Ending of the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 This Agreement may not be terminated by either party before the end of the Term. If a party breaches this Agreement, the other party's remedies are the service credits in Schedule 2, damages subject to clause 10, and the right to require performance.

11.3 Before the end of the Term Provider shall cooperate with Customer and any successor provider for an exit period of up to 60 days, at the rates in Schedule 3, and hand over all runbooks, credentials and documentation.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Changzhou Arbitration Commission for arbitration in Changzhou.

## 13. General

13.1 Notices shall be given in writing to the addresses above. Amendments must be in writing and signed by both parties.

13.2 This Agreement is signed in English and Chinese, both versions having equal effect.

---

## Schedule 1 — Services

| Service tower | Scope | Main activities |
|---|---|---|
| Service desk | 820 users at two plants | Chinese and English support by phone, portal and walk-up, on site during production shifts |
| End-user devices | 640 PCs, 90 shop-floor terminals, 120 printers | Imaging, deployment, repair, patching and asset tracking |
| Servers and storage | 46 virtual and 12 physical servers, 2 storage arrays | Monitoring, patching, capacity management, backup operation and restore tests |
| Network | 2 core switches, 64 access switches, 150 wireless access points, 4 firewalls | Monitoring, configuration changes, firmware updates |
| Applications support | ERP, MES clients, e-mail, file services | First and second line support, user administration |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of core server platform | 99.95% per month | 3% of the Monthly Service Charge per 0.02 point below target |
| Priority 1 incident response (plant production stopped or core system down) | 15 minutes, 24 hours a day | CNY 1,500 per incident missed |
| Priority 1 incident restoration | 3 hours | CNY 3,000 per incident missed |
| Priority 2 incident response | 1 hour during shifts | CNY 500 per incident missed |
| Service desk first-call resolution | at least 70% per month | 1% of the Monthly Service Charge |
| Backup completion | every scheduled job completed or re-run the same day | 1% of the Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 94,000 |
| Monthly Service Charge | per month, 36 months | 68,500 |
| Total Monthly Service Charges for the Term | 36 × 68,500 | 2,466,000 |
| Total Charges for the Term | | 2,560,000 |
| Exit assistance | per person-day, if requested | 2,800 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GPD-SUB-2027-044

PARTIES

1.1 Gulf Port Data Services LLC, a Texas limited liability company with its principal office in Brownsville, Texas, United States ("Vendor").

1.2 Ningbo Haitong International Freight Forwarding Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China ("Customer").

1.3 Customer arranges ocean freight for exporters in the Yangtze River Delta and wishes to track vessels, port calls and container events for its shipments through Vendor's data feeds and application programming interface (API). Vendor compiles vessel position, port call, berth and schedule data from satellite and terrestrial sources and from port community systems.

DEFINITIONS

2.1 "Licensed Data" means the vessel positions, estimated and actual times of arrival and departure, port call records, berth schedules and container milestone events that Vendor makes available through the API and the bulk data feed.

2.2 "Customer Data" means the booking references, container numbers, shipment lists, customer names and any other data that Customer uploads to or queries through the Service.

2.3 "Service" means access to the Licensed Data through the API, the bulk data feed and the web console, together with the onboarding and integration work in section 5.

2.4 "Subscription Year" means the first period starting on the Production Access Date and ending on the day before its first anniversary, and the following period ending on the day before its second anniversary. The Subscription Term consists of these two Subscription Years.

2.5 "Production Access Date" means the date on which Vendor issues production API keys to Customer.

SCOPE OF SUBSCRIPTION

3.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use the Licensed Data for Customer's freight forwarding business, including displaying tracking information to Customer's own clients in its customer portal and in shipment notices.

3.2 The subscription includes up to two million API calls per Subscription Year, daily bulk feeds for the ports of Ningbo-Zhoushan, Shanghai, Shenzhen, Qingdao, Singapore, Rotterdam, Los Angeles and Long Beach, and 25 web console users.

3.3 Customer shall not resell the Licensed Data as a standalone data product or use it to build a competing data service.

3.4 When Customer displays Licensed Data to its clients, it shall show the source attribution described in the documentation and shall not remove Vendor's notices from bulk files.

3.5 Customer is responsible for keeping its API keys secure and for all use made of them, and shall tell Vendor without delay if it believes a key has been compromised, so that Vendor can revoke and replace it.

FEES

4.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 318,000;
(b) Subscription fee, Subscription Year 2: CNY 318,000;
(c) Onboarding and integration fee, one-time: CNY 86,000.
The total fees under this Agreement are CNY 722,000, including VAT. API calls beyond the included volume are charged at CNY 0.08 per call, billed quarterly in arrears, and are not included in the total.

4.2 Vendor invoices the onboarding and integration fee and the subscription fee for Subscription Year 1 together on the date of signature of this Agreement. Customer shall pay that invoice within 15 days. Vendor issues test credentials on receipt of payment and does not start onboarding work or issue production API keys before payment is received.

4.3 The subscription fee for Subscription Year 2 is invoiced at the start of Subscription Year 2 and payable within 30 days.

4.4 Fees are fixed for the Subscription Term. Invoices are issued by Vendor's authorised distributor in Shanghai, Yuhai Information Technology Co., Ltd.

ONBOARDING AND INTEGRATION

5.1 Vendor shall build a connector between the API and Customer's transport management system (TMS) that automatically subscribes each new booking to tracking and writes vessel and container events back to the booking record, and shall configure the bulk feeds and the web console.

5.2 Vendor shall complete the connector and submit it for Integration Acceptance within 50 days after receiving the payment under clause 4.2. If it fails to do so for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay.

5.3 Integration Acceptance tests are: (a) a sample of 500 live bookings is subscribed automatically and shows vessel events in the TMS; (b) estimated arrival times in the TMS match the web console for every sampled booking; (c) container milestone events appear in the TMS within the refresh interval described in the documentation; (d) errors are logged and retried as specified; and (e) Customer's key users have been trained. Customer confirms Integration Acceptance in writing when all tests are passed. Issue of production keys or use of the connector does not by itself count as acceptance.

SERVICE AVAILABILITY AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API, the bulk feeds and the web console available and to correct errors in the Licensed Data that Customer reports.

6.2 Support is provided by e-mail and through Vendor's ticket portal during Vendor's business hours. Vendor will respond to tickets as soon as reasonably practicable. Vendor does not commit to any particular availability, response time or resolution time, and no service credits apply.

6.3 Vendor may carry out maintenance at any time and will try to give notice of planned maintenance on its status page.

6.4 The Licensed Data is compiled from third-party sources. Vendor does not warrant that it is complete or error-free, but shall correct reported errors within its control.

6.5 Vendor shall give Customer at least 60 days' notice before retiring an API version or changing a data field used by the TMS connector, and shall update the connector free of charge during the Subscription Term so that it continues to work.

CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and shall not combine it with the Licensed Data offered to other customers, sell it, or use it for analytics or any other purpose.

7.2 Vendor shall keep Customer Data in a hosting region located in mainland China operated by a provider holding an MLPS level 3 filing, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs.

7.3 Vendor shall notify Customer within 24 hours of any security incident affecting Customer Data, take prompt steps to contain and remedy it, cooperate with Customer's notifications to its clients and regulators, and bear the costs and losses caused by a security incident resulting from its breach of this section.

7.4 Within 30 days after the end of the Subscription Term, Vendor shall return Customer Data in a standard format and then delete it, confirming the deletion in writing.

CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's client lists and shipment volumes and Vendor's data methods and pricing, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

INTELLECTUAL PROPERTY

9.1 Vendor and its sources retain all rights in the Licensed Data and the API.

9.2 The TMS connector, its source code, mappings and documentation belong to Customer on delivery. Customer may use, modify and license them freely, including for use with other data providers.

SUBCONTRACTING

10.1 Vendor shall not subcontract the onboarding and integration work or the hosting of Customer Data without Customer's prior written consent. The hosting provider named in the hosting annex is approved on signature.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1.

11.2 Neither party is liable for indirect or consequential loss. These limits do not apply to breach of section 7 or section 8, fraud or wilful misconduct.

TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; the parties may agree a renewal by a new written order.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the fees paid for the period after termination.

12.3 On termination Customer's right to use the Licensed Data ends, except that Customer may keep tracking records already written to its TMS for its own archive.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time of submission.

GENERAL

14.1 This Agreement is made in English. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.2 Neither party is responsible for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics, government action or failures of public networks, provided that it notifies the other party promptly.

For Customer: ____________________    For Vendor: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h953z01_archives_bureau_utilisation_platform.pdf", "pdf", Z01),
    "z02": ("h953z02_archive_box_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h953z03_ice_hockey_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h953z04_water_bureau_pump_room_monitoring_om.txt", "txt", Z04),
    "z05": ("h953z05_brush_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h953e01_calibration_software_perpetual_licence_kerrville.pdf", "pdf", E01),
    "e02": ("h953e02_supplier_quality_saas_order_form_denton.md", "md", E02),
    "e03": ("h953e03_cold_storage_sensors_monitoring_harlingen.docx", "docx", E03),
    "e04": ("h953e04_managed_it_services_36_months_sherman.md", "md", E04),
    "e05": ("h953e05_port_data_api_subscription_brownsville.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


LABELS = {
    # key: (lang, category, terms, extra(sla_clause, ld_stated, capped|None, deemed, value), fee base, design rules)
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 9, False, True, False,
              "PRC", G),
            (True, True, True, False, 1615000), 868000, []),
    "z02": ("zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 26, False, True, True,
              "PRC", G),
            (True, True, True, False, 1846000), 1682000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud",
            T(99.95, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC", S),
            (True, True, None, False, 484000), None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": ("zh", "services",
            T(99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True,
              False, "PRC", S),
            (True, False, None, False, 596000), None, ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "z05": ("zh", "software",
            T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
              None, G),
            (True, True, False, True, 418000), 168000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
              "Texas", G),
            (True, True, True, False, 1690000), 1260000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            T(99.5, 0.5, True, "buyer", True, True, True, 500 / 770000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC", S),
            (True, True, None, False, 770000), None, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": ("en", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False,
              "PRC", G),
            (True, True, True, False, 1166000), 1048000, []),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 2000 / 2560000 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", S),
            (True, True, None, False, 2560000), None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "services",
            T(None, None, False, "buyer", True, True, True, 600 / 722000 * 100, 150, (318000 + 86000) / 722000 * 100,
              True, None, None, None, False, True, False, "PRC", S),
            (False, True, None, False, 722000), None, ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON, TCO_LIMIT = 5, 40


def tco_share(t, extra, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra[2]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (extra[4] + fees) * 100


def derive_rules(t, extra, base):
    """My reading of policy §3 applied to a label."""
    sla, ld_stated, capped, deemed, value = extra
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, base)
        if share is not None and share > TCO_LIMIT:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    name = FILES[key][0]
    lang, cat, t, extra, base, _ = LABELS[key]
    ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = extra[2]
    ex["acceptance_deemed_on_delivery"] = extra[3]
    ex["contract_value"] = extra[4]
    d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
         "expected_rules": derive_rules(t, extra, base)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- read back and checks
def read_back(path):
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


NB = r"(?<![\d.])"
CNB = r"(?<![一二三四五六七八九十百零两])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)",
    NB + r"4[\s-]*(?:个)?(?:小时|hours?|hrs?)", CNB + r"四个?小时", r"(?<![a-z])four[\s-]*hours?",
    NB + r"0?\.05" + PCT + r"?(?!\d)", r"万分之五(?![十百])", r"千分之零点五",
    NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty[\s-]*per",
    NB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty[\s-]*per",
    NB + r"15" + PCT, r"百分之十五", r"fifteen[\s-]*per",
    NB + r"100" + PCT, r"百分之一?百", r"hundred[\s-]*per",
    NB + r"12[\s-]*(?:个月|months?)", CNB + r"十二个月", r"twelve[\s-]*\(?(?:12)?\)?[\s-]*months?", r"一年",
    r"(?<![a-z])one[\s-]*years?", NB + r"1[\s-]*years?(?![a-z])",
    NB + r"5[\s-]*(?:年|years?)(?![a-z])", CNB + r"五年", r"five[\s-]*years?", NB + r"60[\s-]*(?:个月|months?)",
    r"六十个月",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4-hour", "99.9%",
            "99.9 %", "0.05%", "0.05 % per day", "万分之五", "100%", "百分之百", "15%", "15 per cent", "40%",
            "百分之四十", "12个月", "十二个月", "12 months", "twelve months", "twelve (12) months", "5年", "五年",
            "5 years", "five years", "one year", "1 year", "一年", "60 months"]
MUST_MISS = ["130%", "24小时", "二十四小时", "14 hours", "24 hours", "99.95%", "0.055%", "0.5%", "万分之五十",
             "2025年", "24个月", "二十四个月", "15.6英寸", "0.15%", "1,500", "140%", "二十二个月", "15 days",
             "30 days", "40 key users", "10.05 x", "0.02 point", "5%", "1,000", "two years", "48 hours",
             "2027年12月31日", "three years", "the first anniversary"]


def selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(v)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        lang, cat, t, extra, base, design = LABELS[k]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        assert ok, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        for key, th in THRESHOLDS.items():
            v = t[key]
            assert v is None or abs(v - th) > 1e-9, (name, key, v)
        share = tco_share(t, extra, base)
        assert share is None or abs(share - TCO_LIMIT) > 2, (name, share)
        rules = derive_rules(t, extra, base)
        assert rules == sorted(design), (name, rules, design)
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(k), encoding="utf-8")
        sh = "" if share is None else " tco %.2f%%" % share
        print("%-62s %5d %-6s %s%s" % (name, n, risk(rules), ",".join(x[3:] for x in rules) or "(none)", sh))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
