"""holdout1118: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from labels = design, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市民政局慈善捐赠监管平台采购合同
P:合同编号：MZJ-ZFCG-2027-016　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民政局
P:乙方（供应商）：杭州善数信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就慈善捐赠监管平台的软件许可与定制开发事宜订立本合同，甲方以本合同文本为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供慈善捐赠监管平台软件（V3.0）永久使用许可一套，不限用户数，部署于甲方政务云。
P:1.2 乙方按需求规格说明书定制开发以下功能：慈善组织年报及公开募捐备案比对、网络募捐平台数据接入、捐赠款物流向追踪、异常募捐预警模型、社会公众查询端及监管驾驶舱。
P:1.3 乙方负责历史备案数据迁移、与省级慈善信息平台和统一身份认证系统的接口对接、部署实施及培训。
P:1.4 乙方应对甲方系统管理员及各区县民政部门业务人员进行培训，培训不少于六场，并提供操作手册、管理员手册及接口说明文档。
H:第二条 合同价款
P:2.1 合同总价为人民币1,565,000元（含税），包括：平台软件许可费680,000元；定制开发费745,000元；数据迁移及接口实施费118,000元；培训费22,000元。
P:2.2 合同总价包含软件许可、开发、测试、部署、迁移、培训、差旅、税费及质保期内的全部服务费用。
P:2.3 上述价格为固定总价，除经双方书面确认的需求变更外，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付期限及项目管理
P:4.1 乙方应在合同签订后一百二十日内完成部署及定制开发，并提交初步验收申请。
P:4.2 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换。项目经理每周向甲方提交书面进度报告，列明已完成事项、风险及下周计划。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，经甲方确认后执行；需求变更应履行书面变更手续，并评估对工期和费用的影响。
P:4.4 因甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据与原备案系统逐条比对一致；与省级平台接口连续七日无差错；500个并发用户下普通查询响应不超过2秒。
P:5.2 初步验收后系统试运行九十日，试运行期间未出现一级故障，且第三方机构出具的安全测评报告无高危问题的，甲方组织最终验收。
P:5.3 乙方提交验收申请时应同时提交：部署文档、测试报告、数据迁移比对报告、源代码及编译说明、用户手册和培训记录。文档不全的，甲方可不予组织验收。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.5 系统上线、甲方使用或支付部分款项，均不视为验收合格。验收以甲方签署的验收报告为准。
H:第六条 质量保证及维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内乙方应每季度对平台进行一次巡检，出具巡检报告，并在国家法律法规或省级平台接口标准调整时免费完成相应适配。
P:6.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过61,200元），该价格在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，计划内维护须提前三个工作日告知甲方。
P:7.2 一级故障（平台无法访问或数据错误）乙方应在30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障次一工作日内响应。
P:7.3 乙方应提供7×24小时服务热线和在线工单系统，每月向甲方提交服务报告，载明故障数量、处置时长及可用率统计。
P:7.4 响应每迟延一小时，乙方支付违约金1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元，甲方可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、预警模型、接口程序及其源代码和文档，知识产权归甲方所有，乙方应在最终验收时一并移交。甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的捐赠、备案及个人信息等全部数据属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储和操作审计；运维须经堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 乙方人员进场前应签署数据安全承诺书，测试须使用甲方提供的脱敏数据；合同终止或履行完毕后，乙方应删除其持有的全部甲方数据并出具书面说明。
P:9.4 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之六向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定且经整改仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方未履行合同义务的，甲方可从履约保证金中扣除相应款项。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不得分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码及全部甲方数据，甲方按已验收部分结算价款。
P:13.3 本合同期满或履行完毕后不自动续期。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:15.2 不可抗力持续超过六十日致使合同目的不能实现的，双方可协商解除合同。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　　日期：
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：ZSDQ-SB-2027-031
P:甲方（买方）：中山市南朗电器有限公司（电风扇生产厂）
P:乙方（卖方）：广州恒拓自动化工程有限公司
P:甲方总装车间现有三条落地扇、台扇总装线及一条电机绕线线的控制系统老化，故障频繁。经询价比选，甲方选定乙方承担控制系统改造。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保事项订立本合同。
H:第一条 改造范围
P:（一）乙方负责四条产线的控制系统改造：更换PLC控制柜、人机界面及变频器，加装数据采集网关，部署产线监控软件，实现工位节拍、停线原因、设备能耗的实时采集与展示。
P:（二）乙方负责按甲方工艺要求定制开发控制程序，包括电机绕线张力控制、总装线节拍联动、整机安规测试工位联锁和包装线计数。
P:（三）乙方负责旧设备拆除、新设备安装接线、联调及对甲方电工和班组长的操作培训。改造须利用甲方每周停产日及夜班分段进行，每条线停线不超过五天。
P:（四）乙方所供设备须为全新原厂正品，品牌及型号以技术方案为准，不得以翻新件或同级替代品代替；确需变更的，须经甲方书面确认。
H:第二条 设备清单及价格
P:合同总价为人民币1,698,000元（含13%增值税、运输、保险及安装辅材），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|18套|36,000|648,000
TB:2|人机界面触摸屏（10英寸）|24台|6,500|156,000
TB:3|变频器（电机绕线及输送线）|54台|5,800|313,200
TB:4|数据采集网关|12台|9,400|112,800
TB:5|产线监控软件许可（永久，含20个客户端）|1套|156,000|156,000
TB:|设备及软件小计|||1,386,000
TB:6|安装调试及旧设备拆除|1项|168,000|168,000
TB:7|控制程序定制开发|1项|126,000|126,000
TB:8|操作培训|1项|18,000|18,000
TB:|合计|||1,698,000
H:第三条 付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收及安装调试完成仅表示数量核对和通电试机，不视为质量验收。
P:（三）系统通过最终验收后二十个工作日内，甲方支付合同总价的35%。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
P:（五）甲方付款前有权审核发票、到货签收单及验收报告等付款单据，单据不全或有误的，付款期限相应顺延，甲方不承担逾期付款责任。
H:第四条 交货及工期
P:（一）设备应在合同签订后四十五日内运抵甲方厂区。乙方应提前三日通知到货时间，设备外包装须完好并附装箱单、合格证及说明书。
P:（二）设备毁损、灭失的风险自甲方签收时转移；签收前的运输、装卸风险由乙方承担。乙方应为运抵现场的设备办理运输保险。
P:（三）全部四条产线应在设备到货后六十日内完成改造并具备验收条件。
P:（四）乙方施工人员应遵守甲方厂区安全生产及动火、登高、临时用电管理规定，因乙方违章造成的人身或财产损失由乙方承担。
P:（五）乙方应指派具有电气工程师资格的项目经理常驻现场，每日填写施工日志，每周向甲方设备科提交进度报告。改造期间如影响甲方交货计划，双方应提前协商调整停线安排。
H:第五条 验收
P:（一）验收标准：各产线连续七十二小时带负荷运行无停线故障；节拍达到每分钟不少于六台整机；绕线张力波动不超过设定值的±3%；安规测试工位联锁动作正确率经五百次抽检无误；监控软件采集数据与现场计数比对误差不超过0.5%。
P:（二）四条产线全部达到上述标准后，双方共同签署最终验收报告。验收不合格的，乙方应在十日内整改并重新验收。
P:（三）乙方提交验收申请时应同时提交：电气原理图、接线图、PLC程序及组态工程文件、设备说明书、测试记录和培训签到表。
P:（四）设备投入生产使用或甲方支付部分款项，均不视为验收合格。
H:第六条 质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换和程序修正均由乙方免费负责。
P:（二）一级故障（整条产线停线）乙方应在1小时内响应，6小时内到场；二级故障（单工位停机）2小时内响应，次日到场。响应或到场每迟延一小时，乙方支付500元违约金。
P:（三）质保期满后，乙方提供维保服务，年度维保费为设备及软件小计的7%，即每年97,020元，质保期满后三年内不上调。维保内容包括每季度一次预防性巡检、故障维修及备件以成本价供应。
P:（四）乙方应随设备免费提供首批备品备件（熔断器、继电器、接触器、触摸屏保护膜等），清单见附件；质保期内乙方在甲方厂区所在城市保持常用备件库存。
P:（五）乙方应对甲方电工进行不少于十六学时的培训，培训内容包括PLC程序查看、变频器参数设置、常见故障判断及监控软件报表操作，培训后经考核合格的人员方可独立操作。
P:（六）质保期内同一部件累计维修三次仍不能正常使用的，乙方应免费更换新品，更换部件的质保期重新计算。
H:第七条 知识产权
P:（一）PLC和监控软件的原厂知识产权归原权利人，乙方保证甲方合法取得永久使用许可。
P:（二）乙方为本项目定制开发的控制程序、组态画面、接口程序及其源程序和注释文档，知识产权归甲方所有，乙方应在最终验收时完整交付，甲方可自行修改和使用。
H:第八条 数据安全
P:（一）产线运行数据、工艺参数、产量和能耗数据属于甲方，乙方不得将其用于本合同以外的目的。
P:（二）乙方远程调试须经甲方书面批准，通过甲方指定的VPN账号进行并全程记录；不得在设备或网关中预留后门账号，不得将数据上传至甲方以外的服务器。
P:（三）因乙方原因导致数据丢失、篡改或被非法获取的，乙方应在2小时内通知甲方，负责恢复并赔偿甲方因此遭受的全部损失。
H:第九条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方所供设备不符合约定的，应无偿更换，并赔偿甲方因停线造成的损失。
P:（三）甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十条 分包
P:乙方不得将本合同项下的工作转包。电气安装中的辅助布线如需交由第三方施工，须事先取得甲方书面同意，乙方对第三方的施工质量和安全承担全部责任。
H:第十一条 合同的履行与解除
P:（一）合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
P:（二）一方违约的，守约方可要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
P:（三）维保服务期满后如需续签，双方另行协商，不自动续期。
H:第十二条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交中山仲裁委员会仲裁。
H:第十三条 通知
P:双方往来通知以书面形式送达本合同首页所列地址或电子邮箱。一方变更联系方式的，应在三日内书面通知对方，否则向原地址送达视为有效送达。
H:第十四条 其他
P:本合同附件包括：产线改造技术方案、设备技术参数表、验收测试记录表。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　　授权代表：
"""

