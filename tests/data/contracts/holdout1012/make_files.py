"""holdout1012: builds the ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
.txt/.md are written as they are; .docx/.pdf through ../word_pdf.py (word-boundary wrapping for the PDFs).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1012Z01 = """T:市公证处公证服务预约平台采购合同
P:合同编号：GZC-2027-HT-0316　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市公证处
P:乙方（供应商）：临江云衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就公证服务预约平台建设项目订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“公证服务预约平台”软件许可，并完成定制开发、部署实施与培训。平台包括网上预约、现场取号、材料预审、视频公证、电子缴费及短信提醒等功能。
P:1.2 定制开发内容：与省公证管理系统的数据接口、与市政务服务网统一身份认证的对接、电子缴费对账接口、公证员排班与窗口调度模块、统计报表十八张。
P:1.3 平台应支持电脑端、微信小程序及窗口自助终端三种预约渠道，并提供适老化界面和无障碍阅读模式。
P:1.4 平台部署于甲方政务云资源池，乙方负责安装、配置、联调及上线保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），包括：平台软件许可费¥680,000；定制开发费¥492,000；部署实施费¥86,000；培训费¥22,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方中间件及乙方为履行本合同所需的全部费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方收款账户：开户行为临江市商业银行城南支行，账户名称与乙方名称一致。乙方变更账户的，应加盖公章书面通知甲方，否则甲方按原账户付款即视为已履行付款义务。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于初验后两个月试运行期满时提交终验申请。
P:4.2 交付物包括：安装介质、定制模块源代码、接口文档、数据库设计说明、部署手册、用户手册及培训材料。
P:4.3 乙方应派驻项目经理一名、开发工程师不少于四名，项目经理在实施期间不得更换；确需更换的，须经甲方书面同意，且新人员资历不低于原人员。
P:4.4 乙方应在上线前对甲方窗口人员、公证员及系统管理员分批进行培训，培训不少于三期，每期结束后提交签到表与考核记录。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；省公证管理系统接口连续十日数据交换无差错；两百名用户并发预约时页面响应不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；统计报表与业务台账核对一致；甲方收到全部交付物并确认；通过商用密码应用安全性评估。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
H:第六条 质量保证与售后维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级与技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），该标准在质保期满后三年内不上调。维护服务按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三日通知甲方）。
P:7.2 一级故障（平台无法预约、视频公证中断或缴费异常）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、接口状态与安全补丁情况，并提交巡检报告；遇重大节假日或集中办证高峰，乙方应提前安排专人值守。
P:7.4 乙方响应每超时1小时，甲方可扣减服务费或履约保证金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币500元。
H:第八条 数据安全
P:8.1 平台运行中产生的预约信息、当事人身份信息、公证材料影像及日志等数据均属于甲方所有。乙方仅可为履行本合同之目的处理，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，实行最小授权与操作留痕；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、公证业务信息及当事人隐私负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本合同定制开发的模块、接口程序、报表及其源代码与文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方保证交付物不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.3 乙方交付物存在质量缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项，并按合同总价的10%支付违约金。
P:11.4 履约保证金为合同总价的5%，于最终验收合格后转为质量保证金，质保期满且无未决争议后十五个工作日内无息退还。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让、分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供有关证明。双方根据影响程度协商延期履行、部分履行或解除合同，均不承担违约责任。
H:第十六条 通知与联系
P:16.1 双方指定项目联系人，涉及合同变更、验收、付款及违约的通知均应以书面形式送达对方联系人。联系人变更的，应提前五日书面通知对方。
P:16.2 本合同未尽事宜，双方可签订补充协议。补充协议与本合同具有同等法律效力，但不得违背招标文件的实质性内容。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市公证处　　乙方（盖章）：临江云衡信息技术有限公司
"""

H1012Z02 = """T:生产线控制系统改造合同
P:合同编号：QC-SB-2027-058
P:甲方：深圳清川智能科技有限公司（扫地机器人整机制造）
P:乙方：东莞恒动自动化工程有限公司
P:甲方拟对其光明工厂三条扫地机器人总装线及一条测试线的控制系统进行改造，乙方经比选中标。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责将上述四条产线原有的继电器控制与分散式PLC改造为统一的PLC控制柜加上位监控架构，更换伺服驱动与电机，新增视觉检测工位，部署产线控制软件并与甲方MES系统对接。
P:1.2 乙方负责设计、供货、安装、编程、调试、试生产保障及培训，交钥匙完成改造。改造须分线分批实施，每条产线停线时间不超过七日，不得影响其余产线正常生产。
P:1.3 乙方编制的PLC程序、HMI画面、视觉检测算法参数、MES接口程序均为本项目定制交付物。
P:1.4 乙方提供的设备应为全新原厂正品，品牌、型号与技术参数不低于投标文件技术偏离表所列标准；如需替换品牌，须经甲方书面同意且不增加费用。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏、I/O模块）|6套|118,000|708,000
TB:2|伺服驱动及电机改造|1批|426,000|426,000
TB:3|视觉检测工位（相机、光源、工控机）|4套|96,500|386,000
TB:4|工业交换机及产线网络|1批|60,000|60,000
TB:5|产线控制软件许可（含MES接口模块）|1套|240,000|240,000
TB:|设备及软件小计|||1,820,000
TB:6|安装调试|1项|196,000|196,000
TB:7|PLC/HMI程序开发|1项|142,000|142,000
TB:8|培训|1项|22,000|22,000
TB:|合计|||2,180,000
P:2.2 合同价格为固定总价，含设备、软件、运输、保险、安装、调试、税费及乙方人员费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不视为验收。
P:3.3 四条产线全部通过最终验收后，甲方支付合同总价的50%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十五个工作日内支付。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后六十日内完成全部设备到货，一百二十日内完成四条产线改造并提交终验申请。
P:4.2 每条产线改造完成后，乙方应提交调试记录、程序备份、电气图纸及操作手册。
P:4.3 乙方应在每条产线停线改造前提交施工方案与回退预案，经甲方设备部确认后方可实施；改造期间乙方每日向甲方报告进度、问题与次日计划。
H:第五条 验收
P:5.1 验收标准：各产线节拍达到每台四十二秒以内；连续三个班次试生产无因控制系统导致的停线；视觉检测漏检率低于千分之二；MES接口报工数据与现场计数逐件核对一致；急停与安全光栅功能测试全部通过。
P:5.2 每条产线试生产满十五日且达到上述标准后，由甲方生产、设备、质量部门联合验收并签署验收单。安装完成、试生产或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在七日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月，质保期内乙方免费维修、更换故障部件并提供程序修正。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、驻场工程师及程序优化），年度维保费为设备及软件小计的28%，即每年人民币509,600元，该金额在质保期满后三年内固定不变。维保合同按年签订。
H:第七条 服务水平
P:7.1 一级故障（整条产线停线）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内处理完毕。
P:7.2 乙方响应或到场每超时1小时，向甲方支付人民币800元；一级故障恢复每超时1小时，支付人民币2,000元，可从应付款中直接扣除。
H:第八条 数据与信息安全
P:8.1 产线运行数据、工艺参数、良率数据及MES交互数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN与堡垒机接入，操作全程录屏。乙方人员不得在产线工控机上安装与项目无关的软件，不得使用未经查杀的移动存储介质。
P:8.3 因乙方原因导致工控系统感染病毒、数据泄露或生产中断的，乙方应在2小时内报告甲方，承担恢复费用并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对甲方的产品结构、工艺文件、产能数据及商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
P:9.2 乙方人员不得在甲方厂区拍照、录像，确因调试需要的，须经甲方陪同人员同意，相关影像仅用于本项目并在终验后删除。乙方应要求其参与项目的人员签署保密承诺书。
H:第十条 知识产权
P:10.1 第1.3款所列定制交付物的知识产权及源代码归甲方所有，甲方可自行修改、复制并委托他人维护。产线控制软件的标准产品知识产权仍属原权利人，甲方获得永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。因乙方原因造成停线时间超出第1.2款约定的，每超出一日另行赔偿甲方停产损失。
P:11.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方可将现场布线、设备安装等施工工作分包给其合作单位，但应在分包前书面告知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十三条 解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成部分的程序、图纸与文档，甲方按已验收部分结算；已付款项超出部分由乙方退还。
H:第十四条 安全生产
P:14.1 乙方人员进入甲方厂区应遵守甲方安全生产与防静电管理制度，持证上岗；因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。
H:第十五条 培训与备件
P:15.1 乙方应为甲方设备工程师提供不少于五天的集中培训，内容包括PLC程序结构、HMI操作、视觉参数调整、常见故障处理与备份恢复，培训后进行实操考核。
P:15.2 乙方应在终验时向甲方移交随机备件清单所列备件，并保证停产后七年内继续供应主要备件，价格不高于同期市场价。
H:第十六条 变更与不可抗力
P:16.1 甲方要求增加工位或调整工艺的，双方书面确认变更内容、费用与工期后执行；未经书面确认的变更，乙方不得要求增加费用。
P:16.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，工期相应顺延，双方均不承担违约责任。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交深圳国际仲裁院按其仲裁规则仲裁。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：深圳清川智能科技有限公司　　乙方（盖章）：东莞恒动自动化工程有限公司
"""

H1012Z03 = """门店预约与会员管理系统SaaS服务合同

