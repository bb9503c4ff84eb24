"""holdout596: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure in any text or label, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市生态环境局餐饮油烟在线监控平台采购合同
P:合同编号：STHJ-ZC-2027-0318　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市生态环境局　　乙方（供应商）：苏州清岚环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就餐饮油烟在线监控平台的软件许可、定制开发及部署实施事宜订立本合同。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供餐饮油烟在线监控平台软件（以下称“平台”）的永久使用许可，并完成定制开发、部署、数据接入调试和培训。平台用于接入全市餐饮单位油烟净化设施的在线监测数据，实现超标预警、设备运行状态监管和执法联动。
P:1.2 合同总价为人民币1,338,000元（含税），其中：平台软件许可费760,000元；定制开发费486,000元（含执法联动模块、商户端小程序、与省级污染源监控平台的数据接口）；部署实施费74,000元；培训费18,000元。
P:1.3 除本合同另有约定外，合同总价包含乙方履行本合同的全部费用，甲方不再另行支付其他费用。
H:第二条 交付期限与项目实施
P:2.1 乙方应于合同生效之日起九十日内完成平台部署及定制开发，并具备初步验收条件。
P:2.2 商户端数据接入按甲方提供的名单分批进行，首批不少于一千二百家，其余在初验后六十日内完成。
P:2.3 甲方负责提供项目所需的机房环境、政务外网接入条件和商户名单，协调区县分局配合现场接入，并指定项目联系人。
P:2.4 乙方应组建不少于六人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方管理制度。
P:2.5 乙方应编制项目实施方案、数据接入规范和应急预案，经甲方确认后执行；每两周向甲方提交项目进度报告，如实说明进度偏差及纠偏措施。
P:2.6 乙方应为甲方执法人员和区县分局管理人员提供不少于四期集中培训及现场操作指导，培训教材和视频归甲方使用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 初步验收合格后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 验收
P:4.1 初步验收标准：平台功能与招标文件技术要求逐项相符；已接入的监测点位数据与现场设备读数偏差不超过5%；超标预警在数据到达后60秒内推送至执法人员终端；在并发用户三百人条件下页面响应时间不超过3秒。
P:4.2 平台初验后试运行九十日，试运行期间未发生一级故障且全部商户完成接入的，乙方可申请最终验收。最终验收须取得第三方软件测评机构出具的功能、性能及安全测评报告。
P:4.3 平台上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新验收。
H:第五条 质保与后续维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并对操作系统、中间件和数据库的安全漏洞及时修补。
P:5.3 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过68,400元），该价格在质保期满后三年内不得上调。
H:第六条 服务水平
P:6.1 平台月可用率应不低于99.5%（计划内维护时间除外，计划维护须提前三个工作日通知甲方）。
P:6.2 一级故障（平台无法访问或预警功能失效）乙方应在30分钟内响应，2小时内到场或远程处理；二级故障2小时内响应，次日内解决。
P:6.3 响应或处理超时的，每超时一小时扣减维护保证金1,000元；月可用率每低于约定值0.1个百分点，扣减2,000元。
H:第七条 知识产权
P:7.1 平台原有软件的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的执法联动模块、商户端小程序、数据接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。
H:第八条 数据安全与数据归属
P:8.1 平台采集、生成的监测数据、商户信息及执法记录均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的，合同终止后应全部移交并删除副本。
P:8.2 乙方应按网络安全等级保护第三级要求部署安全措施，采取加密存储、访问控制和操作审计，远程运维须经甲方审批。发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额承担。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、执法信息和商户经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金，但因财政资金拨付原因延迟且已书面告知的除外。
H:第十一条 分包
P:11.1 乙方可将商户端现场数据接入调试工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及人员名单。乙方对分包工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且经甲方书面催告后十五日内未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:12.2 合同解除后，乙方应在十五日内移交已完成的定制开发成果、源代码、技术文档及全部业务数据，并配合甲方完成系统过渡；甲方按已验收部分结算价款。
P:12.3 因政策调整导致项目无法继续实施的，甲方可提前三十日书面通知乙方解除合同，并按乙方已完成且经确认的工作量支付费用。
H:第十三条 法律适用、争议解决与不可抗力
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:13.2 因地震、洪水、疫情防控措施等不可抗力导致不能履行合同的，受影响方应在五日内通知对方并提供证明，相应期限顺延；不可抗力持续超过六十日的，双方可协商解除合同，已完成部分按实际工作量结算。
H:第十四条 其他
P:14.1 合同履行中需要变更功能范围的，双方应签订书面变更确认单，涉及价款调整的按投标单价计算，且累计不得超过合同总价的10%。
P:14.2 双方往来通知以书面形式送达合同首页所列地址或项目联系人，一方变更联系方式的，应在三日内通知对方。
P:14.3 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:14.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清材料为本合同组成部分。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z02 = """T:糖化车间控制系统改造及维保合同
P:合同编号：QZPJ-JS-2027-046
P:甲方：山东青州某啤酒有限公司
P:乙方：济南恒拓自动化工程有限公司
P:甲方糖化车间现有控制系统已运行多年，备件停产、批次记录不全。经邀请招标，甲方确定由乙方承担糖化车间控制系统改造项目。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责糖化车间（糊化锅、糖化锅、过滤槽、煮沸锅、回旋沉淀槽）控制系统的设计、供货、安装、编程、调试及培训，将原有继电器控制及分散仪表改造为集中PLC控制，并部署上位机监控及批次管理软件。
P:1.2 改造须利用甲方停产检修窗口分段实施，单次停产时间不超过七十二小时，不得影响发酵车间正常生产。
P:1.3 主要技术要求：控制系统采用冗余CPU和冗余电源，I/O点位预留不少于20%的备用余量，现场总线采用工业以太网；上位机软件支持配方管理、批次报表、报警记录和电子签名，历史数据在线保存不少于三年。
P:1.4 甲方负责提供停产窗口、工艺配方、现场临时用电用水和设备存放场地，并指定工艺及设备负责人配合调试。
H:第二条 合同价款
P:2.1 合同总价为人民币2,760,000元（含税、运费、保险及安装费），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块（含冗余CPU）|6套|1,126,000
TB:2|气动阀门岛、流量计、温度及液位仪表|1批|684,000
TB:3|上位机监控及批次管理软件许可|1套|392,000
TB:4|工业交换机、光纤环网及操作站|1批|118,000
TB:|设备及软件小计||2,320,000
TB:5|安装调试及旧系统拆除|1项|236,000
TB:6|工艺配方迁移及控制程序编写|1项|178,000
TB:7|操作及维护培训|1项|26,000
TB:|合同总价||2,760,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货、安装完毕并经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方请款时应提供等额增值税专用发票，甲方在收到发票后三十日内付款。
H:第四条 交付与验收
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并在甲方指定的两个停产窗口内完成安装和切换。
P:4.2 验收标准：（1）全部I/O点位逐点校验无误；（2）糖化、过滤、煮沸各工序按甲方提供的工艺配方连续生产二十批次，温度控制偏差不超过±0.5℃，麦汁收得率不低于改造前三个月平均值；（3）批次记录完整，可追溯每批原料投入、温度曲线和操作记录；（4）冗余CPU切换时生产不中断。
P:4.3 满足上述标准且连续运行三十日无一级故障的，双方签署最终验收报告。设备到货、安装或投入生产均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内完成整改并再次组织验收；因乙方原因两次验收仍不合格的，甲方有权要求更换设备或重新编写程序，由此产生的费用由乙方承担。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、备件更换、程序修改和技术支持。
P:5.2 质保期内，一级故障（糖化工序停产或批次数据丢失）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，当日到场。响应或到场每超时一小时，乙方向甲方支付2,000元。
P:5.3 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的28%计取，即每年649,600元，质保期满后三年内不调整。维保内容包括季度巡检、备件更换、程序维护及7×24小时热线支持。
P:5.4 乙方应在甲方现场储备常用备件（I/O模块、电源模块、通讯模块各不少于两件），并在质保期内每季度进行一次预防性巡检，提交巡检报告。
H:第六条 知识产权
P:6.1 乙方为本项目编写的控制程序、组态画面、批次报表及其源程序归甲方所有，乙方应在验收时全部移交，甲方可自行修改或委托第三方维护。
P:6.2 上位机及批次管理软件的著作权归原厂商所有，甲方享有永久使用许可。
H:第七条 数据安全
P:7.1 生产数据、工艺配方及批次记录属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的堡垒机进行，全程留存操作日志；控制网络与办公网络之间应设置工业防火墙。发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方，并承担因其原因造成的全部损失。
H:第八条 保密
P:8.1 乙方对甲方的工艺配方、生产数据、图纸和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装切换的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:9.2 因乙方原因导致停产时间超过约定的，乙方应赔偿甲方由此造成的直接损失。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。经同意分包的，乙方对分包工作承担全部责任。
H:第十一条 合同的履行与解除
P:11.1 本合同生效后，双方均应全面履行，任何一方不得单方解除合同。
P:11.2 乙方违约的，甲方可要求乙方继续履行、采取补救措施并按第九条支付违约金，但不得以此为由解除合同。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全生产和食品卫生管理制度，动火、登高及带电作业须办理作业票。因乙方人员违章造成的事故由乙方负责。
P:12.2 乙方应为甲方酿造车间操作人员、电气维修人员各提供不少于三期培训，内容包括系统操作、配方调整、常见故障处理和备份恢复，培训结束后进行考核。
P:12.3 乙方拆除的旧控制柜、电缆和仪表归甲方所有，由乙方清点后移交甲方指定仓库；乙方应负责施工现场清理，废弃物按甲方环保要求处置。
P:12.4 切换期间乙方应安排工程师二十四小时值守，并准备回退方案；新系统连续三批次生产异常的，经甲方同意可临时切回原系统运行。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交潍坊仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:14.1 合同履行过程中如需增加点位或变更工艺段，双方应签订书面变更单，新增设备按本合同同类单价结算。
P:14.2 双方指定的项目负责人负责日常联络，会议纪要经双方签字后作为合同履行依据。任何一方更换项目负责人的，应提前五日书面通知对方。
P:14.3 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术规格书、点位清单、培训计划。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """连锁美容机构预约及会员管理SaaS服务合同

合同编号：MYLS-IT-2027-012
甲方：广州悦颜美容连锁管理有限公司（以下简称“甲方”）
乙方：深圳约美云科技有限公司（以下简称“乙方”）

甲方在华南地区经营六十五家直营美容门店，需统一的在线预约、会员储值及营销管理系统。乙方为该类SaaS服务的提供商。双方经友好协商，就乙方向甲方提供预约及会员管理SaaS服务及实施服务事宜，订立本合同。

一、服务内容

（一）乙方通过其云平台向甲方六十五家门店及总部提供以下SaaS服务：
1. 线上预约：微信小程序及门店前台预约、美容师排班、房间及仪器占用管理；
2. 会员管理：会员档案、储值卡、次卡及疗程卡、积分与等级；
3. 营销工具：优惠券、拼团、生日关怀及短信推送；
4. 经营报表：门店业绩、美容师提成、卡项消耗及库存报表。
（二）实施服务：乙方负责甲方现有会员数据（约十八万条会员档案及未消耗卡项余额）的迁移、小程序定制、与甲方财务系统的接口开发、门店人员培训及上线支持。

（三）培训：乙方应为总部运营人员、门店店长及前台人员分批提供线上及现场培训，每家门店不少于一次现场指导，并提供操作手册和培训视频。上线后三十日内，乙方应安排专人驻场支持总部运营团队。
（四）乙方在服务期内免费提供平台标准功能的版本升级；升级导致甲方已使用功能下线或操作方式重大变化的，应提前三十日通知并提供过渡方案。

二、服务期限

（一）服务期为两个服务年度，自上线验收合格之日起算，每个服务年度为自起算日起的三百六十五日。
（二）服务期满前六十日内，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场行情及产品升级情况调整服务费标准，并在续期前三十日通知甲方。

三、费用及支付

（一）SaaS服务费按门店数计收，每店每个服务年度3,600元，六十五家门店每个服务年度合计234,000元，两个服务年度合计468,000元。
（二）实施服务费为一次性费用86,000元。
（三）合同总价为人民币554,000元（含税）。
（四）每个服务年度的服务费在该服务年度开始后十五日内支付。实施服务费在上线验收合格后十五日内支付。乙方在甲方付款前开具增值税专用发票。
（五）服务期内新增门店的，按每店每个服务年度3,600元按月折算计费；关闭门店的，自次月起相应减少。

四、上线与验收

（一）乙方应在合同签订后四十五日内完成实施并具备上线条件，分两批上线，首批为广州地区门店。
（二）上线验收标准：
1. 会员档案、储值余额及卡项余额迁移后与原系统逐户核对一致，差异金额为零；
2. 小程序预约、排班、核销、储值及退款流程按甲方确认的测试用例全部通过；
3. 与甲方财务系统的日结数据对账连续十日无差异；
4. 高峰时段（每店同时在线不少于五个终端）页面响应时间不超过2秒。
（三）满足上述标准后，双方签署上线验收单。门店试用或开始收银不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金500元。

五、服务水平

（一）平台月度可用率不低于99.95%，计划维护应安排在凌晨一点至六点之间，并提前两日通知。
（二）故障分级：一级故障指全部或多数门店无法预约、收银或核销；二级故障指部分功能异常。一级故障乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、次日内解决。
（三）月度可用率低于约定值的，按当月服务费的5%至20%给予服务抵扣；一级故障恢复超时的，每超时一小时抵扣当月服务费的1%。

（四）乙方应提供7×24小时在线客服及400热线，并为甲方配备专属客户成功经理，每季度提交服务报告，内容包括可用率、故障处理、工单统计及改进建议。

六、数据安全与数据使用

（一）甲方会员数据、消费记录、门店经营数据存储于乙方位于中国境内的云平台。乙方应采取加密存储、传输加密、分级权限、操作日志审计等措施，平台应通过网络安全等级保护第三级测评。
（二）发生会员个人信息泄露、篡改或丢失的，乙方应在2小时内通知甲方，协助履行个人信息保护法规定的告知和报告义务，并赔偿甲方因此遭受的全部损失。
（三）甲方数据的所有权归甲方。甲方同意，乙方可在服务期内及服务期满后，对甲方会员数据及消费记录进行去标识化、汇总处理，用于编制美业行业分析报告、优化乙方产品及开展市场研究。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除平台中的甲方数据。

七、知识产权

（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、财务接口程序及定制报表，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。

八、违约与责任

（一）乙方违反本合同约定的，应采取补救措施，并赔偿甲方因此遭受的损失。
（二）甲方逾期支付服务费超过三十日的，乙方可在书面催告后暂停服务，但不得删除甲方数据。

（三）甲方应按时付款，并对门店人员的账号使用进行管理。双方每月核对一次新增及关闭门店清单和服务费计费明细，对账单经双方确认后作为结算依据。
（四）乙方发布的新版本须在测试环境验证通过后方可推送至甲方门店，因乙方升级导致门店无法收银的，按一级故障处理。

九、分包

乙方不得将本合同项下的实施服务分包给第三方；确需委托第三方的，应事先取得甲方书面同意。

乙方应对其项目人员的行为负责，项目人员离职或调岗时应及时收回其平台后台权限并通知甲方。

项目人员在甲方门店现场工作时，应遵守甲方门店的营业秩序和顾客隐私保护要求，不得向顾客推销任何产品。

十、合同解除

（一）乙方严重违约（包括连续两个月可用率低于约定值、发生重大数据安全事件）且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还未使用服务期对应的服务费。
（二）合同解除或终止的，乙方应按第六条第（四）项交付数据。

双方确认，本合同项下所有通知以书面形式送达合同首页地址或双方指定邮箱。

十一、法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会仲裁。

十二、不可抗力

因自然灾害、公共卫生事件、基础电信运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应责任可部分或全部免除。乙方应在不可抗力消除后尽快恢复服务，并说明中断原因。

十三、其他

（一）甲方应指定专人负责系统账号和权限管理，妥善保管管理员账号密码，因甲方人员泄露账号造成的损失由甲方承担。
（二）本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z04 = """某市档案馆数字档案馆系统运维服务合同