Z03 = """预约及会员管理云服务合同

合同编号：YZ-IT-2027-008

甲方：上海韵姿形体艺术培训有限公司（以下简称"甲方"）
乙方：杭州约课云科技有限公司（以下简称"乙方"）

甲方在上海、苏州、无锡三地经营35家形体及芭蕾形体培训门店，现有预约排课和会员储值分散在各门店的表格和收银系统中。为统一管理课程预约、会员卡、教练排班和门店营收，甲方订购乙方"约课云"SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方向甲方35家门店提供"约课云"连锁版订阅服务，包括课程预约、排课与教室管理、会员卡及储值、教练排班与课时统计、门店营收报表和会员小程序。
2. 订阅服务不限门店员工账号数量，会员小程序以甲方品牌名称上架。

（二）实施服务
1. 乙方负责将甲方现有约2.6万名会员的档案、剩余课时及储值余额迁移至平台，并逐门店核对。
2. 乙方负责配置课程体系、价格方案、会员卡规则和审批流程，开发甲方所需的六张定制经营报表。
3. 乙方负责对接甲方现有的财务系统和微信支付商户号，并对店长、前台及教练进行培训。

（三）门店增减
1. 服务期内甲方新开门店的，按每门店每服务年度9,600元的标准，自开通之月起按月折算计费。
2. 甲方关闭门店的，应提前三十日书面通知乙方，自次一服务季度起相应减少订阅费。

二、服务期限

（一）订阅服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，满一个服务年度后进入第二个服务年度。
（二）实施服务应在合同签订后七十五日内完成，并达到上线验收条件。

三、费用及支付

（一）合同总价为人民币772,000元，其中：
1. 订阅费：每门店每服务年度9,600元，35家门店每服务年度336,000元，两个服务年度共计672,000元；
2. 实施费（含数据迁移、配置、定制报表及接口对接）：86,000元；
3. 培训费：14,000元。
（二）实施费和培训费在上线验收合格后十五个工作日内一次性支付。
（三）订阅费按服务季度支付，每季度84,000元，甲方于每个服务季度首月的十日前支付当季费用。
（四）乙方应在收款前开具增值税专用发票。

四、上线验收

（一）上线验收标准：
1. 35家门店全部开通，所有功能按需求确认书可正常使用；
2. 迁移的会员档案、剩余课时和储值余额与甲方提供的原始台账逐门店核对一致，差异为零；
3. 模拟300名会员同时预约，预约成功确认时间不超过3秒；
4. 财务接口连续十日对账无差异。
（二）乙方提交上线验收申请后，甲方在十个工作日内组织验收并签署验收报告。验收不合格的，乙方应在十日内整改。
（三）乙方提交验收申请时，应一并提交数据迁移核对报告、配置说明、定制报表说明、接口测试记录及培训签到表。
（四）门店试用或甲方支付部分款项，不视为上线验收合格。

五、服务水平

（一）平台月度可用率不低于99.5%，计划内维护安排在每日凌晨一点至五点之间，并提前两日通知甲方。
（二）一级故障（全部门店无法预约或无法收款）乙方应在30分钟内响应，并在3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应；其他问题在次一工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，甲方可在下期订阅费中抵扣当月订阅费的5%；一级故障未在约定时间内恢复的，每超过一小时抵扣当月订阅费的2%。

（四）乙方应提供工作日9:00至21:00的在线客服和电话支持，并为甲方指定一名客户成功经理，每月提交服务月报，列明可用率、故障处理和功能更新情况。
（五）平台功能升级不得降低甲方已使用的功能，涉及收费规则或数据结构变更的，乙方应提前十五日通知甲方并提供过渡方案。

六、知识产权

（一）"约课云"平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制开发的经营报表、课程体系配置方案和会员小程序页面设计，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

七、数据安全与数据归属

（一）甲方及其会员在平台中产生的全部数据，包括会员个人信息、消费记录、课时及储值数据，均属于甲方。乙方仅为提供本合同服务之目的处理该等数据，不得用于其他任何目的。
（二）乙方应按照网络安全等级保护第二级以上的要求保护平台，对个人信息加密存储，实行最小权限访问和操作日志留存，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知会员等法定义务，并承担因其过错造成的损失。
（四）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后彻底删除。

八、保密

双方对在合作中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。乙方应要求接触甲方信息的员工签署保密承诺书，并对其员工的泄密行为承担责任。

九、违约责任

（一）乙方未能在约定期限内达到上线验收条件的，每逾期一日，应向甲方支付违约金600元。
（二）乙方违反本合同数据安全约定的，应赔偿甲方因此遭受的损失。
（三）乙方因平台故障导致会员预约或扣课错误的，应协助甲方向会员解释并承担相应的补偿费用。
（四）乙方在本合同项下的累计赔偿责任，以甲方在索赔事由发生前六个月内实际支付的订阅费总额为限。
（五）甲方逾期支付费用超过三十日的，乙方可暂停服务，但应提前五日书面通知。

十、续约

本合同服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度费用的8%。

十一、分包

乙方不得将实施服务或订阅服务的运营转包、分包给第三方；确需委托他人完成部分实施工作的，须事先取得甲方书面同意。

十二、合同解除

（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还甲方已支付但尚未使用期间的订阅费。
（二）一方被宣告破产或停止经营的，另一方可书面通知解除合同。

十三、甲方义务

（一）甲方应指定项目负责人，及时提供原始会员台账、课程价格方案和门店信息，并对需求确认书进行书面确认。
（二）甲方应妥善保管管理员账号和密码，对其员工在平台上的操作负责。
（三）甲方应按本合同约定支付费用，并为乙方实施人员进入门店提供必要的便利。

十四、不可抗力

因不可抗力导致一方不能履行合同的，该方应及时通知对方并在十日内提供证明，在不可抗力影响范围内免除责任。运营商网络大面积中断、云服务商故障不属于乙方可免责的不可抗力，但乙方能证明已采取合理冗余措施的除外。

十五、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方住所地有管辖权的人民法院起诉。

十六、其他

本合同附件包括：需求确认书、门店清单、服务水平说明。本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """某市城市管理局餐厨垃圾收运监管系统年度运维服务合同