合同编号：MY-IT-2027-011
甲方：成都麦野手作烘焙连锁管理有限公司
乙方：杭州小满云科技有限公司

甲方在川渝地区经营四十家手作烘焙门店，拟采用乙方的门店预约与会员管理SaaS系统，统一蛋糕预订、到店自提、会员积分与储值管理。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店及总部开通门店预约与会员管理系统，包括线上预订、生日蛋糕定制下单、到店自提核销、会员等级与积分、储值卡、优惠券及门店经营报表。
2. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（二）实施服务
1. 乙方负责系统配置、四十家门店收银系统对接、微信小程序品牌页面定制、历史会员数据迁移（约二十六万条会员记录及储值余额）及门店培训。
2. 乙方为甲方定制的小程序页面、营销活动模板、经营报表及收银接口程序，为本合同的定制交付物。

二、费用
（一）门店订阅费：每店每服务年度人民币6,800元，四十家门店每年272,000元。
（二）总部会员营销模块：每服务年度人民币58,000元。
（三）实施费：人民币96,000元（一次性）；培训费：人民币14,000元（一次性）。
（四）两个服务年度合同总价为人民币770,000元。服务期内单价不变；门店数量增减的，按实际开通门店数和月数折算。
（五）上述费用已包含短信通知、云资源、数据备份及系统升级费用，乙方不得另行收取。

三、付款
（一）本合同不设预付款。
（二）实施费与培训费在上线验收合格后十五个工作日内支付。
（三）订阅费按季度结算，乙方于每个季度结束后开具发票，甲方在收到发票后十五个工作日内支付该季度费用。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 四十家门店全部完成收银对接，连续七日订单与收银流水逐笔核对一致；
2. 会员数据迁移后，会员数量、积分和储值余额与甲方原系统核对无差异；
3. 小程序在每分钟三千笔下单压力下页面响应不超过3秒；
4. 合同所列功能全部可用，门店店长和收银员培训合格。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。系统开通或试用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收申请；整改期间发生的迁移、对接及差旅费用由乙方承担。上线期间乙方应保证门店原有收银与会员业务不中断，切换安排在门店闭店后进行。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护安排在凌晨两点至六点之间并提前两日通知。
（二）故障分级与响应：一级故障（全部门店无法下单或核销、储值异常）30分钟内响应、3小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应、8小时内恢复；三级问题次一工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按低于部分每0.1个百分点减免当月订阅费的3%；一级故障恢复每超时1小时，减免人民币600元。减免额从下季度付款中抵扣。

（四）乙方应每月向甲方提供服务报告，列明可用率、故障清单、处理时长、补偿金额及下月维护计划。甲方对报告有异议的，双方在五个工作日内核对确认。
（五）乙方应指定一名客户成功经理作为甲方的固定联系人，节假日及中秋、春节等销售高峰期间安排技术人员全天值守。

六、数据
（一）会员信息、订单、储值及交易数据属于甲方所有。
（二）乙方有权对上述数据进行脱敏、汇总后用于烘焙行业消费趋势分析报告及乙方产品改进，该权利在本合同终止后继续有效。
（三）合同终止后三十日内，乙方应将甲方全部数据以通用格式交还甲方，并删除系统中的甲方数据。

七、数据安全
（一）乙方应将甲方数据存储于境内数据中心，采取加密存储、访问控制、操作日志审计等措施，系统通过网络安全等级保护三级测评。
（二）会员个人信息的处理应符合《个人信息保护法》，乙方不得超出甲方指示处理。
（三）发生数据泄露或安全事件，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

（四）乙方对其系统所用的云服务商、短信服务商等合作方的数据处理行为负责，并应在合同中对其提出不低于本合同的安全要求。

八、甲方的权利与义务
（一）甲方应指定项目负责人，及时提供门店清单、收银系统接口资料和历史会员数据，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方有权随时查看系统运行状态与服务报告，并对乙方的服务质量提出整改要求。

九、乙方的权利与义务
（一）乙方应保证系统符合本合同约定的功能和性能，并在服务期内免费提供版本更新；更新不得减少甲方已使用的功能，重大更新应提前七日通知甲方并安排在非营业时段。
（二）乙方应为甲方门店提供操作手册和视频教程，新开门店开通后三日内完成远程培训，并在每个服务年度为总部运营人员组织一次会员营销专题培训。
（三）因国家政策或支付渠道规则变化需调整系统的，乙方应在规定期限内完成调整，不另行收费。

十、保密
双方对在合作中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

十一、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）第一条第（二）项第2点所列定制交付物的知识产权归甲方所有，乙方应交付源代码及文档，甲方可自行修改或委托他人使用。

十二、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方对本合同项下的全部赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。

十三、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

十四、期限与解除
（一）服务期满本合同终止，不自动续期。双方如需续约，应在期满前六十日协商并另行签订合同。
（二）一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除本合同。

（三）本合同终止或解除后，乙方应配合甲方将会员、储值与订单数据迁移至甲方指定的系统，并保持系统只读访问三十日，期间不另收费。会员储值余额由甲方负责承接，乙方不得因费用结算争议扣留数据。

十五、不可抗力与通知
（一）因自然灾害、公共卫生事件、通信运营商大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。
（二）双方的通知以书面或本合同载明的电子邮箱发送，电子邮件发出后次一工作日视为送达。联系人或邮箱变更的，应提前三日通知对方。

十六、争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，提交成都仲裁委员会仲裁。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都麦野手作烘焙连锁管理有限公司
乙方（盖章）：杭州小满云科技有限公司
"""

H1012Z04 = """青川市公路治超非现场执法系统年度运维服务合同

项目编号：QCJT-CS-2027-004（竞争性磋商）
甲方：青川市交通运输局
乙方：西安路衡智能交通工程有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，甲乙双方就青川市公路治超非现场执法系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：全市十四个公路治超非现场执法检测点的动态称重设备、车牌识别与抓拍摄像机、全景监控、LED诱导屏、现场机柜与供电设备、通信链路，以及市级治超非现场执法管理平台软件。
（二）服务内容：现场驻点运维、设备定期巡检与清洁、故障维修、称重设备年度检定配合、备品备件供应、平台软件运维与数据对接保障、执法数据上传省级治超平台的监测，以及重大活动期间的保障值守。
（三）运维期间形成的巡检记录、故障台账、脚本、配置文件及运维报告，乙方应按月整理后移交甲方。

第二条 服务期限
服务期为一年，自乙方完成进场接管并经甲方确认之日起算。服务期满本合同终止，不自动续期；甲方后续采购运维服务的，依法另行组织采购。

第三条 合同价款
（一）合同总价为人民币壹佰壹拾陆万捌仟元整（¥1,168,000），其中：现场驻点运维456,000元；设备巡检及检定配合312,000元；备品备件268,000元；平台软件运维132,000元。
（二）合同总价为固定价格，包含人工、交通、工具仪器、备件、税费及乙方完成服务所需的其他一切费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度服务期满且经甲方季度考核合格后，甲方在十五个工作日内支付合同总价的四分之一。
（三）乙方应于每次付款前提交季度运维报告和合法有效的发票。

第五条 进场接管与验收
（一）乙方应在合同签订后十日内完成进场接管，包括：与原运维单位逐点核对设备清单、检查设备运行状态、接收平台账号与运维资料。
（二）进场接管验收标准：设备清单核对无遗漏；各检测点称重数据与抓拍记录连续三日正常上传省级平台；平台各项功能测试通过；交接问题清单经双方签字确认。甲方据此出具接管确认书。
（三）季度考核标准：巡检按计划完成并留有记录；故障均按本合同第六条时限处理并闭环；称重设备复核误差符合检定规程；执法数据完整上传、无因运维原因造成的证据缺失。季度考核不合格的，乙方应在十日内整改并重新考核。
（四）服务期满时，甲方对全年服务进行终期验收，乙方应提交年度运维总结并完成资料移交。