合同编号：DAG-YW-2027-003
甲方：某市档案馆
乙方：南京典藏信息系统有限公司

根据《中华人民共和国民法典》《中华人民共和国档案法》及政府采购有关规定，甲方通过竞争性磋商确定乙方为数字档案馆系统运维服务供应商。双方就2027年度运维服务订立本合同。

第一条 服务范围

1.1 运维对象：甲方数字档案馆系统（含档案管理、数字化成果管理、在线利用、长期保存四个子系统）、数据库、中间件、存储设备、备份系统及其运行的服务器和网络环境。
1.2 服务内容：（1）驻场运维：乙方派驻两名运维工程师，工作日全天驻场，负责日常监控、用户支持、权限配置和故障处理；（2）巡检与优化：每月一次全面巡检，每季度一次性能优化，提交巡检报告；（3）备份与恢复：每日增量备份、每周全量备份，每半年进行一次恢复演练；（4）安全加固：漏洞修补、基线核查，配合甲方完成等级保护测评和密码应用安全性评估；（5）重要时期保障：国际档案日、档案开放日等活动期间提供专项保障。

1.3 乙方每月5日前向甲方提交上月运维月报，内容包括系统运行状况、故障及处理情况、容量趋势、安全事件及下月工作计划。存储容量使用率超过八成的，乙方应提前提出扩容建议。
1.4 服务范围以外的新功能开发、系统升级改造不属于本合同内容，甲方需要时可另行委托。

