"""holdout1157: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf
through ../word_pdf.py (markup T:/H:/P:/TB:, PDFs word-wrapped).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:溪州市招商引资项目管理平台采购合同
P:合同编号：XZTC-2026-ZC-0417　采购项目编号：XZCG2026-114（公开招标）
P:甲方（采购人）：溪州市投资促进局
P:乙方（供应商）：杭州启衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就招商引资项目管理平台的软件许可及定制开发事宜订立本合同。招标文件、投标文件、澄清材料及需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“招商引资项目管理平台”标准软件的永久使用许可，含项目库、客商库、线索管理、签约跟踪、要素保障和统计分析六个模块，不限用户数和终端数。
P:1.2 乙方按甲方需求完成定制开发，包括：重点项目“一项目一档案”全流程跟踪、与市投资项目在线审批监管平台及市场主体登记系统的数据接口、领导驾驶舱和移动端小程序。
P:1.3 乙方负责平台在甲方政务云资源上的部署、历史项目数据迁移（约6,800条项目记录及其附件）以及操作培训。
P:1.4 本项目交付物包括：平台软件安装介质及授权文件、定制开发源代码、数据库设计说明书、接口规范、用户手册、运维手册、培训教材及验收报告。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），为固定总价，已包含完成本项目所需的全部费用和税费，甲方不再另行支付其他费用。
P:2.2 分项价格：平台软件许可费¥860,000；定制开发费¥620,000；部署实施及数据迁移费¥148,000；培训费¥32,000。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%（¥332,000）作为预付款。
P:3.2 平台通过初步验收并上线试运行后十个工作日内，甲方支付合同总价的45%（¥747,000）。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%（¥581,000）。
P:3.4 甲方按财政国库集中支付程序付款，乙方应在每次付款前提供合法有效的发票。
P:3.5 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后二十日内完成标准平台部署，一百二十日内完成全部定制开发和数据迁移并提交初步验收申请。
P:4.2 乙方应按甲方确认的实施计划推进工作，每两周提交书面进度报告，重大事项随时报告。
P:4.3 乙方应派驻不少于5人的项目团队驻场实施，项目经理须具有同类政务平台实施经验，未经甲方书面同意不得更换；甲方有权要求乙方更换不称职人员。
H:第五条 验收
P:5.1 初步验收标准：各项功能与招标文件技术要求及需求规格说明书逐项相符；各数据接口每日同步准确，连续十日无失败记录；在300个并发用户下普通页面响应时间不超过2秒、统计查询不超过5秒；迁移数据经全量比对无遗漏、无错位；平台通过第三方安全测评，无高危漏洞。
P:5.2 初步验收合格后试运行六十日，期间未发生一级故障且遗留问题全部关闭的，甲方组织最终验收，并可邀请行业专家参加，验收结论以书面形式出具。
P:5.3 平台部署、上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和7×24小时技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台软件许可费的9%（即每年不超过¥77,400）。该价格在质保期满后三年内保持不变，运维合同由双方另行书面签订，不自动续期。
P:6.3 质保期内乙方每季度提供一次巡检服务并出具巡检报告，并根据国家及省级政策调整对平台统计口径进行免费适配。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划维护时间除外；计划维护须提前三个工作日告知甲方，并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应、2小时内到场或远程处置、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中修复。
P:7.3 一级故障响应每迟延一小时，乙方向甲方支付服务违约金800元；月可用率每低于承诺值0.01个百分点，乙方支付服务违约金1,000元。甲方可从应付款项或履约保证金中直接扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的项目信息、企业及客商信息、洽谈记录和统计数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护二级的要求，运维操作一律经堡垒机进行并留存日志，不得将数据复制至政务云以外的任何介质。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或运维服务结束时，乙方应将全部数据完整移交甲方，并删除其留存的任何副本，出具书面确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方招商项目、投资意向、谈判条件等未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权仍归乙方所有，甲方获得永久、不可撤销的使用许可。
P:10.2 定制开发的功能模块、接口程序、驾驶舱、小程序及其源代码和技术文档的知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用和再开发。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:11.3 乙方提供的定制功能侵犯第三方知识产权的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十二条 分包
P:12.1 乙方不得将本项目的任何部分分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议由双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:15.3 本合同未尽事宜，双方可签订补充协议；补充协议不得违背招标文件及投标文件的实质性内容。
P:甲方（盖章）：溪州市投资促进局　　乙方（盖章）：杭州启衡数智科技有限公司
P:签订日期：2026年12月　日
"""

Z02 = """T:压滤机生产线电气控制系统改造合同
P:合同编号：HYYL-JG-2026-086
P:甲方（买方）：湖州恒屹电动压滤机制造有限公司
P:乙方（卖方）：常州瑞控自动化工程有限公司
P:甲方拟对其板框压滤机装配线及滤板注塑线共六条生产线的电气控制系统进行改造，乙方按本合同提供设备、软件及改造服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 更换六条生产线的PLC控制柜及伺服驱动系统，加装工业触摸屏和数据采集网关，实现液压保压、拉板、翻板等工序的自动控制。
P:1.2 提供产线监控软件许可一套，定制开发工序联锁程序、设备报警推送和与甲方现有MES系统的数据接口。
P:1.3 完成拆旧、安装、接线、调试、试生产配合及操作维护培训。改造须分线进行，每条产线停产时间不得超过五日。
P:1.4 乙方提供的设备须为全新原厂正品，PLC、伺服及触摸屏品牌与投标技术方案一致，不得擅自替换；确需替换的，须经甲方书面确认且性能不低于原方案。
P:1.5 改造后的产线应符合国家电气安全标准和甲方《设备电气安装规范》的要求，并保留原手动操作模式作为应急备用。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含税，含运输、保险、安装调试及培训费用。上述价格为固定价格，合同履行期间不因原材料或人工成本变化而调整。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含程序）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|12套|26,500|318,000
TB:3|工业触摸屏|6台|8,800|52,800
TB:4|数据采集网关|6台|12,200|73,200
TB:5|产线监控软件许可（永久）|1套|256,000|256,000
TB:|软硬件小计|||1,288,000
TB:6|拆旧、安装及调试|1项|186,000|186,000
TB:7|联锁程序及接口定制开发|1项|142,000|142,000
TB:8|操作维护培训|1项|24,000|24,000
TB:|合同总价|||1,640,000
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的20%（¥328,000）作为预付款。
P:3.2 全部设备到货并经甲方清点签收后十五日内，甲方支付合同总价的35%（¥574,000）。到货签收仅确认数量和外观，不视为验收。
P:3.3 六条产线全部改造完成并通过最终验收后十五日内，甲方支付合同总价的45%（¥738,000）。
P:3.4 每次付款前，乙方应开具等额的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，九十日内完成六条产线的改造调试并提交验收申请。
P:4.2 因甲方原因推迟停产窗口的，工期相应顺延。乙方应配合甲方做好改造期间的生产排程调整。
P:4.3 乙方应在每条产线停产前三日提交施工方案和安全措施，经甲方设备部确认后方可施工；施工期间遵守甲方厂区安全管理制度，动火、登高作业须办理审批。
P:4.4 乙方应在最终验收前提交电气原理图、接线图、PLC程序清单、参数表、操作及维护手册各两套，并提供电子版。
H:第五条 验收
P:5.1 每条产线调试完成后连续试生产七日，压滤机装配节拍不低于改造前水平，液压保压精度±0.3MPa，急停及安全联锁全部测试有效，设备数据上传MES准确无误，视为该线初验合格。
P:5.2 六条产线全部初验合格并稳定运行三十日后，由甲方设备部、生产部和质量部共同进行最终验收，出具书面验收报告。
P:5.3 设备到货、安装通电或投入试生产，均不视为验收合格。
P:5.4 任一产线初验不合格的，乙方应在五日内整改并重新试生产，试生产期间耗用的原材料损失由乙方承担。
H:第六条 质保与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内因设备或软件质量问题产生的维修、更换及程序修改由乙方免费负责。
P:6.2 产线停机类故障（一级故障），乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；其他故障2小时内响应，48小时内处理完毕。故障处理完毕后，乙方应提交故障分析报告。
P:6.3 一级故障响应或到场每迟延一小时，乙方向甲方支付违约金500元，甲方可从质保金或应付款中扣除。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的10%，即每年¥128,800。该费用在质保期满后三年内固定不变，维保合同按年度另行签订，由甲方决定是否续签。
P:6.5 质保期内，乙方每半年对六条产线进行一次预防性维护，检查伺服系统、液压控制回路及网关通信状态，并出具巡检报告。
P:6.6 乙方设立7×24小时服务热线并指定售后负责人；乙方承诺在设备停产后至少八年内持续供应主要备件，备件价格不高于本合同同类单价。
H:第七条 数据与保密
P:7.1 产线运行数据、工艺参数、报警记录及MES接口数据均属甲方所有，乙方不得用于本合同以外的任何用途。
P:7.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN和账号进行，操作留有日志；乙方不得擅自下载、拷贝甲方数据。发生数据泄露或被篡改的，乙方应在2小时内通知甲方并承担由此造成的损失。
P:7.3 双方对在履约中获悉的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。
P:7.4 合同终止后，乙方应交还或销毁其持有的甲方数据和技术资料，并书面确认。
H:第八条 知识产权
P:8.1 产线监控软件的著作权归乙方，甲方获得永久使用许可。
P:8.2 为本项目定制开发的联锁程序、PLC程序、报警推送及MES接口程序的知识产权归甲方，乙方应交付源程序和注释文档，甲方可自行修改和使用。
P:8.3 乙方应向甲方提供监控软件的授权文件，授权不限制甲方在本厂区内增加客户端数量。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 因乙方原因导致甲方停产超出约定时间的，乙方应赔偿甲方的直接损失。
P:9.3 乙方提供的设备或软件侵犯第三方知识产权的，由乙方负责处理并赔偿甲方由此遭受的全部损失。
H:第十条 分包
P:10.1 电气安装、桥架敷设等现场施工，乙方可交由其合作的安装单位实施，但应提前五个工作日书面告知甲方，并对施工质量和安全承担责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.2 乙方交付的设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应拆除设备、恢复原状并退还全部已付款项。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:13.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并在十日内提供证明，履行期限相应顺延。
P:13.3 技术协议、设备清单及施工方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：湖州恒屹电动压滤机制造有限公司　　乙方（盖章）：常州瑞控自动化工程有限公司
"""