第六条 服务要求
（一）乙方应配备不少于两名驻点运维工程师，工作日在甲方指定地点驻场，节假日安排值班。
（二）每月对每个检测点现场巡检一次，清洁摄像机与补光灯，检查称重台面、线圈、机柜温湿度与防雷接地。
（三）故障分级响应：一级故障（检测点称重或抓拍功能失效、平台无法访问、数据无法上传省级平台）乙方应在1小时内响应，3小时内到达现场，当日内恢复；二级故障（部分设备性能下降、诱导屏异常）2小时内响应，次日内恢复；三级问题在三个工作日内处理。
（四）乙方应于每月五日前提交上月运维报告，列明巡检、故障、处理时长和备件消耗情况。
（五）称重设备年度检定由甲方委托法定计量机构实施，乙方负责现场配合、拆装与复测。
（六）平台软件运维包括操作系统与数据库补丁更新、日志清理、数据备份检查、与省级平台接口的运行监测；每月进行一次备份恢复抽查。
（七）春运、国庆等重大节假日及上级督查期间，乙方应按甲方要求增派人员现场值守，不另收费。

第七条 备品备件
乙方应在青川市内设立备件库，常备称重传感器、抓拍摄像机、补光灯、交换机、光纤收发器、防雷模块等易损备件，备件型号应与现场设备兼容，并每季度向甲方报送备件库存清单。备件质量不合格造成设备再次损坏的，乙方应免费更换。更换下的旧件归甲方所有，乙方应登记后交回甲方。

第八条 人员与安全作业
（一）乙方驻点工程师应具备电子、通信或计算机相关专业背景及两年以上同类系统运维经验，名单报甲方备案；更换人员须提前七日书面征得甲方同意。
（二）乙方人员在公路上作业时，应按规定设置作业区警示标志、穿着反光服，并为全部作业人员投保人身意外伤害保险。因乙方作业不当造成交通事故或第三方损失的，由乙方承担责任。
（三）乙方应每半年组织一次应急演练，演练方案和总结报甲方备案。

第九条 数据安全
（一）非现场执法系统采集的车辆图像、车牌信息、称重数据、执法记录等全部数据属于甲方所有，乙方仅可为运维目的接触，不得查询与运维无关的数据，不得复制、留存、对外提供或用于任何其他用途。
（二）乙方应遵守《数据安全法》《个人信息保护法》和公安交通管理信息安全规定，运维人员实名登记，平台操作通过甲方堡垒机进行并全程审计，严禁使用个人设备接入执法专网。
（三）发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失和不良后果由乙方承担全部责任。

第十条 保密
乙方及其人员对在服务中知悉的执法信息、系统架构、账号口令及甲方工作秘密负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

第十一条 知识产权
本合同第一条第（三）项所列运维成果及乙方为本项目编写的脚本、工具配置，其知识产权归甲方所有，甲方可自由使用和修改。

第十二条 违约责任
（一）乙方未按期完成进场接管，或未按计划完成年度检定配合工作的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（二）乙方擅自离岗、未按要求驻场的，甲方有权要求乙方限期更换人员，并将乙方履约情况记入供应商履约评价，作为今后政府采购活动中的参考。
（三）甲方无正当理由逾期付款的，按有关规定承担责任。

第十三条 分包
本项目不得转包、分包。乙方不得将本合同项下的任何服务内容交由第三方实施。

第十四条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并依法另行确定运维单位，由此增加的费用由乙方承担。

第十五条 服务交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的单位移交全部设备台账、配置文件、账号口令、运维资料与备件清单，并配合完成现场交接，交接期间不得中断值守。乙方未按要求交接的，甲方有权暂缓支付最后一个季度的服务费。

第十六条 不可抗力
因自然灾害、道路施工、电网停电等不可抗力或非乙方原因造成设备损坏、服务中断的，乙方应及时报告并协助恢复，相应期间不计入考核；属于设备大修或更新的，费用由双方另行协商。

第十七条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及磋商过程中的书面承诺为本合同组成部分。

甲方（盖章）：青川市交通运输局
乙方（盖章）：西安路衡智能交通工程有限公司
"""

H1012Z05 = """# 软件许可及定制开发合同

**衡匠数智软件标准合同文本 V3.0（适用于小微企业客户）**

合同编号：HJ-XW-2027-0219

- 甲方（客户）：泰顺县老秤坊杆秤制作工作室
- 乙方（供应商）：衡匠数智（杭州）软件有限公司

甲方为手工杆秤制作及销售的个体工作室，拟使用乙方“匠心工序追踪系统”记录每杆秤的选料、制杆、刻星、校秤、包装等工序，并为客户提供扫码溯源。双方根据《中华人民共和国民法典》，在平等自愿基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠心工序追踪系统”标准版软件许可（五个工位终端），并按甲方需求进行定制开发。

1.2 定制开发内容包括：木料批次与产地登记模块、刻星与校秤工序记录模块、师傅工时统计、成品二维码溯源页面及与甲方网店的订单对接。具体功能以双方确认的需求清单为准，需求清单以外的修改另行收费。

1.3 系统部署在乙方提供的云服务器上，甲方通过电脑和平板终端使用。工位终端数量超过五个的，每增加一个终端按乙方报价另行购买许可。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（五个工位终端） | 68,000 |
| 2 | 定制开发（五个模块） | 92,000 |
| 3 | 部署调试 | 13,000 |
| 4 | 操作培训（两次，远程） | 5,000 |
| | 合计 | 178,000 |

合同总金额为人民币壹拾柒万捌仟元整（¥178,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的65%，即人民币115,700元。乙方收到该款项后开始开发工作。

3.2 系统上线后五个工作日内，甲方支付合同总金额的35%，即人民币62,300元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务直至甲方付清款项。

## 第四条 开发与上线

4.1 乙方在收到首期款后按开发计划进行开发，预计九十个工作日内完成上线。因甲方需求变更、资料提供不及时或配合不到位导致延期的，上线时间相应顺延。

4.2 需求确认：乙方在合同签订后十个工作日内与甲方进行需求访谈，形成需求清单，甲方应在收到后五个工作日内签字确认；逾期未确认的，视为甲方同意乙方提交的需求清单。

4.3 开发过程中，乙方可根据实际情况调整开发计划，并通过微信群告知甲方。甲方应配合乙方完成测试数据录入和功能试用。

4.4 乙方完成部署并开通甲方账号，即为系统上线。上线时乙方向甲方提供系统操作手册电子版一份。

## 第五条 验收

5.1 系统上线之日即视为甲方验收合格。甲方在上线后使用过程中发现问题的，可通过客服渠道反馈，乙方在维护期内予以处理。

5.2 甲方不得以系统存在个别问题为由拒绝支付第二期款项。

## 第六条 维护服务

6.1 系统上线后六个月为免费维护期，维护期内乙方提供远程技术支持和问题修复。

6.2 乙方在工作日9:00至17:30通过电话、微信群提供技术支持，并尽合理努力解决甲方反映的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务及云服务器资源，应按乙方当年公布的服务价格标准支付年度维护费。乙方有权根据运营成本调整价格标准。

6.4 未续费的，乙方有权停止维护服务及云服务器资源，由此产生的数据无法访问等后果由甲方自行承担。

6.5 维护服务不包括新增功能、报表格式调整、因甲方业务变化引起的修改，以及因甲方操作失误造成的数据恢复；上述工作由乙方按人天另行报价，每人天人民币二千元。

## 第七条 知识产权

7.1 系统标准版及定制开发部分（包括定制模块、源代码、数据库结构、溯源页面设计等）的全部知识产权均归乙方所有。

7.2 甲方在付清全部款项后，获得在其自身经营范围内非独占、不可转让地使用本系统的权利，不得对系统进行修改、反编译，不得许可第三方使用。

7.3 乙方有权将为甲方开发的功能纳入其标准产品，向其他客户提供。

## 第八条 云服务资源

8.1 合同价格已包含系统上线后六个月的云服务器资源，包括五十GB存储空间和每月十万次溯源扫码访问量。超出部分按乙方公布的资源价格另行计费。

8.2 溯源页面默认显示乙方品牌标识及“技术支持：衡匠数智”字样。甲方要求去除或更换的，应另行支付定制费用。

8.3 乙方可根据平台运营需要对系统进行升级，升级期间系统可能暂停使用，乙方将尽量提前通知甲方。