第二条 服务期限

服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，应另行组织采购程序。服务期内乙方的服务价格不作调整。

第三条 服务费用

3.1 合同总价为人民币486,000元（含税），其中：驻场运维服务312,000元；巡检与优化68,000元；备份与恢复演练54,000元；安全加固及测评配合52,000元。
3.2 服务费按季度支付。每季度结束后，甲方按第五条完成季度考核，并在收到发票后十五个工作日内支付该季度服务费121,500元，考核扣减金额从当期服务费中扣除。本合同不设预付款。

第四条 服务水平

4.1 数字档案馆系统在工作时间内的可用率不低于99.95%，月度统计。
4.2 故障分级及响应：一级故障（系统无法访问、数据无法读取或备份失败）乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能异常）30分钟内响应，当日解决；三级问题（咨询、优化需求）2个工作日内答复。
4.3 一级故障响应或恢复超时的，每超时一小时扣减当季服务费1,500元；二级故障超时的，每次扣减500元；可用率每低于约定值0.01个百分点，扣减当季服务费1,000元。

第五条 考核与验收

5.1 季度考核指标：可用率、故障响应及时率、巡检及报告完成情况、备份成功率、用户满意度调查结果。备份成功率应达到全部备份任务均成功完成，用户满意度不低于90分。
5.2 年度验收：服务期满前十五日内，乙方提交年度运维总结、全部巡检报告、恢复演练记录和配置文档，甲方按第5.1款指标及本合同约定逐项验收，并出具书面验收意见。仅完成驻场或提交报告不视为验收合格。
5.3 季度考核不合格的，乙方应在十日内提交整改报告；连续两个季度考核不合格的，甲方有权更换驻场人员或解除合同。

第六条 人员要求

6.1 驻场工程师应具有三年以上档案信息系统运维经验，持有数据库或系统运维相关认证，并通过甲方背景审查。
6.2 乙方更换驻场人员须提前十日书面征得甲方同意，并做好交接。驻场人员请假时，乙方应安排同等资质人员替岗。

6.3 乙方应为驻场人员提供必要的办公电脑，该电脑须安装甲方指定的终端安全软件，并仅接入甲方运维专网；驻场人员离场时，甲方有权对其电脑进行检查。
6.4 乙方应建立二线技术支持团队，对驻场人员无法解决的问题提供远程或现场支持，二线人员的资质要求与驻场人员相同。

6.5 乙方应保证驻场人员工作日8:30至17:30在岗，节假日安排人员电话值守，接到一级故障通知后按第4.2款要求到场。

第七条 数据安全

7.1 数字档案、目录数据、利用记录及系统日志均属于甲方，乙方仅可为履行运维服务使用，不得复制、下载、带离或用于其他任何目的。
7.2 乙方人员只能通过甲方堡垒机操作，所有操作留存审计日志；禁止使用移动存储介质；涉及数据库结构变更或数据修复的，须事先提交方案经甲方批准。
7.3 发生数据泄露、篡改、丢失或其他安全事件的，乙方应立即停止相关操作，1小时内报告甲方，配合调查和处置，并承担因其原因造成的全部损失及行政责任。

第八条 保密

乙方及其人员对工作中接触的档案内容、未开放档案信息、系统配置和安全信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

第九条 知识产权

运维期间乙方编写的脚本、配置文档、应急预案和知识库文档归甲方所有，甲方可自由使用和修改。

第十条 违约责任

10.1 乙方未按期完成巡检、恢复演练或安全加固任务，或驻场人员未按期到岗的，每逾期一日，按合同总价的千分之一支付违约金。
10.2 因乙方原因造成档案数据损毁的，乙方应负责恢复并赔偿全部损失。

10.3 驻场人员缺勤未替岗的，每人每日扣减服务费600元；该扣减不影响第10.1款违约金的计算。
10.4 甲方逾期支付服务费的，应按中国人民银行同期贷款利率向乙方支付利息。

第十一条 分包

乙方不得将本合同项下的服务分包或转包给第三方。

第十二条 合同解除

甲方因机构调整或预算变化不再需要部分服务的，可提前三十日书面通知乙方调减服务内容，服务费按调减后的工作量重新核定。
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十三条 服务交接与不可抗力

13.1 服务期满或合同解除时，乙方应在十五日内移交全部账号、文档、脚本和配置信息，配合新服务商完成交接，交接期间不得中断运维服务。
13.2 因自然灾害、重大公共卫生事件等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，相应责任可以免除；乙方仍应尽力采取远程方式保障系统运行。

第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他

