"""holdout1154: builds the ten held-out draft contracts from the sources kept below, writes their .json labels and
asserts the checks of the brief (lengths, thresholds, rule derivation, coverage). Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:双随机监管平台软件许可及定制开发合同
P:合同编号：QZSJ-ZFCG-2027-0316　采购方式：公开招标（政府采购）
P:甲方（采购人）：清州市市场监督管理局
P:乙方（供应商）：杭州衡准信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号QZCG-2027-041）、乙方投标文件和中标通知书，双方在平等、自愿的基础上订立本合同。本合同采用甲方提供的政府采购合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“双随机、一公开”监管平台软件V5.0的永久使用许可（市、县、所三级用户数量不限），并完成定制开发、数据迁移和实施培训。
P:1.2 定制开发内容包括：随机抽查事项清单动态管理；检查对象名录库与执法检查人员名录库的自动匹配和回避规则；与国家企业信用信息公示系统、省级协同监管平台的数据对接；抽查结果公示与信用风险分类联动；移动执法终端适配。
P:1.3 数据迁移范围为甲方现有抽查系统中2019年以来的抽查计划、检查记录、结果数据和附件。
P:1.4 项目实施地点为甲方指定的政务云机房及甲方办公场所。平台部署于甲方政务云环境，不得部署于乙方或第三方的服务器。
H:第二条 合同价款
P:2.1 合同总价为人民币1,560,000元（大写：壹佰伍拾陆万元整），含税，为固定价格，其中：平台软件许可费860,000元；定制开发费540,000元；数据迁移费96,000元；实施及培训费64,000元。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方测评配合及税费，甲方无需另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即312,000元。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，即702,000元。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，即546,000元。
P:3.4 每次付款前乙方应开具等额合法发票，甲方按财政国库集中支付程序办理付款。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后一百二十日内完成部署、定制开发和数据迁移，并书面申请初步验收。
P:4.2 乙方应交付定制部分源代码、数据库设计说明、接口文档、用户手册、运维手册和培训记录。
P:4.3 乙方应组建不少于六人的项目组，项目经理须具有信息系统项目管理师资格及同类项目经验，项目实施期间未经甲方书面同意不得更换项目经理。乙方应每周向甲方提交项目周报，说明进度、风险和需甲方协调的事项。
P:4.4 甲方负责提供政务云资源、网络环境、现有系统数据导出及与相关单位的接口协调，并指定专人对接。因甲方原因导致工期延误的，工期相应顺延。
P:4.5 乙方应为甲方市、县两级管理员和执法人员分批开展培训，累计不少于八场，并提供操作视频和考核题库。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据经全量比对无差异；与公示系统等外部接口连续十个自然日调用成功；在300个并发用户下常用页面响应时间不超过2秒；通过甲方委托的第三方安全测评。
P:5.2 初步验收后进入九十日试运行。试运行期间未发生一级故障且遗留问题全部关闭的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十日内整改后重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后甲方如需继续维护，年度维护费不高于平台软件许可费的8%（即每年不超过68,800元），且质保期满后三年内不得上调。
P:6.3 质保期内乙方每季度对平台进行一次巡检并出具巡检报告，并配合甲方完成等级保护测评和密码应用安全性评估的整改工作。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线和远程支持。一级故障（平台无法登录，或抽查、公示功能中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次一工作日内解决；三级问题在下一版本中解决。
P:7.2 乙方响应或恢复超时的，每超时一小时向甲方支付800元服务扣款，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，甲方在许可范围内永久使用。
P:8.2 为本项目定制开发的程序、源代码、接口及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.3 乙方保证交付成果不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的市场主体信息、检查记录和执法数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，仅经甲方审批后通过堡垒机访问生产环境，不得留存、复制或带离任何数据。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据泄露、篡改或损毁的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护结束后，乙方应交还甲方全部数据和资料，删除其可能留存的副本，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息和市场主体商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 分包
P:11.1 乙方可将数据迁移、现场培训等非主体、非关键性工作分包给具备相应能力的第三方，但应在分包前五个工作日书面告知甲方分包单位名称及分包内容。乙方就分包工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:12.2 乙方交付成果不符合约定的，应免费整改；整改后仍不合格的，甲方可以拒收并要求乙方赔偿损失。
P:12.3 甲方无正当理由逾期付款的，按有关规定承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，或逾期交付超过六十日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:15.2 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他利益，否则甲方有权解除合同。
P:15.3 合同履行期间的通知应以书面形式送达合同首部载明的地址，一方地址变更应及时书面通知对方。
P:15.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2027年3月16日
"""

Z02 = """T:搅拌机生产线电气控制系统改造合同
P:合同编号：HZ-JB-2027-058
P:甲方：江苏恒转电动搅拌机制造有限公司
P:乙方：常州智衡自动化工程有限公司
P:甲方总装二车间两条搅拌机生产线（定子绕线、转子动平衡、整机装配及耐压测试工位）控制系统老化，经比选确定由乙方实施电气控制系统改造。本项目已列入甲方2027年度技改计划，改造期间两条产线需分批停线，乙方应最大限度减少对甲方生产的影响。双方经协商一致，订立本合同。
H:第一条 改造范围
P:乙方负责两条产线原有继电器及旧型号PLC控制系统的拆除、新控制柜及伺服系统的供货安装、产线数据采集与监控软件的部署，以及配方管理和质量追溯报表的定制开发，并在甲方安排的停线窗口内完成切换。
P:乙方所供设备应为原厂全新正品，PLC、伺服系统品牌及型号以技术协议附件为准；控制柜防护等级不低于IP54；所有设备须具备合格证和出厂检验报告。改造后的控制系统应支持与甲方现有ERP系统的工单接口。
P:乙方应对甲方电工、设备维护人员和班组长进行不少于三日的操作及维护培训，并提供中文操作手册、电气图纸和PLC程序备份。
H:第二条 合同价款
P:合同总价为人民币2,860,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器）|6套|168,000|1,008,000
TB:2|伺服驱动器及伺服电机|24套|21,500|516,000
TB:3|工业触摸屏HMI|12台|9,800|117,600
TB:4|产线数据采集网关|8台|13,300|106,400
TB:5|产线监控软件（MES模块）永久许可|1套|462,000|462,000
TB:6|工业交换机、线缆及安装辅材|1批|170,000|170,000
TB:|设备及软件小计|||2,380,000
TB:7|安装调试及停线切换|1项|318,000|318,000
TB:8|配方管理及质量追溯报表定制开发|1项|124,000|124,000
TB:9|操作及维护培训|1项|38,000|38,000
TB:|合同总价|||2,860,000
P:上述价格包括设备运输、保险、安装调试、税费及乙方人员差旅等全部费用，甲方无需另行支付其他费用。
H:第三条 付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%，即286,000元。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的58%，即1,658,800元。到货安装不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的32%，即915,200元。
P:（四）每次付款前，乙方应开具等额增值税专用发票。乙方未开具发票的，甲方有权顺延付款且不承担逾期责任。
H:第四条 工期
P:乙方应在合同签订后七十五日内完成全部供货，并在甲方安排的两个停线窗口（每个不超过五日）内完成切换。
P:乙方应在合同签订后十五日内提交详细的改造方案、电气图纸和停线切换计划，经甲方确认后实施。切换期间乙方应安排不少于五名工程师驻场，并准备原系统回退方案，确保切换失败时能在当班内恢复原生产状态。
H:第五条 验收
P:（一）验收标准：两条产线按新控制系统连续带料运行七十二小时；节拍达到每台整机不超过48秒；定子绕线和转子动平衡工位参数偏差在工艺文件允许范围内；耐压测试数据全部自动上传至监控软件；配方下发与追溯报表功能符合技术协议。
P:（二）满足上述标准并试运行三十日无一级故障后，双方签署最终验收报告。产线投产或甲方付款不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新组织验收；因乙方原因二次验收仍不合格的，甲方有权要求更换设备或解除合同。
H:第六条 质保期
P:质保期为最终验收合格之日起十八个月。质保期内设备、软件的故障维修、更换和软件补丁均免费。
P:质保期内发生故障的部件，乙方应在到场后更换；同一部件在质保期内累计发生三次以上同类故障的，乙方应免费更换为新品。质保期满前一个月，双方对设备状况进行联合检查，乙方负责消除检查发现的缺陷。
H:第七条 质保期满后的维保
P:（一）质保期满后，乙方继续提供维保服务（含定期巡检、备件更换、软件升级和远程支持），维保费每年按设备及软件小计的28%计取，即每年666,400元。
P:（二）维保费按年度于每个维保年度开始后三十日内支付，维保期内该费率不作调整。
P:（三）维保服务内容包括：每季度一次现场巡检并出具报告；PLC及监控软件版本升级；易损件（接触器、继电器、风扇、滤网）更换；一级故障的现场抢修。维保期内乙方应储备常用备件，保证一级故障所需备件在到场时可用。
H:第八条 服务响应
P:（一）一级故障（整条产线停机）：乙方30分钟内远程响应，3小时内到达现场，8小时内恢复生产。
P:（二）二级故障（单个工位异常）：2小时内响应，次日内修复。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付1,000元。
P:（四）乙方应建立故障报修记录，每月向甲方提供故障统计和处理报告。
H:第九条 知识产权
P:定制开发的配方管理程序、追溯报表、PLC用户程序及其源代码的知识产权归甲方所有，乙方应在验收时一并交付。第三方及乙方原有软件按许可使用。
H:第十条 数据安全
P:产线运行数据、工艺配方和质量数据属于甲方所有。乙方仅在甲方批准的时段通过甲方提供的VPN账号远程访问，不得复制或向外传输数据；发生数据泄露、篡改的，乙方应在2小时内通知甲方并承担赔偿责任。乙方远程维护使用的电脑应安装正版杀毒软件，不得将U盘等移动存储介质接入产线控制网络。
H:第十一条 保密
P:乙方对甲方的工艺参数、配方、图纸和经营信息负有保密义务，期限至合同终止后五年。乙方应要求参与本项目的人员签署保密承诺书。
H:第十二条 分包
P:乙方不得转包；控制柜柜体加工确需分包的，须事先取得甲方书面同意。
H:第十三条 违约责任
P:（一）乙方逾期交付或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）因乙方原因造成停产损失的，乙方应予赔偿。
P:（四）乙方支付的逾期违约金累计不超过合同总价的10%；违约金不足以弥补甲方损失的，乙方应补足。
H:第十四条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:甲方解除合同的，乙方应在十五日内退还已收取的未完成部分款项，并协助甲方恢复产线的正常生产。
H:第十五条 安全生产与现场管理
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业、上锁挂牌等管理制度，特种作业人员须持证上岗。
P:（二）乙方应为现场人员购买意外伤害保险。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（三）施工完毕后乙方应清理现场，拆除的旧设备按甲方指定地点堆放。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。争议提交常州仲裁委员会仲裁。
H:第十七条 其他
P:（一）因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，可相应延期或部分免除责任。
P:（二）技术协议、改造方案及验收报告为本合同附件，与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """舞蹈室连锁门店预约及会员管理系统订阅与实施服务合同