Z03 = """门店预约与会员管理系统服务合同

合同编号：HYJ-SaaS-2026-031

甲方（客户）：成都花屿间花艺连锁有限公司
乙方（服务商）：上海栖云软件服务有限公司

甲方在成都、重庆两地经营36家鲜花门店，拟采用乙方的“花开有约”门店预约与会员管理云服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方36家门店提供门店预约、花礼订单、会员积分与储值、营销券、库存提醒和经营报表等云端功能，每店开通5个员工账号。
2. 乙方同时提供微信小程序端，供顾客在线预约花艺课程、预订花礼和查询积分。
3. 系统支持门店员工按角色分配权限，总部可查看全部门店的经营数据，门店仅可查看本店数据。
（二）实施服务
1. 乙方负责系统初始化配置、门店及商品资料导入、原会员系统约4.2万条会员数据（含积分和储值余额）迁移。
2. 乙方负责与甲方收银系统及外卖平台订单接口的对接，并为店长和店员提供培训。
3. 乙方负责编制系统操作手册和门店常见问题处理指引，并在上线前交付甲方。
（三）培训与支持
1. 乙方为每家门店店长和店员提供线上培训，并在甲方总部开展两次集中培训。
2. 服务期内乙方指定专属客户成功经理，每季度回访一次，提出使用改进建议。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日开始。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，并提前十五日通知甲方。
（三）续期年度的服务内容和服务水平与本合同相同。

三、费用及支付
（一）订阅费按每店每个服务年度4,800元计收，36家门店每个服务年度合计172,800元，两个服务年度合计345,600元。
（二）实施费为一次性费用68,000元。
（三）合同总价为人民币413,600元（含税）。
（四）本合同不设预付款。实施费在上线验收合格后十五日内支付；每个服务年度的订阅费在该服务年度开始后十五日内支付。
（五）服务期内甲方增开门店的，按每店每个服务年度4,800元的单价按月折算增收，关店的相应减收。
（六）甲方支付的费用，乙方应在收款后七个工作日内开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）验收标准：
1. 合同约定的全部功能可正常使用，36家门店账号均已开通；
2. 会员数据迁移后逐条核对，会员数、积分和储值余额与原系统完全一致；
3. 收银及外卖平台订单在5分钟内同步到系统，连续七日无遗漏；
4. 小程序预约下单在200人同时在线时页面响应不超过3秒；
5. 系统权限设置、储值核销和对账报表经甲方财务部门测试无误。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。不合格的，乙方整改后重新验收。门店试用不视为验收合格。
（四）验收合格后，双方签署上线验收单，服务期自验收单签署之日起算。

五、服务水平
（一）系统月可用率不低于99.5%，计划维护须安排在每日凌晨1点至6点之间并提前通知甲方。
（二）故障分级与响应：一级故障（系统无法登录、无法收银或会员储值异常）30分钟内响应，3小时内恢复；二级故障（部分门店无法预约或小程序部分功能不可用）2小时内响应，当日解决；一般问题在下一个工作日内答复。
（三）月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的3%给予服务抵扣；一级故障超时未恢复的，每超过一小时另抵扣当月订阅费的1%。单月抵扣合计不超过当月订阅费的一半，抵扣额在下一期订阅费中扣减。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况和抵扣金额。
（五）乙方进行版本升级应提前三个工作日通知甲方，重大功能调整应征得甲方同意，且不得降低已有功能。

六、数据安全与数据使用
（一）甲方录入及系统产生的会员信息、订单、储值和经营数据归甲方所有。
（二）系统部署于境内云计算服务商的数据中心，乙方对会员个人信息加密存储，按最小权限管理账号，保留访问日志不少于六个月，系统已通过网络安全等级保护二级测评。
（三）发生数据泄露或丢失的，乙方应在12小时内通知甲方，采取补救措施，并对因乙方原因造成的损失承担赔偿责任。
（四）甲方同意，乙方可以对甲方数据进行去标识化和汇总处理后，用于改进产品功能、训练销售预测模型及编制花卉零售行业分析报告，该使用权在合同终止后继续有效。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除系统中的甲方数据。
（六）乙方应配合甲方完成个人信息保护合规工作，小程序隐私政策由双方共同确认；顾客申请删除个人信息的，乙方应在十五个工作日内处理。
（七）乙方对其使用的云计算服务商承担管理责任，更换云服务商或数据存储地点须事先征得甲方书面同意，数据不得存储于境外。

七、保密
双方对在合作中获知的对方商业信息、价格、顾客资料和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方员工及其聘用人员应遵守本条规定，乙方对其违反保密义务的行为承担责任。

八、知识产权
（一）系统平台及其源代码的知识产权归乙方所有。
（二）为甲方专门设计的小程序页面、会员等级规则配置、报表模板及接口配置文件归甲方所有，甲方可自行或委托他人修改使用。
（三）乙方保证其提供的系统及服务不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期支付费用超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务，但不得删除甲方数据。
（四）因乙方原因导致会员储值或积分数据错误的，乙方应在一个工作日内更正，并赔偿甲方因此向顾客支付的补偿。

十、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务部分的费用。
（二）系统连续两个月未达到服务水平承诺的，甲方可解除合同。
（三）合同解除或终止后，乙方应按本合同六（五）的约定交付和删除数据，并提供不少于三十日的过渡期服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方住所地人民法院起诉。争议解决期间，双方应继续履行本合同中无争议的部分。

十三、其他
本合同附件包括功能清单、实施计划和服务水平说明，附件与本合同具有同等效力。未尽事宜，双方另行协商并签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都花屿间花艺连锁有限公司
乙方（盖章）：上海栖云软件服务有限公司
"""