本合同未尽事宜，双方可签订补充协议；附件包括：运维服务目录、系统及设备清单、考核评分表、保密承诺书。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z05 = """# 软件产品许可及实施服务合同

**云禾ERP标准合同文本 V3.0（乙方制式合同）**

合同编号：YH-ERP-2027-0587

甲方：嘉兴禾香食品有限公司（粽子生产企业，以下简称“甲方”）

乙方：杭州云禾软件股份有限公司（以下简称“乙方”）

鉴于甲方拟采购乙方“云禾食品行业ERP”软件产品并委托乙方进行定制开发及实施，双方根据《中华人民共和国民法典》，在平等自愿基础上订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供云禾食品行业ERP软件（含采购、生产、仓储、销售、财务、质量六个模块）的永久使用许可，授权用户数为一百五十个并发用户。

1.2 乙方按甲方需求进行定制开发，包括：粽子生产排程（端午旺季按订单和原料到货动态排产）、原料及成品批次追溯（糯米、粽叶、馅料至成品箱码）、冷链仓出入库及温度记录对接、经销商订货门户。

1.3 乙方负责系统安装部署、基础数据初始化、期初数据导入、用户培训及上线支持。

1.4 下列事项不属于本合同范围：硬件及系统软件的安装调试以外的维护、甲方其他业务系统的改造、超出双方确认需求说明书的新增功能。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云禾食品行业ERP软件许可（150并发用户） | 620,000 |
| 2 | 定制开发（排程、追溯、冷链对接、订货门户） | 540,000 |
| 3 | 实施服务（部署、数据初始化、培训、上线支持） | 140,000 |
| | 合同总价（含税） | 1,300,000 |

上述价款不含甲方所需的服务器、数据库及操作系统，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即650,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的50%，即650,000元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施服务。

## 第四条 实施与交付

4.1 乙方应在收到首付款后一百二十日内完成定制开发和系统部署，具体进度以双方确认的实施计划为准。

4.2 甲方应按实施计划及时提供业务资料、基础数据和确认意见；因甲方原因导致的延误，交付期相应顺延。

4.3 甲方应安排关键用户参与系统测试。乙方完成部署和培训后即可安排系统上线。

4.4 需求说明书经甲方签字确认后，甲方提出的需求变更，乙方按每人日2,800元另行收费，交付期相应顺延。

4.5 乙方交付的文档包括：安装手册、用户操作手册和培训课件，均为电子版。

4.6 乙方负责对甲方关键用户进行集中培训，培训时间不超过五个工作日；超出部分或甲方新入职人员的培训，按乙方培训报价另行收费。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方在后续维护中予以处理，不影响验收结论及付款。

5.3 系统上线前，乙方应组织甲方关键用户进行一次模拟运行，模拟运行中发现的问题由乙方在上线前修正，但模拟运行结果不作为验收依据。

## 第六条 免费维护

6.1 乙方提供自系统上线之日起六个月的免费维护期，内容包括软件缺陷修复和远程技术支持。

6.2 免费维护期内，甲方提出一级故障（系统无法登录或无法开具出库单）的，乙方应在8小时内响应；其他问题在3个工作日内响应。

6.3 乙方将尽力按上述时限处理，但不因响应或处理延迟承担任何扣款、赔偿或违约金责任。

6.4 因甲方人员误操作、擅自修改数据或服务器故障造成的问题，不属于免费维护范围，乙方可另行收费。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护、升级及技术支持，应与乙方签订年度维护服务合同，维护服务费按乙方当年公布的服务价格标准收取。

7.2 甲方未续签维护服务合同的，乙方不再提供补丁、版本升级及法规变化（如税务接口调整）相关更新。

7.3 维护服务合同签订后，乙方按照维护服务合同的约定提供远程支持、补丁更新及年度巡检；现场服务按次另行收费。

## 第八条 知识产权

8.1 云禾ERP软件产品的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序代码、接口及相关文档的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程，亦不得许可第三方使用。乙方不交付定制部分源代码。

## 第九条 数据安全与数据归属

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为提供实施及维护服务而接触甲方数据，不得用于其他目的。

9.2 乙方远程维护须经甲方同意并通过甲方提供的VPN账号进行，乙方应采取必要的安全措施防止数据泄露；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

9.3 乙方实施人员离场前应交还甲方提供的全部账号，甲方有权随时修改系统管理员密码。

9.4 甲方应自行负责服务器、数据库及备份的日常管理，并定期备份业务数据；因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在合同履行中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的25%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用，乙方已收取的软件许可费不予退还。

12.3 甲方未按期支付任何款项超过三十日的，乙方有权暂停软件许可授权及全部服务，直至甲方付清全部款项。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 双方指定的联系人负责合同履行中的日常联络，通知以电子邮件或书面方式送达合同首页所列地址即视为送达。

14.3 本合同为乙方标准合同文本，双方另有补充约定的，以书面补充协议为准。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. FWA-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Lianhe Precision Castings Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Forthwise Analytics Limited, a company registered in Scotland with its office at Rose Street, Edinburgh, United Kingdom (the "Vendor").
P:Background: the Customer operates three foundry plants and wishes to license the Vendor's production planning and scheduling software, FurnacePlan, and to engage the Vendor to configure it, build interfaces to the Customer's ERP and MES systems and train the Customer's planners.
H:Article 1 Definitions
P:1.1 "Software" means the FurnacePlan planning engine, scheduling workbench and reporting module in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and MES interfaces, planning rule sets, report templates, data conversion scripts and any other work product created by the Vendor specifically for the Customer, including source code and documentation.
P:1.3 "Customer Data" means all data supplied by the Customer or generated by the Software from the Customer's operations, including orders, melt records, routings, capacity data and schedules.
P:1.4 "Final Acceptance" means the written confirmation by the Customer under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal business purposes of the Customer and its affiliates in the People's Republic of China, for up to 60 named users and on servers located at the Customer's sites.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The Software remains the property of the Vendor and its licensors.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software, configure the planning model for the three plants, develop the Custom Deliverables, convert the historical data defined in the Statement of Work, train 24 key users and 6 administrators, and support the go-live.
P:3.2 The Vendor shall complete installation and configuration within 70 days after the Effective Date and shall be ready for acceptance testing within 110 days after the Effective Date, in accordance with the project plan agreed by the parties.
P:3.3 The Customer shall provide timely access to its sites, systems and key users, and shall give decisions on design documents within ten working days. Delays caused by the Customer extend the Vendor's dates accordingly.
P:3.4 Each party shall appoint a project manager. The Vendor's project manager and lead consultant named in the Statement of Work shall not be replaced without the Customer's consent, which shall not be unreasonably withheld. Project progress meetings shall be held every two weeks, and the Vendor shall circulate minutes within three working days.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,714,000, inclusive of VAT, made up of: Licence Fee CNY 1,260,000; implementation, configuration and interfaces CNY 418,000; training CNY 36,000.
P:4.2 The Customer shall pay 20% of the total price within 30 days after the Effective Date, against an advance payment guarantee issued by a bank acceptable to the Customer; 45% within 30 days after successful completion of the installation and integration tests; and 35% within 30 days after Final Acceptance.
P:4.3 All amounts are payable in CNY to the Vendor's account in the People's Republic of China against a valid VAT invoice. The prices are fixed for the duration of this Agreement.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit an acceptance test plan for the Customer's approval at least 15 days before testing starts.
P:5.2 Final Acceptance requires that: (a) every function listed in the functional specification passes its test case; (b) a full weekly schedule for the three plants is generated in under five minutes with the agreed data volume; (c) the ERP and MES interfaces exchange orders, routings and confirmations for 20 consecutive working days without data loss or manual correction; (d) converted historical data reconciles with the source systems; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria in Article 5.2 are met, the Customer shall issue a Final Acceptance certificate within ten working days. Installation, training, go-live or productive use of the Software does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall, free of charge, correct defects, supply updates and new releases and provide remote and on-site support.
P:6.2 Severity 1 means that planning or scheduling cannot be performed for any plant; Severity 2 means that a major function is impaired and no workaround exists. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore service or provide a workaround within 8 hours; it shall respond to a Severity 2 incident within 2 hours during business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, it shall credit the Customer CNY 1,500, deducted from the next payment or paid directly.
P:6.4 After the warranty period, the Customer may order annual support and maintenance. The annual support fee is 13% of the Licence Fee, being CNY 163,800 per year, and shall not be increased for the first three years after the warranty period. Support does not renew automatically; each year is ordered by a separate purchase order.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance, and the Customer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all damages and costs awarded.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
P:8.2 Customer Data shall remain on the Customer's servers in China. The Vendor may access the Customer's systems only through the Customer's remote access gateway, with individual accounts, session approval by the Customer and full logging. No Customer Data may be copied to the Vendor's systems or transferred outside China.
P:8.3 The Vendor shall apply appropriate technical and organisational security measures, comply with the PRC Personal Information Protection Law and Data Security Law, notify the Customer of any security incident within 12 hours, cooperate in its investigation and remediation, and bear the losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production data, prices, process know-how and source code, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to be ready for acceptance testing by the date in Article 3.2, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of third party rights or breach of Article 8 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination the Vendor shall deliver all completed Custom Deliverables and return or delete the Customer's confidential information.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by and construed in accordance with the law of Scotland.
P:13.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh for any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with its Statement of Work and functional specification, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above by courier or email with confirmation.
P:14.2 Neither party is liable for a delay caused by an event beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Airedale Learning Cloud — Order Form

**Order Form No. ALC-OF-27-0093**

This Order Form is entered into between **Airedale Cloudworks Ltd**, a company registered in England with its office at Wellington Street, Leeds, United Kingdom ("Supplier"), and **Hangzhou Qianshan Retail Co., Ltd.**, a company registered in Hangzhou, Zhejiang Province, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1 Service

A1.1 Supplier will provide the Airedale Learning Cloud, a hosted learning management service with course authoring, assignment, mobile learning, assessment and compliance tracking (the "Service"), to Customer's store, warehouse and head-office staff.

A1.2 Licensed users: up to 1,800 active users. An active user is a named user who logs in at least once in a calendar month. Additional users may be added at the unit price below, pro rata for the remainder of the Subscription Year.

A1.3 Premium Content Library: access to Supplier's library of retail service, food safety and workplace safety courses in simplified Chinese and English.

### A2 Subscription Term

A2.1 The Subscription Term is 24 months, divided into two Subscription Years, starting on the date of Go-Live Acceptance under A5.

A2.2 The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 1,800 users × CNY 96 | 172,800 |
| Platform subscription, Subscription Year 2 | 1,800 users × CNY 96 | 172,800 |
| Premium Content Library, Year 1 | annual fee | 24,000 |
| Premium Content Library, Year 2 | annual fee | 24,000 |
| Implementation and SSO integration | one-time, fixed | 58,000 |
| **Total fees for the Subscription Term** | | **451,600** |

All fees include VAT at the applicable rate. Prices for additional users during the Subscription Term are fixed at CNY 96 per user per Subscription Year.

### A4 Invoicing and Payment

A4.1 The subscription and library fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days after receipt of a valid VAT invoice.

A4.2 The implementation fee is invoiced after Go-Live Acceptance and is payable within 30 days after receipt of a valid VAT invoice. No amount is payable before Go-Live Acceptance.

A4.3 Payments are made in CNY to Supplier's reseller account in Shanghai, Airedale Cloudworks (Shanghai) Trading Co., Ltd., which will issue the invoices.

### A5 Implementation and Go-Live Acceptance

A5.1 Supplier will configure the Service for Customer's organisation structure (about 420 stores, 6 warehouses and head office), integrate single sign-on with Customer's identity platform, migrate about 3,200 course records and 1.1 million historical completion records from Customer's current system, and train 40 administrators.

A5.2 Supplier will make the configured Service available for Go-Live Acceptance testing within 60 days after signature of this Order Form.

A5.3 Go-Live Acceptance criteria: (a) single sign-on works for all user groups in the test plan; (b) migrated completion records match the source system in the reconciliation report, with every difference explained and corrected; (c) assignment rules place each test user in the correct learning path; (d) the mobile app and the WeChat entry point pass the agreed test cases; and (e) no open defect prevents a core function.

A5.4 Customer will confirm Go-Live Acceptance in writing within ten business days after the criteria are met. Use of the Service for training before that confirmation does not constitute acceptance.

### A6 Contacts and Special Terms

A6.1 Supplier's account manager: Ms. Harriet Lowe. Customer's project lead: Mr. Zhou Wei, Learning and Development.

A6.2 Customer Data will be hosted in Supplier's tenant at a Shanghai data centre operated by a licensed PRC cloud provider. No Customer Data will be stored or processed outside mainland China.

## Part B — General Terms

### 1. Provision of the Service

1.1 Supplier will provide the Service in accordance with its documentation and this Order Form and will not materially reduce the functionality of the Service during the Subscription Term.

1.2 Supplier will use commercially reasonable efforts to make the Service available and to resolve support requests promptly. Support requests may be raised through the support portal or by email during Supplier's business hours. Supplier does not commit to any specific uptime, response time or resolution time, and no service credits apply.

1.3 Supplier may carry out scheduled maintenance and will try to do so outside Customer's working hours where practicable.

### 2. Customer Responsibilities

2.1 Customer is responsible for its users' compliance with these terms, for keeping login credentials secure and for the accuracy of the content it uploads.

2.2 Customer will not use the Service to upload unlawful content or attempt to gain unauthorised access to the Service or to other customers' data.

### 3. Customer Data

3.1 Customer Data means all data, content and personal information that Customer or its users upload to or generate in the Service, including learner records and assessment results. Customer Data belongs to Customer.

3.2 Supplier will use Customer Data only to provide the Service to Customer under this Order Form and for no other purpose. Supplier will not analyse, aggregate or share Customer Data for its own purposes.

3.3 At the end of the Subscription Term, Supplier will make Customer Data available for export in standard formats for 30 days and will then delete it from the Service and its backups within a further 60 days, confirming deletion in writing.

### 4. Data Security

4.1 Supplier will maintain administrative, technical and physical safeguards for the Service that are no less protective than ISO/IEC 27001, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access and logging of access to Customer Data.

4.2 The Service has completed classified protection (MLPS) level 2 filing, and Supplier will comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law in processing Customer Data.

4.3 Supplier will notify Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, will take immediate steps to contain it and will cooperate with Customer's investigation and any notification to authorities or individuals. Supplier is responsible for the losses and costs caused to Customer by a security incident resulting from its breach of this Section 4.

### 5. Intellectual Property

5.1 Supplier retains all rights in the Service, its software and the Premium Content Library.

5.2 Courses, learning paths, assessments and other materials created by or for Customer in the Service, including any course content that Supplier's staff configure or author specifically for Customer during implementation, belong to Customer. Customer may export, modify and use them freely, including with other providers.

### 6. Confidentiality

6.1 Each party will keep confidential the other party's non-public business, technical and financial information disclosed in connection with this Order Form, will use it only to perform this Order Form and will disclose it only to employees and advisers who need to know it and are bound by similar duties.

6.2 These obligations continue for three years after the end of the Subscription Term, and for trade secrets as long as they remain secret.

### 7. Subcontracting

7.1 Supplier will not subcontract the provision of the Service or the implementation services without Customer's prior written consent, except the Shanghai hosting provider named in the security documentation, which Customer approves by signing this Order Form. Supplier remains responsible for its subcontractors.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or for loss of profit, except in case of wilful misconduct or breach of Section 3, 4 or 6.

8.2 Each party's total liability under this Order Form is limited to 200% of the total fees stated in Part A3.

### 9. Term and Termination

9.1 This Order Form remains in force until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice. If Customer terminates for Supplier's breach, Supplier will refund the fees already paid for the remaining part of the Subscription Year.

9.3 Sections 3, 6 and 8 survive termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from this Order Form will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent. Notices must be in writing and sent to the contacts in A6. This Order Form may be signed electronically and in counterparts.

Signed for Supplier: ____________________ Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Cold-Chain Monitoring Sensors and Software Licence
P:Contract No. HKP-PUR-2027-0216 (Buyer's standard form)
P:Buyer: Wuhan Hankou Pharmaceutical Distribution Co., Ltd., registered in Wuhan, Hubei Province, People's Republic of China.
P:Supplier: Taycold Instruments Ltd., registered in Scotland, with its principal office at Riverside Drive, Dundee, United Kingdom, acting through its branch office in Shanghai for delivery and services in China.
P:The Buyer operates four GSP-certified pharmaceutical warehouses and 38 refrigerated vehicles. Following a competitive tender, the Buyer awards the Supplier this contract for wireless temperature and humidity sensors, gateways, a perpetual monitoring software licence, installation, calibration, validation and training, on the terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 2.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm, reporting and audit trail functions, installed on the Buyer's servers.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated as required by this contract and the technical specification in Annex 1.
P:1.4 "Buyer Data" means all measurement records, alarms, audit trails, user records and any other data generated by the System or supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment, install and configure the Software, integrate it with the Buyer's warehouse management system, carry out installation and operational qualification (IQ/OQ) and train the Buyer's staff.
P:2.2 The contract price is CNY 1,333,000, inclusive of VAT, delivery to the Buyer's sites, insurance and all taxes, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, calibrated, with certificate|420|1,450|609,000
TB:2|Gateway with 4G backup link|36|6,800|244,800
TB:3|ColdWatch monitoring software, perpetual licence, 4 warehouses and 38 vehicles|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,171,800
TB:4|Installation, calibration and commissioning|1|96,400|96,400
TB:5|IQ/OQ validation documentation and execution|1|52,800|52,800
TB:6|Training (administrators, warehouse and QA staff)|1|12,000|12,000
TB:|Contract Price|||1,333,000
P:2.3 The prices are fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the four warehouses within 45 days after the effective date and complete installation in warehouses and vehicles within 80 days after the effective date, according to the installation plan approved by the Buyer.
P:3.2 Installation must not interrupt warehouse operations. Work inside cold rooms shall be scheduled with the Buyer's warehouse managers, and the Supplier shall provide temporary monitoring where existing probes are removed.
P:3.3 Signature of a delivery note or an installation certificate confirms quantity and condition only and is not acceptance.
P:3.4 The Supplier shall appoint a project manager resident in China and a validation engineer familiar with GSP requirements. The Buyer shall provide site access, power supply points, network ports and a server environment in accordance with the installation plan, and shall nominate a quality assurance representative to approve the IQ/OQ protocols.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price within 20 working days after the effective date against an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the contract price within 30 days after installation of all Equipment and issue of the installation certificate.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT special invoice for the amount due.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor carries a valid calibration certificate traceable to national standards and reads within ±0.5 °C of the reference probe in the OQ mapping test; (b) alarms reach the duty officer's phone and the monitoring screen within 60 seconds in every test case; (c) no data is lost during a 72-hour gateway power and network failure test, the buffered data being uploaded on recovery; (d) the audit trail and electronic signatures meet the GSP computerised system requirements in Annex 1; and (e) the System runs for 30 consecutive days without a Severity 1 incident.
P:5.2 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. Installation, use of the System in operation or payment does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:6. Warranty and Service Levels
P:6.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, supply Software updates and new versions, recalibrate every sensor annually on site and provide remote and on-site support, all free of charge.
P:6.2 Severity levels and response times:
TB:Severity|Definition|Response|On site or restored
TB:Severity 1|Monitoring of a warehouse or vehicle fleet stopped, or alarms not delivered|30 minutes|6 hours
TB:Severity 2|Single gateway or group of sensors offline, reporting error|2 hours|next working day
TB:Severity 3|Question, minor defect or change request|1 working day|as agreed
P:6.3 If the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200 for each hour of delay; for Severity 2, CNY 400 for each day of delay. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period, the Supplier shall offer annual maintenance, including annual recalibration, for a fee of no more than 8% of the Hardware and Licence Subtotal per year, that is CNY 93,744, fixed for the first two years after the warranty period. Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use them with the System.
P:7.2 The integration interface to the Buyer's warehouse management system, report templates, configuration files and validation documents produced under this contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over the interface source code before Final Acceptance.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this contract and shall not retain, analyse or reuse it for any other purpose.
P:8.2 The Software shall be installed on the Buyer's servers. Gateways shall transmit data encrypted, and vehicle data shall travel only through the Buyer's approved mobile network. The Supplier may access the System remotely only through the Buyer's VPN with individual accounts and approval for each session, and all access shall be logged.
P:8.3 The Supplier shall notify the Buyer within 2 hours of any suspected security incident or data loss, help to restore the data and bear the losses caused by incidents for which it is responsible.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including warehouse layouts, product and customer information and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the agreed dates for reasons attributable to it, it shall pay liquidated damages of 0.1% of the contract price per day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Vehicle installation may be carried out by an installer approved in writing by the Buyer. The Supplier remains responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the payments received for undelivered or unaccepted parts.
P:12.2 Either party may terminate this contract if a force majeure event prevents performance for more than 60 days. The party affected by force majeure shall notify the other party promptly, provide evidence and take reasonable measures to limit the consequences.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:14. Miscellaneous
P:14.1 This contract is made in English and Chinese, both versions being equally authentic. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this contract.
P:14.2 Any amendment to this contract shall be made in writing and signed by authorised representatives of both parties. Notices shall be sent to the addresses above by courier or by email with confirmation of receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement reference: TMS-MSA-CN-2027-07**

**Between:** Tynebridge Managed Services Ltd, a company registered in England with its office at Grey Street, Newcastle upon Tyne, United Kingdom (the **"Supplier"**), acting in China through its subsidiary Tynebridge Information Technology (Suzhou) Co., Ltd.;

**and:** Suzhou Huarun Auto Parts Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the **"Customer"**).

The Customer manufactures brake and steering components at two plants in Suzhou and Kunshan. The Customer wishes to outsource its service desk, end-user support and server operations, and the Supplier has agreed to provide these services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Service Commencement Date"** means the date on which the Customer confirms in writing that the transition has been completed in accordance with clause 4.

1.3 **"Customer Data"** means all data of the Customer and its employees, customers and suppliers that the Supplier accesses or handles in providing the Services.

1.4 **"Charges"** means the charges set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature and continues for a service term of 36 months from the Service Commencement Date, unless terminated earlier under clause 12.

2.2 The Agreement does not renew automatically. Six months before expiry the parties will discuss whether to enter into a new agreement.

## 3. Services

3.1 The Supplier shall provide the Services described in Schedule 1 to about 1,350 users at the two plants and the Shanghai sales office, to the service levels in Schedule 2.

3.2 The Supplier shall provide the Services with qualified staff, in accordance with good industry practice and the Customer's IT policies notified to it. On-site engineers shall follow the Customer's plant safety rules.

3.3 The Customer shall provide desk space, network access and the information reasonably required by the Supplier, and shall nominate a service manager.

3.4 The Supplier shall name a service delivery manager and a team lead for each plant. The Supplier shall not replace these key persons during the first 90 days after the Service Commencement Date, except for illness or resignation, and shall give the Customer at least 30 days' notice of any planned replacement.

## 4. Transition and Service Commencement

4.1 The Supplier shall complete the transition (knowledge transfer from the current provider, set-up of the service desk tool, user and asset data load, monitoring set-up and runbook preparation) within 75 days after signature.

4.2 The Customer shall confirm the Service Commencement Date in writing when the following transition acceptance criteria are met: (a) all users, devices and servers in the inventory are loaded into the service desk tool and verified by sampling; (b) monitoring is active for every server in Schedule 1 and test alerts reach the service desk; (c) a runbook approved by the Customer exists for each critical application; (d) the service desk handles tickets in a two-week parallel run with the current provider without any Priority 1 ticket missing its response time. Start of ticket handling before that confirmation is not acceptance.

4.3 If the Supplier does not meet the transition acceptance criteria within the period in clause 4.1 for reasons attributable to it, it shall pay the Customer CNY 3,000 for each day of delay, up to CNY 150,000.

## 5. Service Levels and Service Credits

5.1 The Supplier shall meet the service levels in Schedule 2. Performance is measured monthly and reported to the Customer within five working days after the end of each month.

5.2 If a service level is missed, the Supplier shall grant the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not limit the Customer's other remedies.

5.3 The parties' service managers shall meet monthly to review the service report, open problems, planned changes and improvement actions. A quarterly review with senior management of both parties shall consider trends, user satisfaction survey results and the service improvement plan for the next quarter.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The total contract value for the service term, including the transition fee, is CNY 3,238,000.

6.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice. No advance payment is due.

6.3 The Charges are fixed for the service term. Additional users beyond 1,450 are charged at the rate in Schedule 3.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Supplier may use Customer Data only to provide the Services and shall not use it for any other purpose, in identifiable, anonymised or aggregated form.

7.2 On expiry or termination, the Supplier shall return Customer Data to the Customer in a usable format and shall not keep any copy.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including drawings, production data, network diagrams, passwords and commercial terms, and shall use it only for this Agreement.

8.2 Confidential information may be disclosed only to employees and approved subcontractors who need it and are bound by equivalent duties, or where required by law. This clause survives for five years after termination.

## 9. Intellectual Property

9.1 Runbooks, knowledge articles, scripts, reports and documentation created by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them freely and hand them to a replacement provider.

9.2 The Supplier's own tools and methods remain its property; where they are needed to use the deliverables, the Supplier grants the Customer a free, perpetual licence.

## 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Neither party is liable for loss of profit or for indirect or consequential loss.

11.2 The Supplier's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the 9 months immediately preceding the event giving rise to the claim.

11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the Supplier misses the Priority 1 service level in three months of any six-month period.

12.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.

12.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, including knowledge transfer to the Customer or a replacement provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and English, phone, portal, WeChat; ticket logging, first-line resolution | 24 × 7 |
| End-user support | Two on-site engineers per plant; desktops, laptops, printers, mobile devices | Plant shifts, Mon–Sat |
| Server operations | 64 Windows and Linux servers, virtualisation, backups, patching | 24 × 7 monitoring |
| Network monitoring | Plant LAN, Wi-Fi, WAN links to the Shanghai office | 24 × 7 monitoring |
| Asset management | Asset register, joiners and leavers, device lifecycle | Business hours |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Plant production system or MES server down, or a whole site without network | 15 minutes | 3 hours | 2% of the monthly service charge per incident |
| Priority 2 | Service degraded for a department or a group of users | 30 minutes | 8 hours | 0.5% of the monthly service charge per incident |
| Priority 3 | Single user fault | 2 hours | 2 business days | counted towards the monthly target |
| Service desk | Calls answered within 30 seconds in at least 90% of cases per month | — | — | 1% of the monthly service charge |

Total service credits in a month are capped at 12.5% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 124,000 |
| Monthly service charge | 36 months × CNY 86,500 | 3,114,000 |
| **Total contract value** | | **3,238,000** |
| Additional users above 1,450 | per user per month | 58 |
| Exit assistance | per engineer day | 2,400 |
"""