项目编号：CGJ-CS-2027-004（竞争性磋商）

采购人（甲方）：某市城市管理局
供应商（乙方）：江苏清运智联环境科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，甲乙双方就餐厨垃圾收运监管系统2027年度运维服务事项，经协商一致，订立本合同。

第一条 运维对象

1. 餐厨垃圾收运监管平台软件，包括收运调度、产生单位台账、车辆定位监控、称重计量、处置厂进场核验和统计分析六个子系统。
2. 收运车辆车载终端（定位、称重及视频）186台，处置厂地磅数据接口2个，产生单位智能收集桶电子标签读写设备40套。
3. 与市数字城管平台、市生态环境局固废管理平台的数据接口。

第二条 服务内容

1. 平台软件运维：日常巡检、故障处理、数据库维护、缺陷修复、报表调整及政策变化引起的小规模功能调整（单项不超过十人日）。
2. 车载终端及读写设备维护：故障检修、定位和称重校准、损坏部件更换，备品备件由乙方提供。
3. 驻场服务：乙方派驻两名运维工程师在甲方指挥中心驻场，工作日8:30至17:30在岗，节假日安排值班。
4. 数据服务：每月核对收运量与处置厂进场量，编制月度收运分析报告，协助甲方开展对收运企业的考核。
5. 应急保障：重大节假日和极端天气期间提供专人值守。
6. 培训服务：每半年对甲方业务人员及收运企业调度员、司机进行一次系统操作和终端使用培训，并提供更新后的操作手册。
7. 优化建议：每季度结合收运数据和故障统计提出系统优化建议，供甲方决策参考。

第三条 服务期限

服务期自2027年1月1日起至2027年12月31日止。乙方应在服务期开始前完成与上一运维单位的交接，并于2027年1月1日起正式提供服务。期满后是否续签由甲方按政府采购规定另行确定，本合同不自动续期。

第四条 人员要求

1. 乙方应配备项目负责人一名、驻场运维工程师两名、终端维修技术员不少于三名，人员名单及资质证明作为本合同附件。
2. 驻场人员应熟悉平台架构和车载终端原理，具备两年以上同类系统运维经验。乙方更换项目负责人或驻场人员的，应提前十日书面告知甲方并经甲方同意，新人员资质不得低于原人员。
3. 乙方人员应遵守甲方指挥中心的值班、出入和设备使用管理规定，服从甲方的工作安排。

第五条 交接

1. 乙方应在服务期开始前十五日内，与上一运维单位和甲方共同完成系统现状核查，清点终端设备、备件、账号和运维文档，形成三方签字的交接清单。
2. 交接中发现的遗留问题，乙方应书面报告甲方，由甲方协调处理；乙方签署交接清单后，即对清单所列系统和设备承担运维责任。

第六条 合同价款

1. 合同总价为人民币586,000元，包括：平台软件运维费218,000元；车载终端及读写设备维护费167,400元（186台终端按每台900元计）；驻场服务费142,800元；备品备件费57,800元。
2. 合同总价为固定价格，包含人工、交通、备件、税费等全部费用。

第七条 付款方式

1. 合同签订后十个工作日内，甲方支付合同总价的35%作为预付款，即205,100元。
2. 余款380,900元按季度考核结果分四期支付，每个季度考核合格后十五个工作日内支付95,225元；考核扣款在当期应付款中扣除。
3. 乙方应在每期付款前开具合规发票。

第八条 服务标准

1. 平台月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方同意。
2. 一级故障（平台整体不可用、称重数据中断或调度无法下达）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（单个子系统或单个接口异常）1小时内响应，12小时内恢复；三级故障（个别终端或报表异常）2个工作日内修复。
3. 单台车载终端故障应在四十八小时内修复，每月累计离线超过二十四小时的终端不超过四台；称重数据与地磅复核误差不超过1%。
4. 乙方应建立运维台账，每月5日前提交上月运维报告，报告应列明故障清单、处理时长、终端离线情况、备件消耗及遗留问题。
5. 乙方应保证备品备件库存不少于在用终端数量的5%，更换下来的旧部件经甲方确认后方可处置。

第九条 考核与扣款

1. 甲方按季度对乙方进行考核，考核内容包括故障响应及恢复时限、平台可用率、终端修复时限、驻场出勤和报告质量，满分一百分。
2. 一级故障每超时一小时扣2分，可用率每低于承诺值0.01个百分点扣1分，离线超时终端每超出一台扣2分。
3. 季度考核得分低于九十分的，每低一分扣减当季应付服务费的1%；低于七十分的，甲方可约谈乙方并要求更换驻场人员。

第十条 服务验收

1. 服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核均合格；全部运维文档、运维台账和月度报告齐全；平台及全部终端移交时运行正常、数据上传完整；按第十二条完成运维资料移交。
2. 验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方可从履约保证金中扣除相应金额。

第十一条 数据归属

平台中的收运、称重、车辆轨迹、视频及产生单位台账等全部数据归甲方所有，乙方不得将其用于本合同以外的用途，亦不得向任何第三方提供。

第十二条 知识产权

乙方在运维过程中编写的运维文档、脚本、配置文件、报表模板及功能调整形成的程序代码，其知识产权归甲方所有。服务期满时乙方应全部移交甲方，甲方可自行使用、修改或交由其他运维单位使用。

第十三条 保密

乙方及其驻场人员对履约过程中知悉的甲方工作秘密、内部文件和收运企业经营信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同期满后继续有效。

第十四条 违约责任

1. 乙方未按第三条、第五条约定完成交接并开始提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方服务不符合约定的，按第九条扣款；给甲方造成损失的，应予赔偿。
3. 乙方应在合同签订前提交合同总价5%的履约保证金，服务验收合格后无息退还。

第十五条 分包

本项目不允许分包。乙方不得将本合同项下的任何服务转包或分包给他人。

第十六条 合同解除

1. 乙方连续两个季度考核得分低于八十分，或严重违约经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
2. 合同解除的，乙方应配合甲方完成与新运维单位的交接，交接期不少于十五日。

第十七条 甲方职责

1. 甲方应为驻场人员提供办公场所、网络接入和必要的系统账号，及时协调收运企业、处置厂配合乙方开展终端检修。
2. 甲方应指定联系人负责日常对接和考核组织，对乙方提交的月度报告在十个工作日内提出意见。
3. 因甲方原因或收运企业人为损坏造成的终端故障，不计入乙方考核，修复所需部件费用由双方另行确认。

第十八条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十九条 其他

本合同未尽事宜，以竞争性磋商文件、响应文件及磋商过程中乙方的书面承诺为准。本合同一式五份，甲方三份，乙方一份，政府采购监管部门一份。

甲方（盖章）：                乙方（盖章）：
签订日期：                    签订日期：
"""

Z05 = """# 匠链工序云软件许可及定制开发合同

（西安匠链信息科技有限公司标准合同文本 V1.8）

合同编号：JL-XS-2027-0219

甲方（用户）：渭南华州影韵皮影文化工坊有限公司

乙方（服务商）：西安匠链信息科技有限公司

鉴于甲方从事皮影制作、演出道具及文创产品生产，需对选皮、制皮、画稿、镂刻、敷彩、发汗熨平、缀结等工序进行流转追踪和工时统计，乙方拥有"匠链工序云"软件产品，双方经友好协商，依据本标准文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠链工序云"工序追踪平台软件永久使用许可一套，含20个工位终端授权及手机端应用。

1.2 乙方根据甲方皮影制作工艺进行定制开发，包括：皮影工序模板、半成品流转二维码标识规则、工匠计件工时统计、订单进度看板及与甲方网店订单的对接。

1.3 乙方负责软件在甲方服务器上的安装部署、基础数据初始化及操作培训。