合同编号：YD-SAAS-2027-023
甲方：成都悦动舞蹈文化发展有限公司（下辖23家门店）
乙方：上海约课云网络科技有限公司

甲方拟在其23家舞蹈室门店统一使用线上约课、会员卡管理和教练排课系统。甲方门店分布于成都、重庆、绵阳三地，现有会员约二万六千人，目前各门店使用不同的系统，数据分散、口径不一。乙方为SaaS服务提供商。双方根据《中华人民共和国民法典》，经协商一致订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方23家门店开通“约课云”SaaS平台专业版，功能包括：课程预约与候补、会员卡（次卡、期限卡、储值卡）管理、教练排课与课时统计、微信小程序前台、门店经营报表。
2. 平台应支持门店、区域和总部三级权限管理，总部可查看全部门店的经营数据。
3. 乙方在服务期内免费提供平台常规功能升级，升级不得减少本合同约定的功能。
4. 服务期为两个服务年度：第一个服务年度自系统上线之日起算，第二个服务年度紧接其后，每个服务年度为三百六十五日。
（二）实施服务
1. 乙方负责23家门店历史会员、卡项和剩余课时数据的迁移，小程序页面按甲方品牌风格配置，与甲方现有收银系统对接。
2. 乙方为每家门店店长和前台各培训一次，并提供操作手册。
3. 新开门店由乙方在收到甲方通知后五个工作日内开通，并完成数据初始化和培训。
4. 乙方应为甲方前台人员录制操作视频，并在上线后首月安排专人在线值守答疑。
（三）服务保障
乙方为甲方配备专属客户成功经理，每月回访一次，每季度提交门店使用情况分析。

二、费用
（一）订阅费：每店每个服务年度6,800元，23家门店每个服务年度合计156,400元，两个服务年度合计312,800元。
（二）实施费：一次性48,600元。
（三）本合同总价为361,400元（含6%增值税）。服务期内订阅单价固定不变。
（四）新增门店按每店每个服务年度6,800元按日折算另行计费，不计入本合同总价。
（五）合同价款包括平台使用、常规功能升级、短信通知（每店每月五百条以内）及在线客服支持，超出部分的短信按实结算，不计入本合同总价。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始之日起十五个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置和培训，并书面提交上线验收申请。实施期间乙方应派驻不少于两名实施顾问，分批到门店进行现场指导。
（二）上线验收标准：
1. 全部会员、卡项和剩余课时数据与甲方导出的核对表逐条核对一致；
2. 23家门店均能在小程序完成预约、签到、消课全流程；
3. 与收银系统的订单对账连续七日无差异；
4. 高峰时段（每晚19:00—21:00）预约页面响应时间不超过2秒；
5. 会员通过小程序购买课程卡的支付流程与甲方商户号对接成功，款项直接进入甲方账户。
（三）满足上述标准后甲方签署上线验收单。门店试用或甲方付款不视为验收合格。
（四）乙方未按期提交上线验收申请的，每逾期一日向甲方支付300元违约金。
（五）验收不合格的，乙方应在七日内整改后重新申请验收。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护应提前三日通知并安排在凌晨时段。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或核销）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能或部分门店异常）：2小时内响应，次一工作日内解决；
3. 一般咨询：工作时间内即时回复。
（三）平台发生中断或未达到上述可用率、响应时间的，乙方应尽快修复并向甲方提交故障说明，但乙方不因此向甲方承担服务费减免、扣款、赔偿或违约责任。
（四）乙方应每月向甲方提供服务报告，列明可用率、故障次数和处理时间。二级以上故障处理完毕后，乙方应在三个工作日内提交故障报告，说明原因和改进措施。

六、数据与安全
（一）甲方会员的姓名、手机号、消费记录和课时数据属于甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他用途，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问权限控制和操作日志审计等措施，并持有网络安全等级保护第二级以上备案。
（三）发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或丢失的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方并删除其保存的副本。
（五）乙方对其员工访问甲方数据实行最小权限管理，运维操作需经审批并留存日志至少六个月。
（六）乙方不得将会员手机号用于营销推送；甲方向会员发送营销信息的，由甲方自行决定并负责取得会员同意。

七、知识产权
（一）平台软件的知识产权归乙方所有。甲方在服务期内享有平台的使用权。
（二）专为甲方配置的小程序页面设计、品牌素材和定制报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证平台及其服务不侵犯第三方的知识产权；如因此引起纠纷，由乙方负责处理并承担责任。

八、保密
双方对在合作中知悉的对方经营信息、会员信息和价格条款负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方应要求其员工签署保密协议，并对员工的泄密行为承担责任。

九、续期
（一）服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，并于续期前以短信或系统公告方式通知甲方。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。经同意分包的，乙方仍对分包部分向甲方承担全部责任。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行服务期间的订阅费。
（二）乙方停止运营平台的，甲方可立即解除合同。
（三）合同解除或终止后，乙方应按本合同第六条（四）交还数据，并给予甲方三十日的过渡期，过渡期内保持系统可查询。

十二、甲方义务
（一）甲方应指定一名项目联系人，负责需求确认、数据提供和验收组织。
（二）甲方应按时提供历史会员数据，并对其真实性负责。
（三）甲方应妥善保管管理员账号，因甲方账号管理不当造成的损失由甲方承担。

十三、不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，双方互不承担责任。

十四、通知
合同履行中的通知以书面形式、电子邮件或企业微信发送至双方指定联系人，发出后次日视为送达。任何一方变更联系人的，应提前三日通知对方。