E05 = """METOCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. HMD-SUB-2027-031

PARTIES

Highland Metocean Data Ltd, a company registered in Scotland with its office at Longman Road, Inverness, United Kingdom ("Provider").

Fujian Haifeng Offshore Wind Operations Co., Ltd., a company registered in Fuzhou, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

The Customer operates offshore wind farms in the Taiwan Strait and needs forecast and observed wind, wave, current and lightning data to plan vessel transfers, turbine maintenance and crane lifts. The Provider operates a metocean forecasting service and delivers it through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's metocean data interface described in the Service Description, including its endpoints, documentation and test environment.

1.2 "Provider Data" means the forecasts, hindcasts, observations, alerts and derived products supplied by the Provider through the API.

1.3 "Customer Data" means the site coordinates, turbine and vessel positions, operational thresholds, query logs and any other data that the Customer or its users submit to the API or the web portal.

1.4 "Subscription Year" means each consecutive period of 365 days starting on the Activation Date. The subscription covers two Subscription Years.

1.5 "Activation Date" means the date on which the Customer confirms in writing that onboarding acceptance under clause 4 has been passed.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and the web portal and to use the Provider Data within the Customer's group for its offshore operations, including display in its own planning systems and sharing with its vessel and maintenance contractors for the Customer's projects.

2.2 The subscription covers: hourly forecasts up to ten days ahead for 14 offshore sites; wave and current forecasts along six vessel routes; lightning alerts within 30 km of each site; and a hindcast archive of 20 years for each site. Call volume is limited to two million API calls per month; the Customer will be warned at 80% of this volume and no overage charges apply during the subscription.

2.3 The subscription ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written amendment agreed by both parties, including its price.

3. FEES AND PAYMENT

3.1 The fees are:
    Onboarding and integration fee (one-time): CNY 47,000
    Subscription fee, Subscription Year 1: CNY 268,000
    Subscription fee, Subscription Year 2: CNY 268,000
    Total contract value: CNY 583,000
All fees are in CNY and include VAT.

3.2 The Customer shall pay the onboarding and integration fee and the subscription fee for Subscription Year 1 together within ten business days after signature of this Agreement, against the Provider's invoice. The Provider will begin onboarding and issue production credentials only after receiving this payment.

3.3 The subscription fee for Subscription Year 2 is invoiced on the first day of that Subscription Year and is payable within 30 days.

3.4 Payments are made to the Provider's appointed collection agent in Shanghai, which will issue VAT invoices. The fees are fixed for both Subscription Years.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 40 days after receipt of the payment under clause 3.2, the Provider shall configure the 14 sites and six routes, deliver integration adapters that load Provider Data into the Customer's marine coordination system and its maintenance planning tool, and train the Customer's marine coordinators.

4.2 Onboarding acceptance criteria are: (a) every endpoint in the Service Description returns valid data for all sites and routes in the acceptance test; (b) forecasts for a 30-day validation period match the Customer's met mast and wave buoy observations within the accuracy bands in the Service Description; (c) lightning alerts reach the Customer's control room within 90 seconds in every test; and (d) the integration adapters load data without error for ten consecutive days.

4.3 The Customer shall confirm acceptance in writing within five business days after the criteria are met, or list the failed criteria. Use of the test environment or of trial data does not constitute acceptance.

4.4 If onboarding acceptance is not achieved within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000, and the Subscription Years shall start only on the Activation Date.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as follows. Priority 1: the API or the lightning alert service is unavailable or returns no forecast for any site. Priority 2: a degraded service, delayed forecast runs or incorrect data for some sites. Priority 3: questions and minor defects.

5.3 The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore the service or provide a workaround within 6 hours. Priority 2 incidents receive a response within 3 business hours and Priority 3 within two business days.

5.4 If monthly availability falls below the commitment in clause 5.1, the Provider shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each full percentage point below the commitment, and 10% if availability falls below 97%. If a Priority 1 response or restoration time is missed, the Provider shall grant a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice or, at the end of the subscription, paid to the Customer.

6. INTELLECTUAL PROPERTY

6.1 The Provider and its licensors retain all rights in the API, the Provider Data and the forecasting models.

6.2 The integration adapters and any reports or dashboards developed by the Provider specifically for the Customer belong to the Customer. The Provider shall deliver their source code, and the Customer may use, modify and license them freely.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription to the Customer and shall not use it for any other purpose, including in anonymised or aggregated form, and shall not combine it with data of other customers.

7.2 The Provider shall host Customer Data only on servers in mainland China operated by its licensed hosting partner named in clause 10.2.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with encryption in transit and at rest, access control based on least privilege, multi-factor authentication for administrators, logging of all access and annual penetration tests whose summary results are shared with the Customer.

8.2 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate measures to contain it, cooperate with the Customer and the competent authorities, and bear the losses caused to the Customer by an incident attributable to the Provider.

8.3 On expiry or termination, the Provider shall return Customer Data and delete all copies within 30 days, and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including site layouts, operating thresholds, prices and the terms of this Agreement, and shall not disclose it to any third party without prior written consent, except to professional advisers and contractors bound by similar duties. This obligation survives for five years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the performance of its subcontractors.

10.2 The Customer consents, by signing this Agreement, to the use of Minjiang Cloud Computing Co., Ltd. in Fuzhou as hosting partner.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of clauses 7, 8 or 9, to wilful misconduct or to personal injury.

11.3 Provider Data are forecasts. The Customer remains responsible for its operational decisions, but the Provider is liable if it supplies data that do not come from its forecasting process or are corrupted through its fault.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the unused part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding.

14. GENERAL

14.1 This Agreement, with the Service Description, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent by email with confirmation and by courier to the addresses above.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files and design

FILES = {
    "z01": ("h596z01_ecology_bureau_cooking_fume_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h596z02_brewery_brewhouse_control_retrofit.docx", "docx", Z02),
    "z03": ("h596z03_beauty_salon_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h596z04_archives_digital_archive_system_om.txt", "txt", Z04),
    "z05": ("h596z05_zongzi_factory_erp_supplier_template.md", "md", Z05),
    "e01": ("h596e01_foundry_planning_licence_edinburgh_vendor.pdf", "pdf", E01),
    "e02": ("h596e02_learning_saas_order_form_leeds_vendor.md", "md", E02),
    "e03": ("h596e03_cold_chain_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h596e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h596e05_metocean_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

T, F, N = True, False, None
# per draft: category, terms (in KEYS order), extra, design rules, forum outside mainland, TCO fee base
DESIGN = {
    "z01": dict(cat="software", V=1338000, base=760000, forum_out=F,
                t=[99.5, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, T, "PRC", "goods_or_licence"],
                x=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
                rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], risk="medium"),
    "z02": dict(cat="hardware", V=2760000, base=2320000, forum_out=F,
                t=[N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 28, F, F, F, "PRC", "goods_or_licence"],
                x=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
                rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"], risk="high"),
    "z03": dict(cat="cloud", V=554000, base=None, forum_out=F,
                t=[99.95, 0.5, T, "buyer", T, F, F, 500 / 554000 * 100, N, N, T, N, N, N, T, T, F, "PRC", "service"],
                x=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
                rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], risk="medium"),
    "z04": dict(cat="services", V=486000, base=None, forum_out=F,
                t=[99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", "service"],
                x=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
                rules=[], risk="low"),
    "z05": dict(cat="software", V=1300000, base=620000, forum_out=F,
                t=[N, 8, F, "supplier", T, T, T, 0.02, 25, 50, F, F, 6, N, F, T, N, N, "goods_or_licence"],
                x=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T),
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], risk="high"),
    "e01": dict(cat="software", V=1714000, base=1260000, forum_out=T,
                t=[N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 13, F, T, F, "Scotland", "goods_or_licence"],
                x=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
                rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": dict(cat="cloud", V=451600, base=None, forum_out=F,
                t=[N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
                x=dict(sla_clause=F, ld_stated=F, acceptance_deemed_on_delivery=F),
                rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
    "e03": dict(cat="hardware", V=1333000, base=1171800, forum_out=F,
                t=[N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
                x=dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F),
                rules=[], risk="low"),
    "e04": dict(cat="services", V=3238000, base=None, forum_out=F,
                t=[N, 0.25, T, "buyer", F, T, T, 3000 / 3238000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC",
                   "service"],
                x=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], risk="high"),
    "e05": dict(cat="cloud", V=583000, base=None, forum_out=F,
                t=[99.5, 1, T, "buyer", T, T, T, 400 / 583000 * 100, 150, (47000 + 268000) / 583000 * 100, T, N, N, N,
                   F, T, F, "PRC", "service"],
                x=dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F),
                rules=["CR-PREPAYMENT", "CR-SLA-AVAILABILITY"], risk="medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy defaults
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(d, t):
    """post-warranty fee share of TCO over 5 years from acceptance (policy §4); None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or \
            not d["x"].get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return post / (d["V"] + post) * 100


