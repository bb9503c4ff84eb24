"""Builds the holdout886 set: ten draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), their
.json labels, and the checks the brief asks for (lengths, thresholds, derived rules, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H886Z01 = """T:市民政局爱心驿站服务平台采购合同
P:合同编号：MZJ-ZFCG-2027-018
P:采购人（甲方）：某市民政局
P:供应商（乙方）：杭州善联信息技术有限公司
P:本合同依据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件签订。招标文件、投标文件、中标通知书均为本合同组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“爱心驿站服务平台”软件产品的永久使用许可，并在该平台上为甲方定制开发驿站地图、志愿者排班、困难群众服务需求登记、物资捐赠台账、积分兑换及数据统计驾驶舱等功能。
P:1.2 乙方负责平台在甲方政务云资源上的部署、与市民政一体化平台及“一网通办”统一身份认证的对接、历史台账数据导入，以及对甲方及各街道工作人员的培训。
P:1.3 本项目覆盖全市186个爱心驿站，设计支持同时在线用户不少于800人。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾壹万陆仟元整（¥1,416,000），其中：平台软件许可费¥780,000；定制开发费¥526,000；实施部署及数据导入费¥84,000；培训费¥26,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件费用及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、全部定制功能上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行满九十日并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方按照国库集中支付的规定办理付款。
H:第四条 交付期限
P:4.1 乙方应自合同签订之日起90日内完成部署及全部定制开发并申请初步验收。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分源代码。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有同类项目经验，并在实施期间驻场办公。未经甲方同意，乙方不得更换项目经理。
P:4.4 培训应覆盖市局业务科室及各街道、社区驿站管理员，集中培训不少于三期，并提供操作视频和培训教材。
H:第五条 验收
P:5.1 初步验收标准：（1）合同及需求规格说明书列明的功能全部实现；（2）在800个并发用户下，页面平均响应时间不超过2秒；（3）历史台账数据导入后经甲方抽样核对，差错率不高于千分之一；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，初步验收遗留问题全部整改完毕，文档资料齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。系统上线或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验。
P:5.4 甲方参加验收的人员签字仅确认验收过程，不免除乙方对隐蔽缺陷承担的责任。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥70,200），该价格在质保期满后三年内保持不变，由双方另行签订维护合同，维护合同不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，及时修补安全漏洞，并配合甲方完成等级保护测评整改和重大活动期间的保障工作。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日告知甲方）。
P:7.2 故障分为三级。一级故障（平台整体不可用或核心业务中断）：乙方应在30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：1个工作日内响应，5个工作日内解决。
P:7.3 乙方应提供7×24小时服务热线，每月向甲方提交运行报告，内容包括可用率统计、故障处理记录、安全事件和优化建议。
P:7.4 一级故障响应每迟延1小时，乙方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，乙方支付违约金¥1,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件产品本身的知识产权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、接口程序、报表模板及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全与数据权属
P:9.1 平台中的驿站信息、服务对象个人信息、志愿者信息、捐赠台账及全部业务数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对个人信息加密存储和传输，运维操作须经甲方堡垒机并留存日志，不得将数据复制出甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应按甲方要求将全部业务数据以通用格式移交甲方，并删除其持有的任何副本，出具书面删除说明。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、服务对象信息及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，应按逾期金额的日万分之二向乙方支付违约金。
P:11.3 乙方逾期超过60日，或交付成果两次验收不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
P:12.2 乙方应使用本单位在册人员履行合同，项目人员名单应报甲方备案，人员须签署保密承诺书并遵守甲方的机房及政务云管理制度。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权书面解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。双方根据不可抗力的影响协商延期履行、部分履行或解除合同。
H:第十六条 其他
P:16.1 双方的通知以书面形式送达本合同首部载明的地址，一方变更地址的应及时书面告知对方。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:16.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：某市民政局          乙方（盖章）：杭州善联信息技术有限公司
P:签订日期：2027年3月__日
"""

H886Z02 = """T:生产线控制系统改造项目合同
P:合同编号：QY-SB-2027-0412
P:甲方：佛山清源净水设备制造有限公司
P:乙方：广州智控自动化工程有限公司
P:甲方拟对其滤芯车间及整机装配车间共8条生产线的控制系统进行改造。经比选，甲方选定乙方承担本项目。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责拆除原有继电器控制及老旧PLC，提供并安装新的PLC控制柜、伺服及变频改造包、工业触摸屏、数据采集网关、工业环网，以及产线监控软件和配方管理与质量追溯软件。
P:1.2 乙方负责PLC程序及HMI画面的编写、产线监控画面组态、与甲方ERP及MES的接口开发、单机及联动调试、试生产保障和操作维护培训。
P:1.3 改造须分批停线实施，每条产线停线时间不超过7日，乙方应配合甲方的生产计划安排施工。
P:1.4 乙方应在开工前提交详细实施方案，包括停线计划、回退方案、人员安排及安全措施，经甲方书面确认后方可实施。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零贰万元整（¥2,020,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程I/O）|8套|98,000|784,000
TB:2|伺服驱动及变频器改造包|8套|36,500|292,000
TB:3|工业触摸屏（HMI）|16台|8,500|136,000
TB:4|产线数据采集网关|8台|12,000|96,000
TB:5|工业交换机及光纤环网|1批|118,000|118,000
TB:6|产线监控软件许可（永久）|1套|286,000|286,000
TB:7|配方管理与质量追溯软件许可（永久）|1套|128,000|128,000
TB:|软硬件小计|||1,840,000
TB:8|安装调试及程序开发|1项|156,000|156,000
TB:9|培训|1项|24,000|24,000
TB:|合同总价|||2,020,000
P:2.2 合同总价包含设备、软件、运输、保险、安装、调试、税费及质保期内的全部服务费用。
P:2.3 施工期间甲方免费提供施工用电、用水及临时材料堆放场地，其他费用由乙方自行承担。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量及外观，不视为验收。
P:3.3 全部产线改造完成并通过最终验收后，甲方支付合同总价的55%。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交付与实施
P:4.1 设备应在合同生效后45日内运至甲方工厂。全部8条产线的改造应在合同生效后120日内完成。
P:4.2 乙方应提交设备清单、电气图纸、PLC程序及HMI工程文件（含源文件及注释）、接口说明、操作及维护手册。
P:4.3 乙方提供的设备应为原厂全新正品，附合格证及原厂质保证明，主要元器件品牌不得低于投标时承诺的品牌档次。
P:4.4 培训分为操作培训和维护培训两部分，每条产线操作人员及甲方设备科维修人员均须参加，培训后乙方应组织考核并提供培训记录。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，验收标准：（1）I/O点位逐一核对无误；（2）联动运行连续72小时无停机故障；（3）产线节拍不低于改造前设计节拍；（4）配方下发及质量数据采集与现场记录一致；（5）报警及急停功能逐项测试通过。
P:5.2 全部产线通过单线验收并试生产满三十日后，进行最终验收。试生产期间发生的问题整改完毕后方可签署最终验收报告。
P:5.3 设备安装、通电或投入试生产均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，免费提供软件缺陷修复。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的24%计取，即每年¥441,600，维保服务期内该费率不作调整。维保服务内容包括定期巡检、备件更换、程序优化及故障处理。
P:6.3 一级故障（任一产线停线）：乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备异常但产线可降速运行）：2小时内响应，24小时内到达现场；三级故障：1个工作日内响应。
P:6.4 一级故障响应或到场每迟延1小时，乙方向甲方支付¥1,000；二级故障每迟延1小时支付¥300。
P:6.5 乙方应在甲方工厂存放常用备件，包括PLC模块、电源、通讯模块及触摸屏各若干，备件清单作为附件。质保期内备件消耗由乙方及时补齐。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、监控组态工程、接口程序及其源文件的知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
P:7.2 产线监控软件及配方管理软件产品本身的知识产权归原权利人，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、质量追溯数据及设备运行数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程维护须经甲方事先批准并通过甲方指定的VPN及堡垒机进行，操作全程留痕；不得拷贝甲方数据，不得在控制系统中预留后门。
P:8.3 发生数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
P:8.4 乙方应在调试结束后移除临时调试账号及调试设备，向甲方移交全部账号和密码，并协助甲方修改初始密码。
H:第九条 保密
P:9.1 乙方对甲方的工艺、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:第十条 分包
P:10.1 乙方可将现场布线、桥架安装等辅助工程分包给具备相应资质的单位，开工前书面通知甲方即可。乙方对分包工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工造成停线时间超过约定的，乙方应赔偿甲方因此产生的直接损失。
P:11.3 甲方逾期付款的，按逾期金额的日万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除的，乙方应移交已完成部分的程序、图纸和资料，甲方按已验收部分结算价款。
H:第十三条 安全生产
P:13.1 乙方施工人员应遵守甲方的安全生产及防尘管理规定，动火、带电作业须办理审批。因乙方原因发生安全事故的，由乙方承担责任。
H:第十四条 变更与不可抗力
P:14.1 甲方需要调整改造范围的，应书面通知乙方，双方按本合同单价协商确定变更价款和工期。未经甲方书面确认，乙方不得擅自变更设备型号或技术方案。
P:14.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同附件包括技术规格书、实施计划及培训计划，附件与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山清源净水设备制造有限公司      乙方（盖章）：广州智控自动化工程有限公司
"""

H886Z03 = """旱地冰球培训门店预约及会员管理系统服务合同