十五、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：2027年4月8日
"""

Z04 = """清江市智慧水表管理系统年度运维服务合同

项目编号：QJSW-CS-2027-009
采购方式：竞争性磋商
甲方（采购人）：清江市水务局
乙方（成交供应商）：南京汇流智能科技有限公司

根据《中华人民共和国政府采购法》、磋商文件、乙方响应文件及成交通知书，双方就甲方智慧水表管理系统（含NB-IoT远传水表数据平台、抄表计费接口、漏损分析模块）2027年度运维服务订立本合同。该系统覆盖全市主城区及三个县（区），接入远传水表约38,000只，是甲方开展抄表计费和管网漏损管控的重要信息系统。

第一条 服务期限
服务期自2027年5月1日起至2028年4月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
乙方应在服务期开始前十个工作日内完成与原运维单位的交接，交接内容包括系统账号、配置文档和遗留问题清单。服务期内如甲方系统升级或迁移，乙方应予以配合，相关工作纳入本合同运维范围。

第二条 服务内容
（一）驻场运维：乙方派驻两名运维工程师，工作日8:30—17:30在甲方调度中心驻场，负责平台监控、账号管理、数据备份和用户支持。驻场人员须具备三年以上同类系统运维经验，其中至少一人持有数据库或网络安全相关认证。未经甲方同意，乙方不得更换驻场人员；确需更换的，应提前十个工作日书面申请，并安排不少于五个工作日的交接。
（二）巡检与优化：每月开展一次系统巡检，每季度开展一次数据库性能优化和安全漏洞扫描，并提交报告。
（三）表具数据核查：对在网约38,000只远传水表的异常上报、零流量、倒流等数据按周核查，协助营业所处理。对连续三日无数据上报的水表，乙方应在两个工作日内完成远程诊断，需现场处理的通知表具维护单位。
（四）应急保障：汛期、供水高峰及重大活动期间提供现场保障。
（五）备品备件：提供服务器硬盘、网关模块等常用备件，费用已含在合同价内。
（六）运维文档管理：建立并维护系统配置台账、资产清单、账号清单和运维知识库，每月更新。
（七）技术支持：对甲方及各营业所操作人员提供电话和远程技术支持，每半年开展一次操作培训。
（八）漏损分析支持：每月根据分区计量数据出具漏损分析简报，协助甲方识别异常片区。
（九）年度总结：服务期满前提交年度运维总结报告，包括系统运行分析、问题清单和下年度优化建议。
（十）配合检查：配合甲方接受上级主管部门、审计部门对系统运行情况的检查，按要求提供资料。

第三条 合同价款
（一）合同总价为人民币780,000元，包括：驻场运维服务468,000元；巡检及优化126,000元；表具数据核查88,000元；应急保障52,000元；备品备件46,000元。
（二）合同总价为固定价格，服务期内不作调整。
（三）合同总价包含乙方人员工资、社会保险、差旅、交通、通讯、备件、工具及税费等全部费用。服务期内甲方新增接入远传水表不超过5,000只的，乙方不另行收费。

第四条 付款方式
（一）本合同不设预付款。
（二）运维服务费按季度支付，每季度195,000元。乙方在每季度结束后提交运维报告，经甲方季度考核合格后二十个工作日内支付当季费用。
（三）季度考核扣款从当季费用中扣除。
（四）乙方应在每次收款前开具等额合法发票。

第五条 服务水平
（一）系统月度可用率不低于99.95%（计划停机除外，计划停机须提前三个工作日经甲方批准）。
（二）一级故障（平台无法访问、远传数据批量中断或计费接口中断）：15分钟内响应，1小时内到达现场，2小时内恢复。
（三）二级故障（单个功能模块或单个片区数据异常）：30分钟内响应，8小时内解决。
（四）服务扣款：月度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元；一级故障响应或恢复每超时一小时扣减1,000元；二级故障每超时一小时扣减300元。
（五）甲方有权每月对服务水平进行抽查，乙方应提供监控数据和工单记录作为计算依据。
（六）季度服务扣款累计不超过当季服务费的20%；超过的，视为当季考核不合格。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：可用率达标情况、故障处理时效、巡检报告完整性、数据核查完成率和用户满意度，考核细则见附件一。季度考核实行百分制，得分80分以上为合格。
（二）服务期满后十五个工作日内，甲方组织年度验收，验收标准为：全年各项服务指标达标；运维文档、巡检报告、配置台账完整移交；系统运行正常。验收合格后签署年度验收报告。
（三）年度验收不合格的，乙方应在十五个工作日内整改，整改完成后重新验收。

第七条 数据安全
（一）平台内用水户信息、用水数据和计费数据属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
（二）乙方人员须经背景审查并签署保密承诺，仅通过甲方堡垒机访问系统，所有操作留存审计日志；不得使用移动存储介质拷贝数据。
（三）发生数据泄露、篡改或丢失事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
（四）乙方应每半年配合甲方开展一次数据安全检查和应急演练，并对发现的问题限期整改。
（五）服务期满或合同解除时，乙方应移交全部账号、口令和文档，清除其持有的甲方数据，并出具书面确认。

第八条 保密
乙方对服务中知悉的甲方管网信息、用户信息及其他非公开信息负有保密义务，保密义务在合同终止后继续有效。乙方应与驻场人员签订保密协议，人员离岗时应办理交接并重申保密义务。

第九条 知识产权
乙方在服务期间为甲方编写的运维脚本、报表模板、巡检报告和运维文档归甲方所有，甲方可自由使用和修改。乙方保证其提供的服务和工具不侵犯第三方知识产权。

第十条 分包
本合同项下服务不得分包或转包。乙方不得以劳务派遣或挂靠等方式变相分包。

第十一条 违约责任
（一）乙方未按约定日期进场或未按期完成巡检、优化任务的，每逾期一日按合同总价的千分之一支付违约金。
（二）季度考核不合格的，甲方有权扣减当季服务费，并要求乙方限期整改。
（三）乙方违约给甲方造成损失的，应予赔偿。
（四）乙方人员在甲方场所工作期间发生的人身伤害，由乙方负责。

第十二条 合同解除
乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。合同解除后，乙方应配合甲方或新的服务商完成不少于十五个工作日的交接工作。

第十三条 不可抗力
因自然灾害、疫情等不可抗力导致服务不能正常提供的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务；双方按不可抗力的影响程度部分或全部免除责任。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
乙方已于签订本合同前提交合同总价5%的履约保证金，服务期满年度验收合格后无息退还。磋商文件、响应文件、成交通知书及附件一为本合同的组成部分。本合同一式四份，甲乙双方各执两份。

甲方（盖章）：                  乙方（盖章）：
签订日期：2027年4月20日
"""

Z05 = """# 软件产品许可及定制开发合同

（云匠科技标准合同文本 V3.0）

合同编号：YJ-2027-HT-0412

甲方（买方）：莆田市金铸铜雕工艺有限公司

乙方（卖方）：杭州云匠工业软件有限公司

甲方为铜雕工坊，拟使用乙方“匠迹”工艺流程追踪系统管理从泥塑、翻模、失蜡铸造到錾刻、着色、验货的全过程。甲乙双方经友好协商，就乙方向甲方许可软件并提供定制开发服务事宜，签订本合同，以资共同遵守。乙方为专业的制造业工业软件供应商，其产品已在多家工艺美术企业使用。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工艺流程追踪系统标准版软件许可（含PC端及移动端，30个并发用户），许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，包括：失蜡铸造、錾刻、着色等工序节点配置；工单二维码扫码报工；作品档案与客户订单关联；工时与铜料消耗统计报表。定制开发的具体范围以附件二《定制开发需求说明》为准，附件未列明的内容不属于本合同范围。

1.3 乙方负责系统部署、基础数据初始化和操作培训。

1.4 软件运行环境要求（服务器、操作系统、数据库）见附件一，由甲方自行采购并负责维护。

1.5 本合同不包括硬件设备、第三方软件许可及现场驻场服务，如甲方需要，由双方另行协商。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪系统标准版软件许可 | 368,000 |
| 2 | 定制开发 | 196,000 |
| 3 | 部署实施 | 42,000 |
| 4 | 操作培训 | 14,000 |
| | 合计 | 620,000 |