Z04 = """公共自行车管理系统年度运维服务合同

合同编号：LJCG-2026-CS-0209
采购方式：竞争性磋商

甲方（采购人）：临江市城市管理局
乙方（供应商）：江苏骑迹智能科技有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市公共自行车管理系统2027年度运维服务订立本合同。

第一章 服务内容与期限
第一条 运维范围：全市公共自行车管理平台（含调度中心软件、会员及计费系统、手机APP和微信小程序）、612个站点的锁止器和站点控制器、约9,500辆自行车的车载智能锁，以及调度中心机房的服务器和网络设备。调度中心位于临江市城市管理综合指挥中心三楼。服务期内新增站点纳入运维范围的，费用由双方另行签订补充协议约定。
第二条 服务内容：平台日常巡检与监控、故障处理、软件缺陷修复和小版本升级、站点设备维修及更换、车辆调度数据分析、每季度一次全量数据备份恢复演练，以及节假日保障。此外，乙方还应配合甲方完成等级保护测评整改、汛期前站点供电和防水专项检查，并为车辆投放与回收调度提供支持。
第三条 服务期限：2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期。服务期满后甲方将依法重新组织采购。

第二章 服务费用与支付
第四条 本合同年度运维服务费为人民币玖拾陆万捌仟元整（¥968,000），为固定总价，含人工、备品备件、差旅及税费。
第五条 服务费按季度支付，每季度¥242,000。每季度结束后，甲方根据第十条的季度考核结果确认服务完成情况，并在收到发票后十五个工作日内支付该季度费用。本合同不设预付款。乙方开具发票时应注明服务季度；甲方付款因财政资金拨付原因延迟的，乙方不得因此停止服务。

第三章 服务要求
第六条 乙方应在服务期开始前完成交接，并组建不少于8人的驻场运维团队，其中项目经理1名、平台工程师2名、设备维修人员5名，人员名单经甲方确认后不得随意更换。项目经理应每周参加甲方组织的工作例会。驻场人员应持证上岗，设备维修人员须持有低压电工作业证。乙方应为驻场人员缴纳社会保险及意外伤害保险。
第七条 平台实行7×24小时监控，乙方每日提交运行日报，每月提交运维月报，内容包括故障统计、设备完好率、借还车成功率和调度建议。运行日报应于次日9时前发送至甲方指定邮箱。甲方可随时调阅监控系统和工单系统，乙方应提供只读账号。重大节假日和大型活动期间，乙方应按甲方要求增派人员现场值守。
第八条 故障分级及处理时限：
（一）一级故障：平台或计费系统整体中断，或超过50个站点无法借还车。乙方应在30分钟内响应，1小时内到场，6小时内恢复。
（二）二级故障：单个区域或10个以上站点无法借还车。乙方应在1小时内响应，当日恢复。
（三）三级故障：单个站点或单个锁止器故障。乙方应在24小时内修复。
（四）故障处理完毕后，乙方应在工单系统中记录故障原因、处理过程和恢复时间，一级故障须在两个工作日内提交书面分析报告。
第九条 乙方每月对全部站点巡检不少于一次，每日核查车辆智能锁离线情况，离线智能锁应在48小时内处理完毕。乙方应建立备品备件库，锁止器、站点控制器和车载智能锁的库存应满足日常更换需要。
第十条 甲方按季度对乙方进行考核，考核内容包括故障处理时效、设备完好率、巡检记录和投诉处理情况。考核采用百分制，由甲方城管信息中心具体实施。季度考核结果由甲方书面通报乙方，乙方应对扣分项提出整改措施并限期完成。考核结果作为甲方评价乙方履约情况和今后采购的参考，不与服务费挂钩，甲方不因考核结果扣减服务费。

第四章 交接与验收
第十一条 进场交接：乙方应于2026年12月20日前完成与原运维单位的交接，交接内容包括系统账号、源代码和配置文件、设备台账、备品备件及历史工单，双方签署交接确认单。交接中发现原系统存在的缺陷或设备损坏，乙方应书面列明，经甲方确认后不属于乙方责任。
第十二条 年度验收：服务期满后十五个工作日内，甲方组织年度验收。验收标准为：全年一级故障均在规定时限内恢复；每月巡检记录和智能锁离线处理记录完整并符合第九条要求；全部运维记录和月报完整；全年数据备份恢复演练四次均成功；服务期末系统及设备移交状态良好。验收结果以书面报告形式出具。服务期满时，乙方应向甲方或甲方指定的后续运维单位完成交接，移交全部账号、文档、源代码和备件台账，并提供不少于十五日的交接配合。

第五章 数据安全
第十三条 平台中的会员信息、骑行轨迹、交易记录和站点运营数据均属甲方所有，乙方仅可为履行本合同使用，不得用于其他用途。
第十四条 乙方应落实网络安全等级保护二级要求，运维人员实行实名账号和最小权限管理，所有运维操作经堡垒机进行并留存日志不少于六个月；不得在个人设备上存储会员个人信息。乙方应每季度开展一次漏洞扫描并及时修复高危漏洞；数据备份应至少保存两份，其中一份异地存放。甲方有权检查乙方的数据安全管理情况，乙方应予配合。
第十五条 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方，并按应急预案处置；乙方应每年组织一次数据安全应急演练；因乙方原因造成的，由乙方承担全部赔偿责任和相应的法律责任。

第六章 知识产权
第十六条 服务期内乙方为本系统编写的补丁程序、接口脚本、调度分析模型及运维文档归甲方所有，乙方应随月报一并提交。乙方在服务中使用的自有运维工具，其知识产权仍归乙方，但乙方应保证甲方在服务期满后能够独立维护本系统。

第七章 违约责任
第十七条 乙方未按第十一条约定时间完成进场交接的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
第十八条 乙方未经甲方同意更换驻场人员的，每人次支付违约金3,000元。
第十九条 乙方因运维不当造成设备损坏的，应负责修复或照价赔偿。乙方应为运维车辆和作业人员配备必要的安全防护用品。乙方人员在作业中造成人身伤害或第三方财产损失的，由乙方承担责任。

第八章 分包
第二十条 乙方不得将本合同项下的运维服务分包或转包。乙方不得以劳务派遣或挂靠等方式变相转包，驻场人员须为乙方正式员工。

第九章 合同解除
第二十一条 乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知乙方解除合同，并按实际服务期限结算费用；给甲方造成损失的，乙方应予赔偿。因政策调整导致项目取消的，甲方可提前三十日书面通知乙方终止合同，按实际服务期结算费用。

第十章 法律适用与争议解决
第二十二条 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，乙方应继续提供运维服务，不得以争议为由中断服务。

第十一章 其他
第二十三条 磋商文件、响应文件和成交通知书是本合同的组成部分。本合同未尽事宜，按政府采购相关规定执行。本合同附件：运维对象清单、驻场人员名单。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临江市城市管理局
乙方（盖章）：江苏骑迹智能科技有限公司
"""