## 第九条 数据

9.1 甲方录入系统的工序记录、产品信息、客户订单等业务数据归甲方所有，乙方不得将其用于本合同以外的任何用途。

9.2 乙方对云服务器采取访问控制、数据加密传输和每日备份措施，乙方人员仅在处理甲方报修问题时访问甲方数据。

9.3 因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后及时通知甲方，协助恢复数据，并赔偿甲方因此遭受的直接损失。因甲方账号密码保管不善导致的数据泄露由甲方自行负责。

## 第十条 双方责任

10.1 甲方应按时提供开发所需的工序说明、样品照片、网店接口资料，并指定一名联系人负责需求确认。

10.2 甲方应妥善保管系统账号，不得将账号提供给第三方使用。

10.3 乙方应按双方确认的需求清单完成开发，并对甲方操作人员进行两次远程培训。培训内容包括工序录入、二维码标签打印、溯源页面维护和订单导出，每次培训不超过两小时，培训录像可供甲方回看。

10.4 甲方应自行准备电脑、平板、标签打印机及网络环境，并保证设备符合乙方提供的配置要求。因甲方设备或网络不符合要求造成系统无法正常使用的，不属于乙方责任。

10.5 乙方不对因网络故障、第三方平台接口变更、甲方操作不当造成的损失承担责任，也不对甲方的间接损失、利润损失承担责任。

## 第十一条 合同的变更与解除

11.1 合同履行过程中，任何一方需变更合同内容的，应书面通知对方并经双方协商一致。

11.2 一方严重违反本合同约定，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

11.3 甲方在开发开始后单方解除合同的，已支付款项不予退还。

## 第十二条 通知

双方的联系人、联系电话及微信群为本合同履行的主要联络方式。乙方通过微信群、短信或电子邮件发出的通知，发出即视为送达。甲方变更联系人或联系电话的，应在变更后三日内书面告知乙方，否则乙方按原联系方式发出的通知仍视为有效送达。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，双方均不承担违约责任。遭受不可抗力的一方应及时通知对方，并在合理期限内提供证明。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有补充约定的，以书面补充协议为准。

15.3 本合同附件包括：需求清单、报价单、系统操作手册。附件与本合同正文不一致的，以本合同正文为准。

甲方（签章）：泰顺县老秤坊杆秤制作工作室

乙方（盖章）：衡匠数智（杭州）软件有限公司
"""

H1012E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SJC-IT-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Anhui Shanjiao Cement Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Buyer"), and Uncompahgre Plant Systems, Inc., a Colorado corporation with its principal office at 412 South Townsend Avenue, Montrose, Colorado 81401, United States (the "Vendor").
P:The Buyer operates two integrated cement plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's computerised maintenance management software. The Vendor has agreed to license the software and to configure, integrate and deploy it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantKeeper maintenance management software, version 9, in object code, with its mobile inspection application and standard reports.
P:1.2 "Custom Deliverables" means the configurations, workflow definitions, SAP interface programs, migration scripts, report templates and documentation that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Go-Live" means the date on which the Software is first used by the Buyer's maintenance staff for live work orders at both plants.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Severity 1 Incident" means a failure that prevents the creation, dispatch or closure of work orders at either plant, or a loss or corruption of maintenance data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 150 named users at the Buyer's plants and head office in mainland China, including use by contractors working on the Buyer's behalf.
P:2.2 The Vendor shall configure the Software for the Buyer's asset hierarchy of about 18,600 equipment items, build two-way interfaces with the Buyer's SAP materials management and finance modules, migrate five years of maintenance history, and train the Buyer's administrators and key users.
P:2.3 The Software will be installed on servers in the Buyer's own data centre in Wuhu. No Buyer data will be hosted by the Vendor.
P:2.4 The Vendor shall appoint a named project manager and a lead consultant with cement or mining industry experience. They shall not be replaced before Final Acceptance without the Buyer's written approval, and any replacement shall have equal qualifications. The Vendor's consultants shall work on site in Wuhu during design workshops, integration testing and Go-Live.
P:2.5 Training comprises three days for system administrators and five days for key users, held on site in Chinese with interpretation where needed, together with Chinese-language user guides and recorded video lessons that the Buyer may copy and use internally without limit.
H:Article 3 Price
P:3.1 The total price is CNY 1,720,000 (the "Contract Price"), made up of: perpetual licence fee for 150 named users, CNY 1,140,000; configuration and SAP integration, CNY 420,000; data migration, CNY 126,000; and training, CNY 34,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, third-party components and expenses. Prices are stated and paid in Chinese Renminbi.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after Go-Live. Go-Live is not acceptance and payment does not waive any defect.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 The Vendor shall issue Chinese VAT invoices for each payment through its appointed local billing agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature, following the project plan attached as Annex 2.
P:5.2 Final Acceptance requires all of the following: (a) every function in the Buyer's requirements specification passes the agreed test scripts; (b) migrated work orders, spare-part records and equipment histories reconcile with the legacy records by count and by value; (c) the SAP interfaces run for twenty consecutive working days without a failed message that is not automatically retried; (d) the mobile application works offline in the kiln and quarry areas and synchronises without data loss; and (e) no Severity 1 Incident occurs in the sixty days after Go-Live.
P:5.3 The Buyer shall issue the acceptance certificate or a written list of failures within ten working days after the Vendor's request. The Vendor shall correct listed failures and repeat the tests. Installation, Go-Live and productive use do not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the specification for twenty-four (24) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all new releases free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to a Severity 1 Incident within one hour, at any time of day, and restore service or provide a workaround within eight hours. Other incidents shall receive a response within one business day.
P:6.3 If the Vendor fails to meet a response or restoration time in Article 6.2, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may purchase annual support at 9% of the licence fee, that is CNY 102,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the project plan for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 If the delay exceeds sixty days, the Buyer may also terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software as it existed before this Agreement.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code and documentation with the Final Acceptance request. The Buyer may use, modify and license the Custom Deliverables freely, including to its affiliates and service providers.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 All data entered into or generated by the Software, including equipment records, work orders, inspection photographs and cost data ("Buyer Data"), belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems.
P:9.2 The Vendor's remote access requires the Buyer's approval for each session, takes place through the Buyer's VPN and jump server, and is logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to Buyer Data, cooperate in the investigation, and be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation survives for five years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 or 10, infringement claims under Article 8.3, personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for its approved subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or in the case described in Article 7.2.
P:13.2 On termination the Vendor shall deliver all completed work, Custom Deliverables and Buyer Data, and refund amounts paid for work not delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Colorado, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution in Denver, Colorado, in English, before a sole arbitrator.
H:Article 15 General
P:15.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.2 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H1012E02 = """# HERDLINE TRACE — ORDER FORM AND GENERAL TERMS

Order Form No. HL-CN-2027-0073

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Inner Mongolia Qingyuan Dairy Co., Ltd., Hohhot, Inner Mongolia Autonomous Region, People's Republic of China.
- **Vendor:** XIT Range Data, LLC, 305 Denrock Avenue, Dalhart, Texas 79022, United States.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services

The Vendor will provide the Herdline Trace software-as-a-service platform for dairy herd and milk-supply traceability, covering the Customer's nine ranches and two processing plants: animal registration and ear-tag management, health and veterinary treatment records, feed batch tracking, milking and bulk-tank records, cold-chain transport logs, and batch-level traceability reports for regulators and retail customers. The Vendor will also provide the onboarding services described in A4.

Authorised users: up to 320 named users and 60 handheld reader licences.

### A3. Subscription Term and Fees

The Subscription Term is two Subscription Years, starting on the date of Onboarding Acceptance (the "Service Start Date").

| Item | Basis | Amount (CNY) |
|---|---|---|
| Herdline Trace subscription, Subscription Year 1 | 320 users, 60 readers, 11 sites | 486,000 |
| Herdline Trace subscription, Subscription Year 2 | 320 users, 60 readers, 11 sites | 486,000 |
| Onboarding services (one-time) | fixed price | 88,000 |
| **Total fees under this Order Form** | | **1,060,000** |

Additional users, if ordered, are charged at CNY 1,300 per user per Subscription Year, pro rata. Fees exclude any future Renewal Term.

### A4. Onboarding Services and Acceptance

The Vendor will configure the platform for the Customer's ranch and plant structure, load the Customer's existing animal register (about 41,000 head), integrate the platform with the Customer's milk-collection system and its ERP, and train the Customer's administrators and ranch supervisors. Onboarding shall be completed within seventy-five days after signature of this Order Form.