1.4 平台主要功能包括：工序节点配置、半成品扫码流转、工匠派工与计件、在制品库存、质量返工登记、订单进度查询、工时及产量报表。定制功能以《功能清单》所列为限。

## 第二条 合同价款

本合同总价为人民币588,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序云平台软件许可（永久，20工位） | 468,000 |
| 2 | 定制开发（工序模板、标识规则、工时统计、看板、网店对接） | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 24,000 |
| | 合计 | 588,000 |

上述价款包含增值税及乙方实施顾问的现场工作费用，但不包括第4.4条约定的超期现场服务费和甲方要求的清单外开发费用。除上述价款外，硬件设备（服务器、扫码枪、工位平板）由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即382,200元。乙方收到该款项后启动开发工作。

3.2 系统安装部署完成并上线运行后五个工作日内，甲方支付剩余的35%，即205,800元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到3.1条款项后九十日内完成定制开发和安装部署。因甲方需求变更、基础资料提供不及时或服务器环境未就绪造成的延误，交付期限顺延。

4.2 乙方按照本合同第一条约定的功能范围进行交付，需求以乙方出具的《功能清单》为准，清单外的需求另行报价。

4.3 甲方应在乙方部署前准备好符合乙方配置要求的服务器和网络环境，并安排工匠及管理人员参加培训。

4.4 乙方安排一名实施顾问现场部署不超过十个工作日，其余工作以远程方式完成。现场工作超出十个工作日的，按每人每天2,800元另行计费，差旅费用由甲方承担。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的使用问题，乙方在维护期内予以处理，但不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应按年支付维护费，维护费为软件许可费的24%，即每年112,320元，按年度签订维护协议。

6.3 维护期内，一级故障（系统无法登录或无法扫码流转）乙方在8小时内响应；二级故障（部分功能异常）在两个工作日内响应；其他问题在乙方版本升级时统一处理。

6.4 乙方将尽力在合理时间内修复故障，但乙方不因响应或修复时间超出上述时限而承担任何扣款、赔偿或违约金。

6.5 因甲方操作不当、服务器硬件故障、网络问题或甲方自行修改配置引起的故障，不属于免费维护范围，乙方可按人天另行收费。

## 第七条 培训与使用

7.1 乙方在部署完成后为甲方提供两次集中培训，每次不超过半天，培训对象为甲方管理人员及各工序组长。培训后的内部推广由甲方自行负责。

7.2 甲方应按照乙方《用户手册》使用软件，不得超出授权工位数量使用，不得将账号提供给甲方以外的人员。甲方超出授权使用的，应按乙方当时报价补足许可费。

7.3 乙方发布的新版本，在免费维护期内可免费升级；维护期满且未签订维护协议的，甲方不再享有升级服务。

## 第八条 知识产权

8.1 "匠链工序云"平台软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、标识规则、工时统计模型、看板及对接程序，包括其源代码和技术文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

8.3 乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的订单、工序、工匠及工时数据归甲方所有。

9.2 乙方应采取访问控制、定期备份和操作日志等必要措施保障系统数据安全；发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方过错造成的损失由乙方依法承担。

9.3 甲方同意，乙方可对甲方数据进行脱敏和汇总处理，用于产品改进、工艺数据库建设及行业分析报告，该等使用在本合同终止后仍可继续。

9.4 合同终止后，甲方可在三十日内申请导出其业务数据，导出格式由乙方确定；逾期未申请的，乙方可删除相关数据。

## 第十条 保密

双方对因本合同获知的对方技术秘密和商业信息负有保密义务，未经对方书面许可不得向第三方披露，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失及因甲方数据录入错误造成的损失不承担责任。

11.3 甲方未按约定付款的，乙方可暂停履行本合同项下的义务，由此造成的延误由甲方负责。

11.4 乙方因定制开发内容复杂而延期交付的，应及时告知甲方，双方协商调整交付计划，乙方不因此承担违约责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项不予退还，但乙方严重违约的除外。

## 第十三条 不可抗力及通知

13.1 因不可抗力、政策调整、第三方软硬件缺陷或网络运营商原因导致乙方不能按期履行的，乙方不承担责任，履行期限相应顺延。

13.2 双方的通知以电子邮件或书面形式发送至本合同载明的联系人，发出之日起三日视为送达。

## 第十四条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，提交西安仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同附件包括乙方出具的《功能清单》《部署配置要求》。附件与本合同正文不一致的，以乙方出具的附件为准。

15.2 乙方对本标准文本条款享有最终解释权。甲方对条款有异议的，应在签署前以书面形式提出，签署即视为同意全部条款。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：

