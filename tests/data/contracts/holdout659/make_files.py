"""holdout659: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
(lengths as read back, label values off every policy threshold, a threshold-figure scan of every built file, rule
coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r'''T:滨海市港务局港口调度指挥平台采购合同
P:合同编号：BHGW-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨海市港务局
P:乙方（供应商）：江苏航迅智能科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件（项目编号BHZC2026-G031）及乙方投标文件，双方就港口调度指挥平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供港口调度指挥平台软件（以下称“平台”）的永久使用许可，包括船舶动态、泊位计划、拖轮引航调度、堆场作业监控和调度指挥大屏五个模块，许可不限用户数，部署于甲方机房。
P:1.2 乙方按甲方需求完成定制开发：泊位计划自动排程、与海事AIS系统及码头TOS系统的数据接口、潮汐与气象数据接入、调度日报及统计报表。
P:1.3 乙方负责平台安装部署、基础数据初始化、联调测试、试运行保障及甲方人员培训。
P:1.4 平台运行所需的服务器、数据库及操作系统由甲方另行提供，乙方应在投标确认的配置上完成适配，并提供部署架构图和容量规划说明。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），为含税固定总价，其中：平台软件许可费¥1,260,000；定制开发费¥684,000；实施部署费¥118,000；培训费¥26,000。
P:2.2 除第八条约定的质保期满后维护服务费外，甲方无需另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。甲方按财政资金支付程序办理付款。
P:3.5 履约保函自最终验收合格之日起退还。
H:第四条 交付与进度
P:4.1 乙方应于合同签订之日起九十日内完成部署和定制开发，并提交初步验收申请；初步验收通过后进入六十日试运行期。
P:4.2 因甲方原因造成的延误，工期相应顺延，乙方应及时书面提出。
P:4.3 乙方应在合同签订后十日内提交项目实施方案和进度计划，经甲方确认后执行；项目经理及核心技术人员不得擅自更换，确需更换的须经甲方书面同意，且替换人员资历不低于原人员。
H:第五条 验收
P:5.1 初步验收标准：合同及需求规格说明书所列功能全部实现；AIS、TOS接口数据连续七日比对一致；调度指挥大屏在二百个并发用户下页面响应不超过二秒；通过甲方委托的第三方安全测评。
P:5.2 最终验收标准：试运行六十日内无一级故障，二级故障均在约定时限内修复；定制开发源代码、接口文档、部署文档和操作手册齐全并移交甲方；培训考核合格。
P:5.3 甲方组织验收小组按上述标准逐项验收并出具书面验收报告。平台上线使用、甲方付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并申请复验，复验费用由乙方承担；复验仍不合格的，按第十二条处理。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日经甲方同意）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或调度指挥中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中解决。
P:6.3 乙方未达到上述要求的，一级故障每超时一小时扣减¥1,500；月可用率每低于约定值0.01个百分点扣减¥2,000，扣款从履约保证金或应付维护费中抵扣。
P:6.4 乙方每季度向甲方提交运行服务报告，内容包括可用率统计、故障处理记录、性能分析和优化建议。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的程序、接口、报表及相关文档的知识产权归甲方所有，乙方应交付全部源代码，甲方可自行修改、使用或委托第三方维护。
P:7.3 乙方保证平台及交付物不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 质保与维护
P:8.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:8.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护服务费为平台软件许可费的9%（即¥113,400/年），该费率自质保期满之日起三年内不上调。维护合同另行签订，不自动续期。
P:8.3 质保期内因乙方产品缺陷导致的数据错误或功能失效，乙方应无偿修复，并协助甲方恢复受影响的业务数据。
H:第九条 数据安全
P:9.1 平台中的船舶、货物、作业及调度数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方须遵守《数据安全法》《网络安全法》及网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，不得将任何数据拷贝出甲方网络。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或维护服务结束时，乙方应删除其掌握的全部甲方数据副本、账号和访问权限，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方港口布局、作业计划、网络结构等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担连带责任。
H:第十一条 分包
P:11.1 乙方可将综合布线、大屏安装等非主体辅助工作分包给具备相应资质的单位，但应在分包前五个工作日书面告知甲方。乙方对分包工作向甲方承担全部责任。
P:11.2 平台软件开发、定制开发及实施等主体工作不得分包。
H:第十二条 违约责任
P:12.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:12.2 乙方交付物不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权拒收。
P:12.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
P:12.4 乙方支付的违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。违约金可从应付款项或履约保函中直接扣除。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后二十日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:13.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码及全部文档，并配合甲方做好平台后续运行的交接。
P:13.2 任何一方因不可抗力不能履行合同的，应及时通知对方并提供证明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨海市港务局　　　乙方（盖章）：江苏航迅智能科技有限公司
P:日期：2026年3月
'''

Z02 = r'''T:镀膜生产线控制系统改造及维保合同
P:合同编号：MJGX-JS-2026-0412
P:甲方：丹阳明镜光学镜片有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方拟对二号、三号车间四条真空镀膜生产线的控制系统进行改造升级。经比选，甲方确定由乙方承担本项目。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责四条镀膜线的控制柜更换、真空计及膜厚监控仪更换、工控机及触摸屏更换、镀膜工艺控制软件部署、与甲方MES系统的接口开发，以及既有工艺配方的迁移和验证。
P:1.2 改造分两批实施，每批两条线，每批停线时间不超过二十日，具体停线窗口由甲方生产部门确定。
P:1.3 设备清单、技术参数和软件功能以本合同附件《技术规格书》为准。
P:1.4 乙方应为甲方培训操作人员和设备维护人员不少于二十人次，培训内容包括系统操作、配方管理、日常维护和常见故障处理。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰壹拾玖万陆仟元整（¥1,196,000），含税、含运输、安装及调试，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含伺服及电气元件）|4套|96,000|384,000
TB:2|真空计及光学膜厚监控仪|6台|38,500|231,000
TB:3|工控机及触摸屏|4套|21,000|84,000
TB:4|镀膜工艺控制软件许可（永久）|4套|52,000|208,000
TB:5|MES接口软件许可（永久）|1套|68,000|68,000
TB:|设备及软件许可小计|||975,000
TB:6|安装调试及拆旧改造|1项|146,000|146,000
TB:7|工艺配方迁移与验证|1项|58,000|58,000
TB:8|操作及维护培训|1项|17,000|17,000
TB:|合同总价|||1,196,000
P:2.2 上述价格为固定总价，包括设备、软件、安装材料、差旅、税费及乙方为完成本项目所需的全部费用，甲方不再另行支付。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次请款前应提供等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，第一批两条线在到货后二十日内完成改造并投料试产，第二批在第一批验收合格后二十日内完成。
P:4.2 改造期间乙方应做好现场防护，不得损坏甲方镀膜腔体、真空泵组及其他设施，造成损坏的，由乙方修复或赔偿。
P:4.3 因乙方原因导致停线时间超过第1.2条约定的，超出部分按逾期处理；因甲方生产安排调整导致的延误，工期相应顺延。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十个工作日，验收标准为：抽真空至工作真空度的时间不长于改造前；膜厚控制偏差不超过±1.5纳米；减反射膜镀膜良品率不低于改造前三个月平均水平；与MES系统的工单、批次和工艺参数数据交互准确无误。
P:5.2 四条线全部单线验收合格后，甲方组织最终验收，核查全部技术资料、配方迁移记录、接口文档和培训记录，并出具书面验收报告。
P:5.3 投料试产、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
P:5.4 乙方应在最终验收前向甲方移交设备合格证、电气图纸、PLC程序备份、软件安装介质、操作手册和维护手册各两套。
H:第六条 质保期
P:6.1 设备及软件的质保期为二十四个月，自最终验收合格之日起计算。质保期内非人为损坏的硬件免费更换，软件缺陷免费修复。
P:6.2 质保期内，乙方提供远程技术支持及每季度一次现场巡检，巡检后提交巡检报告。
P:6.3 质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品，更换后该部件的质保期重新计算。
H:第七条 故障响应
P:7.1 一级故障（镀膜线停机或批量报废风险），乙方应在1小时内远程响应，8小时内到达甲方现场；二级故障（单项功能异常）2小时内响应，两个工作日内处理完毕；三级故障（一般咨询）一个工作日内答复。
P:7.2 乙方应保持常用备件库存，确保一级故障所需的控制模块和真空计备件可在到场时同时提供。
P:7.3 乙方尽力按前述时限处理故障，因响应或修复超时产生的停产损失，乙方不承担扣款、赔偿或违约金责任。
P:7.4 乙方应指定一名项目经理和一名常驻技术工程师负责本项目，联系方式变更应及时书面通知甲方。
H:第八条 质保期后维保
P:8.1 质保期满后，乙方按年度提供维保服务，年度维保费为设备及软件许可小计的10%，即人民币97,500元/年，自质保期满之日起三年内固定不变。
P:8.2 维保服务内容包括软件升级、故障处理、每季度巡检和备件更换（易损件除外），维保合同每年由双方书面签订，不自动续期。
P:8.3 维保期间乙方提供的备件应为原厂新件，备件价格按投标报价清单执行。
H:第九条 知识产权
P:9.1 镀膜工艺控制软件和MES接口软件的原有知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:9.2 乙方为本项目编写的MES对接程序、配方迁移脚本及相关文档的知识产权归甲方，乙方应交付源代码，甲方有权自行修改和使用。
H:第十条 数据安全
P:10.1 镀膜工艺配方、膜系设计参数及生产数据属于甲方所有，乙方仅为本合同目的使用，不得复制、外传或用于为其他客户提供服务。
P:10.2 乙方远程访问须经甲方书面批准，通过甲方指定的VPN和账号进行，每次访问留存日志；乙方人员使用的移动存储介质须经甲方检查。
P:10.3 发生数据泄露的，乙方应在发现后2小时内通知甲方，采取补救措施，并承担由此造成的损失。
P:10.4 合同终止后，乙方应删除或返还其持有的甲方配方及生产数据，并出具书面确认。
H:第十一条 保密
P:11.1 双方对履约中获知的对方技术秘密和经营信息负有保密义务，保密期限至本合同终止后三年。
P:11.2 乙方应要求其参与本项目的人员遵守保密义务，其人员泄密的，由乙方承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:12.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.4 乙方交付的设备或软件不符合约定且经两次整改仍不合格的，甲方有权退货，乙方应退还相应款项。
H:第十三条 分包与转让
P:13.1 乙方不得将本项目转包。电气安装等辅助工作需要分包的，须事先取得甲方书面同意，乙方对分包方的行为负责。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:14.2 合同解除后，乙方应配合甲方恢复生产线正常运行，并移交已完成部分的技术资料。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同附件与正文具有同等效力。本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：丹阳明镜光学镜片有限公司　　　乙方（盖章）：常州恒控自动化工程有限公司
'''

Z03 = r'''电竞馆连锁门店预约及会员管理系统SaaS服务合同

合同编号：YJDJ-IT-2026-009
甲方：成都燃擎电竞文化连锁有限公司
乙方：杭州云座信息技术有限公司

甲方在全国经营35家连锁电竞馆，为统一管理机位预约、会员储值与积分、包厢排期和门店经营数据，拟采用乙方提供的“云座”门店管理SaaS服务，并由乙方完成实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务：乙方通过其云平台向甲方35家门店提供机位与包厢在线预约、会员注册与等级、储值与积分、门店收银、赛事活动报名、经营报表等功能，提供门店端、管理端和会员小程序。
（二）实施服务：
1. 门店、机位、包厢和价格体系的初始化配置；
2. 甲方现有会员系统中约二十六万条会员数据及储值余额的迁移与核对；
3. 与甲方收银POS、门禁闸机及财务系统的接口对接；
4. 门店店长及收银员培训，每店不少于两人。
5. 会员小程序的甲方品牌界面设计和上架。
（三）服务期：订阅服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（四）乙方应为甲方指定专属客户成功经理和实施项目经理，服务期内每季度与甲方召开一次服务回顾会议，讨论功能需求、门店使用情况和改进计划。
（五）乙方提供的会员小程序应符合微信平台规则，因乙方原因导致小程序被下架的，乙方应在两个工作日内恢复。

二、费用
（一）订阅费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）实施费：一次性人民币128,000元。
（三）合同总价为人民币800,000元（含税）。
（四）服务期内新增门店的，按每店每个服务年度9,600元按月折算计费；关闭门店的，自下一个服务年度起相应减少订阅费。
（五）订阅费包括平台使用、云资源、短信通知（每店每月不超过五千条）、标准版本升级和在线客服支持，超出短信条数部分按实际用量另行结算。

三、付款方式
（一）实施费在上线验收合格后十个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。本合同不设预付款。
（四）甲方有权从应付款项中直接扣除乙方应支付的服务补偿和违约金。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、数据迁移和接口对接，并提交上线验收申请。
（二）验收标准：
1. 合同附件功能清单所列功能全部可用；
2. 迁移会员数、储值余额和积分与甲方原系统逐条核对一致；
3. 收银、门禁和财务接口连续五个营业日数据一致；
4. 高峰时段五千个会员同时在线预约时，页面响应不超过两秒。
5. 门店端在甲方指定的网络环境下稳定运行。
（三）甲方按上述标准组织验收并签署上线验收单。门店试用、甲方付款均不视为验收合格。验收不合格的，乙方应在七日内整改后重新申请。
（四）上线验收合格后，乙方应提供不少于三十日的驻场保障，协助门店处理使用问题，并根据门店反馈完成配置优化。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨二时至六时之间并提前三日通知甲方。
（二）故障响应：一级故障（全部或多家门店无法预约、收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）1小时内响应，当日解决；三级问题一个工作日内答复。
（三）服务补偿：月度可用率未达到约定的，每低于0.1个百分点，按当月订阅费的2%抵减下期费用；一级故障超时恢复的，每超时一小时抵减当月订阅费的1%。
（四）乙方每月向甲方提供服务报告，包括可用率、故障记录和处理情况。
（五）乙方应设立全年无休的客服热线和在线工单渠道，一级故障可通过热线直接报告，乙方接报时间即为响应计时起点。
（六）乙方进行版本升级影响门店操作流程的，应至少提前七日通知甲方，并提供升级说明和培训材料。

六、数据与安全
（一）会员信息、交易记录、储值数据及门店经营数据属于甲方所有。
（二）乙方可将上述数据进行脱敏、汇总处理后，用于电竞行业消费分析报告、产品功能改进和向其他客户提供的行业基准服务，该使用在合同期满后仍可继续。
（三）乙方应依照《个人信息保护法》《数据安全法》采取加密存储、访问控制、操作日志审计等安全措施，平台应通过网络安全等级保护二级以上测评。发生数据泄露或安全事件的，乙方应在2小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。
（五）乙方平台部署于中国境内的数据中心，会员个人信息不得向境外传输；乙方更换云服务提供商或数据中心的，应提前三十日书面通知甲方。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方开发的接口程序、专属报表和配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其平台及服务不侵犯任何第三方的知识产权；如因侵权引起纠纷，由乙方负责处理并承担全部责任。

八、保密
双方对在履约中获知的对方商业秘密、会员信息及未公开经营数据承担保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。乙方应对其接触甲方会员数据的员工进行保密培训，并签署保密承诺书。

九、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致会员储值数据错误的，乙方应在甲方通知后立即更正，并赔偿甲方及会员因此遭受的损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（四）乙方支付违约金后，仍应继续履行本合同；违约金不足以弥补甲方损失的，乙方应补足。

十、续期
本合同服务期届满前三十日，任何一方未书面提出终止的，合同自动续期一个服务年度，可多次续期。续期期间的订阅单价由乙方按其当年公布的价目表调整，上调幅度不超过上一服务年度单价的8%，乙方在续期前通知甲方即可。

十一、分包
乙方不得将实施服务分包给第三方；确需由第三方完成接口开发的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约或月度可用率连续两个月低于约定值的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费并赔偿损失。合同解除或终止的，乙方应按第六条第（四）项配合甲方完成数据导出和迁移，在迁移完成前不得中断服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

十四、其他
本合同附件包括功能清单、门店清单和服务水平说明，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签章之日起生效。
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：成都燃擎电竞文化连锁有限公司
乙方（盖章）：杭州云座信息技术有限公司
日期：2026年4月
'''

Z04 = r'''滨州市文学艺术界联合会文艺活动管理系统年度运维服务合同

项目编号：BZWL-CS-2026-03　　采购方式：竞争性磋商
甲方（采购人）：滨州市文学艺术界联合会
乙方（成交供应商）：山东齐鲁数联信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、竞争性磋商文件及乙方响应文件，甲乙双方就文艺活动管理系统年度运维服务订立本合同。

第一条 服务对象与服务期
（一）服务对象为甲方文艺活动管理系统，包括活动申报审批、演出与展览排期、场馆预约、会员（协会会员）管理、作品征集评审、线上展厅及微信公众号对接等子系统，以及支撑其运行的服务器、数据库和中间件。
（二）服务期自2026年5月1日起至2027年4月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。
（三）甲方负责提供系统运行所需的机房环境、网络条件和必要的办公条件，并指定专人作为联系人。

第二条 服务内容
（一）日常运维：系统巡检、日志分析、数据库备份与恢复演练、中间件和操作系统补丁管理、账号与权限管理。
（二）驻场服务：乙方派驻一名具有三年以上同类经验的运维工程师，在甲方工作日驻场；重大文艺活动（以甲方书面通知为准）期间增派一名工程师现场保障。
（三）安全运维：每季度一次漏洞扫描和整改，配合甲方完成网络安全等级保护测评及整改。
（四）应急保障：制定应急预案，每半年组织一次应急演练。
（五）优化开发：完成磋商文件列明的作品征集评审流程优化、场馆预约统计报表等小版本优化，工作量不超过八十人日。
（六）文档管理：建立并持续更新系统配置台账、运维手册和变更记录，每月向甲方提交运维月报，每季度提交服务报告。
（七）变更管理：涉及生产环境的配置变更、补丁安装和版本发布，乙方应提前提交变更方案，经甲方审批后在非工作时间实施，并做好回退准备。

第三条 服务费用及支付
（一）合同总价为人民币肆拾伍万贰仟元整（¥452,000），含税，其中：日常运维费¥218,000；驻场服务费¥146,000；安全巡检及应急保障费¥52,000；优化开发费¥36,000。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后十个工作日内支付该季度服务费，每季度支付合同总价的四分之一，考核扣款从当季服务费中扣除。
（三）本合同不设预付款。乙方应在每次付款前开具合法发票。
（四）服务期内，因甲方新增子系统导致工作量明显增加的，双方可另行协商并签订补充协议。

第四条 服务水平
（一）系统月可用率不低于99.97%，经甲方同意的计划内维护不计入不可用时间。
（二）故障分级及处理时限：
1. 一级故障（系统整体瘫痪、数据丢失或线上展厅无法访问）：乙方应在30分钟内响应，1小时内到达现场，3小时内恢复；
2. 二级故障（部分子系统或主要功能异常）：1小时内响应，8小时内修复；
3. 三级故障（一般性功能问题及咨询）：2小时内响应，两个工作日内解决。
（三）重大文艺活动期间，乙方应在活动开始前完成专项巡检和压力测试，并在活动期间全程值守。
（四）服务未达到上述标准的，按以下方式扣减服务费：月可用率每低于约定值0.01个百分点，扣减¥800；一级故障每超时一小时扣减¥1,000；二级故障每超时一小时扣减¥300。
（五）乙方应提供全天候服务热线，节假日期间安排专人值班，保证甲方报障渠道畅通。

第五条 人员管理
（一）乙方驻场人员须遵守甲方工作制度和信息安全管理规定，未经甲方同意不得更换；确需更换的，应提前十日书面申请，替换人员资历不低于原人员。
（二）乙方驻场人员的工资、社保及其他费用由乙方承担，与甲方不存在劳动关系。
（三）乙方应对驻场人员进行安全背景审查和保密培训，人员名单报甲方备案。

第六条 考核与验收
（一）季度考核：甲方根据服务报告、故障记录和满意度调查，对乙方服务进行季度考核，考核内容包括服务水平达成率、巡检及备份完成情况、驻场出勤和文档质量。季度考核得分低于八十分的为不合格，乙方应在十日内整改。
（二）优化开发验收：乙方完成优化开发后提交测试报告，甲方按需求说明逐项测试，功能全部实现且试运行十日无一级、二级故障的，出具验收单。
（三）年度验收：服务期满前，甲方按磋商文件规定的服务指标、四个季度考核结果和运维文档移交情况组织年度验收，出具书面验收意见。
（四）甲方付款或系统正常使用均不代替上述考核和验收。

第七条 数据安全
（一）系统中的会员信息、作品资料、活动数据及系统日志属于甲方所有，乙方仅为履行本合同使用，不得以任何方式复制、留存或用于其他目的。
（二）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作须通过甲方堡垒机进行并全程审计，禁止在外部设备中存储甲方数据。
（三）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方，立即采取处置措施，并配合甲方向主管部门报告；因乙方原因造成的损失和处罚由乙方承担。
（四）服务期满或合同解除时，乙方应移交全部账号、密码、配置和运维文档，并删除其掌握的甲方数据副本，出具书面确认。
（五）乙方应每月检查备份数据的完整性，每半年完成一次恢复演练，确保数据可在约定时间内恢复。

第八条 保密
乙方及其人员对履约中知悉的甲方工作秘密、未公开信息和会员个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。

第九条 知识产权
乙方在本合同项下完成的优化开发程序、报表、应急预案和运维文档的知识产权归甲方所有，乙方应移交源代码和文档，甲方可自由使用和修改。

第十条 分包
乙方不得将本合同项下的服务转包或分包。

第十一条 违约责任
（一）乙方未按约定时间完成服务交接、优化开发交付或整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺勤的，每人每日扣减¥600。
（三）甲方无正当理由逾期支付服务费的，按照国家有关规定承担责任。
（四）乙方支付违约金或被扣减服务费后，仍应继续履行合同义务。违约金和扣款可从应付服务费中直接扣除。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，乙方应赔偿由此造成的损失，并配合甲方完成运维工作交接。合同解除后，甲方按乙方实际提供合格服务的期间结算服务费。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商处理。因不可抗力导致系统中断的，乙方仍应尽力采取措施减少损失并尽快恢复服务。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、乙方响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：滨州市文学艺术界联合会
乙方（盖章）：山东齐鲁数联信息技术有限公司
签订日期：2026年4月
'''

Z05 = r'''# 锐锁装配测试追溯管理软件许可及实施合同

**（锐锁软件标准合同文本 RS-HT-2025 版）**

合同编号：RS-2026-0318

甲方（采购方）：温州安固锁具制造有限公司

乙方（供应方）：宁波锐锁智能软件有限公司

甲方因生产管理需要，向乙方采购“锐锁装配测试追溯管理软件”（以下简称“软件”）的使用许可及相关定制开发、实施服务。双方经友好协商，依据《中华人民共和国民法典》，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供软件永久使用许可，覆盖甲方锁芯、锁体及智能门锁三个装配车间，包括工单管理、工位防错、扭矩数据采集、气密及功能测试记录、激光刻码与条码追溯、质量统计分析等模块，许可站点数为四十八个工位客户端。

1.2 乙方按本合同附件所列需求，为甲方完成定制开发：与甲方拧紧枪控制器、气密测试仪、激光刻码机的数据对接，以及客户要求的出货追溯报表。

1.3 乙方负责软件安装、基础数据配置、上线辅导和操作培训。

1.4 软件运行环境要求、功能清单及定制开发需求说明详见本合同附件一至附件三。乙方按附件所列功能提供软件，附件未列明的功能不在本合同范围内。

## 第二条 合同价款

2.1 本合同总价为人民币捌拾万元整（¥800,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 装配测试追溯管理软件永久许可（服务端一套，工位客户端四十八个） | 680,000 |
| 2 | 设备数据对接及追溯报表定制开发 | 84,000 |
| 3 | 安装配置、上线辅导及培训 | 36,000 |
| | 合计 | 800,000 |

2.2 上述价格不含服务器、工控机、扫码枪等硬件设备，该等设备由甲方自行采购。

2.3 本合同价款包括乙方派员到甲方现场的差旅费用，但甲方要求超出项目计划增加现场服务的，按乙方工程师人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币400,000元。乙方收到该笔款项后开始安排项目实施。

3.2 软件上线运行后十个工作日内，甲方支付合同总价剩余的50%，即人民币400,000元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施或暂停技术支持。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到首期款后九十日内完成软件安装和定制开发，具体进度以乙方项目计划为准。

4.2 因甲方现场设备、网络条件不具备或甲方人员配合不到位造成的延误，实施期限相应顺延，乙方不承担责任。

4.3 如乙方实施进度滞后，乙方应增派人员、加快进度，尽快完成交付。

4.4 乙方应在上线前对甲方关键用户进行操作培训，培训人数不超过二十人，培训地点为甲方现场。

4.5 甲方应指定项目负责人，按乙方要求提供设备通讯协议、工艺参数、物料编码等基础资料，并保证其真实完整。

## 第五条 验收

5.1 软件安装完成并在甲方生产现场上线运行后，即视为甲方验收合格。

5.2 甲方应在上线运行之日起七日内提出书面异议，逾期未提出的，视为甲方对软件无异议。

5.3 软件上线运行后，甲方提出的需求变更或新增功能，不影响验收结论，乙方可另行报价。

## 第六条 免费维护

6.1 乙方自软件上线运行之日起提供六个月的免费维护，内容包括软件缺陷修复和远程技术咨询。

6.2 免费维护期内，甲方遇到软件问题时可通过电话、邮件或乙方客服系统向乙方报告，乙方将尽快安排技术人员处理，处理时限视问题复杂程度确定。

6.3 因甲方操作不当、擅自修改配置、硬件或网络故障、病毒等原因造成的问题，不属于免费维护范围，乙方可提供有偿服务。

6.4 免费维护期内乙方提供的软件补丁和小版本升级以乙方发布为准，不包括重大版本升级和新增模块。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得软件升级和技术支持，应与乙方签订年度维护服务协议，年度维护费按软件许可费的22%计收，即每年人民币149,600元。

7.2 未签订年度维护服务协议的，乙方不再提供软件升级，甲方提出的技术支持需求按乙方工程师人天单价另行计费。

## 第八条
7.3 年度维护服务内容包括软件补丁及版本升级、远程技术支持和每年一次现场巡检，现场服务以外的差旅费用由甲方承担。

## 第八条 知识产权

8.1 软件及其相关文档的著作权及其他知识产权归乙方所有。甲方仅获得在本合同约定范围内的使用权，不得对软件进行反向工程、反编译或复制转让。

8.2 乙方为甲方进行的定制开发成果（包括设备对接程序、追溯报表及其源代码）的知识产权归乙方所有，乙方授予甲方在本合同约定工位范围内的非独占使用权；未经乙方书面许可，甲方不得修改或交由第三方使用。

8.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

8.4 乙方保证软件不侵犯第三方的知识产权。

## 第九条 数据安全

9.1 甲方在使用软件过程中产生的生产数据、质量数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在实施及维护过程中接触甲方系统和数据的，应遵守甲方的信息安全管理制度，仅在甲方授权范围内操作，采取必要的技术措施防止数据泄露、篡改或丢失。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在知悉后及时通知甲方并采取补救措施，并对甲方由此遭受的直接损失承担赔偿责任。

9.4 甲方应自行做好数据备份，因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

10.1 双方对因履行本合同而知悉的对方技术信息、经营信息及其他商业秘密负有保密义务，未经对方书面同意不得向任何第三方披露。

10.2 本条保密义务在本合同终止后三年内持续有效。

10.3 双方应要求其员工遵守本条约定的保密义务。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

11.3 因不可抗力或第三方原因（包括甲方采购的硬件、操作系统、数据库及网络服务）导致软件无法正常运行的，乙方不承担违约责任。

11.4 甲方擅自修改软件或将软件用于约定范围以外的，乙方有权终止许可并要求甲方赔偿损失。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能。

12.3 合同解除或终止后，双方的保密义务及本合同中关于知识产权的约定继续有效。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效。本合同附件为本合同不可分割的组成部分。

14.2 本合同一式两份，甲乙双方各执一份，具有同等法律效力。

14.3 本合同的任何修改或补充应以书面形式作出，并经双方签字盖章后生效。

甲方（盖章）：温州安固锁具制造有限公司　　　　乙方（盖章）：宁波锐锁智能软件有限公司

签订日期：2026年3月
'''

E01 = r'''T:Software Licence and Services Agreement
P:Agreement No. CHQ-FSL-2026-021
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Huaqiao Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong (the "Buyer"), and Charcas Industrial Software S.R.L., a company incorporated in Bolivia with its principal office at Calle Bolivar 412, Sucre, Bolivia (the "Vendor").
P:The Buyer operates four tile production lines with roller kilns, glazing lines and sorting stations and wishes to plan and schedule production with the Vendor's KilnPlan software. The Vendor has agreed to license the software and to configure, extend and implement it for the Buyer on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KilnPlan production planning and scheduling software, version 7, in object code, with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, scheduling rules, reports, scripts and related documentation written by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all production, order, quality, recipe and personnel data entered into or generated by the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers in Foshan for the Buyer's own business, for up to 120 named users and the four production lines, with the right to make backup and test copies.
P:2.2 The Vendor shall configure the Software for the Buyer's plant; develop interfaces with the Buyer's ERP system, the kiln control systems and the automatic sorting stations; migrate open orders and master data; and train the Buyer's planners and administrators.
P:2.3 The detailed scope, interface list and project plan are set out in Annex A (Statement of Work).
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,580,000, inclusive of VAT and all taxes payable in China, made up of: (a) Software licence fee, CNY 1,180,000; (b) configuration, interfaces and data migration, CNY 356,000; and (c) training, CNY 44,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
P:3.3 The Vendor bears any withholding tax and bank charges arising in Bolivia. The Buyer withholds any Chinese tax that it is required by law to withhold and provides the tax receipts.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price in CNY by bank transfer in three instalments: (a) 10% within thirty days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer; (b) 55% within thirty days after the Software is installed and the interfaces are ready for testing, which is not acceptance; and (c) 35% within thirty days after Final Acceptance.
P:4.2 The Vendor shall issue a correct invoice for each instalment. Payments made are not evidence that any work has been accepted.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within forty-five days and reach readiness for acceptance testing within one hundred and twenty days after signature, in line with the project plan.
P:5.2 Acceptance tests shall show that: (a) every function in the Statement of Work works as specified; (b) a weekly schedule for all four lines is generated in less than ten minutes; (c) data exchanged with the ERP system and the kiln control systems is complete and correct for twenty consecutive production days; and (d) the Software runs for thirty consecutive days without a Severity 1 defect.
P:5.3 When the tests are passed, the Buyer issues a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Installation, go-live or productive use of the Software do not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, supplies updates and provides remote support free of charge.
P:6.2 Defects are classified as Severity 1 (scheduling stopped or wrong schedules released to production), Severity 2 (a major function unavailable with a workaround) and Severity 3 (other defects and questions). The Vendor shall respond to Severity 1 defects within one hour and restore service within eight hours; respond to Severity 2 defects within three hours and fix them within three working days; and answer Severity 3 matters within two working days. Support is provided in Chinese or English from 08:00 to 20:00 Beijing time, seven days a week, with an on-call engineer for Severity 1 outside those hours.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall pay CNY 1,000 for each hour of delay, and CNY 400 for each working day a Severity 2 fix is late. These amounts are deducted from sums due to the Vendor or paid on demand.
P:6.4 After the Warranty Period, the Buyer may order annual support at 11% of the licence fee per year (CNY 129,800), fixed for the first three years after the Warranty Period. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor.
P:7.2 The Custom Deliverables and all intellectual property in them belong to the Buyer from creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only remotely through the Buyer's VPN with accounts issued by the Buyer and for approved tasks, shall not transfer Buyer Data outside the Buyer's network, and shall comply with the Buyer's information security rules and applicable data protection law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within six hours after becoming aware of it, take immediate remedial action and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's non-public technical and business information confidential, use it only for this Agreement and disclose it only to staff who need to know it and are bound by equivalent obligations.
P:9.2 These obligations continue for five years after this Agreement ends.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to reach readiness for acceptance testing by the date in Article 5.1 for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, breach of Article 8 or 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor refunds payments for services not performed and delivers all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Plurinational State of Bolivia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be negotiated in good faith. If it is not settled within sixty days, it shall be finally resolved by arbitration in Sucre, Bolivia, under the Rules of Arbitration of the International Chamber of Commerce, by a sole arbitrator, in English.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect. If such an event continues for more than ninety days, either party may terminate this Agreement by written notice, and the Vendor refunds amounts paid for work not performed.
H:Article 15 General
P:15.1 This Agreement with its Annexes is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
'''

E02 = r'''# Order Form and General Terms — HelpBridge Multilingual Support Desk

**Order Form No. HB-CN-2026-0147**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between **Valle Alto Cloud Services S.R.L.**, Avenida Ballivian 655, Cochabamba, Bolivia ("Provider"), and **Hangzhou Lanjing Cross-Border Trade Co., Ltd.**, Binjiang District, Hangzhou, People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service and Quantities

Provider will provide its HelpBridge multilingual customer-support desk as a hosted service (the "Service"): ticketing, live chat, e-mail and marketplace message channels, machine translation between Chinese, English, Spanish and Portuguese, a knowledge base, and reporting. The subscription covers 240 named agent seats and the Customer's storefronts on four marketplaces. Customer may add seats during the Subscription Term at the per-seat rate below, prorated by month.

### A2. Subscription Term

The initial Subscription Term is 24 months from the Subscription Start Date, which is the date on which Customer signs the Go-Live Acceptance certificate under A4. The Subscription Term is divided into two Subscription Years.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 240 seats × CNY 1,150 | 276,000 |
| Subscription, Subscription Year 2 | 240 seats × CNY 1,150 | 276,000 |
| Onboarding (configuration, channel connectors, data import, training) | fixed, one-time | 46,000 |
| **Total contract value** | | **598,000** |

All fees include VAT. Translation volume above 3 million characters a month is billed monthly in arrears at the rates in Provider's online price list; it is not part of the contract value.

### A4. Onboarding and Go-Live Acceptance

Provider will complete onboarding within fifty days after signature of this Order Form. Onboarding includes connecting the four marketplace channels and Customer's e-mail domains, importing open tickets and the existing knowledge base, configuring routing rules and macros for Customer's teams, and training 20 team leaders. Go-Live Acceptance tests verify that: (a) messages from every connected channel create tickets within thirty seconds; (b) replies are delivered back to the originating channel; (c) the imported tickets and knowledge articles match the source counts; and (d) translation runs on all four language pairs. Customer signs the Go-Live Acceptance certificate within five working days after the tests pass. Use of the Service before that date for testing does not count as acceptance. If onboarding is not completed within the agreed period for reasons attributable to Provider, Provider pays CNY 450 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced on the Subscription Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days by bank transfer in CNY to Provider's account in China. No amount is payable before the Subscription Start Date.

### A6. Renewal

At the end of the initial Subscription Term, the subscription renews automatically for successive renewal terms of 24 months unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the per-seat fee for any renewal term by up to 9% over the fee of the preceding term by stating the new fee on its renewal invoice.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider will make the Service available to Customer's authorised users in accordance with the Agreement and the documentation.

1.2 Provider may update the Service from time to time, provided that an update does not materially reduce the functionality ordered in Part A.

1.3 Customer is responsible for the accuracy of the content it submits, for its users' compliance with the Agreement and for keeping login credentials secure.

### 2. Service Levels

2.1 Provider will make the Service available 99.95% of the time in each calendar month, measured at Provider's network edge and excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Incidents are classified by Customer as Priority 1 (the Service or a whole channel is unavailable to all users), Priority 2 (a major feature is degraded) or Priority 3 (other issues). Provider will respond to Priority 1 incidents within 30 minutes at any time, and to Priority 2 incidents within two hours during business hours; Priority 3 issues are answered within two business days. Provider will provide status updates every hour until a Priority 1 incident is resolved.

2.3 If monthly availability falls below the commitment in 2.1, Provider will credit 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. If a Priority 1 response is late, Provider will credit CNY 800 for each late incident. Credits are applied to the next invoice or refunded at the end of the term.

### 3. Customer Data

3.1 All tickets, messages, attachments, customer contact details and other data submitted to the Service by or for Customer ("Customer Data") belong to Customer. Provider uses Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Customer Data is hosted in data centres in mainland China. Provider will not transfer Customer Data outside mainland China without Customer's written consent.

3.3 Within thirty days after the end of the Agreement, Provider will make Customer Data available for export in standard formats and will then delete it and confirm the deletion in writing.

### 4. Data Security

4.1 Provider will maintain technical and organisational security measures appropriate to the Service, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access and annual penetration tests. The Service's hosting platform holds a valid MLPS level 3 record.

4.2 Provider will notify Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, investigate it, take remedial action and cooperate with Customer's notifications to authorities and data subjects.

4.3 Provider is responsible for losses caused by a security incident resulting from its breach of this Section 4.

### 5. Confidentiality

5.1 Each party will keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations last for three years after the Agreement ends, and for trade secrets and Customer Data for as long as they remain confidential.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and documentation, and all improvements to them.

6.2 Routing rules, macros, templates, workflow configurations and reports created for Customer during onboarding or at Customer's request belong to Customer. Customer may use, modify and share them freely, including with other service providers, and Provider will export them on request.

### 7. Subcontractors and Subprocessors

Provider may engage affiliates, subcontractors and subprocessors of its choice to perform any part of the Service, including hosting, translation and support. Provider will list current subprocessors on its website and will post any new one there fourteen days before it starts work. Provider remains responsible for their performance.

### 8. Term and Termination

8.1 The Agreement runs for the Subscription Term stated in Part A, including any renewal term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice. If Customer terminates for Provider's breach, Provider refunds prepaid fees for the remaining part of the term.

8.3 Either party may terminate if the other becomes insolvent or ceases business.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months before the event giving rise to the claim. This limit does not apply to breach of Section 4 or 5, infringement of third-party rights or wilful misconduct.

### 10. Warranties

10.1 Provider warrants that the Service will perform materially in accordance with the documentation and that onboarding will be carried out with reasonable skill and care by qualified staff.

10.2 Provider warrants that the Service does not infringe any third party's intellectual property rights and will defend Customer against any such claim.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that the parties cannot settle by negotiation within thirty days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the addresses on the signature page.

12.3 This Order Form may be signed electronically and in counterparts.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________
'''

E03 = r'''T:Purchase Contract for Condition-Monitoring Sensors, Gateways and Monitoring Software
P:Contract No. JXCM-EQ-2026-033
P:Buyer: Jiangxi Xinfeng Cement Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Andes Vibration Technologies S.A.C., Avenida Bolognesi 1180, Tacna, Peru (the "Supplier").
P:The Buyer wishes to monitor the condition of the kiln drives, raw mills, cement mills, fans and conveyors of its two clinker lines. Following the Buyer's tender No. JXCM-2026-T07, the Supplier's bid was selected. The parties agree as follows, on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibraWatch condition-monitoring software, including its analytics modules and client applications.
P:1.3 "Custom Work" means the analytics models, alarm rules, dashboards, interface programs and documentation configured or written by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.3.
P:1.5 "Contract Price" means the total price in clause 2.1.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, carry out the Custom Work and train the Buyer's staff. The Contract Price is CNY 1,352,000, including VAT, import duties, delivery to the Buyer's plant, insurance and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|3,200|576,000
TB:2|Industrial wireless gateway|14|9,800|137,200
TB:3|Edge analytics server|2|46,000|92,000
TB:4|VibraWatch software, perpetual site licence|1|318,000|318,000
TB:|Equipment and Software subtotal|||1,123,200
TB:5|Installation, mounting and commissioning|1 lot|142,000|142,000
TB:6|Analytics models, alarm rules and DCS interface (Custom Work)|1 lot|68,800|68,800
TB:7|Training of operators and maintenance engineers|1 lot|18,000|18,000
TB:|Contract Price|||1,352,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rates, freight or any other reason.
H:3. Payment
P:3.1 10% of the Contract Price within thirty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount from a bank in China.
P:3.2 55% within thirty days after all Equipment has been delivered, installed and connected. Delivery and installation are not acceptance.
P:3.3 35% within thirty days after Final Acceptance.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment. The Buyer may deduct from any payment the delay damages and credits due under this Contract.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within seventy-five days after signature, and complete installation and commissioning within forty days after delivery, in the periods of planned shutdowns agreed with the Buyer.
P:4.2 The Supplier is responsible for export and import formalities and bears the risk of loss until the Equipment has been delivered to the Buyer's plant and signed for.
P:4.3 The Supplier's staff on site shall comply with the Buyer's safety rules, including permit-to-work, lock-out and dust protection.
H:5. Software Licence
P:5.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Buyer's plant for an unlimited number of users and monitoring points, including on replacement hardware.
P:5.2 Embedded firmware in the Equipment is licensed to the Buyer for the life of the Equipment.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of forty-five days.
P:6.2 Acceptance criteria: (a) all 180 sensors report data to the Software with a packet loss below 1% over the trial period; (b) measured vibration values agree with a calibrated portable analyser within ±5% on at least twenty test points; (c) the alarm rules correctly detect the test faults simulated by the Buyer; (d) data is passed to the Buyer's DCS historian without error; and (e) all documentation and training have been delivered.
P:6.3 If the criteria are met, the Buyer signs the Final Acceptance certificate within ten working days. If they are not met, the Supplier shall remedy the defects at its own cost and the trial period is repeated. Use of the system during the trial period is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment, the Software and the Custom Work for twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including freight and customs costs, correct Software defects and supply Software updates.
P:7.2 Faults are classified as Severity 1 (monitoring of a kiln line or a whole mill stopped), Severity 2 (individual sensors or functions failed) and Severity 3 (other issues). The Supplier shall respond to a Severity 1 fault within 2 hours by remote connection and restore monitoring within two days, respond to a Severity 2 fault within one working day and fix it within five working days, and answer Severity 3 questions within three working days.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 600, and for each day by which a Severity 1 restoration is late, CNY 2,000. The Supplier shall keep a stock of spare sensors and a spare gateway at the Buyer's plant during the warranty period.
P:7.4 A part replaced under warranty has a new warranty of six months or the rest of the original warranty, whichever is longer.
H:8. Support after the Warranty
P:8.1 After the warranty period, the Supplier shall offer annual support covering repairs, replacement of failed sensors, Software updates and remote assistance for a fee of 8% of the Equipment and Software subtotal per year, that is CNY 89,856 per year. This fee is fixed for three years after the warranty period.
P:8.2 Support is ordered by a separate purchase order for each year. It does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 The Custom Work and all intellectual property in it belong to the Buyer. The Supplier shall hand over the models, rule sets and interface source code, and the Buyer may use, modify and license them freely.
P:9.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or Software infringes a third party's rights.
H:10. Buyer Data and Security
P:10.1 All measurement data, alarms, reports and plant information collected or generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The system shall be installed in the Buyer's plant network. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's jump server and is recorded. The Supplier shall not copy Buyer data outside the Buyer's network.
P:10.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the system or Buyer data, take remedial action and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the non-public information of the other party received under this Contract, in particular the Buyer's process data, plant layout and network settings, and shall not disclose it to any third party without prior written consent.
P:11.2 This obligation continues for five years after this Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to deliver the Equipment or to complete commissioning on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The installation contractor named in the Supplier's bid is approved. The Supplier remains responsible for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitration language is English and Chinese.
H:16. Force Majeure
P:16.1 Neither party is liable for a delay or failure caused by force majeure, such as earthquakes, floods, epidemics, war or government action, provided that it notifies the other party within five days and provides evidence. The time for performance is extended by the period of the event. If the event lasts more than ninety days, either party may terminate this Contract by written notice, and the Supplier refunds payments for Equipment and services not delivered.
H:17. General
P:17.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:17.2 The tender documents and the Supplier's bid form part of this Contract. This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''

E04 = r'''# Managed IT Services Agreement

**Agreement No. SLG-MSA-2026-05**

**Between:** Shaanxi Longgang Logistics Co., Ltd., Xi'an International Trade & Logistics Park, Xi'an, People's Republic of China ("Customer")

**and:** Altiplano Managed IT S.R.L., Calle Bolivar 320, Oruro, Bolivia, acting through its service centre in Xi'an ("Provider").

**Background.** Customer operates nine warehouses and transport hubs in Shaanxi, Gansu and Ningxia with about 1,100 staff who use computers, handheld scanners and printers. Customer wishes to outsource its IT service desk, end-user device support and the monitoring of its site networks to Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data, records and information of Customer, its staff and its customers that Provider receives or accesses in performing the Services.

1.5 "Service Commencement Date" means the date of Transition Acceptance under Section 3.3.

## Section 2. Term

2.1 This Agreement starts on signature and ends thirty-six months after the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension must be agreed in writing before the end of the Term, on charges agreed at that time.

## Section 3. Transition

3.1 Provider shall carry out the transition of the Services within sixty days after signature, in line with the transition plan in Schedule 1, including taking over the asset inventory, the existing ticket history, the knowledge articles and the network monitoring configuration from Customer's current provider.

3.2 Transition is complete when: (a) all nine sites are connected to Provider's monitoring tools and shown on Customer's dashboard; (b) the service desk has handled Customer's calls and tickets for ten working days in parallel with the current provider, meeting the Service Levels in Schedule 2; (c) the asset inventory has been reconciled with a physical count at each site; and (d) runbooks for each site have been approved by Customer's IT manager.

3.3 Customer signs a Transition Acceptance certificate within five working days after the criteria in 3.2 are met. Customer's use of the Services during the parallel run is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## Section 4. Services and Staff

4.1 Provider shall perform the Services with qualified staff, in accordance with good industry practice, Customer's IT policies notified to Provider, and the Service Levels.

4.2 Provider shall assign a named service delivery manager, based in Xi'an, who attends a monthly service review with Customer and provides a monthly report on tickets, Service Levels, Service Credits, recurring problems and improvement actions.

4.3 Provider shall not replace the service delivery manager or the team leads without Customer's prior approval, which Customer will not withhold unreasonably.

4.4 Provider's staff working at Customer's sites shall follow Customer's site safety and access rules.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term, except for additional work ordered by Customer through the change procedure in Section 6.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the monthly report for that month has been delivered. Service Credits are deducted from the invoice for the following month.

5.3 Invoices are payable within thirty days after receipt of a correct VAT invoice. No advance payment is made under this Agreement.

## Section 6. Changes

6.1 Either party may request a change to the Services. Provider shall give a written proposal with any effect on Charges and Service Levels within ten working days, and no change is binding until signed by both parties.

6.2 Adding or removing up to fifty users or one site does not change the monthly service charge.

## Section 7. Customer Data and Records

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

7.2 At the end of the Term, Provider shall return all Customer Data, ticket history, asset records and runbooks to Customer in the formats agreed in the exit plan.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer Data, network diagrams and passwords, use it only for this Agreement and not disclose it to any third party without prior written consent, except to its staff and advisers who need to know it and are bound by the same obligations.

8.2 These obligations continue for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Provider keeps its tools, methods and general know-how.

9.2 Runbooks, knowledge articles, scripts, reports and configurations created by Provider specifically for Customer belong to Customer, which may use, modify and give them to any other provider freely.

## Section 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for the work of any approved subcontractor.

## Section 11. Liability

11.1 Neither party is liable for indirect or consequential losses.

11.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term. This limit does not apply to wilful misconduct, personal injury or breach of Section 8.

## Section 12. Duration and Ending

12.1 This Agreement remains in force for the whole Term. Neither party may terminate it before the end of the Term, except that either party may terminate it by written notice if the other party becomes insolvent, is wound up or ceases its business.

12.2 Customer's remedies for any failure to meet the Service Levels or for any other failure in the performance of the Services are the Service Credits, the escalation procedure in Schedule 2 and the recovery of its losses within the limits of Section 11. A failure in performance does not entitle Customer to terminate this Agreement.

12.3 On expiry, Provider shall carry out the exit plan for up to sixty days, transfer knowledge to Customer or a new provider, and return all Customer Data and documents.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal in Chinese; logging, triage, first-line resolution and escalation | 07:00–22:00 every day |
| End-user device support | Desktops, laptops, handheld scanners and label printers; installation, moves, repairs and imaging; on-site visits to all nine sites | 08:00–20:00 every day |
| Network monitoring | Monitoring of routers, switches, Wi-Fi controllers and firewalls at the nine sites; alerting, first diagnosis and coordination with carriers | Around the clock |
| Asset management | Maintaining the asset inventory, annual physical reconciliation, disposal records | Business days |
| Problem management | Root-cause analysis of recurring incidents and monthly improvement actions | Business days |
| Transition and exit | Transition plan within sixty days of signature; exit plan of up to sixty days at the end of the Term | As planned |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit if missed |
|---|---|---|---|---|
| P1 | A whole site or a warehouse management function unavailable | 30 minutes | 6 hours | CNY 1,500 per incident plus CNY 500 per further hour |
| P2 | A group of users or one critical device affected | 1 hour | 1 business day | CNY 600 per incident |
| P3 | A single user affected | 2 hours | 3 business days | CNY 100 per incident |
| Service desk | Calls answered within 30 seconds | 90% of calls each month | — | 2% of the monthly charge per full point below |

Escalation: a missed P1 target is escalated to Provider's country manager and Customer's IT manager the same day; three missed P1 targets in one month require a written recovery plan within five working days. Total Service Credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 74,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Charges for the Term** | | **2,162,000** |

All Charges include VAT. Additional projects outside Schedule 1 are quoted separately at CNY 2,200 per person-day.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________
'''

E05 = r'''DATA SUBSCRIPTION AGREEMENT
SOUTH AMERICAN AGRICULTURAL MARKET DATA API

Agreement No. ZHG-DS-2026-011

PARTIES

Customer: Zhanjiang Hengguang Grain and Oils Trading Co., Ltd., Xiashan District, Zhanjiang, Guangdong, People's Republic of China ("Customer").

Provider: Tarija AgroData S.R.L., Calle Ingavi 845, Tarija, Bolivia ("Provider").

Customer imports soybeans, soybean meal and vegetable oils from South America and wishes to receive Provider's market and crop data through an application programming interface for use in its trading, purchasing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the price series, freight and port indicators, crop-condition estimates, weather indices and related market data supplied by Provider through the API, together with its documentation.

1.2 "API" means Provider's secured REST and streaming interfaces through which the Data is delivered.

1.3 "Service Start Date" means the date on which Customer signs the Integration Acceptance certificate under clause 4.3.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Term, the first beginning on the Service Start Date.

1.5 "Customer Inputs" means the portfolio lists, watch lists, queries, usage logs, contract positions and other information that Customer or its users submit to the API or that Provider records from Customer's use of it.

1.6 "Integration Adapter" means the mapping tables, connector code and data dictionary that Provider develops under clause 3.2 to load the Data into Customer's systems.

2. SUBSCRIPTION AND TERM

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the Data through the API and to use it within Customer's group in China for its internal trading, purchasing, risk management and reporting, including in internal reports and models.

2.2 The subscription covers: daily and intraday FOB and CIF price series for soybeans, soybean meal, soybean oil and sunflower oil from Brazil, Argentina, Paraguay and Bolivia; freight and port congestion indicators for the main export ports; weekly crop-condition estimates by producing region; and weather and drought indices. It includes 60 named user accounts and up to 5 million API calls a month.

2.3 The Term is two Subscription Years from the Service Start Date. The Agreement ends at the end of the second Subscription Year and does not renew automatically; any further subscription requires a new written agreement.

3. SET-UP SERVICES

3.1 Provider shall open Customer's production and test API accounts within twenty days after signature.

3.2 Provider shall develop the Integration Adapter to load the Data into Customer's trading and risk management system and its data warehouse, including the conversion of units and currencies, the mapping of Provider's instrument codes to Customer's codes, and a data dictionary in Chinese and English.

3.3 Provider shall train Customer's analysts and IT staff in the use of the API and the Integration Adapter in two remote sessions.

4. INTEGRATION ACCEPTANCE

4.1 Provider shall make the Integration Adapter ready for acceptance testing within forty-five days after signature.

4.2 Acceptance tests verify that: (a) all subscribed data sets are loaded into Customer's systems on schedule for ten consecutive business days; (b) the loaded values reconcile with Provider's reference files without difference; (c) intraday prices arrive within sixty seconds of publication; and (d) the documentation and data dictionary are complete.

4.3 Customer signs the Integration Acceptance certificate within five business days after the tests are passed. If a test fails, Provider corrects the defect and the test is repeated. Use of the Data during testing does not count as acceptance.

4.4 If the Integration Adapter is not ready for acceptance testing by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

5. FEES AND PAYMENT

5.1 Fees:
- Subscription fee: CNY 486,000 for each Subscription Year, CNY 972,000 for the Term.
- Set-up fee (Integration Adapter and training): CNY 38,000, one-time.
- Total contract value: CNY 1,010,000, including VAT.

5.2 The set-up fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year.

5.3 Invoices are payable within thirty days by bank transfer in CNY. No amount is payable before the Service Start Date.

5.4 API calls above the monthly allowance in clause 2.2 are charged at the rates in Provider's price list and invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.97% of the time in each calendar month, excluding scheduled maintenance of which Customer is notified at least three business days in advance and which takes place outside Chinese trading hours.

6.2 Provider shall publish daily data sets by the times stated in the documentation and intraday prices within sixty seconds of capture.

6.3 Incidents are classified as Priority 1 (the API is unavailable or a core price data set is missing or wrong), Priority 2 (a secondary data set is late or a function is degraded) or Priority 3 (other issues). Provider shall respond to Priority 1 incidents within 1 hour at any time, and to Priority 2 incidents within three hours during business hours; Priority 3 issues are answered within two business days. Support is available in English and Chinese.

6.4 If monthly availability is below the level in clause 6.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall. If a Priority 1 response is late, Provider shall credit CNY 1,000 for each late incident, and CNY 300 for each day on which a daily data set is more than two hours late. Credits are deducted from the next invoice, and at the end of the Term any balance is refunded.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer.

7.2 Provider may use Customer Inputs to provide and support the API for Customer. In addition, Provider may combine Customer Inputs with the inputs of its other customers, in aggregated and anonymised form, to calculate demand and sentiment indicators, to improve its data products and to publish market commentary, both during the Term and after it ends.

8. DATA SECURITY

8.1 Provider shall protect Customer Inputs and Customer's access credentials with encryption in transit and at rest, access control with multi-factor authentication for Provider's administrators, logging of all administrative access and regular vulnerability testing.

8.2 Provider shall process Customer Inputs that relate to individuals only as permitted by applicable law, including the Personal Information Protection Law of the People's Republic of China.

8.3 Provider shall notify Customer within 48 hours after becoming aware of any security incident affecting Customer Inputs or credentials, investigate it, take remedial action and cooperate with Customer. Provider is responsible for the losses caused to Customer by a security incident resulting from its failure to meet this clause 8.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data and the API. Customer receives only the rights in clause 2.1.

9.2 The Integration Adapter belongs to Customer. Provider shall deliver its source code and documentation, and Customer may use, modify and license it freely, including through third parties.

9.3 Provider warrants that it has the rights needed to license the Data and shall defend Customer against any claim that the Data or the API infringes a third party's rights.

10. SUBCONTRACTING

Provider shall not subcontract the development of the Integration Adapter or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Provider does not warrant that the Data is free of every error, but shall correct errors reported by Customer without delay and inform Customer of any material correction.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

11.3 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for infringement claims, breach of clause 8 and wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

12.2 Customer may also terminate by written notice if availability falls below the level in clause 6.1 in three months of any Subscription Year.

12.3 On termination by Customer under 12.1 or 12.2, Provider refunds the fees paid for the period after termination. On any ending, Customer stops using the API, and may keep Data already received for its internal records and audit.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that the parties cannot settle by negotiation within thirty days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

14. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war, strikes at ports or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Fees are reduced in proportion to any period in which the API is unavailable because of such an event.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 Notices must be in writing and sent by courier or e-mail to the addresses above.

15.3 This Agreement is made in English and signed in two originals.

Signed for Customer: ____________________
Signed for Provider: ____________________
'''

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels
def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, fee, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": fee,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms, extra, design rules, foreign forum, TCO inputs (licence/hardware base) or None)
LABELS = {
 "z01": ("h659z01_port_authority_dispatch_platform.pdf", "zh", "software",
         terms(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 9, False, True, True,
               "PRC", G), extra(True, True, True, False, 2088000), ["CR-LD-LOW", "CR-SUBCONTRACT"], False, 1260000),
 "z02": ("h659z02_lens_coating_line_control_retrofit.docx", "zh", "hardware",
         terms(None, 1, False, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 10, False, True, False,
               "PRC", G), extra(True, True, True, False, 1196000), ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], False,
         975000),
 "z03": ("h659z03_esports_chain_booking_membership_saas.txt", "zh", "cloud",
         terms(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
               "PRC", S), extra(True, True, None, False, 800000),
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, None),
 "z04": ("h659z04_arts_federation_system_annual_om.txt", "zh", "services",
         terms(99.97, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
               "PRC", S), extra(True, True, None, False, 452000), [], False, None),
 "z05": ("h659z05_lock_factory_assembly_traceability_supplier_template.md", "zh", "software",
         terms(None, None, False, "supplier", True, True, True, None, None, 50, False, False, 6, 22, False, True, None,
               "PRC", G), extra(False, False, True, True, 800000),
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], False, 680000),
 "e01": ("h659e01_kiln_scheduling_perpetual_licence_sucre_vendor.pdf", "en", "software",
         terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True, False,
               "Bolivia", G), extra(True, True, True, False, 1580000), ["CR-GOVERNING-LAW"], True, 1180000),
 "e02": ("h659e02_support_desk_saas_order_form_cochabamba_vendor.md", "en", "cloud",
         terms(99.95, 0.5, True, "buyer", True, True, True, 450 / 598000 * 100, 6 / 24 * 100, None, True, None, None,
               None, True, True, True, "PRC", S), extra(True, True, None, False, 598000),
         ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], False, None),
 "e03": ("h659e03_cement_plant_vibration_sensors_monitoring_tacna_vendor.docx", "en", "hardware",
         terms(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False,
               "PRC", G), extra(True, True, True, False, 1352000), [], False, 1123200),
 "e04": ("h659e04_logistics_managed_it_services_36_months_oruro_vendor.md", "en", "services",
         terms(None, 0.5, True, "buyer", False, True, True, 1800 / 2162000 * 100, 150, None, True, None, None, None,
               False, False, False, "PRC", S), extra(True, True, None, False, 2162000),
         ["CR-DATA-SECURITY", "CR-TERMINATION"], False, None),
 "e05": ("h659e05_agri_market_data_api_subscription_tarija_vendor.txt", "en", "services",
         terms(99.97, 1, True, "buyer", True, False, False, 700 / 1010000 * 100, 150, None, True, None, None, None,
               False, True, False, "PRC", S), extra(True, True, None, False, 1010000),
         ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], False, None),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, e, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (e["contract_value"] + fees) * 100


def derive(t, e, foreign_forum, base):
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            share = tco_share(t, e, base)
            assert abs(share - 40) > 2, share
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

# ---------------------------------------------------------------- threshold-figure scan
NB = r"(?<![\d.,])"
ZHD = "零〇一二三四五六七八九十百点"
BAD = [NB + r"30\s*%", NB + r"30\s*(?:per\s*cent|percent)", r"thirty\s*(?:per\s*cent|percent)",
       r"百分之三十(?![" + ZHD + "])",
       NB + r"99\.9(?!\d)", r"百分之九十九点九(?![" + ZHD + "])",
       NB + r"4\s*(?:个)?小时", r"(?<![" + ZHD + r"])四(?:个)?小时", NB + r"4\s*[-‐]?\s*(?:hours?|hrs?)",
       r"(?<![a-z])four[\s-]*hours?",
       NB + r"0\.05(?!\d)", r"万分之五(?![" + ZHD + "])", r"千分之零点五",
       NB + r"100\s*%", NB + r"100\s*(?:per\s*cent|percent)", r"one\s*hundred\s*(?:per\s*cent|percent)",
       r"百分之百", r"百分之一百(?![" + ZHD + "])",
       NB + r"12\s*(?:个)?月", NB + r"12\s*[-‐]?\s*months?", r"(?<![" + ZHD + r"])十二个?月", r"twelve[\s-]*months?",
       r"(?<![" + ZHD + r"每])一年", NB + r"1\s*年(?!度)", r"(?<![a-z])one[\s-]*years?(?![a-z])", NB + r"1\s*[-‐]?\s*years?(?![a-z])",
       NB + r"15\s*%", NB + r"15\s*(?:per\s*cent|percent)", r"fifteen\s*(?:per\s*cent|percent)",
       r"百分之十五(?![" + ZHD + "])",
       NB + r"40\s*%", NB + r"40\s*(?:per\s*cent|percent)", r"forty\s*(?:per\s*cent|percent)",
       r"百分之四十(?![" + ZHD + "])"]
BAD_RE = re.compile("|".join("(?:%s)" % b for b in BAD), re.I)
MUST_HIT = ["预付款为合同总价的30%", "30 %", "availability of 99.9%", "99.9 per cent", "within 4 hours", "4小时内响应",
            "四小时内", "four hours", "4-hour", "0.05% per day", "万分之五", "100% of the fees", "百分之百",
            "12 months", "12个月", "十二个月", "twelve months", "质保期一年", "one year", "1 year", "15%", "百分之十五",
            "40%", "百分之四十", "forty percent", "thirty per cent"]
MUST_MISS = ["24 hours", "24小时", "二十四小时", "48 hours", "99.95%", "99.97%", "0.055", "万分之五十", "130%",
             "150%", "1,100%", "每一年", "2031年", "120 named users", "二十四个月", "35%", "45%", "百分之三十五",
             "115%", "3 years", "服务年度", "140%", "14 hours", "100 per incident", "1,100 staff", "2026年"]
for s in MUST_HIT:
    assert BAD_RE.search(s) or BAD_RE.search(re.sub(r"\s", "", s)), s
for s in MUST_MISS:
    assert not BAD_RE.search(s) and not BAD_RE.search(re.sub(r"\s", "", s)), s


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for key, lab in LABELS.items():
        name = lab[0]
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, lang, cat, t, e, design, forum, base) in LABELS.items():
        got = derive(t, e, forum, base)
        assert got == sorted(design), (key, got, design)
        covered |= set(got)
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BAD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        share = tco_share(t, e, base) if base else None
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": e,
                 "expected_rules": got}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%s %s n=%d risk=%s rules=%s%s" % (key, name, n, risk(got), ",".join(got) or "-",
                                               "" if share is None else " tco_share=%.1f" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k, v in LABELS.items() if not v[5]] == ["z04", "e03"]
    assert len(LABELS["z05"][5]) in range(8, 11) and LABELS["e01"][5] == ["CR-GOVERNING-LAW"]
    print("all checks passed")


if __name__ == "__main__":
    main()