Onboarding Acceptance requires that: (a) the migrated animal register matches the Customer's source records by ear-tag number and status; (b) milk-collection and ERP interfaces exchange data correctly for ten consecutive days; (c) a traceability report can be produced for any finished-product batch within five minutes, back to ranch, feed batch and veterinary record; and (d) every function listed in A2 passes the Customer's test scripts. The Customer will confirm acceptance in writing or list the failures within seven business days. Access to the platform before that confirmation is not acceptance.

If Onboarding Acceptance is delayed beyond the seventy-five days for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay.

### A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in arrears in equal instalments of CNY 121,500, starting at the end of the first quarter after the Service Start Date.
- The onboarding fee is invoiced after Onboarding Acceptance.
- No payment is due on signature. Invoices are payable within thirty days of receipt of a valid Chinese VAT invoice issued by the Vendor's authorised billing entity in mainland China.

### A6. Renewal

After the Subscription Term, this Order Form renews automatically for successive one-year Renewal Terms unless either party gives written notice of non-renewal at least sixty days before the end of the current term. The Vendor may increase the fees for any Renewal Term to its then-current list price by giving the Customer notice at least forty-five days before the Renewal Term starts.

## PART B — GENERAL TERMS

### 1. Use of the Services

1.1 The Vendor grants the Customer and its authorised users a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for the Customer's internal business purposes.

1.2 The Customer is responsible for its users' compliance with this Agreement and for keeping their credentials secure.

1.3 The Customer will provide the Vendor with timely access to its ranch and plant staff, source data and interface documentation during onboarding, and will appoint a project lead with authority to approve configuration decisions.

1.4 The Vendor may update the Services from time to time, provided that no update materially reduces the functionality, security or service levels described in this Agreement. The Vendor will give the Customer at least fourteen days' notice of any change that affects the user interface, the reader application or the interfaces, and will keep the previous interface version available for at least ninety days after such a change.

1.5 Handheld readers are purchased separately by the Customer; the Vendor will keep the reader application compatible with the models listed in its published compatibility list during the Subscription Term.

### 2. Service Levels

2.1 The Vendor will make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance and performed between 01:00 and 05:00 Beijing time.

2.2 Support is provided in Chinese and English. Severity 1 incidents (the platform is unavailable, or traceability reports cannot be produced) receive a response within 30 minutes at any time and a workaround or fix within six hours. Severity 2 incidents receive a response within two hours during business hours.

2.3 If availability in a month falls below the commitment in 2.1, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. If a Severity 1 response is late, the Customer receives a credit of CNY 600 for each hour of delay. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 All data that the Customer or its users enter into the Services, and all records and reports generated from it ("Customer Data"), belong to the Customer. The Vendor processes Customer Data only to provide the Services to the Customer and for no other purpose.

3.2 On expiry or termination the Vendor will make Customer Data available for export in CSV and JSON formats for sixty days and will then delete it and confirm the deletion in writing.

### 4. Data Security

4.1 Customer Data is hosted in data centres in mainland China operated by Alibaba Cloud. The Vendor maintains an information security programme certified to ISO/IEC 27001, with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, and logging of all access to Customer Data.

4.2 The Vendor complies with the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law. Customer Data will not be transferred outside mainland China.

4.3 The Vendor will notify the Customer of any security incident affecting Customer Data within twelve hours, will take immediate steps to contain it, and is liable for losses resulting from its failure to comply with this Section 4.

### 5. Confidentiality

Each party will protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Agreement, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. These obligations continue for three years after the Agreement ends.

### 6. Intellectual Property

6.1 The Vendor owns the Services and all related software and documentation.

6.2 Reports, templates, interface mappings and configurations created specifically for the Customer during onboarding belong to the Customer, who may use, modify and share them freely, including after the Agreement ends.

### 7. Subcontractors and Subprocessors

The Vendor may engage subcontractors and subprocessors, including hosting, support and implementation partners, to perform any part of the Services. The Vendor will list them on its subprocessor page and notify the Customer by email of any new subcontractor or subprocessor. The Vendor remains responsible for their performance.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total fees under this Order Form.

8.2 The limit in 8.1 does not apply to breach of Sections 3, 4 or 5, to infringement claims, or to wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss, except in the cases listed in 8.2.

### 9. Term and Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of it.

9.2 If the Customer terminates under 9.1, the Vendor will refund any prepaid fees for the period after termination and will provide export of Customer Data under 3.2.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in Chinese and English.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1 or to the email addresses designated by each party.

11.2 Neither party may assign this Agreement without the other's prior written consent, except to a successor of its whole business.

11.3 Neither party is liable for delays caused by events beyond its reasonable control.