合同编号：BQ-IT-2027-006
甲方：深圳市疾风冰球体育文化发展有限公司
乙方：广州约课云网络科技有限公司

甲方在全国经营40家旱地冰球培训门店，拟采用乙方的“约课云”预约及会员管理SaaS系统统一管理课程预约、会员卡、教练排班和门店收银。双方经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店开通“约课云”系统，包括门店后台、教练端、家长端微信小程序、总部管理驾驶舱及数据报表功能。
2. 订阅服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
3. 服务期内新增门店的，按本合同第二条的单价另行计费；关闭门店的，自下一服务年度起相应减少订阅数量。
（二）实施服务
1. 乙方负责系统初始化配置、40家门店的课程体系及会员卡种设置、教练及员工账号开通、历史会员数据导入。
2. 乙方负责与甲方现有的微信支付商户号、财务系统及门店门禁设备对接。
3. 乙方为甲方定制开发总部运营报表模板及小程序中的赛事报名、装备租赁页面。
4. 乙方负责对门店店长、前台及教练分批进行线上和线下培训，并提供操作手册。

二、服务费用
（一）订阅费按每家门店每个服务年度人民币3,600元计取，40家门店每个服务年度合计人民币144,000元，两个服务年度合计人民币288,000元。
（二）实施费为一次性费用，人民币68,000元。
（三）本合同总价为人民币356,000元（大写：叁拾伍万陆仟元整），包含税费。短信、电子发票等按量计费的增值服务不含在内，甲方使用时另行结算。
（四）两个服务年度内订阅单价保持不变。门店数量变化的，双方在服务年度开始前书面确认当年度的订阅门店清单。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
（三）乙方应在每次收款前开具增值税普通发票。

四、实施进度与上线验收
（一）乙方应在合同签订后45日内完成全部40家门店的配置、数据导入和接口对接，并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的功能全部可用，定制页面与甲方确认的设计稿一致；
2. 导入的会员、课时余额及储值余额与甲方原系统逐条核对一致；
3. 微信支付、退款及财务对账接口连续7日运行无差错；
4. 在全部门店同时使用的情况下，预约提交的平均响应时间不超过2秒。
（三）甲方在收到验收申请后7个工作日内组织验收，并出具书面验收意见。不符合标准的，乙方应在10日内整改后重新申请验收。系统开通或门店试用均不视为验收合格。
（四）上线验收合格后的前30日为重点保障期，乙方应安排实施人员每日巡查各门店的使用情况，并在门店营业高峰时段（周末及寒暑假）安排专人值守。

五、服务水平
（一）乙方承诺系统每月可用率不低于99.5%，计划维护应安排在每日凌晨1点至6点之间并提前48小时通知甲方。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录、无法预约或无法收款）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能或部分门店无法使用）：2小时内响应，24小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内响应。
（三）月可用率每低于承诺值0.1个百分点，乙方减免当月订阅费的5%；一级故障超过恢复时限的，每超过1小时减免当月订阅费的2%。当月减免总额以当月订阅费为限。
（四）乙方每月向甲方提交服务报告，内容包括可用率、故障处理及优化建议。

（五）乙方提供7×24小时服务热线及在线工单系统，并指定专属客户成功经理，负责需求对接、季度回访和门店使用情况分析。
（六）乙方对系统进行版本升级的，应提前5个工作日通知甲方，升级不得影响已有功能和数据；升级导致门店无法正常营业的，按一级故障处理。

六、知识产权
（一）“约课云”系统本身的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的报表模板、赛事报名及装备租赁页面的设计、源代码及相关文档归甲方所有，服务期满后乙方应将其交付甲方，甲方可自行或委托他人修改使用。
（三）甲方提供的门店标识、课程名称、教学视频及宣传素材的权利归甲方所有，乙方仅为提供服务使用，不得用于乙方自身的宣传推广。

七、数据安全与数据权属
（一）甲方及门店录入或在系统中产生的会员信息、学员信息、预约记录、交易流水等全部数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，系统应通过网络安全等级保护第三级测评；学员及家长的个人信息应加密存储，后台访问实行分级授权并留存操作日志。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的全部损失，包括甲方向会员承担的赔偿。
（四）服务期满或合同解除后30日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后删除，出具删除证明。

八、续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，可多次续展。续展期的订阅单价由乙方根据其届时公布的价格体系确定，乙方有权上调，并在续展前通知甲方。

九、甲方的义务
（一）甲方应指定项目联系人，及时提供门店资料、课程体系、会员数据及接口所需的商户信息。
（二）甲方应督促各门店员工妥善管理账号和密码，不得将账号转借他人。因甲方员工泄露账号造成的损失，由甲方自行承担。
（三）甲方应按本合同约定按时支付服务费用。

十、违约责任
（一）乙方未能按第四条约定的期限提交上线验收申请的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应予赔偿。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担全部责任。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期间的订阅费。
（二）可用率连续三个月低于承诺值的，甲方有权解除合同。
（三）合同解除的，乙方应按本合同第七条第（四）项交付数据，并为甲方迁移至其他系统提供必要的配合，配合期不少于30日。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、不可抗力
因自然灾害、政府行为、公共卫生事件或公共网络大面积中断等不可抗力导致不能履行的，受影响一方应及时通知对方并在10日内提供证明，部分或全部免除责任，但乙方应尽力恢复服务。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                         乙方（盖章）：
日期：                                 日期：
"""

H886Z04 = """某区庙会活动票务与安保系统年度运维服务合同