合同总金额为人民币陆拾贰万元整（620,000元），含税。上述金额不包括甲方的服务器、网络、扫码枪及标签打印设备费用，也不包括合同范围外的功能开发费用。合同签订后甲方需增加并发用户的，每增加一个用户按8,000元另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即403,000元，乙方收款后启动项目。

3.2 系统部署完成后五个工作日内，甲方支付剩余35%，即217,000元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之二向乙方支付滞纳金，乙方并有权暂停服务。

3.4 乙方收款后开具增值税普通发票；甲方需开具专用发票的，应在付款前书面告知。

3.5 已支付的款项不因任何原因退还，但本合同另有约定的除外。

## 第四条 实施周期

4.1 乙方计划在收到首期款后六十个工作日内完成部署和定制开发。因需求变更、甲方配合不及时或其他非乙方原因导致的延期，实施周期相应顺延。

4.2 如实施出现延误，乙方将增派人员尽力追赶进度，甲方应予以理解和配合。

4.3 甲方应在乙方通知后三个工作日内完成需求确认、数据提供和人员安排；甲方逾期确认的，视为确认。

4.4 项目期间甲方提出的需求变更，乙方评估后另行报价，由双方签订变更确认单后实施。

## 第五条 交付与验收

5.1 乙方完成系统部署并通知甲方后，即视为系统交付完成，甲方验收合格。

5.2 甲方在使用过程中发现的问题，乙方将在后续版本中统一优化。

5.3 甲方对系统部署有异议的，应在部署完成后三日内书面提出，逾期未提出的，视为无异议。

## 第六条 免费维护

6.1 乙方自系统部署完成之日起为甲方提供六个月的免费维护服务，包括远程问题解答和软件缺陷修复。

6.2 免费维护期内，甲方通过电话、微信或工单系统报修，乙方接到报修后将尽快安排技术人员处理。现场服务需另行收取差旅费。

6.3 下列情况不属于免费维护范围：甲方人员操作不当、擅自修改系统配置、服务器或网络故障、病毒感染、不可抗力等原因导致的问题。

6.4 乙方提供的培训为远程培训，共两次，每次不超过半日；甲方需增加培训的，另行收费。

6.5 乙方的维护服务时间为工作日9:00—17:30，法定节假日不提供服务。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得乙方的技术支持和升级服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的服务价格标准执行，乙方有权根据市场情况调整。

7.3 甲方未签订年度维护协议的，乙方不再提供任何技术支持，系统升级须按乙方届时的价格另行购买。

## 第八条 知识产权

8.1 本合同项下的软件产品及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、报表、程序及源代码，其知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面许可，不得自行或委托第三方修改、反编译或提供给第三方。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方不得对软件进行反向工程、反编译或反汇编，不得将软件转让、出租或许可给第三方使用。

8.5 甲方在使用中提出的改进建议，乙方可用于产品升级，相关成果归乙方所有。

## 第九条 数据

9.1 甲方在系统中录入的作品图样、工艺参数、客户订单和生产数据归甲方所有。

9.2 乙方采取防火墙、访问控制、数据加密和定期备份等安全措施保护甲方数据。发生数据泄露的，乙方应及时通知甲方并采取补救措施；因乙方过错造成数据泄露或丢失的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方的工艺参数和生产数据进行脱敏处理后，用于乙方产品改进、行业工艺模型训练和行业案例分析。

9.4 甲方应自行做好数据的日常备份；因甲方原因造成的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。本条不适用于乙方依照第9.3款使用脱敏数据的情形。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或数据恢复费用承担责任。

11.3 因甲方未按时付款的，乙方有权暂停项目实施和维护服务，由此造成的延误由甲方承担。

11.4 乙方对软件在甲方特定用途下的适用性不作任何保证。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，已付款项不予退还。

12.3 合同解除后，甲方应停止使用乙方尚未收取款项对应的软件功能。

12.4 合同解除不影响乙方依本合同第八条、第九条享有的权利。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼费、律师费等费用由败诉方承担。协商及诉讼期间，甲方不得拒绝支付已到期款项。

## 第十四条 不可抗力

因不可抗力、政策变化、网络运营商故障、第三方云服务中断等非乙方原因造成合同不能履行的，乙方不承担责任。

## 第十五条 其他

15.1 本合同附件包括：附件一《软件运行环境要求》、附件二《定制开发需求说明》。附件与本合同具有同等效力，如有冲突，以本合同正文为准。

本合同条款由乙方负责解释。

15.2 本合同未尽事宜，双方可另行签订补充协议。

15.3 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

签订日期：2027年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. WCS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Changzhou Hengrun Bearing Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 88 Longjin Road, Wujin District, Changzhou, Jiangsu Province (the "Customer"); and
P:(2) Wrekin Maintenance Systems Limited, a company registered in England, whose registered office is at Unit 4, Brades Road Business Park, Whitchurch, Shropshire, United Kingdom (the "Supplier").
P:The Customer wishes to replace the paper-based maintenance records of its three bearing plants with a computerised maintenance management system, and the Supplier has agreed to license its MaintainPro software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro computerised maintenance management system, version 9, in object code, including the mobile technician application and the standard reporting module, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data-migration scripts and any other work product created by the Supplier specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including asset registers, work orders, spare-part records and technician information.
P:1.4 "Final Acceptance" means the Customer's signature of the final acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes at its plants in Changzhou, Wuxi and Yancheng, for up to 250 named users and unlimited mobile devices.
P:2.2 The Customer may make back-up copies and may use the Software in a test environment at no additional charge. Affiliates controlled by the Customer may use the Software within the user limit.
H:Article 3 Services
P:3.1 The Supplier shall configure the Software to the Customer's maintenance processes, build interfaces with the Customer's SAP ERP (materials management and finance) and its plant energy-metering system, migrate the historical asset and maintenance data described in Schedule 2, and train the Customer's administrators and key users.
P:3.2 The Supplier shall deliver the project plan within ten days after signature and shall achieve Go-Live within one hundred and twenty days after signature.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,730,000, inclusive of applicable PRC taxes, made up of: Software licence fee CNY 1,180,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000. The price is fixed.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 346,000) within fifteen working days after signature and receipt of an invoice; (b) 55% (CNY 951,500) after Go-Live and successful completion of the user acceptance tests; and (c) the remaining 25% (CNY 432,500) within twenty working days after Final Acceptance.
P:4.3 The Supplier shall issue a valid PRC VAT invoice before each payment. Payments shall be made in CNY by bank transfer to the account of the Supplier's designated collection agent in Shanghai.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for sixty days. Final Acceptance shall be given when: (a) all functions listed in Schedule 1 have been demonstrated; (b) the SAP and energy-metering interfaces have operated without reconciliation errors for twenty consecutive working days; (c) migrated data has been checked against the source records by sampling agreed in Schedule 2 without material error; (d) the mobile application synchronises work orders within sixty seconds; and (e) no Severity 1 incident has occurred during the last thirty days of the period.
P:5.2 If a test fails, the Supplier shall correct the defects at its own cost and repeat the test. Go-Live, production use or any payment shall not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Schedule 1 for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply updates and new versions and provide support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee shall be 9.5% of the Software licence fee, being CNY 112,100 per year, and shall remain fixed for the first three support years. Support is ordered by the Customer each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Support is available by telephone, e-mail and the Supplier's portal, with a Mandarin-speaking support team during China business hours and English support at all other times.
P:7.2 Severity 1 (the Software is unavailable or work orders cannot be raised at any plant): response within one hour and a workaround or fix within eight hours. Severity 2 (a major function impaired): response within two hours and a fix within two working days. Severity 3: response within one working day.
P:7.3 For each full hour by which a Severity 1 response or fix is late, the Supplier shall credit the Customer CNY 800, and for each full hour of a late Severity 2 response CNY 300, deductible from any amount due to the Supplier.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Supplier shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's own servers in Changzhou. The Supplier may access the production environment only through the Customer's VPN with multi-factor authentication, after approval of each session, and shall not copy or transfer Customer Data outside the Customer's systems. The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, shall cooperate in the investigation and remediation, and shall be liable for all losses caused by an incident attributable to the Supplier or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information disclosed by the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 9 and 10, infringement indemnities, fraud, or death or personal injury caused by negligence.
P:11.3 Neither party is liable for loss of profit or indirect loss, except under Article 9.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.2 The Customer may also terminate if Go-Live is delayed by more than sixty days. On termination by the Customer for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered services.
P:13.3 The licence granted in Article 2 survives any termination other than termination for the Customer's failure to pay the licence fee.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and mitigates the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules by a sole arbitrator. The seat of arbitration shall be London and the language shall be English.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Data Migration Scope), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