**Signed for the Customer:** ____________________ **Signed for the Vendor:** ____________________
"""

H1012E03 = """T:PURCHASE CONTRACT FOR GRAIN STORAGE MONITORING SENSORS AND SOFTWARE
P:Contract No. HNZL-CG-2027-0158
P:Buyer: Henan Zhongliang Grain Reserve Co., Ltd., No. 66 Huayuan Road, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Sevier Valley Instruments, Inc., 180 North Main Street, Richfield, Utah 84701, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates grain reserve depots in Zhengzhou, Xinxiang and Zhoukou and wishes to install continuous temperature, humidity and gas monitoring in 48 storage warehouses. The Supplier was selected through the Buyer's competitive procurement.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's SiloSense monitoring software, licensed to the Buyer on a perpetual basis under clause 8.
P:1.3 "System" means the Equipment and the Software as installed, configured and integrated at the Buyer's depots.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
P:1.5 "Critical Fault" means a fault that stops data collection for a whole warehouse, stops alarms from being raised, or makes the Software unavailable.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the System in 48 warehouses at three depots, integrate the Software with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:2.2 The System shall measure grain temperature at every cable node, air temperature and humidity inside and outside each warehouse, and carbon dioxide and phosphine concentration, and shall raise alarms by screen, SMS and the Buyer's WMS when values exceed thresholds set by the Buyer.
P:2.3 The Software shall be installed on servers provided by the Buyer in its Zhengzhou data centre.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 2,390,000, fixed and inclusive of all taxes, duties, freight, insurance and installation. Details are set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point grain temperature cables with sensors|960|1,150|1,104,000
TB:2|Wireless gateways with backup power|48|8,600|412,800
TB:3|Carbon dioxide and phosphine gas sensors|96|3,200|307,200
TB:4|SiloSense monitoring software, perpetual site licence|1|286,000|286,000
TB:|Equipment and Software Subtotal|||2,110,000
TB:5|Installation and commissioning|1 lot|168,000|168,000
TB:6|WMS integration|1 lot|94,000|94,000
TB:7|Training|1 lot|18,000|18,000
TB:|Contract Price|||2,390,000
P:3.2 The Supplier shall not charge any amount beyond the Contract Price for the scope in clause 2.
H:4. Payment
P:4.1 The Buyer shall pay an advance of 10% of the Contract Price within fifteen working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within fifteen working days after all Equipment has been delivered and installed at the three depots. The installation certificate records quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen working days after Final Acceptance.
P:4.4 All invoices shall be valid Chinese VAT invoices issued by the Supplier's appointed import agent, and all payments shall be made in CNY.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment DDP to the three depots within seventy days after signature and complete installation within one hundred and ten days after signature.
P:5.2 Installation shall be carried out between harvest intakes as scheduled by the Buyer. The Supplier shall follow the Buyer's grain-safety and fumigation rules and shall not enter a warehouse under fumigation.
P:5.3 With each delivery the Supplier shall provide packing lists, certificates of origin, calibration certificates for every gas sensor and a serial-number register for all Equipment. Equipment shall be new, unused and of the models stated in the Supplier's tender.
P:5.4 Training shall consist of two days for the Buyer's system administrators and one day at each depot for warehouse keepers, covering sensor layout, alarm handling, routine checks, battery replacement and data export. The Supplier shall supply operating manuals in Chinese and shall repeat the depot training once, at no charge, during the first year after Final Acceptance if the Buyer so requests.
P:5.5 The Supplier shall keep the site clean, remove all packaging waste and repair any damage to warehouse walls, roofs or grain surfaces caused by installation.
H:6. Acceptance
P:6.1 Final Acceptance requires: (a) every sensor node reports valid readings to the Software; (b) temperature readings at a sample of nodes chosen by the Buyer agree with a calibrated reference thermometer within 0.5 degrees Celsius; (c) gas sensors are verified with certified test gas; (d) alarms reach the screen, the SMS recipients and the WMS within one minute in a test at each warehouse; (e) data from all warehouses flows to the WMS without loss for thirty consecutive days; and (f) all documentation and training are complete.
P:6.2 The Buyer shall issue a Final Acceptance certificate or a list of defects within ten working days after the Supplier's written request. Delivery, installation, commissioning or use of the System does not constitute acceptance.
P:6.3 If the System fails acceptance, the Supplier shall remedy the defects at its own cost and the tests shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including parts, labour and shipping, and supply Software updates.
P:7.2 During the warranty period, the Supplier, through its service partner in Zhengzhou, shall respond to a Critical Fault within one hour, be on site within one business day, and restore monitoring within two business days. Other faults shall receive a response within one business day.
P:7.3 For each hour by which the Supplier exceeds the Critical Fault response time, and for each day by which it exceeds the restoration time, the Supplier shall pay CNY 800 and CNY 3,000 respectively, which the Buyer may deduct from any payment or from the performance guarantee.
P:7.4 After the warranty period, the Buyer may order annual support at 7% of the Equipment and Software Subtotal, that is CNY 147,700 per year. This fee is fixed for the first two years after the warranty period. Support is ordered year by year and is not renewed automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all its depots, including any depots added later, without additional charge.
P:8.2 The WMS interface programs, configuration files and reports developed for the Buyer under this Contract, including their source code, belong to the Buyer. The Buyer may use, modify and license them without restriction.
P:8.3 The Supplier warrants that the System does not infringe any third party's rights and shall indemnify the Buyer against any claim of infringement.
H:9. Data and Data Security
P:9.1 All measurement data, alarm records, warehouse records and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The gateways shall send data only to the Buyer's servers; no data shall be sent to the Supplier or to any server outside mainland China. Remote access for support requires the Buyer's approval for each session through the Buyer's VPN, and is logged.
P:9.3 The Supplier shall comply with PRC laws on cybersecurity and data security, report any security incident affecting the System within two hours, and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's grain reserves, storage quantities, depot layouts and systems, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Zhengzhou service partner named in the Supplier's tender is approved on signature.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund payments for Equipment not delivered and shall remove any Equipment the Buyer rejects.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding on both parties.
H:15. General
P:15.1 Force majeure excuses performance for its duration if the affected party gives prompt notice and evidence.
P:15.2 This Contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1012E04 = """# MANAGED ENERGY AND REFRIGERATION CONTROLS SERVICES AGREEMENT

Agreement No. HXCL-MS-2027-009

**Customer:** Wuhan Huaxin Cold-Chain Logistics Park Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China.

**Supplier:** Iron Peak Controls, LLC, 1050 North Main Street, Cedar City, Utah 84720, United States, acting in China through its wholly owned subsidiary Iron Peak Controls (Wuhan) Co., Ltd.

## Background

The Customer operates six cold-storage warehouses with ammonia and CO2 refrigeration plants, air handling units and building energy meters. The Customer wishes to outsource the remote monitoring, tuning and on-site maintenance of the refrigeration and energy control systems to the Supplier, so as to reduce energy use and keep storage temperatures within the limits required by its food and pharmaceutical customers.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition under Section 3 is complete.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Priority 1 Incident" means a loss of temperature control in any storage chamber, a refrigeration plant trip, or a loss of alarm monitoring for any warehouse.

1.5 "Customer Data" means all meter readings, temperature logs, alarm records, set-points and reports relating to the Customer's sites.

## Section 2 — Services

2.1 The Supplier shall provide the Services at the sites listed in Schedule 1 for the whole Term, using qualified refrigeration and controls engineers.

2.2 The Supplier shall operate a 24x7 remote monitoring centre, staffed in Chinese, and shall keep two resident engineers at the Wuhan park during business hours.

2.3 The Supplier shall submit a monthly service report showing incidents, response and restoration times, energy consumption per site against the baseline, temperature excursions, preventive maintenance completed and service credits due.

2.4 Each quarter the Supplier shall propose energy-saving measures, such as defrost scheduling, condenser pressure tuning and night set-back of ambient zones, with the expected savings. No change to a set-point in a pharmaceutical chamber may be made without the written approval of the Customer's quality manager.

## Section 3 — Transition and Service Acceptance

3.1 The Supplier shall complete the transition within sixty days after signature. Transition includes a survey of all control panels and meters, installation of the Supplier's secure monitoring gateways, connection of all alarm points, documentation of current set-points, and a joint handover from the Customer's current maintenance contractor.

3.2 The Customer shall confirm the Service Commencement Date in writing when: (a) every alarm point in Schedule 1 has been tested end to end from the sensor to the monitoring centre; (b) temperature logs for every chamber are received without gaps for fourteen consecutive days; (c) the energy baseline report for each site has been approved by the Customer; and (d) the runbooks and escalation lists have been delivered. Installation of gateways or the start of monitoring alone is not acceptance.

3.3 If the Service Commencement Date is delayed beyond sixty days after signature for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## Section 4 — Charges and Payment

4.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,152,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after the Service Commencement Date. No advance payment is due.

4.3 The Customer shall pay each undisputed invoice within thirty days after receipt of a valid VAT invoice from the Supplier's Wuhan subsidiary.

4.4 The charges are fixed for the Term and include all labour, travel, tools, monitoring software and gateway hardware. Spare parts for the Customer's plant are charged at cost plus a handling fee of 8%, subject to the Customer's prior approval of each order above CNY 5,000.

## Section 5 — Service Levels and Credits

5.1 The Supplier shall meet the service levels in Schedule 2.

5.2 If the Supplier misses a service level, the Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not limit the Customer's right to claim damages for losses caused by the Supplier's breach.

## Section 6 — Customer Data

6.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform the Services for the Customer and shall not use it for any other purpose, including benchmarking for other clients.

6.2 At the end of the Term the Supplier shall deliver all Customer Data to the Customer in a standard format.

## Section 7 — Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's client lists, storage volumes, site layouts and pricing, and the Supplier's methods and tools, and shall use it only for this Agreement.

7.2 This obligation continues for five years after the Agreement ends.

## Section 8 — Intellectual Property

8.1 The Supplier keeps ownership of its monitoring platform, gateway software and general know-how.

8.2 Control sequences, set-point schedules, site-specific energy models, runbooks and reports prepared for the Customer under this Agreement belong to the Customer, who may use and modify them freely and share them with any later service provider.

## Section 9 — Liability

9.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges for the Term.

9.2 This limit does not apply to personal injury, damage to stored goods caused by the Supplier's negligence, or wilful misconduct.

9.3 The Supplier shall maintain public liability insurance with an insurer licensed in China, with a limit of not less than CNY 10,000,000 per occurrence.

## Section 10 — Subcontracting

The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, other than to its Wuhan subsidiary named above.

## Section 11 — Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a new written agreement.

11.2 The Supplier may suspend the Services, after thirty days' written notice, if the Customer fails to pay undisputed charges that are more than sixty days overdue, and may terminate this Agreement if the failure continues for a further thirty days.

11.3 The Customer's remedies for failures in the Services are the service credits in Schedule 2 and damages subject to Section 9. The Customer may not terminate this Agreement before the end of the Term.

11.4 At the end of the Term the Supplier shall provide up to thirty days of handover assistance to the Customer or its new provider at no extra charge.

## Section 12 — Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 13 — General

13.1 Neither party is liable for delay caused by force majeure, provided it gives prompt notice.

13.2 Amendments must be in writing and signed by both parties.

## Schedule 1 — Sites and Scope

| Site | Plant and systems | Alarm points | Services |
|---|---|---|---|
| Warehouse A1 (frozen, minus 25 C) | ammonia plant, 4 compressors, 12 chambers | 96 | remote monitoring, tuning, quarterly maintenance |
| Warehouse A2 (frozen, minus 25 C) | ammonia plant, 3 compressors, 10 chambers | 80 | remote monitoring, tuning, quarterly maintenance |
| Warehouse B1 (chilled, 0 to 4 C) | CO2 cascade plant, 8 chambers | 64 | remote monitoring, tuning, quarterly maintenance |
| Warehouse B2 (pharmaceutical, 2 to 8 C) | CO2 plant, 6 chambers, validated logging | 72 | remote monitoring, monthly maintenance, mapping support |
| Warehouse C1 (ambient, 15 to 25 C) | air handling units, 5 zones | 28 | remote monitoring, half-yearly maintenance |
| Warehouse C2 (ambient, 15 to 25 C) | air handling units, 4 zones | 22 | remote monitoring, half-yearly maintenance |
| Park energy system | 46 electricity meters, 8 water meters | 54 | energy monitoring, monthly energy report |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Service credit |
|---|---|---|
| Priority 1 Incident response (remote) | within 30 minutes, 24x7 | CNY 1,000 per started hour of delay |
| Priority 1 Incident engineer on site | within 2 hours | CNY 2,000 per started hour of delay |
| Priority 2 Incident response | within 2 hours | CNY 300 per started hour of delay |
| Monitoring portal availability | 99.95% per month | 2% of the Monthly Service Charge per 0.1 point below target |
| Preventive maintenance completed on schedule | every visit in the plan | CNY 1,500 per missed visit |
| Monthly service report | by the 7th working day | CNY 500 per day late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement | 64,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| **Total charges for the Term** | | **2,152,000** |
"""