项目编号：WLJ-CS-2026-115（竞争性磋商）
采购人（甲方）：某区文化广电旅游体育局
供应商（乙方）：西安城卫智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方的响应文件和成交通知书，甲乙双方就庙会活动票务与安保系统年度运维服务事宜订立本合同。

第一条 服务对象与范围
（一）运维对象为甲方已建成的庙会活动票务与安保系统，包括：线上预约购票平台及微信公众号入口、入口实名核验闸机42台、手持验票终端60台、视频监控点位318个、客流监测及热力分析模块、应急广播系统、指挥中心大屏及配套服务器、存储和网络设备。
（二）服务内容包括：日常巡检、故障处理、软件缺陷修复与小版本升级、设备维修及易损件更换、数据备份、安全加固、重大活动保障、操作人员培训及运维报告。
（三）重大活动保障指春节庙会、元宵灯会、中秋游园会及甲方书面通知的其他活动期间的驻场保障。

第二条 服务期限
本合同服务期限自2027年1月1日起至2027年12月31日止。服务期满，本合同终止。甲方如需继续采购运维服务，应依法另行组织采购。

第三条 服务费用及支付
（一）本合同服务费用为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人工、备品备件、易损件、差旅、税费等全部费用。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，经甲方按第六条完成季度考核，甲方在收到乙方发票后15个工作日内支付该季度服务费。
（三）本合同不设预付款。
（四）日常巡检要求：服务器、存储及网络设备每日巡检；闸机及手持终端每周巡检并清洁；视频点位每月逐一核查画面质量、录像完整性及时钟同步；每季度开展一次漏洞扫描和基线核查。
（五）数据备份要求：票务数据每日增量备份、每周全量备份，备份介质由甲方保管；每季度进行一次恢复演练并形成记录。

第四条 服务团队
（一）乙方应安排不少于3名专职运维人员常驻甲方指挥中心，工作时间为每日8:30至18:00；重大活动期间驻场人员不少于10人，实行24小时值守。
（二）驻场人员名单、资质证书应报甲方备案。乙方更换驻场人员须提前5个工作日书面告知甲方并经甲方同意。
（三）乙方应设立7×24小时服务热线，并指定一名项目经理统一负责。
（四）乙方应在甲方现场储备闸机读卡模块、人证核验模块、电源及摄像机各若干作为备品备件，备件清单由双方确认。设备需返厂维修的，乙方应先行提供同型号备用设备，保证点位不停用。
（五）乙方每季度对甲方操作人员及志愿者进行一次培训，重大活动前增加一次专场培训，内容包括验票操作、闸机异常处理和应急广播使用。

第五条 服务水平
（一）服务期内，票务平台及核验闸机系统的月可用率不低于99.95%，计划内维护须安排在非开放时段并提前3个工作日报甲方同意。
（二）故障分级及处理时限：
1. 一级故障（票务平台无法购票或核验、三个以上入口闸机同时停用、指挥中心视频全部中断）：乙方应在15分钟内响应，1小时内恢复；
2. 二级故障（单个入口闸机停用、部分视频点位离线）：30分钟内响应，8小时内修复；
3. 三级故障（其他一般问题）：2小时内响应，3个工作日内修复。
（三）乙方每月5日前提交上月运维报告，内容包括巡检记录、故障统计、设备完好率、安全事件和改进建议。
（四）乙方未达到上述服务水平的，应在甲方书面通知后5个工作日内提交整改报告并完成整改。
（五）每次重大活动开始前7日，乙方应完成全系统压力测试和应急演练，提交保障方案，明确人员分工、备用设备及切换流程，经甲方确认后实施。活动结束后3个工作日内提交保障总结。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核标准为：1. 巡检覆盖全部设备，发现的故障均已按时限处理；2. 一级故障均在规定时限内响应和恢复；3. 巡检、备份及运维报告按时完成；4. 未发生因乙方原因导致的数据安全事件。
（二）服务期满后，甲方组织年度验收，审核全年运维记录、备品备件消耗及资产台账，验收结果以书面验收报告为准。
（三）季度考核不合格的，乙方应限期整改，整改合格后甲方再支付该季度服务费。

第七条 数据安全
（一）票务系统中的游客实名信息、购票记录、客流数据、监控视频及全部业务数据归甲方所有，乙方仅为履行运维义务接触上述数据，不得复制、留存或用于本合同以外的任何目的。
（二）乙方应严格落实网络安全等级保护要求，运维操作通过甲方堡垒机进行，禁止使用个人设备接入系统，禁止通过互联网远程维护。监控视频的调阅须经甲方批准并登记。
（三）发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担相应的法律责任并赔偿甲方损失。
（四）服务期满后，乙方应移交全部账号、密码及运维资料，并删除其持有的任何数据副本。
（五）乙方应建立运维操作审批及登记制度，涉及系统配置变更、数据库操作及安全策略调整的，须填写变更单并经甲方信息管理员签字确认后实施。

第八条 保密
乙方及其人员对履约中知悉的甲方工作秘密、安保部署、系统拓扑及游客个人信息负有保密义务，不得向任何第三方披露。乙方驻场人员应签署保密承诺书。本条义务不因合同终止而解除。

第九条 知识产权
乙方在运维过程中为甲方编写的巡检脚本、应急预案、配置文档及运维报告，其知识产权归甲方所有。系统原有软件的知识产权按原建设合同约定执行。
乙方在运维过程中形成的设备履历、故障台账等资料应随运维报告一并移交甲方。

第十条 分包
本项目不得分包，乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 甲方的义务
（一）甲方应为驻场人员提供必要的办公场所、网络及工作条件。
（二）甲方应及时告知重大活动的时间、规模及保障要求，原则上提前15日书面通知乙方。
（三）甲方负责协调公安、消防等部门与乙方的工作衔接，并提供系统原建设单位移交的技术资料。
（四）甲方应配合乙方的巡检和维修工作，涉及停机的作业应协调安排在闭园时段进行。

第十二条 违约责任
（一）任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。
（二）乙方原因造成设备损坏或丢失的，乙方应负责修复或按原价赔偿。

第十三条 合同的变更与终止
（一）本合同履行中，经双方协商一致，可以书面变更或解除本合同。
（二）因不可抗力致使合同目的不能实现的，任何一方可以解除合同，并及时通知对方。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                        乙方（盖章）：
法定代表人或授权代表：                法定代表人或授权代表：
签订日期：2026年12月  日
"""

H886Z05 = """# 软件产品许可及定制开发合同

> 织链®生产工序追踪系统 · 标准合同文本 V3.0（乙方格式合同，请勿修改条款结构）

合同编号：ZL-XS-2027-0319

甲方（客户）：杭州绒趣手作文化创意有限公司（绒趣羊毛毡工作室）

乙方（供应商）：宁波织链软件科技有限公司

鉴于甲方从事羊毛毡手作产品的设计、制作及销售，需要对订单、工序、手作师计件及原料批次进行数字化管理；乙方拥有“织链生产工序追踪系统”软件的全部知识产权。双方经协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织链生产工序追踪系统”标准版软件的永久使用许可，授权用户数为20个。

1.2 乙方根据甲方需求进行以下定制开发：订单拆分与排产、工序扫码报工、手作师计件工资统计、原料（羊毛、针具、辅料）批次追溯、成品质检记录，以及与甲方网店后台的订单同步接口。

1.3 乙方负责软件的安装部署、基础数据初始化及对甲方人员的操作培训。