def derive(d, t):
    """my reading of policy §3 applied to the labels"""
    x, r = d["x"], set()
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or \
                t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d, t)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures in text

THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("P1 response 4 h", r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:小时|钟头)|(?<![\d.])4\s*-?\s*(?:business\s*|working\s*|clock\s*)?"
                        r"(?:hours?|hrs?|h)(?![a-z])|(?<![十\d])四\s*个?\s*(?:小时|钟头)|\bfour\s*-?\s*(?:business\s*|working\s*)?hours?"),
    ("LD 0.05 %/day", r"(?<![\d.])0\.05\s*%|万分之五(?![十\d])|千分之零点五|(?<![\d.])0\.5\s*‰|(?<![\d.,])5\s*/\s*10,?000(?!\d)"),
    ("cap 100 %", r"(?<![\d.,])100\s*%|百分之(?:一)?百(?![分\d])|\b(?:one\s*hundred|100)\s*per\s*-?\s*cent"),
    ("prepayment 30 %", r"(?<![\d.,])30\s*%|百分之三十(?![一二三四五六七八九\d])|\b(?:thirty|30)\s*per\s*-?\s*cent"),
    ("warranty 12 months", r"十二\s*个\s*月|(?<![\d.,])12\s*个\s*月|(?<![\d.,])12\s*-?\s*months?|\btwelve\s*-?\s*months?"
                           r"|\bone\s*-?\s*year(?!s)|(?<![\d.,第])1\s*年(?!度)|(?<![一二三四五六七八九十第每])一\s*年"),
    ("post-warranty fee 15 %", r"(?<![\d.,])15\s*%|百分之十五|\b(?:fifteen|15)\s*per\s*-?\s*cent"),
    ("TCO share 40 %", r"(?<![\d.,])40\s*%|百分之四十(?![一二三四五六七八九\d])|\b(?:forty|40)\s*per\s*-?\s*cent"),
]
MUST_HIT = ["可用率不低于99.9%", "availability of 99.9 %", "4小时内响应", "4 hours", "within 4 business hours", "四小时",
            "4-hour", "每日万分之五", "0.05%", "0.05 % per day", "100%", "100 per cent", "百分之一百", "30%", "30 %",
            "百分之三十", "thirty per cent", "十二个月", "12个月", "12 months", "twelve-month", "one year", "质保一年",
            "质保期1年", "15%", "百分之十五", "15 per cent", "40%", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "1 hour", "万分之五十", "0.055%", "1100%",
             "130%", "0.30%", "2030年", "第一年", "每一年", "18 months", "36个月", "212 months", "115%", "140%",
             "2031年度", "one years", "30 days", "三十日", "首年", "百分之三十五", "百分之四十五", "45%", "35%"]