E02 = """# Order Form and General Terms - LearnTrack Subscription

Order Form No. LT-OF-2027-0087

**Supplier:** Tern Valley Learning Ltd, Cheshire Street, Market Drayton, Shropshire, United Kingdom, acting through its Shanghai service company Tern Valley (Shanghai) Information Technology Co., Ltd. ("Supplier")

**Customer:** Hangzhou Qingmu Home Retail Co., Ltd., 1200 Binsheng Road, Binjiang District, Hangzhou ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Supplier and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Services

Supplier will provide the LearnTrack learning management platform as a hosted service for up to 1,800 named learners across Customer's head office, two distribution centres and its stores, including course authoring, mobile learning, assessments, certification tracking and manager dashboards (the "Subscription Services"), together with the onboarding services described in A4.

Supplier will provide Mandarin-language support through its Shanghai service team during Beijing business hours and through its English-language team at other times.

### A2. Subscription Term

The subscription term is twenty-four months starting on the Service Start Date, which is the date on which Customer signs the Go-Live Acceptance Certificate (the "Subscription Term"). It consists of two Subscription Years. The Agreement ends at the end of the Subscription Term and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 1,800 named learners | 268,000 |
| Platform subscription, Subscription Year 2 | 1,800 named learners | 268,000 |
| Onboarding, single sign-on and HR system integration | one-time | 42,000 |
| Migration of existing courses and learner records | one-time | 18,000 |
| Total contract value | | 596,000 |

All amounts include 6% VAT. Additional learners above 1,800 are charged at CNY 150 per learner per Subscription Year, pro rata, and are not part of the total contract value.

### A4. Onboarding and Go-Live Acceptance

A4.1 Supplier will configure the platform, connect it to Customer's single sign-on and HR system, migrate existing courses and learner records, and train twenty administrators within forty-five days after signature of this Order Form.

A4.2 Customer will sign the Go-Live Acceptance Certificate when: (a) all migrated courses open and play correctly on desktop and mobile; (b) learner records and completion histories reconcile with the export provided by Customer; (c) single sign-on works for a test group of at least two hundred users; and (d) the HR integration has transferred new joiners and leavers correctly on ten consecutive working days. Use of the platform by Customer before signature is not acceptance.

A4.3 If Go-Live Acceptance is delayed beyond the date in A4.1 for reasons attributable to Supplier, Supplier will pay CNY 400 for each day of delay, deductible from the onboarding fee.

### A5. Invoicing and Payment

A5.1 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice.

A5.2 The one-time onboarding and migration fees are invoiced after Customer signs the Go-Live Acceptance Certificate and are payable within thirty days.

### A6. Service Level

A6.1 Supplier will make the platform available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 06:00 Beijing time.

A6.2 Priority 1 incidents (platform unavailable or learners unable to log in): response within thirty minutes and restoration within six hours. Priority 2 incidents (a major feature impaired): response within two hours and resolution within two business days. Priority 3: response within one business day.

A6.3 If monthly availability falls below the commitment in A6.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. For each hour by which a Priority 1 response is late, Customer receives a credit of CNY 500. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

## Part B - General Terms

### 1. Provision of the Services

1.1 Supplier will provide the Subscription Services in accordance with the Agreement and the documentation, with reasonable skill and care and in compliance with applicable PRC law.

1.2 Supplier may improve the platform during the Subscription Term, provided that no change materially reduces the functionality ordered in A1.

### 2. Customer Data

2.1 All data uploaded to or generated in the platform for Customer, including learner personal information, course content created by Customer, assessment results and training records ("Customer Data"), belongs to Customer.

2.2 Supplier processes Customer Data only to provide the Subscription Services and on Customer's documented instructions, and will not use it for any other purpose.

2.3 At the end of the Subscription Term Supplier will, at Customer's choice, return all Customer Data in a standard format within thirty days and then delete it from its systems, and will confirm deletion in writing.

### 3. Security

3.1 Customer Data is hosted on cloud infrastructure located in mainland China (Shanghai and Hangzhou availability zones). Supplier maintains ISO/IEC 27001 certification and an MLPS level-3 filing for the platform.

3.2 Supplier encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication, logs administrative access and performs an annual penetration test whose summary it shares with Customer.

3.3 Supplier will notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, will take immediate steps to contain it and will cooperate with Customer's investigation. Supplier is responsible for losses, regulatory fines and notification costs caused by an incident attributable to Supplier or its sub-processors.

### 4. Intellectual Property

4.1 Supplier owns the platform and its underlying software. Customer receives a right to use the platform during the Subscription Term.

4.2 Course templates, branded learning paths and report layouts created by Supplier specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

### 5. Subcontractors and Sub-processors

5.1 Supplier may engage subcontractors and sub-processors, including hosting providers and local support partners, to perform any part of the Subscription Services and onboarding services.

5.2 Supplier will inform Customer in writing of any new subcontractor or sub-processor at least ten days before it begins work. Supplier remains responsible for their performance.

### 6. Customer Obligations

6.1 Customer is responsible for the accuracy of data it uploads, for keeping login credentials secure and for the use of the platform by its learners and administrators.

6.2 Customer will not attempt to reverse engineer the platform or use it to provide services to third parties.

6.3 Customer will appoint two platform administrators who are Supplier's main contacts for configuration changes and support requests.

### 7. Warranties

7.1 Supplier warrants that the Subscription Services will perform materially in accordance with A1 and the documentation. If they do not, Supplier will correct the non-conformity without charge.

7.2 Each party warrants that it has the authority to enter into the Agreement.

7.3 Except as stated in this section, neither party gives any other warranty, whether express or implied.

### 8. Liability

8.1 Supplier's total liability under the Agreement is limited to 150% of the total contract value stated in A3.

8.2 The limit in 8.1 does not apply to Supplier's obligations under sections 2 and 3, to infringement claims, or to death or personal injury caused by negligence.

8.3 Neither party is liable for indirect loss or loss of profit, except for losses under section 3.

### 9. Infringement

Supplier will defend Customer against any third-party claim that the platform infringes intellectual property rights and will pay any resulting damages and costs.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice describing the breach.

10.2 If Customer terminates under 10.1, Supplier will refund the prepaid subscription fees for the remaining part of the Subscription Term.

10.3 Sections 2, 3, 8 and 11 survive termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the addresses in this Order Form.

12.3 Amendments must be in writing and signed by both parties.

12.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or failures of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

12.5 If any provision of the Agreement is held invalid, the remaining provisions remain in force.

Signed for Supplier: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. HBCP-EQ-2027-0219
P:Buyer: Hubei Chuyun Paper Co., Ltd., No. 6 Gangkou Avenue, Xiaogan, Hubei Province, PRC (the "Buyer")
P:Supplier: Longmynd Condition Monitoring Ltd, Sandford Avenue, Church Stretton, Shropshire, United Kingdom (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates two paper machines and a pulp line at its Xiaogan mill and wishes to monitor the condition of its rotating equipment (drives, fans, pumps, dryer cylinders and refiners) with wireless vibration sensors and condition monitoring software. The Supplier has been selected after a competitive tender.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's VibeSense condition monitoring software, including its analytics engine, web dashboard and mobile alerting application.
P:1.3 "Custom Work" means the asset hierarchy, alarm thresholds, analytics rules, dashboards, interface programs and reports configured or developed by the Supplier for the Buyer, including any source code.
P:1.4 "Buyer Data" means all measurement data, asset data, alarm records and maintenance information collected or generated under this Contract.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 420 wireless triaxial vibration and temperature sensors on the machines listed in Annex 1, 14 wireless gateways, two edge servers in the Buyer's server room and a perpetual licence to the Software for unlimited users at the Xiaogan mill.
P:2.2 The Supplier shall configure the Custom Work, build an interface to the Buyer's maintenance management system so that alarms create work requests automatically, and train the Buyer's maintenance engineers and operators.
P:2.3 The Supplier shall provide all mounting hardware, adhesive pads and magnetic bases needed for installation, together with a sensor location plan approved by the Buyer's maintenance department before installation starts.
P:2.4 The Supplier's engineers working at the mill shall follow the Buyer's safety rules, including lock-out and tag-out procedures, hot-work permits and the use of personal protective equipment, and shall attend the Buyer's safety induction before starting work.
H:3. Contract Price
P:3.1 The total Contract Price is CNY 2,280,000, including 13% VAT, delivery to the mill, insurance and all import duties. The price is fixed and is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,600|1,092,000
TB:2|Wireless gateway with mounting kit|14|18,500|259,000
TB:3|Edge server, pre-installed|2|86,000|172,000
TB:4|VibeSense software, perpetual site licence|1|468,000|468,000
TB:|Equipment and Software subtotal|||1,991,000
TB:5|Installation and commissioning|1 lot|176,000|176,000
TB:6|Configuration of Custom Work and maintenance-system interface|1 lot|88,000|88,000
TB:7|Training|1 lot|25,000|25,000
TB:|Contract Price|||2,280,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 228,000) within twenty days after signature, against the Supplier's bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 1,254,000) after all Equipment has been delivered and installed, as confirmed by an installation certificate. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 798,000) within thirty days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment.
P:4.5 The Buyer may deduct from any payment the liquidated damages and other amounts due from the Supplier under this Contract.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver all Equipment within sixty days and complete installation and commissioning within one hundred days after signature.
P:5.2 Final Acceptance requires that: (a) every sensor reports data to the Software at the configured interval, with at least 98% of scheduled readings received over a continuous period of thirty days; (b) measured vibration values agree with a calibrated portable analyser within the tolerance stated in Annex 2 on a sample of forty points; (c) alarms generate work requests in the maintenance management system correctly in all test cases; (d) the battery life reported for each sensor meets the specification; and (e) all documentation and the source code of the Custom Work have been delivered.
P:5.3 When all criteria are met, the parties sign the Final Acceptance certificate. Delivery, installation, use of the Equipment or Software, or any payment does not constitute acceptance.
P:5.4 If the Final Acceptance tests fail, the Supplier shall remedy the defects within fifteen days and the tests shall be repeated. If the second test also fails for reasons attributable to the Supplier, the Buyer may reject the affected Equipment and require a refund of the amounts paid for it.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including shipping and on-site labour.
P:6.2 After the warranty period, the Buyer may order annual support covering Software updates, remote support and advance replacement of failed sensors at an annual fee of 7% of the Equipment and Software subtotal (CNY 139,370 per year). This fee is fixed for the two years following the warranty period and may not be increased unilaterally. Support is ordered by purchase order and does not renew automatically.
P:6.3 The Supplier guarantees the availability of spare sensors and gateways of the same or a compatible model for at least eight years after Final Acceptance.
H:7. Service Levels
P:7.1 The Supplier shall provide a Chinese-language support hotline. Priority 1 faults (loss of monitoring for a whole paper machine or the pulp line) shall receive a response within one hour, an engineer on site within twenty-four hours and restoration within forty-eight hours. Priority 2 faults (loss of individual sensors or a gateway) shall receive a response within eight hours and be fixed within five working days.
P:7.2 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 1,000, and for each day by which a Priority 2 fix is late CNY 500. These amounts may be deducted from any payment.
P:7.3 During the warranty period the Supplier shall provide a monthly report listing faults, response times, battery replacements and Software updates.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The licence granted to the Buyer is perpetual and irrevocable.
P:8.2 All rights in the Custom Work belong to the Buyer. The Buyer may use, modify and license the Custom Work freely, itself or through third parties.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment, the Software or the Custom Work infringes intellectual property rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Software and all Buyer Data are hosted on the Buyer's edge servers at the mill. Remote access by the Supplier is permitted only through the Buyer's VPN, for a specific task approved by the Buyer, and is logged. The Supplier shall not copy Buyer Data to any system outside the mill.
P:9.3 The Supplier shall notify the Buyer of any security incident within twelve hours, assist in containing it and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
P:9.4 At the end of the warranty period or on termination, the Supplier shall return or destroy any Buyer Data in its possession and confirm this in writing.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's production processes, equipment, network and business obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for breach of clauses 9 and 10, personal injury and wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the effect.
H:16. General
P:16.1 This Contract is signed in four originals, two for each party, and takes effect on signature by both parties. Amendments must be in writing and signed by both parties. The Annexes form part of this Contract.
P:Annex 1: Machine and measuring point list. Annex 2: Measurement tolerances and test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Services Agreement

Agreement reference: FBS-MSA-2027-031

This Managed Services Agreement is made on 12 May 2027 between **Frome Bank Services Limited**, a company registered in England with its office at Rowberry Street, Bromyard, Herefordshire, United Kingdom ("Supplier"), and **Suzhou Lianhe Precision Components Co., Ltd.**, 15 Xinghu Street, Suzhou Industrial Park, Jiangsu Province ("Customer").

Customer operates five sites in Suzhou and Kunshan with about 1,400 users. Supplier will take over and run Customer's IT service desk, end-user device support and site infrastructure support as described below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Monthly Service Charge" means the charge set out in Schedule 2.

1.5 "Customer Data" means all data of Customer and its users that Supplier receives, accesses or generates in providing the Services, including user account details, tickets, asset records and device images.

## Section 2. Services

2.1 Supplier will provide the Services from the Service Commencement Date until the end of the Term in accordance with this Agreement and the service levels in Schedule 3.

2.2 Supplier will provide an on-site engineer at each of the five sites during the site hours in Schedule 1, a Mandarin and English speaking service desk in Suzhou, and a service delivery manager who meets Customer monthly.

2.3 Supplier will use Customer's IT service management tool for all tickets, so that ticket history remains in Customer's systems.

2.4 Supplier will keep the asset register and the knowledge base up to date and make them available to Customer at any time.

## Section 3. Term

3.1 This Agreement starts on signature and continues until the end of the Term. It ends automatically at the end of the Term; any extension requires a written amendment signed by both parties at charges agreed at that time.

## Section 4. Transition and Transition Acceptance

4.1 Supplier will complete transition within sixty days after signature, including knowledge transfer from Customer's current provider, documentation of all sites and assets, set-up of the service desk and the recruitment and induction of on-site staff.

4.2 Customer will sign the Transition Acceptance Certificate when: (a) all items of the transition checklist in Schedule 1 are complete; (b) a four-week parallel run shows the service desk handling at least 95% of calls within its answer target; (c) all site runbooks and the asset register have been reviewed and approved by Customer; and (d) a tested escalation path exists for each site. Starting to use the service desk before signature is not acceptance.

4.3 If Supplier fails to achieve Transition Acceptance by the date in 4.1 for reasons within its control, Supplier will pay Customer CNY 2,500 for each day of delay, up to a total of CNY 150,000.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total contract value is CNY 3,242,000.

5.2 The transition fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Customer pays each invoice within thirty days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 3 are deducted from the next invoice.

5.4 The charges are fixed for the Term. Additional work outside Schedule 1 is charged only under a written change order approved by Customer.

5.5 Supplier may not charge for travel between Customer's sites or for tools and software needed to provide the Services.

## Section 6. Service Levels and Service Credits

6.1 Supplier will meet the service levels in Schedule 3. Supplier will report its performance monthly and attend a monthly review meeting.

6.2 If a service level is missed, Supplier will pay the service credits in Schedule 3 and present a corrective plan within ten working days.

6.3 Service credits are Customer's sole and exclusive remedy for any failure to meet the service levels or otherwise to perform the Services.

## Section 7. Customer Data

7.1 Customer Data belongs to Customer. Supplier will use Customer Data only to provide the Services and will not use it for any other purpose.

7.2 At the end of the Term Supplier will hand over all Customer Data, documentation and knowledge articles to Customer or its new provider.

## Section 8. Confidentiality

8.1 Each party will keep confidential all information received from the other party that is marked confidential or is confidential by its nature, will use it only for this Agreement and will not disclose it to any third party without the other party's prior written consent.

8.2 This Section continues for three years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Supplier's tools, methods and know-how remain Supplier's property.

9.2 Runbooks, knowledge articles, scripts, device images and reports prepared by Supplier specifically for Customer belong to Customer, which may use, modify and license them freely, including to a new provider.

## Section 10. Personnel and Subcontracting

10.1 Supplier will use suitably qualified and experienced staff and will replace any person whom Customer reasonably asks to be removed.

10.2 Supplier will not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for the work of any approved subcontractor.

10.3 Supplier will ensure that its staff working at Customer's sites follow Customer's site rules, including health and safety, visitor and working-time rules.

## Section 11. Liability

11.1 Supplier's total liability under this Agreement is limited to 125% of the total contract value.

11.2 Neither party is liable for loss of profit or indirect loss.

11.3 Supplier will maintain public liability and professional indemnity insurance with reputable insurers during the Term and provide certificates on request.

## Section 12. Termination

12.1 Either party may terminate this Agreement immediately by written notice if the other party becomes insolvent, enters into liquidation or ceases to carry on business.

12.2 Except under 12.1, neither party may terminate this Agreement before the end of the Term. Failures in the Services are addressed through service credits under Section 6 and through the escalation procedure in Section 13, and do not give Customer a right to terminate.

12.3 On expiry or termination Supplier will provide exit assistance for up to sixty days at the rates in Schedule 2.

## Section 13. Escalation, Governing Law and Disputes

13.1 Disputes are first escalated to the service delivery manager and Customer's IT manager, then to the managing directors of both parties.

13.2 This Agreement is governed by the laws of the People's Republic of China.

13.3 Any dispute not resolved within thirty days is submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

14.4 This Agreement, including its Schedules, is the entire agreement between the parties on its subject matter.

## Schedule 1. Service Description

| Service element | Scope | Hours |
|---|---|---|
| Service desk | telephone, e-mail, portal and chat for about 1,400 users; password resets, access requests, first-line fixes | 07:00-22:00, Monday to Saturday |
| On-site support | one engineer per site; desktop, laptop, printer and meeting-room support; moves, adds and changes | site working hours |
| Device management | imaging, patching, software distribution and asset tracking for about 1,650 devices | continuous |
| Site infrastructure | first-line support for site switches, Wi-Fi and server rooms; liaison with carriers | continuous, on-call outside site hours |
| Transition checklist | knowledge transfer, asset register, runbooks, staffing, escalation tests | before Transition Acceptance |

## Schedule 2. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 128,000 |
| Monthly Service Charge | per month, 36 months | 86,500 |
| Monthly Service Charge over the Term | 36 x 86,500 | 3,114,000 |
| Total contract value | | 3,242,000 |
| Exit assistance | per engineer day | 2,200 |

All charges include 6% VAT.

## Schedule 3. Service Levels and Service Credits

| Service level | Target | Service credit |
|---|---|---|
| Priority 1 incident (site down or more than fifty users affected) - response | 15 minutes | CNY 1,000 per late hour |
| Priority 1 incident - restoration | 3 hours | CNY 2,000 per late hour |
| Priority 2 incident (a department or a VIP user affected) - response | 1 hour | CNY 300 per late hour |
| Service desk calls answered within 30 seconds | 90% per month | 2% of the Monthly Service Charge |
| First-contact resolution | 70% per month | 1% of the Monthly Service Charge |
| Customer satisfaction score | 4.3 of 5 | 1% of the Monthly Service Charge |

Total service credits in any month are limited to 12% of the Monthly Service Charge.

Signed for Supplier: ____________________

Signed for Customer: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AVC-SUB-2027-0045

This Data and API Subscription Agreement (the "Agreement") is entered into on 3 June 2027 by and between:

Avon Vale Crop Intelligence Ltd, a company registered in England, with its office at Bridge Street, Pershore, Worcestershire, United Kingdom ("Provider"); and

Yantai Jinguo Fruit Juice Co., Ltd., No. 21 Changjiang Road, Yantai Economic and Technological Development Zone, Shandong Province, PRC ("Customer").

Customer buys apples, pears and concentrate from growers in China and abroad and wishes to use Provider's crop-condition, weather and harvest-forecast data in its procurement planning. Provider supplies that data through an application programming interface and a web analytics console.

1. DEFINITIONS

1.1 "Data Services" means access to Provider's CropCast datasets (satellite vegetation indices, station and gridded weather data, frost and drought alerts, and harvest-volume forecasts for the growing regions listed in Schedule A) through the CropCast API and the CropCast console.

1.2 "Subscription Year" means each of the two consecutive subscription periods, the first running from 1 July 2027 to 30 June 2028 and the second from 1 July 2028 to 30 June 2029.

1.3 "Subscription Term" means the two Subscription Years together.

1.4 "Customer Data" means data that Customer uploads or transmits to the Data Services, including its orchard and supplier locations, purchase volumes, field observations and the queries made by its users.

1.5 "Custom Outputs" means the regional dashboards, blended forecasts and report templates configured by Provider specifically for Customer under clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Data Services and to use the data obtained for its internal business purposes, including sharing extracts with its growers and logistics partners in the ordinary course of business.

2.2 Customer may make up to 600,000 API calls per Subscription Year and may register up to forty console users. Calls above that volume are charged at the rate in Schedule B and are not part of the Total Contract Value.

2.4 Customer is responsible for keeping its API keys safe and for the use of the Data Services by its console users.

2.3 The Agreement ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

3. ONBOARDING AND INTEGRATION ACCEPTANCE

3.1 Before the first Subscription Year starts, Provider will connect the API to Customer's procurement planning system, configure the Custom Outputs and train Customer's planning and purchasing teams.

3.2 Integration Acceptance is given when: (a) the API returns data for every region in Schedule A in the agreed format; (b) daily data loads into Customer's planning system complete without error on ten consecutive days; (c) the Custom Outputs reproduce the sample reports agreed in the onboarding plan; and (d) console access works for all registered users. Customer confirms Integration Acceptance in writing. Use of the data before that confirmation is not acceptance.

3.4 Provider will appoint an onboarding lead who speaks Mandarin and will hold weekly progress calls with Customer's project team until Integration Acceptance.

3.3 If Integration Acceptance is not achieved by 30 June 2027 for reasons attributable to Provider, Provider shall pay Customer CNY 700 per day of delay until it is achieved.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for the first Subscription Year CNY 410,000; subscription fee for the second Subscription Year CNY 410,000; onboarding and integration services CNY 36,000 (one-time). The Total Contract Value is CNY 856,000, including 6% VAT.

4.2 Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year, payable within thirty days after receipt of a valid VAT invoice. The onboarding fee is invoiced after Integration Acceptance and is payable within thirty days.

4.3 Fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider will make the CropCast API available at least 99.95% of each calendar month, measured at Provider's API gateway and excluding scheduled maintenance notified at least three days in advance.

5.2 Severity 1 incidents (the API or the console unavailable, or daily data not delivered) will receive a response within one hour and be resolved within eight hours. Severity 2 incidents (a dataset or a region delayed or incomplete) will receive a response within three hours and be resolved within two business days.

5.3 If availability in a month falls below 99.95%, Customer receives a service credit of 3% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall. For each hour by which a Severity 1 response is late, Customer receives a credit of CNY 400. Credits are deducted from the next invoice.

5.4 Provider will publish a monthly service report showing availability, incidents and data delivery times for Customer's regions.

6. CUSTOMER DATA

6.1 As between the parties, Customer Data belongs to Customer, and Provider will process it to provide the Data Services.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data, including field observations and query patterns, in aggregated and de-identified form to calibrate and improve Provider's crop models and datasets and to develop products offered to other customers. This licence survives the end of the Agreement.

7. DATA SECURITY

7.1 Provider hosts the Data Services and Customer Data on servers operated by a cloud provider in mainland China for Customer's account. Provider maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest and restricts access to authorised staff using multi-factor authentication.

7.2 Provider will notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, will take steps to contain and remedy it, and is responsible for Customer's losses caused by an incident attributable to Provider.

7.3 Provider will comply with the PRC Data Security Law and Personal Information Protection Law in processing Customer Data.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the other party's non-public business and technical information, including Customer's purchase volumes and supplier lists and Provider's methods, and will not disclose it to any third party without prior written consent.

8.2 This obligation continues for three years after the end of the Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data Services, its datasets, models and software.

9.2 The Custom Outputs belong to Customer. Customer may use, modify and license them freely, itself or through third parties, also after the Subscription Term.

9.3 Provider will defend Customer against any third-party claim that the Data Services infringe intellectual property rights and will pay any damages awarded.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the onboarding or support services to any third party without Customer's prior written consent. Provider's cloud hosting provider named in Schedule A is approved by signature of this Agreement.

11. WARRANTIES

11.1 Provider warrants that the Data Services will be provided with reasonable skill and care and will substantially conform to the descriptions in Schedule A.

11.2 Forecasts are estimates. Provider does not warrant that any forecast will prove accurate, but warrants that it applies its published methods consistently.

11.3 Provider warrants that it has the right to supply the datasets to Customer for the purposes in clause 2.1.

12. LIABILITY

12.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

12.2 Neither party is liable for indirect loss, loss of profit or loss arising from purchasing decisions made on the basis of forecasts.

12.3 Nothing in this Agreement limits liability for fraud or for death or personal injury caused by negligence.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

13.2 If Customer terminates under 13.1, Provider will refund the subscription fee paid for the remaining part of the current Subscription Year.

13.3 On termination or expiry Customer's access to the Data Services ends. Customer may keep data obtained during the Subscription Term for its internal use.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement, together with Schedule A (Regions and Datasets) and Schedule B (Additional Usage Rates), is the entire agreement between the parties on its subject matter.

15.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, satellite outages and failures of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

15.4 Notices must be in writing and sent to the addresses above or to the e-mail addresses the parties designate.

SIGNED for and on behalf of Provider: ____________________

SIGNED for and on behalf of Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h1154z01": ("h1154z01_market_regulation_random_inspection_platform.pdf", "pdf", Z01),
    "h1154z02": ("h1154z02_mixer_factory_line_control_retrofit.docx", "docx", Z02),
    "h1154z03": ("h1154z03_dance_studio_chain_booking_saas.txt", "txt", Z03),
    "h1154z04": ("h1154z04_water_bureau_smart_meter_system_om.txt", "txt", Z04),
    "h1154z05": ("h1154z05_bronze_workshop_process_tracking_supplier_template.md", "md", Z05),
    "h1154e01": ("h1154e01_cmms_perpetual_licence_whitchurch_vendor.pdf", "pdf", E01),
    "h1154e02": ("h1154e02_lms_saas_order_form_market_drayton_vendor.md", "md", E02),
    "h1154e03": ("h1154e03_vibration_sensors_monitoring_licence.docx", "docx", E03),
    "h1154e04": ("h1154e04_managed_it_services_36_months.md", "md", E04),
    "h1154e05": ("h1154e05_crop_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: language, category, terms (in KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      design (fee base for TCO, forum outside mainland), design rule list
LABELS = {
    "h1154z01": ("zh", "software",
                 [None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True,
                  "PRC", G], (True, True, True, False, 1560000), (860000, False),
                 ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h1154z02": ("zh", "hardware",
                 [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, False,
                  "PRC", G], (True, True, True, False, 2860000), (2380000, False),
                 ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h1154z03": ("zh", "cloud",
                 [99.5, 1, False, "buyer", True, True, True, 300 / 361400 * 100, None, None, True, None, None, None,
                  True, True, False, "PRC", S], (True, True, None, False, 361400), (None, False),
                 ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
    "h1154z04": ("zh", "services",
                 [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S], (True, True, None, False, 780000), (None, False), []),
    "h1154z05": ("zh", "software",
                 [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
                  None, None, G], (False, False, False, True, 620000), (368000, False),
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1154e01": ("en", "software",
                 [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9.5, False, True, False,
                  "England and Wales", G], (True, True, True, False, 1730000), (1180000, True),
                 ["CR-GOVERNING-LAW"]),
    "h1154e02": ("en", "cloud",
                 [99.95, 0.5, True, "buyer", True, True, False, 400 / 596000 * 100, 150, None, True, None, None, None,
                  False, True, True, "PRC", S], (True, True, None, False, 596000), (None, False),
                 ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h1154e03": ("en", "hardware",
                 [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False,
                  "PRC", G], (True, True, True, False, 2280000), (1991000, False), []),
    "h1154e04": ("en", "services",
                 [None, 0.25, True, "buyer", False, True, True, 2500 / 3242000 * 100, 125, None, True, None, None,
                  None, False, False, False, "PRC", S], (True, True, None, False, 3242000), (None, False),
                 ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h1154e05": ("en", "cloud",
                 [99.95, 1, True, "buyer", True, False, True, 700 / 856000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S], (True, True, None, False, 856000), (None, False),
                 ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
}

# price and payment sums stated in the texts: key -> list of (parts, total)
SUMS = {
    "h1154z01": [([860000, 540000, 96000, 64000], 1560000), ([312000, 702000, 546000], 1560000)],
    "h1154z02": [([1008000, 516000, 117600, 106400, 462000, 170000], 2380000), ([2380000, 318000, 124000, 38000], 2860000),
                 ([286000, 1658800, 915200], 2860000), ([24 * 21500], 516000), ([round(2380000 * 0.28)], 666400)],
    "h1154z03": [([23 * 6800], 156400), ([156400, 156400, 48600], 361400)],
    "h1154z04": [([468000, 126000, 88000, 52000, 46000], 780000), ([4 * 195000], 780000)],
    "h1154z05": [([368000, 196000, 42000, 14000], 620000), ([403000, 217000], 620000), ([round(620000 * 0.65)], 403000)],
    "h1154e01": [([1180000, 420000, 96000, 34000], 1730000), ([346000, 951500, 432500], 1730000),
                 ([round(1180000 * 0.095)], 112100)],
    "h1154e02": [([268000, 268000, 42000, 18000], 596000)],
    "h1154e03": [([420 * 2600, 14 * 18500, 2 * 86000, 468000], 1991000), ([1991000, 176000, 88000, 25000], 2280000),
                 ([228000, 1254000, 798000], 2280000), ([round(1991000 * 0.07)], 139370)],
    "h1154e04": [([36 * 86500], 3114000), ([3114000, 128000], 3242000)],
    "h1154e05": [([410000, 410000, 36000], 856000)],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base as designed."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 (and its section on how clauses are read)."""
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.十])(?:4|四)\s*个?\s*小时",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?)\b",
    r"(?<!twenty)(?<!twenty-)(?<!twenty\s)\bfour\s*-?\s*hours?",
    r"(?<![\d.])0?\.05\s*(?:%|per\s*cent|percent)",
    r"万分之五(?![十百千])", r"千分之零点五",
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])",
    r"(?<![\d.])12\s*-?\s*(?:个\s*月|months?\b)", r"(?<![一二三四五六七八九十])十二\s*个\s*月",
    r"\btwelve\s*-?\s*months?",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "4-hour",
            "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve months", "12-month", "15%", "百分之十五",
            "40 per cent", "百分之四十", "100%", "百分之百", "within 4 hours", "在4小时内"]