1.4 本系统采用本地部署方式，安装在甲方自备的服务器上，手机端通过微信小程序扫码报工。乙方远程维护时通过甲方开通的远程桌面账号登录。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织链生产工序追踪系统软件许可（永久，20用户） | 168,000 |
| 2 | 定制开发（订单排产、扫码报工、计件统计、批次追溯、质检记录、网店接口） | 236,000 |
| 3 | 实施部署及培训 | 36,000 |
|  | 合同总价 | 440,000 |

2.1 合同总价为人民币肆拾肆万元整（¥440,000），含税。

2.2 扫码枪、标签打印机、服务器等硬件及第三方云资源费用不在本合同范围内，由甲方自行采购。

2.3 甲方增加授权用户的，每增加一个用户按¥6,800计收许可费；甲方提出超出需求确认书范围的新功能，按乙方人天单价¥2,600另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥286,000。乙方收到该笔款项后开始需求调研及开发工作。

3.2 系统部署上线后7个工作日内，甲方支付合同总价的35%，即¥154,000。

3.3 甲方未按时付款的，乙方有权暂停开发及服务，工期相应顺延，且每逾期一日甲方按未付金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方在收到首付款后60个工作日内完成开发并部署上线。因甲方需求变更、资料提供延迟等原因导致延期的，工期顺延。

4.2 乙方向甲方交付可执行程序、安装说明及用户操作手册。源代码不属于交付范围。

4.3 甲方应在需求调研阶段指定专人配合，及时提供产品款式清单、工序流程、计件单价及原料编码规则，并在乙方提交需求确认书后3个工作日内书面确认。甲方逾期确认的，视为同意。

4.4 乙方提供一次集中培训，培训时长不超过两天，培训对象为甲方指定的管理员及工序组长。再次培训按乙方人天单价另行收费。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即进入上线运行。系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，属于原需求范围内缺陷的，乙方予以修复；超出原需求的，按变更另行收费。

5.3 上线后甲方继续使用系统的，不得以系统存在缺陷为由拒绝支付合同款项。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方届时公布的维护服务收费标准与乙方签订年度维护协议。

6.3 故障处理：乙方服务时间为工作日9:00至18:00。一级故障（系统无法登录或无法报工）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.4 免费维护期内，乙方不负责因甲方操作不当、擅自更改系统配置、硬件故障或第三方软件引起的问题，如需乙方处理，按次收费。

6.5 乙方通过电话、远程桌面等方式提供支持，需要现场服务的，差旅费由甲方承担。

## 第七条 知识产权

7.1 织链生产工序追踪系统及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反向工程，不得转让或再许可。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、人员及原料数据归甲方所有。

8.2 乙方采取访问权限控制、数据加密传输和定期备份等措施保护甲方数据安全，运维人员须经授权方可访问甲方数据。发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方并采取补救措施；因乙方过错导致的，乙方依本合同第十条承担责任。

8.3 甲方同意，乙方有权对甲方数据进行脱敏处理后用于产品优化、行业统计分析及乙方其他业务，该使用权在合同终止后继续有效。

8.4 合同终止后，甲方可申请导出其数据，乙方按导出工作量收取技术服务费。甲方未在合同终止后30日内申请导出的，乙方有权删除相关数据。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后二年内有效。

9.2 甲方不得向第三方披露本合同价格及乙方提供的技术方案。

## 第十条 违约责任

10.1 因乙方原因未能按第四条约定时间上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任（包括违约金及各类损失赔偿）不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

10.3 甲方违反第七条约定擅自修改或向第三方提供软件的，应向乙方支付合同总价两倍的违约金。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同因甲方原因解除的，甲方已付款项不予退还。合同因乙方原因解除的，乙方退还甲方已付款项中尚未交付部分对应的金额。

## 第十二条 甲方的责任

12.1 甲方负责服务器、网络环境及数据的日常备份。因甲方未备份造成的数据丢失，乙方不承担责任。

12.2 甲方应妥善保管系统账号，因账号泄露产生的后果由甲方自行承担。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、政府管制等乙方无法控制的原因造成的延误或损失，乙方不承担责任。

## 第十四条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，甲方签署即表示已充分阅读并理解全部条款。

15.2 本合同附件包括需求确认书和功能清单，以乙方最终确认的版本为准。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　乙方（盖章）：

签约日期：　　　　　　　　　　　签约日期：
"""

H886E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CGS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Sichuan Hengyue Mining Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province (the "Buyer"); and
P:(2) Cordillera Geotecnia Software S.A.C., a company incorporated in the Republic of Peru with its registered office at Jirón San Martín, Huaraz, Áncash, Peru (the "Vendor").
P:The Buyer designs and supervises open-pit and underground mines and wishes to acquire a perpetual licence of the Vendor's slope-stability and ground-monitoring software, together with the implementation, interfaces and training described below. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AndesSlope Suite, version 7, comprising the modelling engine, the monitoring server, the desktop client and the web viewer, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configurations, scripts and documentation prepared by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all survey, drilling, geological, monitoring and project data entered into, processed by or generated in the Software by or for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the acceptance tests have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 25 named users and one production server and one test server, at any site of the Buyer and its wholly owned subsidiaries in the People's Republic of China.
P:2.2 Title to the Software remains with the Vendor. The Buyer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on servers provided by the Buyer in its Chengdu data room, and shall configure the monitoring server to receive data from the Buyer's prism, radar and piezometer networks.
P:3.2 The Vendor shall develop (a) an interface to the Buyer's GIS platform, (b) an interface to the Buyer's drilling database, and (c) eighteen report templates for slope-stability assessments in the formats required by the Buyer's clients.
P:3.3 The Vendor shall deliver two on-site training courses in Chengdu for up to 20 engineers each, and one administrator course, with English and Chinese training materials.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,620,000, made up of the Licence Fee of CNY 1,260,000, the Implementation and Interface Fee of CNY 318,000 and the Training Fee of CNY 42,000.
P:4.2 The Contract Price is fixed and includes all travel, expenses and taxes payable outside the People's Republic of China.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within 45 days and all Services within 120 days after signature of this Agreement.
P:6.2 The acceptance tests shall verify that (a) every function listed in Annex 1 works as described; (b) a reference model of two million cells is solved in less than 20 minutes on the Buyer's production server; (c) data received through the GIS and drilling interfaces reconcile with the source systems for a sample of 500 records chosen by the Buyer; (d) all eighteen report templates produce correct results for the Buyer's test cases; and (e) the Software runs for 30 consecutive days without a Severity 1 defect.
P:6.3 If the tests are passed the Buyer shall issue a written Final Acceptance certificate within 10 working days. If they are not passed, the Vendor shall correct the defects at its own cost and repeat the tests. Installation, use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide all updates and upgrades free of charge.
P:7.2 After the Warranty Period the Buyer may order annual support. The Annual Support Fee is 11% of the Licence Fee, namely CNY 138,600 per year, and remains fixed for the first four years after the Warranty Period. Support is ordered year by year by the Buyer's purchase order and does not renew automatically.
P:7.3 Defects are classified by severity. Severity 1 means the monitoring server or the modelling engine is down or gives wrong alarms; Severity 2 means an important function is impaired; Severity 3 means any other defect or question.
P:7.4 The Vendor shall respond to a Severity 1 defect within 2 hours, at any time of day, and provide a workaround within one business day; Severity 2 within 8 business hours; Severity 3 within two business days. Remote support is provided through the channel set out in Article 9.3.
P:7.5 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without restriction.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:9.2 Buyer Data shall remain on the Buyer's servers in China. The Vendor shall not transfer Buyer Data outside China.
P:9.3 Remote access by the Vendor is allowed only through the Buyer's VPN, for a session approved in advance by the Buyer's IT department, with multi-factor authentication and session recording. The Vendor shall comply with the Buyer's information-security rules and with the Data Security Law and the Personal Information Protection Law of the PRC.
P:9.4 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, loss of or damage to Buyer Data, shall cooperate in the investigation and remediation, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This Article survives for three years after termination or expiry of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the Services by the date in Article 6.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination by the Buyer under Article 13.1, the Vendor shall refund the amounts paid for Services not accepted. The licence of the Software survives if the Licence Fee has been paid.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Peru.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration Centre of the Lima Chamber of Commerce under its rules in force, by a sole arbitrator. The seat of arbitration is Lima, Peru, and the language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H886E02 = """# ORDER FORM AND GENERAL TERMS