Z05 = """# 琢玉坊工序追溯管理系统 软件许可及定制开发合同

**（乙方标准合同文本 YT-HT-2025 版）**

合同编号：YT-2026-1208

甲方：扬州琢玉坊玉雕工艺有限公司

乙方：苏州艺图信息技术有限公司

甲方因玉雕生产管理需要，购买乙方“艺图工坊”工序追溯管理系统（以下简称“系统”）的使用许可并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供系统标准版永久使用许可一套，包括原料入库、料石建档、设计审稿、开料、粗雕、细雕、抛光、质检、成品入库及出货等工序的登记和追溯功能，授权20个并发用户。系统支持电脑端和手持终端扫码操作。

1.2 乙方根据甲方需求进行定制开发，包括：料石“一石一码”二维码标签及扫码流转、大师作品证书生成与查询页面、工时计件工资统计报表。作品证书包括作品名称、料种、重量、尺寸、设计者、雕刻者及完成日期，顾客扫码即可查询。

1.4 系统运行环境：Windows Server 2019或以上版本、MySQL 8.0数据库；扫码终端采用安卓手持机，由甲方自行采购。

1.5 本合同不包括硬件设备、第三方软件及系统与甲方财务软件的对接，如有需要，双方另行签订协议。

1.3 乙方负责系统安装、基础资料初始化和操作培训。实施地点为甲方位于扬州市的生产车间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发 | 46,000 |
| 3 | 安装实施及培训 | 14,000 |
| | 合计 | 228,000 |

合同总价为人民币贰拾贰万捌仟元整（¥228,000），含税。上述价格不含服务器、扫码枪、标签打印机及标签耗材，乙方可代为采购，费用另计。甲方如需增加并发用户数，每增加5个并发用户，许可费增加18,000元。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥148,200。乙方收款后安排实施。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥79,800。

3.3 甲方未按期付款的，乙方有权暂停实施、维护和技术支持，由此造成的工期延误由甲方承担。

3.4 乙方收到款项后十五个工作日内开具增值税普通发票。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，预计六十个工作日内完成安装和定制开发。实际进度以双方沟通情况为准，因甲方需求变更、资料提供不及时等原因造成的延误，工期相应顺延。

4.2 系统安装在甲方自备的服务器上，甲方应按乙方要求提供服务器、网络和扫码设备。

4.3 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调。甲方应在乙方提出要求后三个工作日内提供所需资料，否则乙方有权顺延工期。

4.4 定制开发需求以双方确认的《需求确认单》为准，需求确认后甲方提出的修改视为需求变更，乙方可另行收费。

4.5 乙方向甲方交付系统安装程序、用户手册和操作培训视频，源代码不属于交付内容。系统上线前，乙方对甲方操作人员进行不超过两天的集中培训。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的新增需求，不影响验收结论，双方可另行协商开发费用。

5.3 甲方对系统有异议的，应在上线后五个工作日内书面提出，逾期未提出的，视为无异议。甲方在上线后使用系统的，即表示甲方认可系统功能符合合同约定。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信和远程方式提供技术支持，负责修复系统缺陷。

6.2 甲方反映的问题，乙方将在合理时间内尽快处理。因甲方操作不当、服务器或网络故障导致的问题，不属于免费维护范围。

6.3 免费维护期内，乙方每月可提供一次远程系统检查；现场服务按每人每天1,500元另行收费，差旅费由甲方承担。免费维护期内乙方提供不超过两次的小版本升级。

6.4 乙方对甲方自行安装的其他软件、病毒或硬件损坏导致的数据丢失不承担责任，甲方应自行做好数据备份和服务器安全防护。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，以保证系统正常使用及升级。年度维保费为软件许可费的25%，即每年¥42,000，于每个维保年度开始前一次性支付。

7.2 甲方未购买维保服务的，乙方不再提供任何技术支持和版本升级。

7.3 维保服务内容包括远程技术支持、系统缺陷修复、版本升级及每年一次巡检。乙方根据问题情况安排处理，不承诺具体的响应或修复时间。

7.4 维保费在免费维护期届满后三年内按本条标准执行。甲方中断维保后重新购买的，应补缴中断期间的维保费。

## 第八条 知识产权

8.1 系统及乙方为甲方定制开发的全部功能模块、二维码标签规则、证书页面、报表及其源代码、文档的知识产权均归乙方所有。

8.2 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或向第三方提供。甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

8.3 乙方有权将为甲方开发的功能纳入其产品标准版本，向其他客户销售。

## 第九条 数据安全

9.1 系统中录入的料石信息、作品图片、设计稿、客户订单和员工工时等数据归甲方所有，乙方仅为提供技术支持的目的访问，不作其他用途。

9.2 乙方远程维护须事先取得甲方同意，使用甲方分配的账号，并对访问过程留存记录；乙方人员离职时应交回远程访问账号；乙方应采取必要的安全措施防止数据泄露。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对本合同内容及履约中知悉的对方商业秘密、设计资料和技术信息负有保密义务，未经对方同意不得向第三方披露。乙方员工应遵守本条约定。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 因不可抗力、甲方服务器或第三方软件原因导致的系统故障或延误，乙方不承担责任。

11.3 乙方对甲方的间接损失、利润损失及数据恢复费用不承担责任。

## 第十二条 合同解除

任何一方严重违约，经守约方书面催告后二十日内仍未改正的，守约方有权书面通知对方解除合同。合同解除后，乙方应向甲方交付已完成的工作成果，甲方已支付的许可费不予退还。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.3 乙方可在其宣传材料和客户案例中使用甲方名称和标识。

14.4 双方通知以本合同首页载明的地址、电话或微信联系人为准，一方变更联系方式的，应及时通知对方。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：扬州琢玉坊玉雕工艺有限公司　　　乙方（盖章）：苏州艺图信息技术有限公司

签订日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. EVS-CN-2026-014
P:This Agreement is made between Jiaxing Hengrun Textile Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Exe Valley Systems Limited, a company registered in England with its registered office at Blundell's Road, Tiverton, Devon, United Kingdom (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system for its two weaving-machine plants, and the Vendor has offered its PlantWise CMMS software together with implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantWise CMMS product, version 9, in object code, with its documentation and the Updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-migration scripts, mobile forms and configuration files that the Vendor develops specifically for the Customer under Article 3.
P:1.3 "Customer Data" means all data that the Customer or its personnel enter into the Software or that the Software generates from the Customer's equipment, including asset registers, work orders, spare-part records and sensor readings.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China, for up to 150 named users and an unlimited number of assets, for the internal business purposes of the Customer and its wholly owned subsidiaries.
P:2.2 The licence becomes effective on delivery of the licence keys and is not terminated by the expiry of support. It may be ended only if the Customer uses the Software in material breach of this Article and fails to cure that breach within thirty days after written notice.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's maintenance processes, migrate approximately 11,000 asset records and eight years of work-order history, develop interfaces with the Customer's ERP system (materials master, purchase requisitions and cost centres) and with its machine-monitoring gateway, and provide training for administrators, planners and technicians.
P:3.2 The Vendor shall appoint a named project manager who speaks Mandarin and shall deliver the services through a team approved by the Customer.
P:3.3 The services shall be completed according to the project plan attached as Annex 2, with the Software ready for Provisional Acceptance testing no later than 120 days after the Effective Date.
H:Article 4 Prices
P:4.1 The total Contract Price is CNY 1,762,000, inclusive of all taxes, duties and expenses, and is made up as follows: perpetual Software licence CNY 1,120,000; configuration and data migration CNY 386,000; ERP and gateway interfaces CNY 214,000; training CNY 42,000.
P:4.2 The Contract Price is fixed. The Vendor shall not charge for travel, accommodation or additional days needed to complete the agreed scope.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price (CNY 176,200) within thirty days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Customer.
P:5.2 The Customer shall pay 55% of the Contract Price (CNY 969,100) within thirty days after Provisional Acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 616,700) within thirty days after Final Acceptance.
P:5.4 Payments shall be made in CNY by bank transfer to the account of the Vendor's representative office stated on the invoice. Each invoice shall be a valid Chinese tax invoice.
H:Article 6 Acceptance
P:6.1 Provisional Acceptance tests shall show that: every function listed in the functional specification works as described; the migrated asset and work-order records reconcile with the source data without loss or duplication; the ERP interfaces transfer requisitions and cost postings correctly for ten consecutive working days; and the system supports 80 concurrent users with screen response under three seconds.
P:6.2 Following Provisional Acceptance the Software shall run in production for sixty days. Final Acceptance is given when no Severity 1 defect has occurred during that period, all open defects of Severity 2 have been corrected and the Customer has received the complete documentation and the source code of the Custom Deliverables.
P:6.3 The Customer shall confirm each acceptance in a signed certificate within ten working days after successful tests. Installation, use of the Software in production or payment shall not by itself amount to acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for a period of eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply Updates and provide support free of charge.
P:7.2 Support requests are classified by severity. For Severity 1 (the system or a plant's work-order process is unavailable) the Vendor shall respond within one hour and provide a workaround or fix within eight hours. For Severity 2 the Vendor shall respond within two hours and fix within three working days. For Severity 3 the fix shall be included in the next Update.
P:7.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or from the support fee.
P:7.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the licence price, that is CNY 123,200 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered by a separate annual purchase order and does not renew automatically.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Software is installed in the Customer's data centre. The Vendor's remote access requires the Customer's approval for each session, is made through the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data caused through its personnel or tools, shall assist in containing it and shall be responsible for the resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation continues for five years after termination.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 All rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver their source code, and the Customer may use, modify and have third parties modify them without restriction.
P:10.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any damages awarded.
H:Article 11 Delay and Liability
P:11.1 If the Software is not ready for Provisional Acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds sixty days, the Customer may terminate this Agreement.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims under Article 10.3, wilful misconduct or personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement continues until the Warranty Period ends, and afterwards for as long as support is ordered.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice.
P:13.3 If the Customer terminates under Article 13.2 before Final Acceptance, the Vendor shall refund the amounts paid for the parts of the work that have not been accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of England and Wales.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.2 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# QualiTrace Cloud — Order Form and General Terms

Order Form No. CBS-OF-2026-0388

## PART A — ORDER FORM

### A1. Parties

**Provider:** Creedy Bridge Software Limited, a company registered in England, with its registered office at Market Street, Crediton, Devon, United Kingdom, acting in mainland China through its wholly owned subsidiary Creedy Bridge (Shanghai) Information Technology Co., Ltd., which issues invoices and receives payment.

**Customer:** Wuhu Jinlian Auto Parts Co., Ltd., Wuhu, Anhui Province, People's Republic of China.

### A2. Subscribed Service

QualiTrace Cloud, Enterprise edition: supplier quality management covering supplier onboarding and audits, PPAP submissions, incoming inspection, non-conformance reports, 8D problem solving, corrective-action tracking and supplier scorecards. The subscription covers up to 260 named Customer users, up to 900 supplier portal accounts and 500 GB of document storage.

### A3. Subscription Term

The Subscription Term is thirty-six (36) months, divided into three Subscription Years, and begins on the Service Commencement Date, which is the date of Go-Live Acceptance under A5. The Subscription Term ends at its expiry unless the parties sign a new Order Form. Nothing in this Order Form renews automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | annual | 486,000 |
| Subscription Fee, Subscription Year 2 | annual | 486,000 |
| Subscription Fee, Subscription Year 3 | annual | 486,000 |
| Onboarding Services (configuration, data import, ERP interface, training) | one-time | 96,000 |
| **Total Order Value** | | **1,554,000** |

All amounts include VAT. Fees are fixed for the Subscription Term. Additional users, if ordered, are charged at CNY 1,650 per user per Subscription Year, prorated by month.

### A5. Invoicing, Onboarding and Go-Live Acceptance

A5.1 The Onboarding Services fee is invoiced after Go-Live Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty (30) days of receipt. No amount is payable before Go-Live Acceptance.

A5.2 The Provider shall complete the Onboarding Services within ninety (90) days after the Order Date. They include the configuration of the Customer's inspection plans and approval workflows, the import of about 340 supplier records and three years of non-conformance history, an interface with the Customer's ERP system for purchase orders and goods receipts, and training for quality engineers and buyers.

A5.3 Go-Live Acceptance tests shall demonstrate that: each workflow listed in the Onboarding Plan runs end to end with the Customer's data; imported supplier and non-conformance records reconcile with the source files; goods receipts flow from the ERP system into incoming inspection within ten minutes for five consecutive working days; and pages load within three seconds for 100 concurrent users. The Customer shall sign a Go-Live Acceptance certificate within five working days after successful tests. Use of the Service for testing or training is not acceptance.

A5.4 If the Provider does not make the Service ready for Go-Live Acceptance testing within the period in A5.2 for reasons within its control, it shall pay the Customer CNY 1,200 for each day of delay, deducted from the Onboarding Services fee and later invoices.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

For the Provider: ____________________  Date: __________

For the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Order Form, these General Terms and the documentation.

1.2 The Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term. The Provider shall give the Customer at least ten days' notice of any change affecting the user interface or the ERP interface.

1.3 The Service is hosted in a cloud data centre in the Shanghai region of mainland China.

1.4 The Provider shall provide a separate sandbox environment, refreshed from production at the Customer's request up to four times per Subscription Year, so that the Customer can test configuration changes and new supplier workflows before using them in production.

### 2. Service Levels

2.1 The Provider shall ensure that the Service is available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Support incidents are handled as follows: Priority 1 (the Service is unavailable or data cannot be saved) — response within thirty (30) minutes and restoration within six hours, at any time; Priority 2 (a major function is impaired) — response within two hours during business hours and resolution within two business days; Priority 3 — response within one business day.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 incident is not restored within the stated time, the Customer receives an additional credit of 2% of the monthly equivalent for each further hour. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

2.4 The Provider shall publish monthly service reports to the Customer's administrators.

### 3. Customer Data

3.1 All data submitted to the Service by or for the Customer, including supplier information, inspection results, drawings and reports ("Customer Data"), belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, daily backups kept for thirty days and logging of all administrative access. The Service has completed MLPS level 2 filing and the Provider holds ISO/IEC 27001 certification.

3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, shall investigate and remedy it and shall bear the costs and losses caused by its own failure to comply with this section.

3.4 Within thirty days after the end of the Subscription Term the Provider shall return all Customer Data in a standard export format and then delete it, confirming the deletion in writing.

### 4. Confidentiality

4.1 Each party shall keep the other party's Confidential Information confidential, use it only for the purposes of this agreement and disclose it only to its employees, subcontractors and advisers who need to know it and are bound by duties of confidentiality no less protective than this section.

4.2 This section continues for three years after the end of the Subscription Term.

### 5. Intellectual Property

5.1 The Provider owns the Service and all related software and documentation. The Customer receives a right to use the Service during the Subscription Term.

5.2 Inspection templates, report layouts, workflow configurations and interface mappings created for the Customer during the Onboarding Services belong to the Customer, and the Customer may use, copy and modify them freely, including with another provider.

### 6. Subcontracting

6.1 The Provider may use its affiliates and third-party subcontractors, including hosting, support and implementation partners, to perform its obligations, by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for its subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

7.2 Each party's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to breach of section 3, breach of section 4, death or personal injury caused by negligence, or fraud.

### 8. Term and Termination

8.1 This agreement continues for the Subscription Term.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Customer may also terminate by written notice if monthly availability is below the level in 2.1 in any three months in a row.

8.3 If the Customer terminates under 8.2, the Provider shall refund the part of the Subscription Fee already paid that relates to the period after termination.

### 9. Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the addresses in A1.

10.2 Neither party may assign this agreement without the other party's written consent, except to a successor of its whole business.

10.3 This agreement is written in English. A Chinese translation may be prepared for convenience.

10.4 Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible. Force majeure does not excuse the Provider's obligations under section 3.

10.5 This agreement is the entire agreement between the parties about the Service and replaces any earlier quotations or proposals.
"""