代表签字：                          代表签字：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. EXW-ZS-2027-03
P:This Agreement is made between Zhoushan Haixin Ship Repair Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dinghai District, Zhoushan, Zhejiang Province (the "Customer"), and Exeward Software Limited, a company registered in England and Wales with its registered office at Camperdown Terrace, Exmouth, Devon, United Kingdom (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based planning with the Vendor's HullTrack enterprise asset and repair management software. The Vendor has agreed to license the software on a perpetual basis and to configure, integrate and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the HullTrack modules listed in Annex 1 (Dock Planning, Work Order Management, Steel Renewal Estimating, Materials and Stores, Subcontract Labour Timesheets and the Management Dashboard), in object code, together with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, estimating rule sets, interface programs and data-migration scripts developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or migrated to the Software by or for the Customer, including vessel records, work orders, cost data and employee timesheets.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China, for up to 180 named users and unlimited read-only dashboard users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: (a) configuration of the Software to the Customer's repair processes as set out in the Functional Specification; (b) interfaces to the Customer's ERP (finance and purchasing) and to its access-control system for timesheet capture; (c) migration of open work orders, historic vessel records from the last five years and stores master data; (d) user and administrator training in Zhoushan; and (e) go-live support on site for three weeks.
P:3.2 The Vendor shall deliver the services in accordance with the Project Plan in Annex 2. Installation of the Software shall be completed within 60 days of the date of this Agreement and Final Acceptance shall be reached within 210 days of that date.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,900,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,280,000; configuration and project services CNY 364,000; interfaces and data migration CNY 212,000; training CNY 44,000.
P:4.2 The total price is fixed. Changes to the scope shall be agreed in a written change order before any additional work starts, and no other charges, expenses or travel costs are payable.
P:4.3 Payment shall be made as follows: (a) 20% of the total price within 20 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% within 20 days after the Installation Certificate; and (c) 35% within 20 days after Final Acceptance.
P:4.4 The Installation Certificate confirms only that the Software has been installed and starts in the test environment. It is not acceptance of the Software or of any Custom Deliverable.
H:Article 5 Acceptance
P:5.1 The Vendor shall prepare acceptance test scripts based on the Functional Specification and submit them to the Customer for approval at least 20 days before testing starts.
P:5.2 The Software and the Custom Deliverables shall be accepted when all of the following are met: (a) every test script has been executed and passed; (b) migrated open work orders and stores balances reconcile with the Customer's source records without unexplained difference; (c) the ERP interface has posted costs and purchase requisitions for 20 consecutive working days without error; (d) the Software has run in production for 45 days without any Severity 1 defect; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.3 The Customer shall sign the Final Acceptance Certificate within ten working days after the criteria in Article 5.2 are met, or give written reasons for refusal. Go-live, use of the Software in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Functional Specification and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases and provide support free of charge.
P:6.2 Defects shall be classified as follows. Severity 1: the Software or a core module is unavailable or produces materially wrong cost or planning data. Severity 2: a function is impaired but a workaround exists. Severity 3: minor issues and questions.
P:6.3 The Vendor shall respond to a Severity 1 defect within one hour, at any time of day, and provide a fix or workaround within eight hours; it shall respond to a Severity 2 defect within two hours during the Customer's working hours and fix it within three working days; Severity 3 defects shall be answered within two working days.
P:6.4 If the Vendor misses a response or fix time for a Severity 1 defect, it shall pay the Customer CNY 1,200 for each hour or part of an hour of delay, and CNY 400 for each working day of delay for a Severity 2 defect. The Customer may deduct these amounts from any sum due to the Vendor.
P:6.5 After the Warranty Period the Customer may order annual support, including corrections, updates, new releases and the support levels in Article 6.3. The annual support fee shall be 11% of the Licence Fee, that is CNY 140,800 a year, and shall not be increased for the first three years after the Warranty Period. Each support year shall be ordered by a separate purchase order and shall not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables shall belong to the Customer from their creation. The Vendor shall deliver their source code and documentation and the Customer may use, modify and license them to third parties, including other service providers, without restriction.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, whether or not anonymised or aggregated.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote-access gateway, with multi-factor authentication, using named accounts and with every session logged. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its work.
P:8.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all necessary remedial steps and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including prices, vessel and client information, drawings and security settings, and shall use it only to perform this Agreement. This obligation continues for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in Article 3.2 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and Customer Data to the Customer.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement and any dispute arising out of or in connection with it shall be governed by and construed in accordance with the laws of England and Wales.
P:13.2 Any dispute shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software Modules and Licence Scope), Annex 2 (Project Plan) and Annex 3 (Functional Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM — TIDEWELL SIGNAGE CLOUD

**Order Form No. TW-OF-2027-0412**

Supplier: Capstone Media Systems Limited, company number 09348127, registered office at Wilder Road, Ilfracombe, Devon, United Kingdom ("Capstone")

Customer: Chengdu Jinli Department Store Group Co., Ltd., Jinjiang District, Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

Capstone will provide the Tidewell Signage Cloud service (the "Service"): a hosted platform for scheduling, publishing and monitoring content on digital displays, with the Campaign Planner, Playlist Manager, Device Health Monitor, Proof-of-Play Reports and the Retail Connector for the Customer's merchandising system. The subscription covers 1,150 display players across the Customer's eleven department stores and two outlet malls, and up to 90 named Customer users.

### A2. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date") and runs for 24 consecutive months. It does not renew automatically. Any renewal or extension requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, 1,150 players | CNY 21,500 per month × 24 months | 516,000 |
| Onboarding (configuration, Retail Connector set-up, content migration, training) | one-time | 48,000 |
| **Total Contract Value** | | **564,000** |

Fees include VAT and all hosting, storage and bandwidth needed for the stated number of players. Additional players may be added at CNY 18.70 per player per month, pro rata.

### A4. Invoicing and Payment

1. The subscription fee is invoiced monthly in arrears at the end of each calendar month of the Subscription Term and is payable within 30 days of a valid VAT invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of a valid VAT invoice.
3. No amount is payable before the Subscription Start Date and no deposit or advance payment is required.

### A5. Onboarding and Go-Live Acceptance

1. Capstone will complete onboarding within 45 days after signature of this Order Form. Onboarding includes configuration of store and zone hierarchies, set-up of the Retail Connector, migration of the Customer's existing content library (about 14,000 media files) and two training sessions in Chengdu.
2. Go-Live Acceptance requires that: (a) all 1,150 players are registered and report their status to the Device Health Monitor; (b) a test campaign is published to every store and confirmed by proof-of-play records for each player; (c) price and promotion data from the merchandising system are updated on screen within five minutes for ten consecutive business days; and (d) the migrated content library is checked against the Customer's inventory list without missing files.
3. The Customer will sign the Go-Live Acceptance certificate within five business days after the criteria are met, or state in writing which criteria are not met. Use of the Service in live stores before that date does not count as acceptance.
4. If onboarding is not completed by the date in A5.1 for reasons attributable to Capstone, Capstone will pay the Customer CNY 400 for each day of delay until Go-Live Acceptance.

### A6. Contacts and Notices

Capstone account manager: Ms. Helen Yardley. Customer project lead: Mr. Zhou Wen, Information Technology Department. Notices under this Order Form must be in writing and sent to the addresses above, with a copy by email.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Capstone will make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance notified at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as follows. Priority 1: the Service is unavailable or content cannot be published to stores. Priority 2: a module is impaired, or more than fifty players cannot be reached. Priority 3: all other issues.

1.3 Capstone will respond to a Priority 1 incident within one hour, 24 hours a day, and will work continuously until the Service is restored. Priority 2 incidents will receive a response within three business hours and Priority 3 within two business days.

1.4 Capstone will report monthly availability and incident statistics in the Customer portal.

1.5 The service levels in this Section 1 are targets. No service credits, fee reductions, refunds or other compensation apply if a service level is not met.

### 2. Customer Data

2.1 "Customer Data" means all content, schedules, merchandising data, store information and user data uploaded to or generated in the Service by or for the Customer. As between the parties, Customer Data belongs to the Customer.

2.2 Capstone may process Customer Data to provide, maintain and support the Service.

2.3 Capstone may also collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the Service, including playback statistics, audience-measurement data and campaign performance, to improve its products, to build industry benchmarks and to provide insights to other customers. This right continues after the end of the Subscription Term.

### 3. Data Security

3.1 The Service is hosted in a data centre in Chengdu operated by a cloud provider holding an MLPS level-3 record. Customer Data is stored in mainland China and is not transferred outside mainland China.

3.2 Capstone maintains an ISO/IEC 27001 certified information security management system, encrypts Customer Data in transit and at rest, enforces multi-factor authentication for administrative access, keeps access logs for at least six months and tests its backups each quarter.

3.3 Capstone will notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, will take all reasonable steps to contain and remedy it, and will be responsible for losses caused by its failure to comply with this Section 3.

### 4. Customer Configurations and Intellectual Property

4.1 Capstone owns the Service, its software and its standard templates.

4.2 Layouts, templates, playlists, zone rules and connector mappings created specifically for the Customer during onboarding or at the Customer's request ("Customer Configurations") belong to the Customer. The Customer may export, use and modify them and allow third parties to use them without restriction.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public business, technical and commercial information received under this Order Form, use it only for this Order Form and disclose it only to its employees and advisers who need to know it. This obligation lasts for three years after the end of the Subscription Term.

### 6. Subprocessors and Subcontractors

6.1 Capstone will not use any subcontractor or subprocessor to perform the Service, other than the hosting provider named in Annex 1, without the Customer's prior written consent.

6.2 Capstone remains fully responsible for its approved subcontractors and subprocessors.

### 7. Warranties

7.1 Capstone warrants that the Service will perform materially in accordance with its documentation and that it will not materially reduce the functionality of the Service during the Subscription Term.

7.2 Capstone warrants that it holds all rights needed to provide the Service and will defend the Customer against any third-party claim that the Service infringes intellectual property rights.

### 8. Limitation of Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Contract Value.

8.2 The limit does not apply to death or personal injury, fraud, breach of Section 3 or Section 5, or the Customer's obligation to pay fees.

8.3 Neither party is liable for loss of profits or indirect loss.

### 9. Term and Termination

9.1 This Order Form starts on signature and ends at the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.

9.3 On termination or expiry Capstone will, at the Customer's request, export all Customer Data in a standard format within 15 days and then delete it from the Service, and will confirm the deletion in writing.

9.4 For 30 days after the end of the Subscription Term Capstone will give reasonable assistance, at no extra charge, to transfer the Customer Configurations and Customer Data to the Customer or to a replacement provider, including answering technical questions about export formats and connector mappings.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from this Order Form will be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu under its rules in force at the time. The award is final and binding.

### 11. General

11.1 This Order Form, with Annex 1 (Hosting Provider and Service Description), is the entire agreement of the parties on its subject. Changes must be agreed in writing.

11.2 Neither party may assign this Order Form without the other party's written consent.

11.3 This Order Form is signed in two originals in English.

For Capstone Media Systems Limited: ____________________

For Chengdu Jinli Department Store Group Co., Ltd.: ____________________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR BRIDGE STRUCTURAL HEALTH MONITORING
P:Contract No. XJB-EQ-2027-022 (Buyer's standard form)
P:Buyer: Guangdong Xijiang Bridge Operation Co., Ltd., Zhaoqing, Guangdong Province, People's Republic of China (the "Buyer")
P:Supplier: Quantock Structural Sensing Ltd, registered in England and Wales, with its office on The Avenue, Minehead, Somerset, United Kingdom (the "Supplier")
P:The Buyer operates two cable-stayed river crossings and needs continuous monitoring of tilt, strain and deck movement. Following a competitive tender, the Buyer awards this contract to the Supplier on the Buyer's standard terms below.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, strain nodes, gateways and accessories listed in the Price Schedule in clause 2.
P:1.2 "Software" means the Supplier's BridgeSense monitoring software, licensed under clause 3.
P:1.3 "Project Deliverables" means the sensor layout design, alarm threshold rules, dashboards, the interface to the Buyer's bridge management system and all documentation prepared for this contract.
P:1.4 The Supplier shall supply, install, calibrate and commission the Equipment and the Software on both bridges, deliver the Project Deliverables and train the Buyer's maintenance engineers, so that the complete system meets the Technical Specification in Annex A.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,640,000 including VAT, freight, insurance, import duties and all costs of installation, as set out in the Price Schedule:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Biaxial tilt sensors, IP68, with mounting brackets|120|3,800|456,000
TB:2|Wireless strain nodes with gauges|240|1,450|348,000
TB:3|Solar-powered edge gateways with 4G backhaul|16|12,500|200,000
TB:4|BridgeSense monitoring software, perpetual licence, two structures|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,390,000
TB:5|Installation on both bridges, including access equipment|1|176,000|176,000
TB:6|Calibration and commissioning|1|58,000|58,000
TB:7|Training of Buyer's engineers|1|16,000|16,000
TB:|Contract Price|||1,640,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements, changes in material costs or any other reason, except for changes ordered by the Buyer in writing.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for monitoring the two bridges named in Annex A, with unlimited users.
P:3.2 The Software shall run on the Buyer's own servers in its Zhaoqing control centre. No part of the system shall depend on servers or cloud services operated by the Supplier.
H:4. Payment
P:4.1 10% of the Contract Price shall be paid within 20 working days after signature, against the Supplier's invoice and an irrevocable bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price shall be paid within 20 working days after the Installation Certificate. The Installation Certificate only records that all Equipment has been delivered, installed and powered up; it is not acceptance of the system.
P:4.3 35% of the Contract Price shall be paid within 20 working days after the Final Acceptance Certificate.
P:4.4 Each payment requires a valid VAT invoice. The Buyer may set off against any payment the amounts due to it under this contract.
H:5. Delivery and Installation
P:5.1 The Equipment shall be delivered to the Buyer's site store in Zhaoqing within 75 days after signature. Installation shall be completed within 50 days after delivery, in working windows agreed with the Buyer's traffic management team.
P:5.2 The Supplier shall comply with the Buyer's site safety rules, including rules for working at height and over water, and shall provide qualified installers with valid certificates.
P:5.3 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate. Title passes on payment of each Equipment item.
P:5.4 Each delivery shall include packing lists, certificates of origin, factory calibration certificates for every sensor and the manufacturer's installation instructions. The Supplier shall keep a delivery and installation log, signed daily by the Buyer's site representative, and submit a weekly progress report listing completed locations, open issues and the plan for the following week.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor and node reports data to the Software at its specified sampling rate; (b) tilt readings agree with a reference survey within ±0.01 degrees at all calibration points; (c) over a continuous 60-day trial run, missing readings do not exceed 2% of the expected readings; (d) every alarm rule has been tested by a simulated exceedance and produced an alert within 60 seconds; (e) the interface to the bridge management system has transferred data without error for 20 consecutive days; and (f) all documentation, as-built drawings and calibration certificates have been delivered.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after the criteria in clause 6.1 are met, or state its reasons in writing. Installation, power-up, use of the system or any payment shall not be treated as acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and access equipment.
P:7.2 Faults are classified as Severity 1 (loss of data from a whole bridge or failure of the alarm function), Severity 2 (loss of data from more than ten sensors) and Severity 3 (other faults). The Supplier shall respond to a Severity 1 fault within 30 minutes, arrive on site within eight hours where a site visit is needed and restore the alarm function within 24 hours; Severity 2 faults shall receive a response within two hours and be repaired within five days; Severity 3 faults shall be repaired within ten days.
P:7.3 For every hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, and for every day by which it exceeds a Severity 2 repair time, CNY 500.
P:7.4 After the warranty period the Buyer may purchase annual support on the same terms as clause 7.1 to clause 7.3. The annual support fee is 8% of the Equipment and Licence Subtotal, namely CNY 111,200 per year, fixed for the first two years after the warranty period. Support shall be ordered year by year and shall not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All rights in the Project Deliverables belong to the Buyer. The Supplier shall hand over their editable files and source code, and the Buyer may use, modify and license them freely, including to other contractors.
H:9. Data and Security
P:9.1 All monitoring data, images, alarm records and configuration data produced by the system belong to the Buyer. The Supplier shall use them only to perform this contract and shall not use them for any other purpose, including anonymised or aggregated use.
P:9.2 The Supplier shall access the system only through the Buyer's remote-access platform, after approval of each session, and shall not transfer any data outside the Buyer's network or outside mainland China. Gateways shall use encrypted connections and shall have no undisclosed accounts.
P:9.3 The Supplier shall report any security incident affecting the system or its data to the Buyer within two hours, take immediate remedial action and compensate the Buyer for all losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the bridges, their structural condition, drawings, monitoring results and the Buyer's business received under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination without time limit.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to meet the delivery or installation dates in clause 5.1 or to reach Final Acceptance within 250 days after signature for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay. Total delay damages shall not exceed 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this contract without the Buyer's prior written consent. Access equipment hire may be subcontracted only to companies approved by the Buyer in writing. The Supplier remains responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:13.2 On termination the Buyer may retain the Equipment delivered and paid for and the Project Deliverables completed, and may complete the work itself or through others at the Supplier's cost.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:15. General
P:15.1 Annex A (Technical Specification) and Annex B (Sensor Layout) form part of this contract. This contract is signed in four originals in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** LF-MSA-2027-07

**Customer:** Suzhou Lianfa Textile Group Co., Ltd., Wujiang District, Suzhou, Jiangsu Province, People's Republic of China (the "Customer")

**Provider:** Harbour Row Managed IT Limited, registered in England and Wales, with its principal office on Swain Street, Watchet, Somerset, United Kingdom, acting through its engineers based in Suzhou (the "Provider")

**Background.** The Customer runs three weaving and dyeing plants and a head office in Suzhou. It wishes to outsource the day-to-day operation of its IT service desk, servers, storage and networks to the Provider for a fixed term of 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services, including logs, configuration data and tickets.

1.5 "Service Commencement Date" means the date stated in the Transition Acceptance Certificate.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term and does not renew automatically. Any extension must be agreed in writing, at charges to be negotiated.

## Section 3. Transition

3.1 The Provider shall carry out the transition of the Services from the Customer's internal team within 70 days after signature, following the Transition Plan in Schedule 1. Transition includes discovery and documentation of all in-scope assets, installation of the Provider's monitoring tools on Customer-owned servers, knowledge transfer from the Customer's staff and a parallel-run period of two weeks.

3.2 Transition is accepted when: (a) all in-scope assets are recorded in the configuration database and checked against a physical inventory; (b) monitoring covers every in-scope server, storage array and network device, and test alerts raised on a sample of 50 devices have reached the service desk; (c) runbooks for all critical systems have been approved by the Customer; and (d) the service desk has handled tickets during the parallel run with no Priority 1 incident missed. The Customer shall then sign the Transition Acceptance Certificate. The start of live operations before the certificate is signed is not acceptance.

3.3 If the Provider does not achieve Transition acceptance within the period in Section 3.1 for reasons attributable to it, the Provider shall pay the Customer delay damages of CNY 5,600 for each full week of delay, up to a total of CNY 84,000.

## Section 4. Service Delivery

4.1 The Provider shall deliver the Services in accordance with Schedule 1, with good industry practice and with the Customer's IT policies notified to it in writing.

4.2 The Provider shall station at least three engineers at the Customer's head office during business hours and provide remote monitoring and on-call support at all other times.

4.3 The Provider shall meet the Service Levels in Schedule 2. If it fails to meet a Service Level, the Customer shall receive the Service Credits in Schedule 2, which are deducted from the next invoice. Service Credits do not limit the Customer's other remedies.

4.4 The Provider shall provide a monthly service report and attend a monthly service review with the Customer's IT manager.

## Section 5. Charges and Payment

5.1 The total contract value is CNY 2,574,000, comprising the Transition Charge of CNY 126,000 and the Monthly Service Charge of CNY 68,000 for each of the 36 months of the Service Term, as set out in Schedule 3. The Charges include VAT and all costs of the Provider's staff, tools and travel.

5.2 The Transition Charge is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced quarterly in arrears, after the end of each quarter, net of Service Credits.

5.3 Invoices are payable within 30 days of receipt of a valid VAT invoice. No payment is due before the Service Commencement Date.

5.4 The Charges are fixed for the Service Term. Changes to the scope shall be agreed in writing by a change note.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services, in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data in mainland China and shall access it only from the Customer's premises or through the Customer's VPN with multi-factor authentication, using named accounts. Privileged sessions shall be recorded. The Provider shall comply with the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall notify the Customer within two hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, take immediate steps to contain it, cooperate in any investigation and compensate the Customer for all losses caused by the Provider's breach of this Section 6.

6.4 At the end of the Service Term the Provider shall return all Customer Data and delete all copies held by it, and confirm deletion in writing.

## Section 7. Intellectual Property

7.1 Tools and software that the Provider owned before this Agreement remain its property. The Provider grants the Customer a free licence to use them during the Service Term and any exit period.

7.2 Runbooks, scripts, configuration records, documentation and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and share them with any successor provider without restriction.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's designs, production data, prices and customer lists, and shall not disclose it to any third party without prior written consent, except to approved subcontractors bound by equivalent obligations. This obligation continues for five years after the end of this Agreement.

## Section 9. Subcontracting

9.1 The Provider may subcontract any part of the Services, including on-site support and hardware break-fix, to its affiliates or to third-party service companies, by giving the Customer written notice at least 14 days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the total contract value.

10.2 The limit in Section 10.1 does not apply to death or personal injury, fraud, wilful misconduct or breach of Section 6 or Section 8.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days of written notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, including handover of documentation, knowledge transfer to the Customer or a successor provider and the return of Customer Data, at the Monthly Service Charge pro rata.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou in accordance with its rules. The award is final.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, email and portal support for about 1,400 users; ticket logging, first-line fixes, escalation | 07:00–22:00 every day |
| Server and storage operations | 86 virtual and physical servers, two storage arrays, backup jobs and restore tests, patching in agreed windows | monitoring at all times; changes in windows |
| Network operations | core and plant switches, wireless controllers, firewalls and the WAN links between the three plants and head office | monitoring at all times |
| Desktop support | on-site support at head office and the three plants, device imaging, moves and changes | business hours |
| Transition | discovery, tool installation, knowledge transfer, runbooks, parallel run | 70 days from signature |

## Schedule 2 — Service Levels

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of core infrastructure (ERP servers, storage, core network) | at least 99.95% per month | 5% of the Monthly Service Charge for each 0.02 percentage point below the level, up to 20% |
| Priority 1 incident (plant production or ERP stopped) | response within 15 minutes, restoration within six hours | CNY 2,000 per hour of delay |
| Priority 2 incident (one site or department affected) | response within one hour, restoration within one business day | CNY 500 per business day of delay |
| Service desk calls | average speed of answer below 45 seconds in the month | 2% of the Monthly Service Charge if missed |
| Backup jobs | every failed scheduled job rerun successfully on the same day | 2% of the Monthly Service Charge if missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 126,000 |
| Monthly Service Charge | CNY 68,000 × 36 months | 2,448,000 |
| Total contract value | | 2,574,000 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. FMD-QD-2027-05

BETWEEN

(1) Qingdao Blue Ocean Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province ("Customer"); and

(2) Foreland Metocean Data Ltd, a company registered in England and Wales, with its registered office on Lee Road, Lynton, Devon, United Kingdom ("Provider").

BACKGROUND

Customer operates a fleet of 38 dry-bulk and container vessels and wishes to feed forecast and observed marine weather data into its voyage-planning and fleet-monitoring systems. Provider publishes global wind, wave, current and visibility forecasts and makes them available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Metocean REST API and the bulk download service described in Annex 1.

1.2 "Provider Data" means the forecasts, hindcasts, observations and derived products made available through the API.

1.3 "Customer Data" means all data submitted by Customer to the API or otherwise provided to Provider, including vessel identities, positions, planned routes, port calls and user details.

1.4 "Integration Deliverables" means the adapters, field mappings, unit conversions and test scripts developed by Provider for Customer's voyage-planning system and fleet-monitoring dashboard under clause 4.

1.5 "Subscription Year" means each of the two consecutive one-year periods of the Subscription Term, the first starting on the Start Date.

1.6 "Start Date" means 1 March 2027, or any later date agreed in writing.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use Provider Data within Customer's organisation for voyage planning, fleet monitoring, weather routing, charter-party performance claims and internal reporting.

2.2 The subscription covers up to 38 vessels, 25 named users and 2,000,000 API calls per Subscription Year. Customer may display Provider Data to its vessel masters, charterers and agents in reports that relate to Customer's own voyages.

2.3 Customer shall not resell Provider Data or use it to build a competing data product.

3. TERM

3.1 The Subscription Term starts on the Start Date and continues for two Subscription Years.

3.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement.

4. ONBOARDING AND INTEGRATION

4.1 Provider shall give Customer production access to the API, with credentials for all named users, no later than the Start Date.

4.2 Provider shall develop and deliver the Integration Deliverables within 45 days after the Start Date, including adapters for Customer's voyage-planning system and its fleet-monitoring dashboard.

4.3 The Integration Deliverables are accepted when: (a) forecast data for all 38 vessels' current positions and planned routes are retrieved and displayed in both Customer systems; (b) values shown in Customer's systems match the values returned by the API for a sample of 500 points, after unit conversion; (c) the daily bulk download has run for 14 consecutive days without failure; and (d) the source code and documentation of the Integration Deliverables have been delivered. Customer shall sign an Integration Acceptance Certificate within five business days after these criteria are met. Use of the API in production does not count as acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

    Subscription fee, Subscription Year 1          CNY 348,000
    Subscription fee, Subscription Year 2          CNY 348,000
    Integration services (one-time)                CNY  36,000
    Total                                          CNY 732,000

5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days after receipt of a valid invoice.

5.3 The integration fee is invoiced after the Integration Acceptance Certificate is signed and payable within 30 days after receipt of a valid invoice.

5.4 The fees are fixed for the Subscription Term and include all taxes. API calls above the annual allowance are charged at CNY 0.02 per call, invoiced at the end of each Subscription Year.

6. AVAILABILITY AND SUPPORT

6.1 Provider shall use commercially reasonable efforts to make the API available and to publish each forecast cycle promptly. Provider does not commit to any particular level of availability, latency or accuracy, because forecasts are by their nature uncertain.

6.2 Support requests may be sent by email to Provider's support desk, which is staffed during normal business hours in the United Kingdom. Provider shall answer support requests as soon as reasonably practicable.

6.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance on its status page in advance.

6.4 Provider may change the API, add new parameters or retire old endpoints, provided that it gives Customer at least 90 days' written notice of any change that removes a parameter used by the Integration Deliverables and, during the Subscription Term, updates the Integration Deliverables at no extra charge so that they continue to work with the changed API.

6.5 Provider shall keep the technical documentation of the API, including parameter definitions, units, model resolution and update times, current and available to Customer's users online.

7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the integration services to Customer and shall not use it for any other purpose, including the training or validation of its forecast models, whether or not the data is anonymised or aggregated.

7.2 Provider shall process Customer Data only on servers located in mainland China that are operated by the hosting provider named in Annex 2, shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least one year.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain and remedy the incident, and shall be responsible for the losses caused by its breach of this clause 7.

7.4 Within 30 days after the end of the Subscription Term Provider shall delete all Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the API and Provider Data. Nothing in this Agreement transfers any right in Provider Data except the right of use in clause 2.

8.2 The Integration Deliverables belong to Customer upon delivery. Customer may use, modify and license them to third parties, including the supplier of its voyage-planning system, without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's fleet, route and commercial information and Provider's pricing and technical documentation, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Subscription Term.

10. DELAY

10.1 If Provider fails to give production access by the Start Date under clause 4.1, or fails to deliver the Integration Deliverables by the date in clause 4.2, for reasons not caused by Customer, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 36,000.

11. LIABILITY

11.1 Provider Data is provided for planning purposes. Customer remains responsible for navigational decisions made by its masters.

11.2 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer to Provider in the six months immediately preceding the event giving rise to the claim.

11.3 Neither party shall be liable for loss of profit, loss of charter hire or any indirect or consequential loss.

12. SUBCONTRACTING

12.1 Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent. Customer approves the hosting provider named in Annex 2 by signing this Agreement. Provider remains responsible for any subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

13.2 If Customer terminates under clause 13.1, Provider shall refund the part of the subscription fee paid for the period after termination.

13.3 Provider may suspend access to the API if an invoice remains unpaid 30 days after Provider has sent Customer a written reminder, and shall restore access promptly after payment. Provider shall not suspend access for any amount that Customer disputes in good faith.

13.4 On expiry or termination, Customer may keep and continue to use Provider Data already incorporated into its voyage records, performance reports and claims files, but shall stop making calls to the API.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from or in connection with this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 This Agreement, with Annex 1 (API and Data Description) and Annex 2 (Hosting Provider), is the entire agreement of the parties on its subject.

15.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Provider's own systems or of its hosting provider is not such an event.

15.3 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1118z01_civil_affairs_charity_donation_platform.pdf", Z01),
    "z02": ("h1118z02_electric_fan_factory_line_control_retrofit.docx", Z02),
    "z03": ("h1118z03_body_shaping_studio_chain_booking_saas.txt", Z03),
    "z04": ("h1118z04_urban_management_food_waste_system_om.txt", Z04),
    "z05": ("h1118z05_shadow_puppet_workshop_tracking_supplier_template.md", Z05),
    "e01": ("h1118e01_ship_repair_eam_perpetual_licence_exmouth_vendor.pdf", E01),
    "e02": ("h1118e02_signage_saas_order_form_ilfracombe_vendor.md", E02),
    "e03": ("h1118e03_bridge_monitoring_sensors_licence_minehead_vendor.docx", E03),
    "e04": ("h1118e04_textile_group_managed_it_services_watchet_vendor.md", E04),
    "e05": ("h1118e05_marine_weather_api_subscription_lynton_vendor.txt", E05),
}

# price sums (asserted)
assert 680000 + 745000 + 118000 + 22000 == 1565000
assert 648000 + 156000 + 313200 + 112800 + 156000 == 1386000 and 1386000 + 168000 + 126000 + 18000 == 1698000
assert 18 * 36000 == 648000 and 24 * 6500 == 156000 and 54 * 5800 == 313200 and 12 * 9400 == 112800
assert 35 * 9600 == 336000 and 2 * 336000 + 86000 + 14000 == 772000 and 336000 / 4 == 84000
assert 218000 + 186 * 900 + 142800 + 57800 == 586000 and 586000 * 0.35 == 205100 and 586000 - 205100 == 4 * 95225
assert 468000 + 96000 + 24000 == 588000 and 588000 * 0.65 == 382200 and 588000 - 382200 == 205800
assert 468000 * 0.24 == 112320
assert 1280000 + 364000 + 212000 + 44000 == 1900000 and 1280000 * 0.11 == 140800
assert 21500 * 24 + 48000 == 564000
assert 120 * 3800 + 240 * 1450 + 16 * 12500 + 386000 == 1390000 and 1390000 + 176000 + 58000 + 16000 == 1640000
assert 1390000 * 0.08 == 111200
assert 68000 * 36 + 126000 == 2574000
assert 2 * 348000 + 36000 == 732000
assert round(1386000 * 0.07) == 97020 and 680000 * 0.09 == 61200

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: language, category, terms (in KEYS order), extra: sla_clause, ld_stated, capped (goods only), deemed, value
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.06, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            (T, T, T, F, 1565000)),
    "z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, F, 0.1, N, 10, T, T, 18, 7, F, F, F, "PRC", G],
            (T, T, T, F, 1698000)),
    "z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 600 / 772000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                            "PRC", S], (T, T, None, F, 772000)),
    "z04": ("zh", "services", [99.95, 0.5, T, "buyer", F, T, T, 0.1, N, 35, T, N, N, N, F, T, F, N, S],
            (T, T, None, F, 586000)),
    "z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, N, N, 65, F, F, 6, 24, F, T, N, N, G],
            (T, F, T, T, 588000)),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "England and Wales", G],
            (T, T, T, F, 1900000)),
    "e02": ("en", "cloud", [99.95, 1, F, "buyer", T, F, T, 400 / 564000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            (T, T, None, F, 564000)),
    "e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
            (T, T, T, F, 1640000)),
    "e04": ("en", "services", [99.95, 0.25, T, "buyer", T, T, T, 5600 / 7 / 2574000 * 100, 150, N, T, N, N, N, F, T, T,
                               "PRC", S], (T, T, None, F, 2574000)),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, 500 / 732000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            (F, T, None, F, 732000)),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal), annual post-warranty fee