**AgroTrace Cloud Subscription - Order Form No. OAT-2027-CN-031**

Provider: Oviedo AgroTrace S.A., Ruta PY08, Coronel Oviedo, Departamento de Caaguazú, Paraguay ("Provider")

Customer: Dalian Haoyu Grain and Oils Trading Co., Ltd., Dalian, Liaoning Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

AgroTrace Cloud, Enterprise edition: a hosted platform that records the origin, storage, transport and quality certificates of soybean, maize and wheat lots from farm or silo to the port of loading and to the Customer's crushing plants in China. The subscription includes the web application, the mobile field application, the supplier portal, the document vault, the standard dashboards and the standard API.

### A2. Subscription Term and Users

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Confirmation under Section 4 of Part B; the second Subscription Year starts on its first anniversary. The subscription covers 60 named users of the Customer and unlimited supplier-portal users, and up to 3,000 traced lots in each Subscription Year.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 60 named users, up to 3,000 lots | 286,000 |
| Subscription, Subscription Year 2 | 60 named users, up to 3,000 lots | 286,000 |
| Onboarding and integration (one-time) | configuration, ERP interface, data load, training | 48,000 |
| **Total Fees** | | **620,000** |
| Additional lots (if used) | per lot above 3,000 in a Subscription Year | 18 |

All amounts are in Chinese yuan and include VAT. Charges for additional lots are billed in arrears at the end of each Subscription Year and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) The onboarding and integration fee is invoiced on Go-Live Confirmation.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer in CNY to Provider's account stated on the invoice.

### A5. Onboarding

Provider shall configure the platform for the Customer's eleven origin regions and three crushing plants, build the interface to the Customer's ERP purchase and inventory modules, load the Customer's existing supplier and lot records for the preceding two crop seasons, and train the Customer's key users in Dalian. The Target Go-Live Date is 75 days after signature of this Order Form.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, cs@oviedo-agrotrace.example. Customer contact: Head of Supply Chain Digitalisation.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and records submitted to the Service by or for the Customer, including by its suppliers through the supplier portal, and all outputs generated from them.

1.2 "Service" means the subscription service described in A1.

1.3 "Customer Configurations" means the workflows, forms, dashboards, report templates and interface mappings prepared by Provider specifically for the Customer.

### 2. Use of the Service

2.1 Provider grants the Customer and its affiliates in China the right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 The Customer shall keep its user credentials secure and is responsible for the acts of its users. Named user accounts may be reassigned when an employee leaves.

2.3 The Customer shall not use the Service to store unlawful content, attempt to break its security or resell it to third parties. Provider may suspend a user account that is clearly being misused, after notice to the Customer's contact, for as long as the misuse continues.

### 3. Availability and Support

3.1 Provider will use commercially reasonable efforts to make the Service available for use by the Customer, excluding scheduled maintenance, which Provider will try to perform outside the Customer's business hours. Provider does not commit to any specific level of availability.

3.2 Support is provided in English and Spanish by email and through the support portal during Provider's business hours in Paraguay. Provider will respond to support requests as soon as reasonably practicable, giving priority to requests that prevent use of the Service.

3.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 4. Onboarding and Go-Live Confirmation

4.1 Provider shall perform the onboarding described in A5 and notify the Customer when the Service is ready for testing.

4.2 The Customer shall test the Service within 15 business days using the test scripts agreed in the onboarding plan. Go-Live Confirmation requires that (a) all agreed test scripts pass; (b) lot records loaded from the Customer's files reconcile with the source files for a sample of 300 lots; (c) purchase orders and goods receipts flow through the ERP interface without errors for ten consecutive business days; and (d) all configured dashboards show correct figures for the test data.

4.3 The Customer shall give Go-Live Confirmation in writing when the criteria are met, or list the failures, which Provider shall correct before testing is repeated. Access to the Service for testing does not amount to Go-Live Confirmation.

4.4 If Go-Live Confirmation is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analysis, benchmarking or product development.

5.2 Customer Data is hosted in a data centre located in mainland China operated by a licensed cloud provider. Provider shall encrypt Customer Data in transit and at rest, limit access to named staff on a need-to-know basis with multi-factor authentication, keep access logs for at least six months and run backups daily.

5.3 Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it and support the Customer's notifications to authorities. Provider is liable for losses caused by a security incident attributable to its failure to meet this Section 5.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in CSV and PDF format and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party received in connection with this Agreement and shall use it only to perform this Agreement.

6.2 The obligations in this Section 6 continue for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to the Customer. Provider shall deliver them in an exportable form on request, and the Customer may use, modify and have third parties use them without restriction, including after the Subscription Term.

### 8. Subcontractors

8.1 Provider may engage subcontractors and sub-processors, including its hosting provider and its regional implementation partners, to perform parts of the Service. Provider will notify the Customer in writing of any new subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

### 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

9.2 The limit does not apply to liability for breach of Sections 5 or 6, for wilful misconduct or for personal injury.

9.3 Neither party is liable for indirect or consequential loss, except as provided in Section 9.2.

### 10. Term, Renewal and Termination

10.1 This Agreement runs until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

10.3 If the Customer terminates under Section 10.2, Provider shall refund the subscription fees paid for the remainder of the then current Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian in accordance with its rules. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate in a reorganisation.

12.2 Notices shall be given in writing to the contacts named in A6.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or governmental action, provided it gives prompt notice and resumes performance as soon as possible.

12.4 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""