H1012E05 = """WEATHER DATA AND FORECAST API SUBSCRIPTION AGREEMENT

Agreement No. NXHS-DATA-2027-031

PARTIES

1.1 Ningxia Hongshan New Energy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yinchuan, Ningxia Hui Autonomous Region ("Customer").

1.2 Oquirrh Weather Analytics, Inc., a Utah corporation, with its principal office at 88 West Vine Street, Tooele, Utah 84074, United States ("Provider"), acting in China through its licensed local partner for hosting and billing as described below.

BACKGROUND

2.1 Customer operates eleven photovoltaic plants and four wind farms in Ningxia and Gansu and must submit day-ahead and intraday generation forecasts to the grid dispatch centre. Customer wishes to subscribe to Provider's numerical weather, irradiance and wind forecast data through an application programming interface ("API"), together with site-specific forecast calibration.

DEFINITIONS

3.1 "Data Service" means access to Provider's forecast and observation data sets through the API and the web console, as described in the Service Description below.

3.2 "Subscription Year" means each period of one year starting on the Go-Live Date or an anniversary of it. The subscription comprises two Subscription Years.

3.3 "Go-Live Date" means the date on which Customer confirms Onboarding Acceptance in writing.

3.4 "Customer Data" means site coordinates, equipment parameters, SCADA generation and meteorological mast data, and any other data provided by Customer, together with all forecasts produced specifically for Customer's sites.

3.5 "Priority 1 Incident" means a total failure of the API, or missing or stale day-ahead forecasts for any of Customer's sites.

SERVICE DESCRIPTION

4.1 Provider shall deliver through the API, for each of Customer's fifteen sites: hourly and fifteen-minute forecasts of global horizontal irradiance, temperature, hub-height wind speed and direction for the next ten days; intraday updates every fifteen minutes for the next six hours; and historical reanalysis data from 2010 onwards.

4.2 Provider shall calibrate site-specific forecast models for each site using Customer Data and shall deliver a monthly accuracy report for each site.

4.3 The subscription includes up to five million API calls per month. Additional calls are charged at CNY 0.02 per thousand calls and are invoiced monthly in arrears; such charges are not part of the subscription fees below.

ONBOARDING AND ACCEPTANCE

5.1 Provider shall complete onboarding within fifty days after the Effective Date. Onboarding includes set-up of API credentials, loading of site data, calibration of site models, integration support for Customer's forecasting system, and training of Customer's dispatch staff.

5.2 Onboarding Acceptance requires that: (a) forecasts for all fifteen sites are delivered through the API on schedule for twenty consecutive days; (b) the day-ahead forecast error for each site over that period, measured as normalised root mean square error, is no worse than the level stated for that site in the Service Description annex; (c) Customer's forecasting system imports the data without manual intervention; and (d) the web console and documentation are available in Chinese.

5.3 Customer shall confirm acceptance or give reasons for rejection within seven business days after Provider's written request. Issuing credentials or making test data available is not acceptance.

5.4 If Onboarding Acceptance is delayed beyond the period in 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

CUSTOMER OBLIGATIONS

6.1 Customer shall provide accurate site coordinates, equipment parameters and at least one year of historical SCADA generation data for each site before onboarding starts, and shall deliver live SCADA and mast data to Provider's ingestion endpoint every fifteen minutes during the subscription.

6.2 Customer shall keep its API credentials secure, shall use the Data Service only for its own generation forecasting, trading and operations, and shall not resell the raw data to third parties. Customer may share forecasts and reports derived from the Data Service with the grid dispatch centre, its regulators, its lenders and its affiliates.

6.3 If Customer's data feed is interrupted, Provider shall continue to deliver forecasts using the latest available data, and the accuracy levels in the Service Description annex shall not apply to the affected sites and days.

FEES AND PAYMENT

7.1 The fees are: onboarding fee, CNY 96,000 (one-time); subscription fee for Subscription Year 1, CNY 420,000; subscription fee for Subscription Year 2, CNY 420,000. The total fees under this Agreement are CNY 936,000.

7.2 Provider shall invoice the onboarding fee and the Subscription Year 1 fee together on the Effective Date. Customer shall pay that invoice within fifteen days, and Provider will issue production API credentials and start onboarding only after receiving payment.

7.3 Provider shall invoice the Subscription Year 2 fee at the start of Subscription Year 2, payable within thirty days.

7.4 Invoices shall be valid Chinese VAT invoices issued by Provider's local partner. Fees are fixed for both Subscription Years.

SERVICE LEVELS

8.1 Provider shall ensure that the API is available at least 99.95% of each calendar month, excluding scheduled maintenance of which Customer receives three days' notice and which is performed outside 06:00 to 22:00 Beijing time.

8.2 Provider shall operate a support desk at all times. Provider shall respond to a Priority 1 Incident within one hour and restore the Data Service or deliver backup forecasts within three hours. Other incidents receive a response within one business day.

8.3 If monthly availability falls below the level in 8.1, Customer receives a credit of 5% of the monthly portion of the subscription fee for each started 0.1 percentage point of shortfall. If a day-ahead forecast for any site is not delivered by the grid submission deadline because of Provider's failure, Customer receives a credit of CNY 2,000 for each site and day, and Provider shall also reimburse any assessment charged to Customer by the dispatch centre for that missing forecast.

DATA OWNERSHIP AND USE

9.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Data Service to Customer. Provider shall not use Customer Data, in any form, to train, calibrate or improve models or products for any other customer, and shall not sell, license or disclose it.

9.2 Within thirty days after the Agreement ends, Provider shall return Customer Data and delete all copies, and shall confirm the deletion in writing.

DATA SECURITY

10.1 The Data Service and all Customer Data are hosted on cloud servers in mainland China. Customer Data shall not be transferred outside mainland China. Provider's staff outside China have no access to Customer Data.

10.2 Provider shall apply encryption in transit and at rest, role-based access control with multi-factor authentication, and logging of all access to Customer Data, and shall comply with the PRC Cybersecurity Law, the Data Security Law and the rules on security of power monitoring systems.

10.3 Provider shall notify Customer of any security incident affecting Customer Data within six hours, take remedial action immediately, and be liable for losses caused by its breach of this section.

CONFIDENTIALITY

11.1 Each party shall keep confidential all non-public information received from the other party, including Customer's generation data, plant performance and commercial terms, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

INTELLECTUAL PROPERTY

12.1 Provider retains all rights in its global forecast models, data sets, API and software.

12.2 The site-specific model configurations, calibration parameters, accuracy reports and dashboards created for Customer's sites under this Agreement belong to Customer. Customer may use, modify and share them with its other service providers without restriction.

LIABILITY

13.1 Provider's total liability arising out of or in connection with this Agreement, in any year, is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

13.2 The limit in 13.1 does not apply to breach of the sections on data security or confidentiality, or to wilful misconduct.

SUBCONTRACTING

14.1 Provider shall not subcontract any part of the Data Service without Customer's prior written consent. Customer approves, on signature, Provider's local partner for hosting and billing named in the Order Annex. Provider remains responsible for that partner.

TERM, RENEWAL AND TERMINATION

15.1 This Agreement starts on the Effective Date and ends at the end of Subscription Year 2. It does not renew automatically. Any renewal requires a new written agreement, including any change in fees.

15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice.

15.3 If Customer terminates under 15.2, Provider shall refund the unused portion of the subscription fees paid.

GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The arbitration shall be conducted in Chinese.

GENERAL

17.1 Neither party is liable for failure caused by force majeure, except that Provider shall maintain a backup data centre and backup forecast process so that a failure of one facility does not interrupt the Data Service.

17.2 This Agreement, with its Service Description annex and Order Annex, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

17.3 This Agreement is executed in English and Chinese. Both versions have equal force.

SIGNATURES

For Customer: ____________________          For Provider: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "z01": ("h1012z01_notary_booking_platform.pdf", "pdf", H1012Z01),
    "z02": ("h1012z02_robot_vacuum_line_control_retrofit.docx", "docx", H1012Z02),
    "z03": ("h1012z03_bakery_chain_booking_membership_saas.txt", "txt", H1012Z03),
    "z04": ("h1012z04_overload_enforcement_system_om_service.txt", "txt", H1012Z04),
    "z05": ("h1012z05_steelyard_studio_process_tracking_supplier_template.md", "md", H1012Z05),
    "e01": ("h1012e01_cement_cmms_perpetual_licence_colorado_vendor.pdf", "pdf", H1012E01),
    "e02": ("h1012e02_dairy_traceability_saas_order_form.md", "md", H1012E02),
    "e03": ("h1012e03_grain_depot_sensors_monitoring_licence.docx", "docx", H1012E03),
    "e04": ("h1012e04_cold_chain_managed_controls_services.md", "md", H1012E04),
    "e05": ("h1012e05_weather_forecast_api_subscription.txt", "txt", H1012E05),
}

# ---------------------------------------------------------------- labels (design)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def T(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


# value, category, terms, extra flags (sla_clause, ld_stated, capped or None for services, deemed),
# TCO inputs (fee base, warranty months) for goods, design rule list
DESIGN = {
    "z01": (1280000, "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
              "PRC", G), (True, True, True, False), (680000, 24), []),
    "z02": (2180000, "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, True,
              "PRC", G), (True, True, True, False), (1820000, 18),
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": (770000, "cloud",
            T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True,
              False, "PRC", S), (True, True, None, False), None, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": (1168000, "services",
            T(None, 1, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
              False, "PRC", S), (True, True, None, False), None, ["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "z05": (178000, "software",
            T(None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6, None, False, True,
              None, None, G), (False, False, False, True), (68000, 6),
            ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": (1720000, "software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False,
              "Colorado", G), (True, True, True, False), (1140000, 24), ["CR-GOVERNING-LAW"]),
    "e02": (1060000, "cloud",
            T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1060000 * 100, 150, None, True, None, None, None,
              True, True, True, "PRC", S), (True, True, None, False), None, ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
    "e03": (2390000, "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False,
              "PRC", G), (True, True, True, False), (2110000, 36), []),
    "e04": (2152000, "services",
            T(99.95, 0.5, True, "buyer", False, True, True, 1800 / 2152000 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", S), (True, True, None, False), None,
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": (936000, "cloud",
            T(99.95, 1, True, "buyer", True, True, True, 700 / 936000 * 100, 6 / 24 * 100, 516000 / 936000 * 100,
              True, None, None, None, False, True, False, "PRC", S), (True, True, None, False), None,
            ["CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
                 "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# policy §3 thresholds (defaults)
TH = {"availability": 99.9, "p1_hours": 4, "ld_per_day": 0.05, "cap": 100, "prepay": 30, "warranty": 12,
      "pwf": 15, "tco_share": 40}


def tco_share(key):
    value, _, t, _, tco, _ = DESIGN[key]
    base, war = tco
    years_after = max(0.0, 5 - war / 12)
    fees = years_after * base * t["post_warranty_fee_pct"] / 100
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3, applied to the labels."""
    value, _, t, (sla, ld_stated, capped, deemed), tco, _ = DESIGN[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_per_day"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and tco_share(key) > TH["tco_share"]:
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


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    value, category, t, (sla, ld_stated, capped, deemed), _, design = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    name = TARGETS[key][0]
    return {"file": name, "language": "zh" if key[0] == "z" else "en", "category": category,
            "expected_terms": dict(t), "expected_extra": extra, "expected_rules": sorted(design)}


# ---------------------------------------------------------------- reading back
def read_back(name):
    p = OUT / name
    if p.suffix == ".docx":
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


# ---------------------------------------------------------------- threshold scan
ZN = "一二三四五六七八九十点"
TH_PATTERNS = [
    r"99\.9(?!\d)", "百分之九十九点九(?![%s])" % ZN,
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    "(?<![十\\d])四个?小时",
    r"(?<![\d.])0?\.05\s*%", "万分之五(?![十%s])" % ZN, "千分之零点五",
    r"(?<![\d.])100\s*%", "百分之百", "百分之一百", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])30\s*%", "百分之三十(?![%s])" % ZN, r"\bthirty\s+per\s*cent", "三成",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|月份)", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    "(?<![十\\d])十二个月",
    r"(?<![\d.])15\s*%", "百分之十五(?![%s])" % ZN, r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40\s*%", "百分之四十(?![%s])" % ZN, r"\bforty\s+per\s*cent",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4 hours", "4小时", "四小时", "4-hour", "four hours", "99.9%", "99.9 %",
            "0.05%", "万分之五", "100%", "百分之百", "12 months", "12-month", "十二个月", "12个月", "twelve months",
            "15%", "百分之十五", "40%", "百分之四十", "forty percent", "百分之九十九点九"]