TCO = {"z01": (680000, 61200), "z02": (1386000, 97020), "z05": (468000, 112320), "e01": (1280000, 140800),
       "e03": (1390000, 111200)}
FORUM_OUTSIDE_MAINLAND = {"e01"}
DESIGN = {
    "z01": [], "z02": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-PREPAYMENT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], "e03": [],
    "e04": ["CR-LD-LOW", "CR-SUBCONTRACT"], "e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "medium", "e05": "high"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy defaults
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def label(key):
    lang, cat, vals, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": DESIGN[key]}


def tco_share(key, t):
    base, fee = TCO[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (LABELS[key][3][4] + post) * 100


def derive(key, lab):
    """My reading of policy §3, applied to the labels."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
        share = tco_share(key, t)
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        if share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures that no text may state (regexes, case-insensitive), self-tested below
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![a-z-])four\s*-?\s*(?:working\s*|business\s*)?hours?",
    r"(?<![十二零一三五六七八九两])四\s*个?\s*小时",
    r"(?<![\d.])0?\.050*\s*(?:%|％|percent|per\s*cent|percentage)",
    r"万分之五(?![十0-9点])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])(?:100|30|40|15)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![a-z-])(?:one\s*hundred|thirty|forty|fifteen)\s*(?:percent|per\s*cent)",
    r"百分之(?:百|一百|三十|四十|十五)(?![点一二三四五六七八九])",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|个自然月)",
    r"(?<![a-z-])twelve\s*-?\s*months?", r"(?<![一二三四五六七八九])十二\s*个\s*月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "4h",
            "0.05%", "0.05 %", ".05%", "万分之五", "30%", "30 %", "百分之三十", "40%", "40 per cent", "15%", "百分之十五",
            "100%", "百分之百", "12个月", "12 months", "十二个月", "twelve months", "12-month", "thirty percent"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之五十",
             "130%", "150%", "35%", "115%", "2.15%", "112 months", "18个月", "0.02 percentage point", "0.08%", "24 months",
             "45%", "4G backhaul", "1.4 hours", "fourteen hours", "十四小时"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, _) in FILES.items():
        lab = label(key)
        t = lab["expected_terms"]
        for k, th in TH.items():
            assert t[k] is None or t[k] != th, (key, k)
        rules = derive(key, lab)
        assert rules == DESIGN[key], (key, rules, DESIGN[key])
        assert risk(rules) == RISK[key], (key, risk(rules))
        covered |= set(rules)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        share = ""
        if key in TCO:
            share = " tco_share=%.2f" % tco_share(key, t)
        print("%s %-70s len=%d rules=%s risk=%s%s" % (key, name, n, rules or "-", RISK[key], share))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