H886E03 = """T:VINEYARD SENSOR NETWORK AND MONITORING SOFTWARE SUPPLY CONTRACT
P:Contract No. HLW-PUR-2027-022
P:Buyer: Ningxia Helan Estate Winery Co., Ltd., Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Maule Sensórica SpA, Avenida Manso de Velasco, Curicó, Región del Maule, Chile (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms for equipment and software. The Buyer operates vineyards of about 1,900 hectares at the eastern foot of the Helan Mountains and buys a network of soil and weather sensors with monitoring software to manage irrigation and frost protection. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, weather stations, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's VineWatch monitoring software, including its server, web and mobile components and documentation.
P:1.3 "Custom Work" means the dashboards, irrigation-zone models, alarm rules and the interface to the Buyer's irrigation control system prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, field maps, irrigation records and other data collected or generated by the Equipment and the Software for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply, install and calibrate the Equipment in the Buyer's vineyard blocks, install the Software on the Buyer's server in its Yinchuan office, perform the Custom Work and train the Buyer's staff.
P:2.2 The Supplier shall deliver installation drawings, the calibration record of every probe, the as-built network map, user and administrator manuals in Chinese and English, and the source code and configuration files of the Custom Work.
P:2.3 Training comprises a three-day course for the Buyer's vineyard managers and irrigation operators at the estate, a two-day administrator course for the Buyer's IT staff, and a refresher session at the start of the second growing season. The Supplier shall provide bilingual trainers or an interpreter at its own cost.
H:3. Price
P:3.1 The Contract Price is CNY 1,528,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil moisture and temperature probe|240|2,150|516,000
TB:2|Micro-climate weather station with leaf-wetness sensor|18|16,800|302,400
TB:3|LoRaWAN gateway with solar power kit|14|8,400|117,600
TB:4|VineWatch software, perpetual licence (one server, 30 users)|1|420,000|420,000
TB:|Equipment and Licence Subtotal|||1,356,000
TB:5|Installation, calibration and Custom Work|1|143,600|143,600
TB:6|Training|1|28,400|28,400
TB:|Contract Price|||1,528,000
P:3.2 The Contract Price is fixed and includes delivery DDP to the Buyer's vineyards, customs clearance, import duties, VAT, installation, travel and all costs of the Supplier.
H:4. Payment
P:4.1 10% of the Contract Price is payable within 20 working days after signature and receipt of an advance-payment bank guarantee for the same amount.
P:4.2 55% of the Contract Price is payable after the Installation Certificate is signed for all blocks. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 35% of the Contract Price is payable after Final Acceptance under clause 6.
P:4.4 Each payment is made within 30 days after receipt of a valid invoice.
P:4.5 The Buyer shall not make any other payment, and the Supplier shall not invoice any other charge, for the scope described in this Contract.
H:5. Delivery and Installation
P:5.1 The Equipment shall be delivered within 60 days and installation shall be completed within 100 days after signature, so that the network is in operation before the bud-break season.
P:5.2 The Supplier shall install probes at the locations marked on the Buyer's block maps, at the depths specified for each soil type, and shall not damage vines, drip lines or trellis posts.
P:5.3 The Supplier's staff on site shall follow the Buyer's safety, hygiene and biosecurity rules, including the rules on vehicle access to the vineyard blocks during spraying and harvest periods, and shall remove all packaging and waste.
H:6. Acceptance
P:6.1 After installation the network shall run for a trial period of 30 days. Final Acceptance requires that (a) at least 236 of the 240 probes and all weather stations report data at the configured interval on every day of the trial period; (b) probe readings agree with the Buyer's gravimetric reference samples within the tolerance stated in the technical specification; (c) frost and irrigation alarms are triggered correctly in the tests described in the acceptance plan; (d) the interface passes irrigation schedules to the Buyer's control system without error; and (e) all documents in clause 2.2 have been delivered.
P:6.2 The Buyer shall sign the Final Acceptance certificate within 10 working days after the criteria are met. Delivery, installation, operation during the trial period or any payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period the Supplier shall repair or replace defective Equipment free of charge, including batteries and solar panels, and provide Software updates free of charge.
P:7.2 After the warranty period the Buyer may buy annual support at 7.5% of the Equipment and Licence Subtotal per year, namely CNY 101,700, which is fixed for three years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
P:7.3 The Supplier shall respond to a Severity 1 fault (the Software or more than ten probes or any gateway out of service during the growing season) within 1 hour, and to other faults within one working day. A local service partner approved under clause 11 shall be on site within 48 hours where a hardware replacement is needed.
P:7.4 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which an on-site visit is late CNY 1,500. The Buyer may deduct these amounts from any payment.
P:7.5 The Supplier shall keep at the Buyer's estate a stock of spare probes, gateway boards and batteries equal to at least three percent of the installed quantities, and shall replenish the stock whenever spares are used during the warranty period.
H:8. Intellectual Property
P:8.1 The VineWatch software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it as stated in clause 3.
P:8.2 The Custom Work belongs to the Buyer. The Buyer may use, modify and license it to others freely, including for other vineyards of its group.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy it, keep it, or use it for any other purpose, whether identified or anonymised.
P:9.2 Buyer Data is stored on the Buyer's server in China. Remote access by the Supplier is allowed only through the Buyer's VPN, for approved sessions, with logged activity, and the Supplier shall comply with the Data Security Law of the PRC and the Buyer's security rules.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
P:9.4 When the warranty or any support period ends, the Supplier shall return to the Buyer any Buyer Data it holds for diagnosis, delete all remaining copies and confirm the deletion in writing.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all non-public information of the Buyer, including field maps, yield and wine-quality data and prices, and shall not disclose it without the Buyer's written consent. This clause survives for three years after the end of this Contract.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including its local service partner.
H:12. Delay and Liability
P:12.1 If the Supplier fails to complete installation by the date in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 12.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment and services that have not passed acceptance, and the Buyer may keep the Equipment already installed against payment of its contract price.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The arbitration award is final.
H:15. General
P:15.1 The Annexes (technical specification, block maps and acceptance plan) form part of this Contract.
P:15.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or governmental action, if it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15.3 This Contract is made in Chinese and English, both texts having equal effect, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H886E04 = """# MANAGED APPLICATION SERVICES AGREEMENT

**Agreement No. QLF-MAS-2027-07**

This Managed Application Services Agreement (the "Agreement") is entered into between:

- **Qingdao Lanhai Foods Co., Ltd.**, a company organised under the laws of the People's Republic of China, with its registered office in Qingdao, Shandong Province (the "Customer"); and
- **Goya Remote Operations S.R.L.**, a company organised under the laws of the Argentine Republic, with its registered office at Calle Colón, Goya, Province of Corrientes, Argentina (the "Supplier").

## Background

The Customer processes and exports frozen seafood and runs an ERP system, a warehouse management system (WMS) for its cold stores and a set of reporting databases. The Customer wishes to outsource the day-to-day management of these applications and databases to the Supplier, which provides remote application-management and database-administration services from its operations centre in Goya around the clock.

## Section 1 - Definitions

1.1 "Services" means the services described in Schedule 1, performed in accordance with the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Charges" means the charges set out in Schedule 3.

1.5 "Customer Data" means all data held in or processed by the Customer's applications and databases, and all data the Customer provides to the Supplier.

## Section 2 - Services

2.1 The Supplier shall provide the Services from the Service Commencement Date for the Term.

2.2 The Supplier shall provide a named service delivery manager, who shall hold a monthly service review with the Customer and deliver a written service report by the fifth working day of each month.

2.3 The Supplier shall perform the Services in accordance with the Customer's change-management procedure. No change to a production system may be made without an approved change request, except in an emergency to restore service, in which case the change shall be recorded and approved retrospectively within one working day.

2.4 The Customer shall provide the Supplier with remote access to the systems in scope, the necessary licences of the application vendors, and a contact person for each application.

2.5 The Supplier shall staff the Services with engineers experienced in the Customer's ERP and database versions, keep a stable core team and give the Customer at least 30 days' notice before replacing the service delivery manager or a lead engineer, except for reasons outside its control.

## Section 3 - Transition

3.1 In the first ten weeks after signature, the Supplier shall take over knowledge and documentation from the Customer's current service provider, set up monitoring, document all operating procedures in runbooks and perform shadow and reverse-shadow operation.

3.2 The Supplier shall complete transition by the date shown in the transition plan. If Transition Acceptance is delayed beyond that date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,500 for each day of delay, up to CNY 60,000 in total.

## Section 4 - Transition Acceptance