MUST_MISS = ["130%", "0.30%", "24 hours", "二十四小时", "24小时", "99.95%", "99.5%", "0.08%", "150%", "112 months",
             "215%", "140%", "1.15%", "14 hours", "4.5 hours", "万分之五十", "百分之四十五", "百分之十五点五",
             "200%", "36 months", "六个月", "0 to 4 C", "四十家门店", "十五日"]


def scan_self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- build and check
def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    for key in TARGETS:
        stem = TARGETS[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")


def check():
    scan_self_test()
    covered = set()
    for key, (name, kind, src) in TARGETS.items():
        value, category, t, flags, tco, design = DESIGN[key]
        lab = json.loads((OUT / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert list(lab["expected_terms"]) == TERM_KEYS
        got = derive(key)
        assert got == sorted(design), (key, got, sorted(design))
        assert risk(got) == EXPECTED_RISK[key], (key, risk(got))
        covered |= set(got)
        # label values never on a threshold
        v = t
        assert v["availability_pct"] != TH["availability"] and v["p1_response_hours"] != TH["p1_hours"]
        assert v["ld_rate_per_day_pct"] is None or abs(v["ld_rate_per_day_pct"] - TH["ld_per_day"]) > 1e-9
        assert v["liability_cap_pct"] != TH["cap"] and v["prepayment_pct"] != TH["prepay"]
        assert v["warranty_months"] != TH["warranty"] and v["post_warranty_fee_pct"] != TH["pwf"]
        share = None
        if tco and t["post_warranty_fee_pct"] is not None and flags[2]:
            share = tco_share(key)
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        text = read_back(name)
        hits = scan(text)
        assert not hits, (key, hits)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        print("%s %-66s %5d %s%s risk=%s" % (key, name, n, ",".join(x[3:] for x in got) or "(none)",
                                             "" if share is None else " tco=%.2f%%" % share, risk(got)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # price sums stated in the texts
    assert 680000 + 492000 + 86000 + 22000 == 1280000
    assert 708000 + 426000 + 386000 + 60000 + 240000 == 1820000 and 1820000 + 196000 + 142000 + 22000 == 2180000
    assert 6 * 118000 == 708000 and 4 * 96500 == 386000 and round(1820000 * 0.28) == 509600
    assert 40 * 6800 == 272000 and 2 * (272000 + 58000) + 96000 + 14000 == 770000
    assert 456000 + 312000 + 268000 + 132000 == 1168000
    assert 68000 + 92000 + 13000 + 5000 == 178000 and 178000 * 65 // 100 == 115700 and 178000 * 35 // 100 == 62300
    assert 1140000 + 420000 + 126000 + 34000 == 1720000 and 1140000 * 9 // 100 == 102600
    assert 2 * 486000 + 88000 == 1060000 and 486000 // 4 == 121500
    assert 960 * 1150 == 1104000 and 48 * 8600 == 412800 and 96 * 3200 == 307200
    assert 1104000 + 412800 + 307200 + 286000 == 2110000 and 2110000 + 168000 + 94000 + 18000 == 2390000
    assert 2110000 * 7 // 100 == 147700 and 10 + 55 + 35 == 100 and 20 + 45 + 35 == 100 and 10 + 35 + 50 + 5 == 100
    assert 58000 * 36 == 2088000 and 2088000 + 64000 == 2152000
    assert 96000 + 2 * 420000 == 936000
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    build()
    check()