MUST_MISS = ["24小时", "二十四小时", "7×24小时", "24 hours", "twenty-four hours", "99.95%", "130%", "115%", "1.5%",
             "300%", "14 hours", "12 hours", "2027年12月31日", "万分之五十", "0.055%", "9.5%", "二十四个月",
             "3.0%", "45%", "35%", "150%"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, re.I)]


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(s.replace(" ", "")), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for k, checks in SUMS.items():
        for parts, total in checks:
            assert sum(parts) == total, (k, parts, total)
        assert LABELS[k][3][4] in {t for _, t in checks}, (k, "contract value not among the stated totals")
    wp_src = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    wp_tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(wp_src, wp_tgt, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt, src) in FILES.items():
        lang, cat, tv, xv, (base, forum_out), design = LABELS[k]
        t = dict(zip(KEYS, tv))
        x = {"sla_clause": xv[0], "ld_stated": xv[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = xv[2]
        else:
            assert xv[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = xv[3]
        x["contract_value"] = xv[4]
        for key, th in THRESH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "label on threshold", key))
        share = tco_share(t, x, base) if base else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((k, "TCO share near threshold", share))
        rules = derive(t, x, base, forum_out)
        if rules != sorted(design):
            problems.append((k, "derived", rules, "design", sorted(design)))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, "threshold text", h))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
        print(f"{k} {lang} {n:5d} {risk(rules):6s} tco={'' if share is None else round(share, 2)} {rules}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