4.1 Transition Acceptance requires that (a) runbooks for every system in Schedule 1 have been delivered and approved by the Customer; (b) monitoring covers all servers, databases, interfaces and batch jobs listed in the transition plan; (c) the Supplier has handled all incidents and service requests on its own for 14 consecutive days of reverse-shadow operation without a missed P1 target; and (d) a restore test of the ERP database has been completed successfully.

4.2 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met or state which criteria are not met.

## Section 5 - Service Levels and Credits

5.1 The Supplier shall meet the service levels in Schedule 2. Service levels are measured monthly and reported in the monthly service report.

5.2 If a service level is missed, the Supplier shall give the Customer the service credits set out in Schedule 2. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

## Section 6 - Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3.

6.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. Invoices are payable within 30 days of receipt.

6.3 The Charges are fixed for the Term and include all costs of the Supplier, including tools, travel and taxes payable outside China.

## Section 7 - Customer Data

7.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform the Services and for no other purpose.

7.2 At the end of the Term the Supplier shall return all documentation and runbooks to the Customer.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including the Customer's prices, customers, production volumes and system documentation, use it only for this Agreement and disclose it only to staff who need to know it.

8.2 This Section 8 continues to apply for three years after the end of this Agreement.

## Section 9 - Intellectual Property

9.1 Runbooks, scripts, monitoring configurations and reports prepared by the Supplier for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

9.2 The Supplier's pre-existing tools remain the Supplier's property. The Supplier grants the Customer a free licence to use any such tool embedded in the deliverables under Section 9.1.

## Section 10 - Liability

10.1 The aggregate liability of the Supplier under or in connection with this Agreement shall not exceed the total Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## Section 11 - Subcontracting

11.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier is responsible for any approved subcontractor as for itself.

## Section 12 - Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically. The parties may agree in writing to extend it.

12.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the Supplier misses the same P1 service level in three consecutive months.

12.3 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days at no extra charge, including knowledge transfer to the Customer or a new provider.

## Section 13 - Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The language of the arbitration is English.

## Section 14 - General

14.1 Notices shall be given in writing in English to the addresses stated above.

14.2 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as it can. Force majeure does not excuse the Supplier from operating its documented continuity arrangements.

14.3 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

Signed for the Customer: ____________________ Signed for the Supplier: ____________________

## Schedule 1 - Scope of Services

| Service | Systems | Description |
|---|---|---|
| Application management | ERP (finance, sales, production, purchasing), WMS for three cold stores | incident handling, service requests, user administration, batch job monitoring, minor configuration changes |
| Database administration | ERP and WMS databases, reporting databases | monitoring, backup checks, tuning, patching in agreed windows, restore tests every quarter |
| Interface monitoring | EDI with customers, customs declaration interface, bank interface | monitoring of message flows, reprocessing of failed messages |
| Service desk (second level) | all systems above | tickets raised by the Customer's first-level IT desk, in English and Chinese |
| Reporting | all systems above | monthly service report, capacity review each quarter |

## Schedule 2 - Service Levels

| Item | Service level | Service credit |
|---|---|---|
| Availability of ERP and WMS (monthly, excluding agreed maintenance windows) | 99.95% | 3% of the monthly service charge for each 0.1 percentage point below the level |
| P1 incident (ERP or WMS down, or cold-store dispatch stopped): response | 30 minutes | CNY 1,000 for each further 30 minutes |
| P1 incident: restoration or workaround | 6 hours | CNY 2,000 for each further hour |
| P2 incident (major function impaired): response | 1 hour | CNY 500 for each further hour |
| P3 incident and service requests: response | 1 business day | none |
| Monthly service report delivered on time | by the fifth working day | CNY 1,000 per late report |