E03 = """T:Supply Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. ZSBW-PUR-2026-057
P:Buyer: Zhoushan Bluewater Aquaculture Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Salcombe Estuary Instruments Ltd, a company registered in England, Embankment Road, Kingsbridge, Devon, United Kingdom (the "Supplier").
P:This contract is issued on the Buyer's standard purchasing terms for equipment and software. The Buyer operates sixty offshore net-pen and pond sites and is buying a water-quality monitoring system to watch dissolved oxygen, temperature, salinity and pH around the clock.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in clause 2, at the sixty sites named in Annex 1, and shall connect them to the Buyer's monitoring centre in Dinghai.
P:1.2 The Supplier shall install the monitoring software on the Buyer's servers, configure alarm thresholds for each species and site with the Buyer's farm managers, connect the software to the Buyer's SMS gateway and duty telephone system, and train the Buyer's staff.
P:1.3 All equipment shall be new, of the models stated in the Supplier's tender, rated for continuous immersion in seawater and supplied with calibration certificates.
P:1.4 The Supplier shall make spare parts and consumables for all equipment available for at least seven years after Final Acceptance, at prices no higher than the unit prices in this contract adjusted only for published changes in customs duty.
H:2. Price
P:2.1 The Contract Price is CNY 2,558,000, including VAT, customs duties, freight to site, insurance, installation and training. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sonde (DO, temperature, salinity, pH)|60|18,400|1,104,000
TB:2|Spare optical dissolved-oxygen probe|120|3,650|438,000
TB:3|Solar telemetry buoy with 4G modem|60|6,900|414,000
TB:4|Site gateway and antenna kit|8|11,500|92,000
TB:5|Monitoring software, perpetual licence, unlimited users|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||2,366,000
TB:6|Installation, calibration and commissioning|1|164,000|164,000
TB:7|Training of operators and technicians|1|28,000|28,000
TB:|Contract Price|||2,558,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange-rate movements.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 255,800) within thirty days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,406,900) within thirty days after the Installation Certificate has been signed for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 895,300) within thirty days after Final Acceptance.
P:3.4 The Supplier shall issue a valid Chinese VAT invoice, through its appointed agent in Ningbo, before each payment.
P:3.5 The advance-payment guarantee shall remain valid until the Installation Certificate has been signed for all sites and shall then be released.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse in Dinghai within seventy-five days after signature and shall complete installation at all sites within a further sixty days, following the sequence agreed with the Buyer's production department.
P:4.2 Installation at sea shall be carried out only in weather conditions approved by the Buyer's site manager. The Supplier shall follow the Buyer's marine safety rules and provide life jackets and insurance for its personnel.
P:4.3 Title and risk in the equipment pass to the Buyer on delivery to the Buyer's warehouse, except that the Supplier bears the risk of damage caused during installation.
P:4.4 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds forty-five days, the Buyer may terminate the contract under clause 12.
H:5. Acceptance
P:5.1 After installation at all sites, the system shall run for a trial period of thirty days. Final Acceptance shall be given when: every sonde reports to the monitoring centre at the configured interval and no site misses more than three consecutive readings during the trial period; dissolved-oxygen readings at ten sites chosen by the Buyer agree with a reference meter within 0.2 mg/L; low-oxygen alarms reach the duty telephone and SMS recipients within two minutes in a test at each site; and the Supplier has delivered the as-built documentation and calibration records.
P:5.2 The Buyer shall sign a Final Acceptance Certificate within ten working days after the criteria are met, or give written reasons for refusal. Delivery, installation, the start of the trial period or use of the system does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software against defects in materials, workmanship and design for twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including transport to and from site, and shall perform recalibration of each sonde every six months.
P:6.2 For Priority 1 faults (loss of readings or alarms at three or more sites, or failure of the monitoring software) the Supplier shall respond within one hour, by telephone or remote access, at any time of day, and restore service within twenty-four hours. For other faults the Supplier shall respond within eight working hours and repair within five working days.
P:6.3 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.5 During the warranty period the Supplier shall keep at least six spare sondes and four spare buoys in stock in Zhoushan so that faulty units can be exchanged without waiting for shipment from the United Kingdom.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support and calibration at a fee of 8% of the Equipment and Licence Subtotal, that is CNY 189,280 per year. This fee is fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Data
P:7.1 All readings, alarms, site information and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this contract.
P:7.2 The monitoring software and its database are hosted on the Buyer's servers in China. Telemetry is sent over an encrypted private network. The Supplier's remote access for support requires the Buyer's approval for each session, is logged and uses accounts issued by the Buyer.
P:7.3 The Supplier shall report any data breach or unauthorised access it becomes aware of within twelve hours and shall be responsible for damage caused by its own breach of this clause.
P:7.4 Names and telephone numbers of alarm recipients are personal information. The Supplier shall process them only for alarm configuration and in accordance with the Personal Information Protection Law. At the end of each support period the Supplier shall delete any copies of the Buyer's data held for diagnosis and confirm the deletion in writing.
H:8. Confidentiality
P:8.1 The Supplier shall keep confidential all information about the Buyer's sites, stocks, production volumes and prices, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the contract ends.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the monitoring software and the firmware in the equipment. The Buyer's licence is perpetual and irrevocable.
P:9.2 Site configurations, alarm rules, report templates and interface scripts prepared for the Buyer belong to the Buyer, which may use and modify them without restriction.
P:9.3 The Supplier shall defend and indemnify the Buyer against any claim that the equipment or software infringes the intellectual property rights of a third party.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors, including the local marine contractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or in the case described in clause 4.4.
P:12.2 On termination the Supplier shall refund amounts paid for items that have not been accepted, and the Buyer may keep and use installed equipment against a fair price.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.
H:14. General
P:14.1 Force majeure, including typhoons declared by the Zhoushan authorities, suspends the affected obligations for its duration, provided the affected party notifies the other promptly.
P:14.3 This contract is made in Chinese and English, and both versions are equally authentic. Notices shall be given in writing to the addresses stated above.
P:14.2 Annex 1 (Site List) and Annex 2 (Technical Specification) form part of this contract. In case of conflict, these terms prevail over the Supplier's tender.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. WG-MSA-CN-2026-07

**Customer:** Changzhou Wofeng Agricultural Machinery Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer").

**Supplier:** Wolds Gate Managed Services Limited, a company registered in England, with its registered office at Bridge Street, Horncastle, Lincolnshire, United Kingdom, acting through its branch in Suzhou Industrial Park ("Supplier").

## Background

The Customer manufactures tractors, harvesters and implements at three plants in Changzhou and Yancheng. It wishes to outsource the day-to-day operation of its IT infrastructure and service desk for a fixed period, and the Supplier has proposed the managed services described in Schedule 1.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Initial Term" means thirty-six (36) months from the Service Commencement Date.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 3.

1.4 "Customer Data" means all data of the Customer or its employees, dealers and customers that the Supplier handles in performing the Services, including device inventories, user accounts, tickets and system configurations.

## 2. Transition

2.1 The Supplier shall take over the Services from the Customer's internal IT team during a transition period of ninety (90) days from signature, following the Transition Plan agreed with the Customer's IT manager.

2.2 During transition the Supplier shall document all servers, network devices and applications in scope, set up its monitoring tools, take over the service desk telephone line and ticketing system, and shadow the Customer's staff for at least three weeks.

2.3 The Customer shall give the Supplier access to its sites, systems and documentation, and shall make its IT staff available to hand over knowledge.

## 3. Transition Acceptance

3.1 Transition Acceptance requires that: all configuration items in scope are recorded in the configuration management database and verified by joint sampling; monitoring covers every server and network device listed in Schedule 1; the service desk has handled live tickets for ten consecutive working days with the response times of Schedule 2 met; the disaster-recovery procedure for the ERP servers has been tested successfully once; and the operational runbooks have been approved by the Customer.

3.2 The Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met, or state in writing which criteria are not met. The Supplier shall then correct the shortfall and ask for a repeat test.

3.3 If Transition Acceptance is not achieved within the transition period for reasons attributable to the Supplier, the Supplier shall pay delay damages of CNY 1,500 for each day until it is achieved.

## 4. Service Delivery

4.1 The Supplier shall perform the Services with suitably qualified staff, including a service delivery manager based in Changzhou and on-site engineers at each plant during production shifts.

4.2 The Supplier shall meet the service levels in Schedule 2 and report its performance to the Customer monthly, with ticket statistics, availability figures, root-cause analyses for Priority 1 incidents and recommendations for improvement.

4.3 The parties shall hold a monthly service review and a quarterly governance meeting with senior representatives.

4.4 Changes to the scope of the Services shall be agreed in a written change note signed by both parties, stating the effect on the charges.

4.5 The Supplier shall keep the configuration management database current and shall give the Customer read access to it and to the ticketing system at all times.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Initial Term are CNY 2,212,000, including VAT.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within thirty (30) days. No charges are payable in advance.

5.3 Service Credits earned in a month are deducted from the invoice for the following month.

5.4 The charges are fixed for the Initial Term. The Supplier shall not charge for travel within Jiangsu Province.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Initial Term the Supplier shall hand over to the Customer or its new provider all Customer Data, configuration records and documentation in its possession.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business, technical and financial information received in connection with this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 The obligations in this clause continue for three years after this Agreement ends.

## 8. Intellectual Property

8.1 The Supplier retains ownership of its monitoring tools, methods and standard documentation.

8.2 The runbooks, network diagrams, scripts and configuration records prepared specifically for the Customer belong to the Customer, which may use, modify and pass them to any future provider without restriction.

## 9. Subcontracting and Personnel

9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for any approved subcontractor.

9.2 The Customer may require the Supplier to replace any member of its staff who does not follow the Customer's site rules.

9.3 Key personnel named in the Transition Plan shall not be replaced without reasonable prior notice to the Customer.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Supplier's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. This limit does not apply to personal injury, wilful misconduct or breach of clause 7.

## 11. Term and Ending of the Agreement

11.1 This Agreement begins on signature and continues until the end of the Initial Term. It does not renew automatically. The parties may extend it by a signed change note at the same charges.

11.2 This Agreement is a fixed-term commitment. Neither party may terminate it before the end of the Initial Term, except by mutual written agreement. The Customer's remedies for any failure of the Services are the Service Credits in Schedule 3, the delay damages in clause 3.3 and damages under clause 10.

11.3 At the end of the Initial Term the Supplier shall provide exit assistance for up to sixty days at the daily rates in Schedule 3, including knowledge transfer to the Customer's staff or new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that the parties cannot settle by negotiation within thirty days shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

13.2 This Agreement, with its Schedules, is the entire agreement between the parties. In case of conflict, the clauses prevail over the Schedules.

Signed for the Customer: ____________________  Signed for the Supplier: ____________________

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and English telephone, e-mail and portal support for about 1,150 users | 07:00–23:00, seven days |
| End-user devices | Installation, repair, imaging and asset tracking for about 980 PCs and 260 shop-floor terminals | Production shifts |
| Network | Monitoring and operation of core, distribution and access switches, Wi-Fi and firewalls at three plants | 24×7 monitoring |
| Servers and storage | Operation, patching and backup of 64 virtual servers, two storage arrays and the ERP database servers | 24×7 monitoring |
| Disaster recovery | Quarterly backup restore tests and an annual disaster-recovery exercise for the ERP system | Scheduled |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Priority 1 incident (plant production or ERP stopped) | response within 15 minutes, restoration within 3 hours |
| Priority 2 incident (a department or line affected) | response within 1 hour, restoration within 8 hours |
| Priority 3 incident (single user) | response within 2 hours, resolution within 2 business days |
| Core network availability per month | at least 99.95% |
| Service desk calls answered within 30 seconds | at least 90% |

## Schedule 3 — Charges and Service Credits

| Item | Amount |
|---|---|
| Transition Charge (one-time) | CNY 124,000 |
| Monthly Service Charge | CNY 58,000 per month |
| Monthly Service Charges for the Initial Term (36 months) | CNY 2,088,000 |
| Total charges for the Initial Term | CNY 2,212,000 |
| Service Credit: each Priority 1 incident not restored in time | 3% of the Monthly Service Charge |
| Service Credit: core network availability below target | 5% of the Monthly Service Charge for each started 0.1 percentage point below target |
| Maximum Service Credits per month | one third of the Monthly Service Charge |
| Exit assistance day rate | CNY 3,200 per engineer day |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. FAD-SUB-CN-2026-112

PARTIES

Fenland AgriData Limited, a company registered in England, with its registered office at Market Street, Spilsby, Lincolnshire, United Kingdom ("Provider").

Hefei Fengyuan Seed Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hefei, Anhui Province ("Customer").

BACKGROUND

The Provider operates a data platform that combines weather observations, satellite vegetation indices and crop-growth models and makes forecasts available through an application programming interface (API). The Customer breeds and sells rice, wheat and maize seed and wishes to use the data in its variety trials, its field advisory service for dealers and its production planning.

1. DEFINITIONS

1.1 "Data Products" means the datasets and forecasts listed in Schedule A, delivered through the API and the web dashboard.

1.2 "Subscription Year" means each consecutive annual period beginning on the Activation Date or on an anniversary of it. For clarity, the Subscription Term consists of two Subscription Years.

1.3 "Activation Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.

1.4 "Customer Data" means the trial-plot locations, sowing dates, yield records and other data that the Customer uploads to the platform, and the query history of its users.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data Products through the API and dashboard, to use them in its own business and to share derived maps and advisory notes with its dealers and growers.

2.2 The subscription covers up to 1,800 trial and seed-production plots in mainland China, up to two million API calls per month and 40 dashboard users.

2.3 The Customer shall not resell the raw Data Products to third parties.

2.4 The Provider shall give the Customer at least sixty days' notice before withdrawing any Data Product and shall offer an equivalent replacement at no extra charge.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee: CNY 428,000 for each Subscription Year, that is CNY 856,000 for the two Subscription Years;
(b) Integration Services fee (connection of the API to the Customer's trial-management system and dashboard configuration): CNY 54,000, one-time.
The total fees for the Subscription Term are CNY 910,000, including VAT.

3.2 The Integration Services fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. All invoices are payable within thirty (30) days. Nothing is payable before Integration Acceptance.

3.5 The Subscription Fee is fixed for the two Subscription Years of the Subscription Term.

3.3 API calls above the monthly allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears.

3.4 Invoices are issued in CNY by the Provider's agent in Shanghai, which issues Chinese VAT invoices.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall complete the Integration Services within sixty (60) days after signature.

4.2 Integration Acceptance tests shall show that: all Data Products in Schedule A are returned for a test set of 200 of the Customer's plots; forecast values in the Customer's trial-management system match the values served by the API for ten consecutive days; the dashboard shows the configured layers and alerts for each region; and the average API response time over a one-week test is below 800 milliseconds.

4.3 The Customer shall sign the Integration Acceptance certificate within five working days after successful tests or give written reasons for refusal. Access for testing is not acceptance.

4.4 If the Integration Services are not ready for acceptance testing within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay.

5. SERVICE LEVELS

5.1 The API and dashboard shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced seven days in advance.

5.2 Daily forecasts shall be published by 06:00 China Standard Time each day.

5.3 Severity 1 incidents (the API unavailable or returning wrong data for all plots) shall be responded to within two (2) hours at any time and resolved within eight hours. Severity 2 incidents shall be responded to within one business day.

5.5 The Provider shall send the Customer a monthly service report showing availability, forecast publication times and incidents.

5.4 If availability in a month falls below the level in clause 5.1, or daily forecasts are late on more than three days in a month, the Customer receives a credit of 10% of the monthly equivalent of the Subscription Fee for that month, and a further 10% for each additional full percentage point of shortfall in availability. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Products to the Customer and shall not use it for any other purpose, including the training of models offered to others.

6.2 Customer Data is stored in a data centre in mainland China operated by the Provider's hosting partner. The Provider shall apply encryption, access control, logging of all access and regular security testing, and shall comply with the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall notify the Customer of any security breach affecting Customer Data within twenty-four hours after discovery, shall take all steps needed to contain it and shall bear the losses caused by its failure to comply with this clause.

6.4 At the end of the Subscription Term the Provider shall return Customer Data in CSV format and delete it within thirty days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's variety names, trial locations and yield results and the Provider's pricing and model documentation, and shall not disclose it without prior written consent.

7.2 This obligation survives for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the Data Products, the platform and its models.

8.2 The dashboard configurations, alert rules and integration scripts prepared for the Customer belong to the Customer, which may use and modify them freely.

8.3 Maps, reports and advisory notes that the Customer prepares using the Data Products belong to the Customer.

8.4 The Provider warrants that the Data Products do not infringe the rights of any third party and shall indemnify the Customer against any such claim.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract any of its obligations, other than hosting by the partner named in Schedule B, without the Customer's prior written consent.

10. RENEWAL

10.1 At the end of the Subscription Term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current term.

10.2 For each renewal period the Provider may increase the Subscription Fee by up to 9% over the fee for the preceding Subscription Year, by notifying the Customer at least thirty days before the renewal period begins.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of crop value resulting from decisions taken on the basis of forecasts.

11.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the nine (9) months preceding the event giving rise to the claim.

11.3 Clause 11.2 does not apply to breach of clause 6, fraud or wilful misconduct.

12. TERM AND TERMINATION

12.1 This Agreement takes effect on signature. The Subscription Term begins on the Activation Date and lasts two Subscription Years, subject to renewal under clause 10.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.3 The Customer may also terminate by written notice if availability falls below the level in clause 5.1 in three months of any Subscription Year.

12.4 On termination by the Customer under clause 12.2 or 12.3, the Provider shall refund the Subscription Fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

14.2 This Agreement may be amended only in writing signed by both parties. Notices shall be in writing and sent to the addresses above.

14.3 This Agreement is made in English and Chinese, and both versions are equally authentic.

SCHEDULE A - DATA PRODUCTS

(a) Daily plot-level weather observations and ten-day forecasts (temperature, precipitation, humidity, wind, solar radiation).
(b) Satellite vegetation indices at 10 m resolution, updated every five days, cloud-screened.
(c) Crop-stage and yield forecasts for rice, wheat and maize, updated weekly.
(d) Alerts for heat stress, waterlogging and frost.

SCHEDULE B - HOSTING PARTNER

Hosting in the East China region of a cloud provider licensed in mainland China.

For the Provider: ____________________  For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------- files and labels

FILES = {  # key: (file name, format, source)
    "z01": ("h1157z01_investment_promotion_project_platform.pdf", "pdf", Z01),
    "z02": ("h1157z02_filter_press_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1157z03_flower_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1157z04_public_bicycle_system_annual_om.txt", "txt", Z04),
    "z05": ("h1157z05_jade_workshop_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1157e01_cmms_perpetual_licence_tiverton_vendor.pdf", "pdf", E01),
    "e02": ("h1157e02_supplier_quality_saas_order_form.md", "md", E02),
    "e03": ("h1157e03_aquaculture_water_quality_sensors.docx", "docx", E03),
    "e04": ("h1157e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h1157e05_agri_weather_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


G, S = "goods_or_licence", "service"
# (language, category, terms, extra, design) -- design: fee base for TCO, forum outside mainland, designed rules
LABELS = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1660000),
            dict(fee_base=860000, forum_outside=False, rules=[])),
    "z02": ("zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10, False, True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1640000),
            dict(fee_base=1288000, forum_outside=False, rules=["CR-LD-LOW", "CR-SUBCONTRACT"])),
    "z03": ("zh", "cloud",
            T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=413600),
            dict(fee_base=None, forum_outside=False,
                 rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])),
    "z04": ("zh", "services",
            T(None, 0.5, False, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=968000),
            dict(fee_base=None, forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"])),
    "z05": ("zh", "software",
            T(None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 25, False, True, None,
              None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=228000),
            dict(fee_base=168000, forum_outside=False,
                 rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
              "England and Wales", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1762000),
            dict(fee_base=1120000, forum_outside=True, rules=["CR-GOVERNING-LAW"])),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, True, True, 1200 / 1554000 * 100, 6 / 36 * 100, None, True, None, None,
              None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1554000),
            dict(fee_base=None, forum_outside=False, rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])),
    "e03": ("en", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2558000),
            dict(fee_base=2366000, forum_outside=False, rules=[])),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 1500 / 2212000 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2212000),
            dict(fee_base=None, forum_outside=False, rules=["CR-DATA-SECURITY", "CR-TERMINATION"])),
    "e05": ("en", "cloud",
            T(99.95, 2, True, "buyer", True, True, True, 700 / 910000 * 100, 9 / 24 * 100, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=910000),
            dict(fee_base=None, forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"])),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco(terms, extra, design):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the itemised
    licence / hardware subtotal. Returns (tco, share %) or None when not computable."""
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = design["fee_base"] * terms["post_warranty_fee_pct"] / 100 * years
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def derive(terms, extra, design):
    """My reading of policy §3 ("Where rules apply, and how clauses are read")."""
    t, r = terms, set()
    sla = extra["sla_clause"]
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if not extra["ld_stated"]:
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
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(terms, extra, design)
        if c and c[1] > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or design["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------- read back and checks

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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![\w-])four\s*(?:\(4\)\s*)?hours?",
    r"四个?小时", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"千分之(?:零点|0\.)五",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.,])12[\s-]*(?:calendar\s*)?months?", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![\d.,])12\s*个\s*(?:自然)?月", r"十二个(?:自然)?月", r"(?<![每第同])一年(?![级期])", r"one[\s-]*year\b(?!\s*s)",
    r"(?<![\d.,])1[\s-]*years?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four (4) hours", "0.05%", "0.05 %", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months",
            "12-month", "12个月", "十二个月", "twelve (12) months", "twelve calendar months", "质保期一年", "one year",
            "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14小时", "0.055%", "10.05", "130%", "150%", "215%", "百分之三十五",
             "百分之四十五", "140%", "24个月", "112 months", "万分之五十", "每一年", "one Subscription Year", "35%", "45%",
             "4 working days", "1.4 hours", "twenty-four hours"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(form)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s_ in MUST_HIT:
        assert threshold_hits(s_), ("regex misses", s_)
    for s_ in MUST_MISS:
        assert not threshold_hits(s_), ("regex hits", s_, threshold_hits(s_))

    # price and payment sums as the texts state them
    sums = {"z01": ([860000, 620000, 148000, 32000], [332000, 747000, 581000], 1660000),
            "z02": ([588000, 318000, 52800, 73200, 256000, 186000, 142000, 24000], [328000, 574000, 738000], 1640000),
            "z03": ([172800 * 2, 68000], [], 413600), "z04": ([242000] * 4, [], 968000),
            "z05": ([168000, 46000, 14000], [148200, 79800], 228000),
            "e01": ([1120000, 386000, 214000, 42000], [176200, 969100, 616700], 1762000),
            "e02": ([486000] * 3 + [96000], [], 1554000), "e04": ([58000 * 36, 124000], [], 2212000),
            "e03": ([1104000, 438000, 414000, 92000, 318000, 164000, 28000], [255800, 1406900, 895300], 2558000),
            "e05": ([428000 * 2, 54000], [], 910000)}
    for k, (items, pays, total) in sums.items():
        assert sum(items) == total == LABELS[k][3]["contract_value"], k
        assert not pays or sum(pays) == total, k
    assert 0.25 * 168000 == 42000 and 0.09 * 860000 == 77400 and 0.10 * 1288000 == 128800
    assert round(0.11 * 1120000) == 123200 and round(0.08 * 2366000) == 189280

    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    fired = set()
    for k, (name, fmt, src) in FILES.items():
        lang, cat, terms, extra, design = LABELS[k]
        assert list(terms) == TERM_KEYS
        rules = derive(terms, extra, design)
        assert rules == sorted(design["rules"]), (k, rules, design["rules"])
        fired |= set(rules)
        # values never on a threshold
        for key, th in TH.items():
            if key in terms and terms[key] is not None:
                assert abs(terms[key] - th) > 1e-9, (k, key)
        c = tco(terms, extra, design)
        if c:
            assert abs(c[1] - TH["tco_share"]) > 2, (k, "tco share near threshold", c)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        text = read_back(OUT / name)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        share = "" if not c else " TCO %.0f share %.2f%%" % c
        print("%s %-62s %5d %s %s%s" % (k, name, n, risk(rules), ",".join(x[3:] for x in rules) or "-", share))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, ("rules never fired", missing)
    # the mix of the brief
    n_rules = {k: len(derive(*LABELS[k][2:])) for k in LABELS}
    assert [k for k, v in n_rules.items() if v == 0] == ["z01", "e03"]
    assert derive(*LABELS["e01"][2:]) == ["CR-GOVERNING-LAW"]
    assert 8 <= n_rules["z05"] <= 10
    assert all(2 <= n_rules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