def scan(text):
    hits = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for name, pat in THRESHOLD_PATTERNS:
        for v in variants:
            m = re.search(pat, v, re.I)
            if m:
                hits.append((name, v[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def label(key):
    name, fmt, _ = FILES[key]
    d = DESIGN[key]
    terms = dict(zip(KEYS, d["t"]))
    extra = dict(d["x"])
    extra["contract_value"] = d["V"]
    rules = derive(d, terms)
    return {"file": name, "language": "zh" if key.startswith("z") else "en", "category": d["cat"],
            "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt, src) in FILES.items():
        d = DESIGN[k]
        text = read_back(OUT / name)
        lab = label(k)
        t = lab["expected_terms"]
        if k.startswith("z"):
            n, nws = len(text), len(re.sub(r"\s", "", text))
            size = "%d chars (%d without whitespace)" % (n, nws)
            if not 2750 <= n <= 3000:
                problems.append("%s length %d" % (k, n))
        else:
            n = len(text.split())
            size = "%d words" % n
            if not 1450 <= n <= 1650:
                problems.append("%s length %d" % (k, n))
        hits = scan(text)
        if hits:
            problems.append("%s threshold text %s" % (k, hits))
        for key, th in TH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append("%s label %s on threshold" % (k, key))
        share = tco_share(d, t)
        if share is not None and abs(share - TCO_LIMIT) <= 2:
            problems.append("%s TCO share %.2f near threshold" % (k, share))
        if lab["expected_rules"] != sorted(d["rules"]):
            problems.append("%s rules %s != design %s" % (k, lab["expected_rules"], sorted(d["rules"])))
        if risk_of(lab["expected_rules"]) != d["risk"]:
            problems.append("%s risk %s != design %s" % (k, risk_of(lab["expected_rules"]), d["risk"]))
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-62s %-34s TCO %-6s rules %s" % (k, name, size, "%.2f" % share if share is not None else "-",
                                                      ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    c = [len(DESIGN[k]["rules"]) for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k]["rules"] and k.startswith("z")) == 1
    assert sum(1 for k in DESIGN if not DESIGN[k]["rules"] and k.startswith("e")) == 1
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]["rules"]) <= 10
    assert sum(1 for k in DESIGN if k not in ("e01", "z05") and 2 <= len(DESIGN[k]["rules"]) <= 3) == 6, c
    for p in problems:
        print("PROBLEM:", p)
    assert not problems
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