Total service credits in a month shall not exceed the monthly service charge of that month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 64,000 |
| Monthly service charge | CNY 52,000 per month for 36 months | 1,872,000 |
| Total contract value | | 1,936,000 |
"""

H886E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LDS-SUB-2027-0118

BETWEEN

Lagos del Sur Climate Data SpA, a company incorporated in Chile, with its office at Camino Internacional, Villarrica, Región de La Araucanía, Chile ("Provider")

AND

Shanghai Zhongxu Agri-Commodities Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shanghai ("Customer")

RECITALS

Customer imports soybeans, cherries and table grapes from South America and wants daily crop-condition, weather and frost-risk data for the growing regions of its suppliers, delivered through an API into its own trading and risk systems. Provider collects station and satellite data for Chile, Argentina, Paraguay and southern Brazil and sells it as data feeds. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Annex A, as updated by Provider during the Subscription Term.

1.2 "API" means Provider's REST interface through which Customer retrieves the Licensed Data and the Custom Feeds.

1.3 "Custom Feeds" means the regional indices, supplier-area aggregations and frost-alert rules that Provider designs and builds for Customer under clause 3.2, and the integration code Provider writes for Customer's systems.

1.4 "Customer Data" means the supplier locations, field boundaries, contract volumes, query parameters and any other data that Customer uploads to or sends through the API.

1.5 "Subscription Year 1" runs from the Production Access Date to the day before its first anniversary, and "Subscription Year 2" runs from that anniversary to the day before the second anniversary. Together they form the "Subscription Term".

1.6 "Production Access Date" means the date on which Customer confirms Production Access Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, retrieve the Licensed Data and use it for Customer's internal purchasing, trading and risk management, and to show it to Customer's affiliates in China.

2.2 Customer may keep Licensed Data retrieved during the Subscription Term for its historical records after the term, but may not resell it or publish it as a data product.

2.3 The subscription includes up to 5 million API calls per calendar month. Calls above that volume are charged at the overage rate in clause 5.3.

3. ONBOARDING AND CUSTOM FEEDS

3.1 Provider shall provide API credentials for a test environment within ten days after receiving the payment under clause 5.2 and support Customer's developers during integration.

3.2 Provider shall design and build Custom Feeds covering the 46 supplier areas listed by Customer, including a daily frost-risk index for cherry areas in Chile and a crop-condition index for soybean areas in Argentina, Paraguay and Brazil, together with integration code for Customer's trading system.

3.3 Customer shall give Provider the list of supplier areas with their field boundaries within ten days after the Effective Date, make its developers available during integration and provide a test environment that can reach the API. Delays caused by Customer extend the Target Production Access Date accordingly.

3.4 The Target Production Access Date is 60 days after the Effective Date.

4. PRODUCTION ACCESS ACCEPTANCE

4.1 Production Access Acceptance requires that (a) all Licensed Data and Custom Feeds are delivered in the agreed schema; (b) the daily update of every feed is available by 07:00 Beijing time on at least 19 of 20 consecutive business days of testing; (c) historical data back to 2015 is complete for the supplier areas; (d) the median API response time during testing is below 800 milliseconds; and (e) the integration code runs in Customer's test environment without errors.

4.2 Customer shall confirm acceptance in writing within seven business days after the criteria are met or give reasons for rejection. Access to the test environment does not amount to acceptance.

4.3 If the Production Access Date falls after the Target Production Access Date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.02% of the Total Fees for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
(a) Onboarding and Custom Feed set-up fee (one-time): CNY 54,000;
(b) Subscription fee for Subscription Year 1: CNY 360,000;
(c) Subscription fee for Subscription Year 2: CNY 360,000;
Total Fees: CNY 774,000.

5.2 Provider shall invoice the set-up fee and the Subscription Year 1 fee together on the Effective Date. Customer shall pay that invoice within 15 days; Provider shall issue the test credentials under clause 3.1 after receiving the payment. The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and payable within 30 days.

5.3 API calls above the monthly volume in clause 2.3 are charged at CNY 60 per additional 100,000 calls, invoiced quarterly in arrears. Overage charges are not included in the Total Fees.

5.4 All fees are in CNY, include VAT and are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall make the production API available at least 99.5% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Incidents are classified by priority. Priority 1 means the production API is unavailable or a daily update is missing for all feeds. Provider shall respond to a Priority 1 incident within 1 hour and restore service within 6 hours; Priority 2 incidents within 3 hours; other requests within one business day.

6.3 If availability in a month falls below the level in clause 6.1, Provider shall credit Customer CNY 1,500 for each full 0.1 percentage point of shortfall, and if a Priority 1 restoration time is exceeded, a further CNY 1,000 for each hour. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to deliver the Licensed Data and Custom Feeds to Customer, and shall not use it for any other purpose, including improving its products or creating datasets for other clients.

7.2 Provider shall store Customer Data only in its encrypted production environment, restrict access to named engineers who need it, log all access, and apply security patches promptly. Provider shall not transfer Customer Data to any third party.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, shall take immediate steps to stop it and shall compensate Customer for losses caused by its failure to comply with this clause 7.

7.4 At the end of the Subscription Term Provider shall delete all Customer Data and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's supplier list and volumes and Provider's methods, and shall use it only for this Agreement. This clause survives for three years after the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 The Licensed Data, the API and Provider's models remain Provider's property.

9.2 The Custom Feeds, including their definitions, parameters and integration code, belong to Customer. Provider shall deliver their specifications and code, and Customer may use, modify and have others operate them without restriction, including with data from other sources.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees, except for breach of clauses 7 and 8, fraud and wilful misconduct.

10.2 Provider does not warrant that weather forecasts will prove correct; this does not limit Provider's obligations on data completeness and timeliness under clauses 4 and 6.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the operation of the API, the Custom Feeds or any processing of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement begins on the Effective Date and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a written agreement signed by both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if availability falls below the level in clause 6.1 in any three months of a Subscription Year.

12.3 On termination by Customer under clause 12.2, Provider shall refund the part of the subscription fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The language of the arbitration is English.

14. GENERAL

14.1 Notices shall be made in writing in English by email and courier to the addresses above.

14.2 Annex A (Licensed Data) and Annex B (Custom Feed specifications) form part of this Agreement.

14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, failures of public telecommunications networks or governmental action, provided it notifies the other party without delay and resumes performance as soon as possible. Such events do not excuse Provider from operating its backup systems.

14.4 This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________

Effective Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files and labels

TARGETS = {
    "h886z01": ("h886z01_civil_affairs_care_station_platform.pdf", "pdf"),
    "h886z02": ("h886z02_water_purifier_plant_line_control_retrofit.docx", "docx"),
    "h886z03": ("h886z03_floorball_chain_booking_membership_saas.txt", "txt"),
    "h886z04": ("h886z04_temple_fair_ticketing_security_system_om.txt", "txt"),
    "h886z05": ("h886z05_felt_studio_process_tracking_supplier_template.md", "md"),
    "h886e01": ("h886e01_mining_slope_software_licence_peru_vendor.pdf", "pdf"),
    "h886e02": ("h886e02_grain_traceability_saas_order_form_paraguay_vendor.md", "md"),
    "h886e03": ("h886e03_vineyard_sensors_monitoring_licence_chile_vendor.docx", "docx"),
    "h886e04": ("h886e04_seafood_erp_managed_services_argentina_vendor.md", "md"),
    "h886e05": ("h886e05_crop_weather_data_api_subscription_chile_vendor.txt", "txt"),
}
SOURCES = {"h886z01": H886Z01, "h886z02": H886Z02, "h886z03": H886Z03, "h886z04": H886Z04, "h886z05": H886Z05,
           "h886e01": H886E01, "h886e02": H886E02, "h886e03": H886E03, "h886e04": H886E04, "h886e05": H886E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (language, category, terms in TERM_KEYS order, extra, fee_base for TCO, forum outside mainland, design rules)
D = {
    "h886z01": ("zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1416000),
                780000, False, []),
    "h886z02": ("zh", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 24, False, True, True,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2020000),
                1840000, False, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h886z03": ("zh", "cloud",
                [99.5, 1, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True, True,
                 False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=356000),
                None, False, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "h886z04": ("zh", "services",
                [99.95, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False,
                 False, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=486000),
                None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h886z05": ("zh", "software",
                [None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
                 None, None, "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=440000),
                168000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h886e01": ("en", "software",
                [None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "Peru", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1620000),
                1260000, True, ["CR-GOVERNING-LAW"]),
    "h886e02": ("en", "cloud",
                [None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False, True,
                 True, "PRC", "service"],
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=620000),
                None, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h886e03": ("en", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1528000),
                1356000, False, []),
    "h886e04": ("en", "services",
                [99.95, 0.5, True, "buyer", False, True, True, 1500 / 1936000 * 100, 6 / 36 * 100, None, True, None,
                 None, None, False, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1936000),
                None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h886e05": ("en", "cloud",
                [99.5, 1, True, "buyer", True, True, True, 0.02, 200, (54000 + 360000) / 774000 * 100, True, None,
                 None, None, False, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=774000),
                None, False, ["CR-LD-LOW", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH = 40
HORIZON = 5


def tco_share(t, x, fee_base):
    """Post-warranty fee share of TCO over the horizon, from acceptance; None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, foreign_forum):
    """My reading of policy §3 applied to the labels."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan

PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|percent|per\s*cent)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![一二三四五六七八九十百两零])四个?小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|percent|per\s*cent)",
    r"万分之五(?![十点])",
    r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|percent|per\s*cent)",
    r"百分之(?:一|壹)?百(?![一二三四五六七八九十零])",
    r"one\s*hundred\s*(?:percent|per\s*cent)",
    r"(?<![\d.])30\s*(?:%|percent|per\s*cent)",
    r"百分之三十(?![一二三四五六七八九点])",
    r"\bthirty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])15\s*(?:%|percent|per\s*cent)",
    r"百分之十五(?!点)",
    r"\bfifteen\s*(?:percent|per\s*cent)",
    r"(?<![\d.])40\s*(?:%|percent|per\s*cent)",
    r"百分之四十(?![一二三四五六七八九点])",
    r"\bforty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:个月|months?)",
    r"十二个月",
    r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4个小时", "four hours", "0.05%", "万分之五", "100%",
            "百分之一百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "forty percent", "12个月",
            "12 months", "十二个月", "twelve months", "twelve calendar months", "within 4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%", "万分之五十",
             "130%", "115%", "140%", "1.4 hours", "112 months", "百分之三十五", "2,150", "360,000", "24 months",
             "十二月", "2027年12月31日", "150%", "3.5%"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
        assert RX.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: " + s


# ---------------------------------------------------------------------------------------------------------------------
# Read back

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, kind) in TARGETS.items():
        lang, cat, vals, extra, fee_base, foreign, design = D[k]
        terms = dict(zip(TERM_KEYS, vals))
        # labels against thresholds
        for key, th in TH.items():
            v = terms[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(terms, extra, fee_base)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (k, share)
        if terms["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
            assert terms["post_warranty_fee_pct"] is None
        rules = derive(terms, extra, fee_base, foreign)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%-66s %s %5d  %-6s %s%s" % (name, lang, n, risk(rules), ", ".join(x[3:] for x in rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f%%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
