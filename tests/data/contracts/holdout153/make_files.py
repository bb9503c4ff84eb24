"""holdout153: sources of the ten blind held-out ORDINARY draft contracts, and their build.

All ten texts are kept here. The .md and .txt files are written as they are; the two .docx and the two .pdf are built
with ../word_pdf.py (markup T:/H:/P:/TB:, real Word tables in the .docx; PDFs broken at word boundaries,
wrap_words=True). Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------------------------
# h153z01 - 省文化和旅游厅 文旅大数据平台 系统集成, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
# --------------------------------------------------------------------------------------------------------------------
H153Z01 = """
T:江川省文旅大数据平台建设项目政府采购合同
P:合同编号：JCWL-ZC-2026-017　　采购项目编号：JCZC2026-G-0583（公开招标）
P:采购人（甲方）：江川省文化和旅游厅　　地址：江川省临州市文华路18号
P:供应商（乙方）：云岫数智科技有限公司　　地址：临州市高新区云栖路266号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责建设江川省文旅大数据平台，内容包括：数据中台、数据治理和可视化平台软件的供货与部署；服务器、分布式存储及网络安全设备的供货与安装；游客画像、景区客流监测、文旅消费分析、舆情监测四个业务模块的定制开发；对接在线旅游平台、景区票务系统、旅馆业住宿登记、通信运营商等36个数据源的数据接入与治理；以及系统集成、培训和质保期内服务。
P:1.2 项目实施地点为甲方指定的省政务云机房及甲方办公场所。详细的功能、性能和技术要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准。
P:1.3 乙方应组建不少于12人的项目团队，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰伍拾万元整（¥4,500,000.00），为固定总价，包括设备、软件、开发、运输、安装、调试、培训、测评配合、税费及质保期内服务等全部费用，甲方不再支付其他任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|大数据平台软件许可（数据中台、数据治理、可视化）|1套|1,268,000
TB:2|服务器及存储设备（计算节点8台、分布式存储1套）|1批|1,136,000
TB:3|网络安全设备（下一代防火墙、日志审计、数据库审计）|1批|318,000
TB:4|定制开发（游客画像、客流监测、消费分析、舆情监测）|1项|1,046,000
TB:5|数据接入与治理（36个数据源）|1项|462,000
TB:6|系统集成、安装部署|1项|214,000
TB:7|培训|1项|56,000
TB:|合计||4,500,000
P:2.2 上表第1至3项合计人民币2,722,000元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 系统通过初步验收后十个工作日内，甲方支付合同总价的50%。
P:3.3 系统通过最终验收后十个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。甲方按国库集中支付的规定办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后一百五十日内完成全部设备到货安装和软件部署，并提交初步验收申请；初步验收通过后进入三个月试运行期。
P:4.2 设备到货时双方共同开箱清点并签署到货确认单。到货确认单仅确认货物的数量、型号和外观，不构成验收。
P:4.3 乙方应在实施过程中提交需求规格说明书、详细设计、测试报告、部署文档等过程文档，经甲方确认后实施。
P:4.4 乙方应为甲方系统管理员和业务人员提供培训，培训不少于8期，每期不少于2天，确保甲方人员能独立完成日常运行管理。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列全部功能逐项测试通过；（2）36个数据源全部接入，抽样核对入库数据与源数据一致；（3）在200个并发用户条件下，常用页面响应时间不超过3秒；（4）到货设备的品牌、型号、配置与投标文件一致。
P:5.2 最终验收在试运行期满后进行，标准为：（1）试运行期间未发生一级故障；（2）系统通过第三方机构的网络安全等级保护三级测评；（3）乙方已交付定制开发部分的源代码、设计文档、运维手册和培训资料。
P:5.3 验收由甲方组织，甲方可邀请专家参加，验收结果以双方签署的书面验收报告为准。系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和技术支持，并每季度进行一次巡检。
P:6.2 服务水平：平台月可用率不低于99.95%。故障分为三级：一级故障（平台整体不可用或核心数据服务中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个模块不可用）2小时内响应，24小时内解决；三级故障（一般功能缺陷）1个工作日内响应，5个工作日内解决。
P:6.3 乙方未达到前款要求的，一级故障响应或恢复每超时1小时，向甲方支付违约金人民币1,000元；月可用率每低于约定值0.01个百分点，向甲方支付违约金人民币2,000元。甲方可从应付款项中直接扣除。
P:6.4 质保期满后，如甲方需要继续由乙方提供运维服务，年度运维服务费不超过软硬件小计的8%，即每年不超过人民币217,760元，质保期满后前两年按此价格执行，不得上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的业务模块、接口程序、数据治理规则、报表及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和许可他人使用。
P:7.2 平台软件的知识产权仍属乙方或其权利人，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台汇聚的全部数据（含游客、景区、消费、舆情数据）及其衍生数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求落实安全措施。数据存储于省政务云，不得出境；运维访问须经甲方审批并通过堡垒机进行，操作全程留痕；涉及个人信息的，应依法进行去标识化处理。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效五年。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定的，乙方应负责更换或整改，并赔偿甲方由此遭受的损失。
H:第十一条 分包
P:11.1 乙方不得转包本项目。除投标文件中已载明的分包事项外，乙方不得分包；确需分包的，须事先取得甲方书面同意，乙方就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可书面通知解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同未尽事宜，按招标文件、投标文件及有关法律法规执行。
P:甲方（盖章）：江川省文化和旅游厅　　　　乙方（盖章）：云岫数智科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:签订日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h153z02 - 纸箱厂 印刷质量在线检测系统 hardware + post-warranty maintenance (.pdf, 一、/（一）)
# --------------------------------------------------------------------------------------------------------------------
H153Z02 = """
T:纸箱印刷质量在线检测系统采购合同
P:合同编号：HX-SB-2026-0412
P:甲方（买方）：浙东恒祥纸业包装有限公司
P:地址：宁波市北仑区春晓工业园海荟路9号
P:乙方（卖方）：睿瞳视觉检测技术（苏州）有限公司
P:地址：苏州工业园区星湖街328号
P:甲方为提升瓦楞纸箱水性印刷、柔版印刷及模切工序的质量控制水平，向乙方采购印刷质量在线检测系统，并委托乙方在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:一、采购内容与价格
P:（一）乙方为甲方6条印刷开槽模切联动线各提供一套在线检测系统，对套印偏差、色差、墨杠、漏印、脏污、条码可读性等缺陷进行全检，并与甲方印刷机控制系统联机，实现缺陷纸板自动剔除和喷码标记。
P:（二）合同总价为人民币壹佰陆拾叁万壹仟元整（¥1,631,000），含设备、软件、运输、保险、安装调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|在线检测工作站（工业相机4台、线阵光源、工控机）|6套|186,000|1,116,000
TB:2|检测软件许可（永久）|6套|38,000|228,000
TB:3|剔废及喷码标记装置|6套|21,500|129,000
TB:4|中央质量管理服务器（含数据库）|1套|64,000|64,000
TB:5|安装调试及印刷机联机|1项|78,000|78,000
TB:6|操作与维护培训|1项|16,000|16,000
TB:|合计|||1,631,000
P:（三）上表第1至4项为设备及软件，合计人民币1,537,000元（以下称“设备及软件总价”）。
H:二、付款方式
P:（一）合同签订后七日内，甲方支付合同总价的20%作为预付款，计人民币326,200元。
P:（二）全部设备安装调试完成后十日内，甲方支付合同总价的70%，计人民币1,141,700元。
P:（三）余款10%计人民币163,100元作为质保金，于质保期满且无未决质量问题后十日内支付。
P:（四）乙方应在每次收款前向甲方开具等额增值税专用发票。
H:三、交货与安装调试
P:（一）乙方应在合同签订后四十五日内将全部设备运抵甲方工厂，并在到货后二十日内完成安装调试和联机。
P:（二）安装调试期间，乙方应按甲方生产计划安排停机窗口，每条线停机时间累计不超过两个班次。
P:（三）甲方负责提供安装所需的电源、压缩空气和网络接口，并指派设备部人员配合。
P:（四）乙方应随货提供装箱单、合格证、出厂检验报告、操作手册和维护手册。
P:（五）设备的所有权自甲方付清第二期款项时转移给甲方，毁损灭失的风险自设备在甲方工厂交付时转移给甲方。运输途中的风险由乙方承担，乙方应为设备投保运输险。
P:（六）乙方应按照甲方的安全生产管理制度进场作业，遵守动火、登高和断电挂牌等规定；乙方人员在作业中发生的人身伤害由乙方负责。
H:四、验收
P:（一）设备安装调试完成并开机运行，即视为甲方验收合格。
P:（二）乙方应提交安装调试记录，由甲方现场负责人签字确认。甲方在使用中发现设备存在质量问题的，按本合同第五条、第六条处理。
H:五、质量保证
P:（一）质保期为十八个月，自安装调试完成之日起计算。
P:（二）质保期内，因设备本身质量问题导致的故障，乙方免费维修或更换；光源、相机保护镜片等易损件除外，易损件按乙方成本价供应。
P:（三）质保期内检测软件免费升级，乙方每季度上门巡检一次，并对相机进行标定。
P:（四）乙方保证自设备交付之日起八年内持续供应备品备件，并在宁波设立备件库，常备工业相机、光源和工控机各不少于两套。
P:（五）乙方应为甲方操作工、质检员和设备维修人员提供培训，培训不少于三批次，培训后甲方人员应能独立完成检测模板建立、参数调整和日常维护。
H:六、服务响应
P:（一）一级故障（检测系统整线停止工作，或误剔明显异常影响正常生产）：乙方应在1小时内远程响应，8小时内派工程师到达现场，24小时内排除故障。
P:（二）二级故障（单个相机或单项检测功能失效）：乙方应在2小时内响应，48小时内排除故障。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付人民币500元；因设备故障导致整线停机超过24小时的，每超过一日另行支付人民币2,000元。
H:七、质保期后的维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，服务期三年，内容包括每季度巡检、相机标定、软件升级、故障维修及备件更换（易损件除外），服务响应标准同本合同第六条。
P:（二）维保服务费每年按设备及软件总价的18%计收，即每年人民币276,660元，三年内固定不变，按季度支付。
P:（三）维保服务期满后是否续签，由双方另行协商确定。
H:八、知识产权
P:（一）检测软件的著作权属于乙方，甲方享有在本合同设备上永久使用的权利。
P:（二）乙方为甲方产品定制的检测模板、缺陷判定参数，以及与甲方印刷机和ERP系统联机的接口程序，知识产权归甲方所有。乙方应交付接口源代码和参数文件，甲方可自行修改或委托第三方修改。
H:九、数据安全
P:（一）检测图像、缺陷记录、生产统计及甲方客户订单信息等数据归甲方所有，存储于甲方服务器，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须事先经甲方设备部批准，通过甲方提供的VPN账号进行，每次维护结束后关闭访问权限；乙方不得拷贝或带离任何数据。
P:（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对在本合同履行中知悉的甲方客户名单、订单、印版样稿、工艺参数等商业秘密负有保密义务，不得向第三方披露；保密期限至本合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备存在质量问题的，乙方应负责维修或更换，并承担由此产生的费用。
H:十二、分包
P:乙方不得将本合同项下的安装调试工作分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同解除
P:（一）乙方逾期交货超过三十日，或设备经两次维修仍不能正常使用的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:十五、不可抗力
P:因地震、台风、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、通知
P:本合同项下的通知以书面形式送达双方首页所列地址，或发送至双方项目联系人的电子邮箱。任何一方变更联系方式的，应提前五日书面通知对方。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格表；附件二：设备清单。
P:甲方（盖章）：浙东恒祥纸业包装有限公司　　乙方（盖章）：睿瞳视觉检测技术（苏州）有限公司
P:签订日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h153z03 - 室内儿童乐园连锁 门票与会员 SaaS, 三年 + 实施 (.md, ## N. + N.N)
# --------------------------------------------------------------------------------------------------------------------
H153Z03 = """# 门票与会员管理系统 SaaS 服务合同

合同编号：XY-IT-2026-009

甲方：星野童趣（上海）儿童乐园管理有限公司
地址：上海市闵行区虹梅南路1688号

乙方：票栈云（杭州）科技有限公司
地址：杭州市滨江区长河路590号

甲方在长三角地区经营28家室内儿童乐园门店，拟采用乙方“票栈云”平台统一管理门票与会员业务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经友好协商，签订本合同。

## 1. 服务内容

1.1 乙方通过“票栈云”平台向甲方28家门店提供门票销售、闸机核验、会员储值与积分、次卡和年卡、团购核销、生日派对预订及经营报表等SaaS服务（以下称“订阅服务”）。

1.2 乙方负责实施工作，包括：门店开通与参数配置；闸机及手环读写设备对接；微信小程序与抖音团购接口对接；原系统约41万条会员数据迁移；会员等级和积分规则配置；门店人员培训。

1.3 门店数量增加的，新增门店按本合同约定的单价计费，自开通当月起算，其余条款不变；门店关闭的，甲方提前三十日书面通知后，该门店订阅费自次季度起停止计收。

1.4 甲方应指定项目负责人，及时提供门店资料、闸机型号、原系统数据和业务规则，并组织门店人员参加培训。乙方应为每家门店的店长和收银员提供现场或远程培训，并提供操作手册和视频教程。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期届满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一年，可多次续期。每次续期时，乙方有权按其届时标准价格调整订阅费，调整幅度不超过上一期费用的10%。

## 3. 费用

3.1 合同总价为人民币924,400元，明细如下：

| 项目 | 计价方式 | 金额（元） |
|---|---|---|
| 订阅费 | 28家门店 × 9,600元/店/年 × 3年 | 806,400 |
| 实施费 | 一次性 | 118,000 |
| 合计 | | 924,400 |

3.2 短信通知和电子发票开具按实际用量另行结算，不计入合同总价。

## 4. 付款

4.1 本合同不设预付款。

4.2 实施费在上线验收合格后十个工作日内一次性支付。

4.3 订阅费按季度结算，每季度结束后十个工作日内支付该季度费用，每季度人民币67,200元。

4.4 乙方应在甲方付款前开具合法有效的增值税专用发票。

## 5. 实施与验收

5.1 乙方应在合同签订后六十日内完成全部28家门店的上线。

5.2 上线验收标准：（1）全部门店售票、检票、会员消费全流程测试通过；（2）迁移的会员数据逐条核对，余额、积分、有效期一致；（3）小程序在2,000个并发下单请求时，下单接口平均响应时间不超过1.5秒；（4）与甲方财务系统的日结对账连续7日无差异。

5.3 门店试营业期间使用系统不视为验收合格，验收合格以甲方签署的上线验收单为准。验收不通过的，乙方应在七日内整改后重新验收，整改期间产生的费用由乙方承担。

5.4 乙方应在上线前提交实施方案、数据迁移方案和回退方案，经甲方确认后执行；数据迁移应在门店非营业时间进行，不得影响门店正常营业。

5.5 因乙方原因未能按5.1约定时间完成上线的，每逾期一日，乙方向甲方支付违约金人民币800元。

## 6. 服务水平

6.1 平台月可用率不低于99.5%。计划内维护须提前72小时通知甲方，并安排在0:00至6:00之间进行，不计入不可用时间。

6.2 故障响应：P1故障（全部或多家门店无法售票或检票）乙方应在15分钟内响应，2小时内恢复；P2故障（单家门店或单一功能故障）1小时内响应，8小时内解决；P3故障（一般问题咨询）1个工作日内答复。

6.3 服务抵扣：月可用率低于约定值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。P1故障恢复每超时1小时，另行抵扣当月订阅费的1%。抵扣金额在下一季度付款时扣除。

## 7. 知识产权

7.1 “票栈云”平台及其软件的知识产权归乙方所有。

7.2 乙方为甲方定制的会员等级规则、营销活动模板、经营报表及接口配置归甲方所有，甲方可以自由使用、修改，并可交由第三方使用。

## 8. 数据与个人信息保护

8.1 甲方的会员信息、交易数据及入园记录（以下称“甲方数据”）归甲方所有。

8.2 乙方可以对甲方数据进行去标识化处理后进行汇总分析，并将分析结果用于乙方的产品优化及行业研究报告；该等使用在本合同终止后仍可继续。

8.3 乙方应在通过网络安全等级保护三级测评的云环境中存储甲方数据，对会员手机号、身份信息等敏感字段加密存储，实行最小权限访问控制并保留操作日志。涉及不满十四周岁儿童个人信息的，甲方负责取得监护人单独同意，乙方仅按甲方指示处理。

8.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方，立即采取补救措施并配合甲方向监管部门报告；因乙方原因造成的，乙方赔偿甲方全部损失。

8.5 合同终止后三十日内，乙方应向甲方完整返还甲方数据，并在甲方确认后删除。

## 9. 保密

双方对在合作中获知的对方商业信息、价格、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的150%为限；但因乙方故意、重大过失或违反第8条造成的损失，不受此限。

## 11. 分包

乙方不得将本合同项下的实施工作分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

## 12. 合同解除

12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

12.2 连续两个月平台月可用率低于99%的，甲方有权解除本合同，无需承担任何违约责任。

12.3 合同终止或解除后，乙方应继续提供不少于三十日的只读访问，以便甲方导出数据和完成系统切换。

## 13. 不可抗力

因不可抗力导致不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明。公有云服务商的一般故障不属于不可抗力。

## 14. 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

## 15. 其他

15.1 双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。

15.2 本合同附件：附件一 门店清单；附件二 实施计划；附件三 上线验收单格式。附件与本合同具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：星野童趣（上海）儿童乐园管理有限公司

乙方（盖章）：票栈云（杭州）科技有限公司

签订日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h153z04 - 县农业农村局 农产品质量安全追溯平台 年度运维, 政府采购 竞争性磋商 (.txt, 一、 + 1. + (1))
# --------------------------------------------------------------------------------------------------------------------
H153Z04 = """青溪县农产品质量安全追溯平台运维服务合同

采购方式：竞争性磋商
采购项目编号：QXZC-NY-CS-2026-03
合同编号：QXNY-YW-2026-011

采购人（甲方）：青溪县农业农村局
地址：青溪县城关镇建设路56号

供应商（乙方）：禾信数据科技有限公司
地址：江宁市软件园路22号

依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

一、服务范围
1. 服务对象：青溪县农产品质量安全追溯平台，包括追溯管理子系统、快检数据采集子系统、承诺达标合格证开具子系统、公众扫码查询系统和移动端APP，以及平台运行环境（县电子政务外网机房服务器5台、数据库、网络安全设备）。
2. 服务内容：
(1) 日常运行维护：系统巡检、运行监控、数据备份、补丁更新和故障处理；
(2) 驻场服务：派驻1名运维工程师在甲方办公场所工作，工作日8:30至17:30在岗；
(3) 数据服务：对全县312家生产经营主体及14个乡镇快检站上报的数据进行质量检查和治理，每月出具数据质量报告；
(4) 安全服务：配合甲方完成网络安全等级保护二级测评和整改，每季度开展一次漏洞扫描并出具报告；
(5) 培训服务：对乡镇监管员和生产经营主体开展平台操作培训不少于6场。
3. 服务期限：自2026年4月1日起至2027年3月31日止。服务期满后本合同终止，后续服务由甲方依法另行采购。

二、合同价款
1. 本合同总价为人民币叁拾捌万陆仟元整（¥386,000），为包干价，包含人工、差旅、工具、税费等全部费用。分项如下：
(1) 平台运行维护：168,000元；
(2) 驻场服务：96,000元；
(3) 数据服务：52,000元；
(4) 安全服务：46,000元；
(5) 培训服务：24,000元。
2. 服务期内，甲方不再向乙方支付合同价款以外的任何费用。

三、付款方式
1. 本合同不设预付款。
2. 服务费按季度支付。每季度结束后，甲方按第五条完成考核，并在考核结果确认后十五个工作日内支付当季服务费人民币96,500元，考核扣款在当季服务费中扣减。
3. 乙方应在每次付款前开具合法有效的发票。
4. 甲方付款资金来源为县级财政资金，付款按国库集中支付程序办理。

四、服务要求与服务水平
1. 故障分级：
(1) 一级故障：平台整体无法访问、公众扫码查询中断、合格证无法开具或数据库损坏；
(2) 二级故障：单个子系统不可用或部分乡镇无法上报数据；
(3) 三级故障：一般功能异常、界面显示错误等。
2. 响应时限：一级故障，乙方应在接到报修后6小时内响应并开始处置，24小时内恢复；二级故障，8小时内响应，48小时内解决；三级故障，2个工作日内解决。
3. 乙方每日进行系统巡检并记录，每周验证备份的可恢复性，每月5日前提交上月运维报告和数据质量报告。
4. 驻场人员应具备相应技术能力，不得随意更换；确需更换的，应提前十日书面报甲方同意。
5. 乙方应编制平台应急预案，报甲方备案，并在服务期内至少组织一次应急演练。春季和秋季农产品集中上市期间，乙方应增派技术人员加强巡检。
6. 乙方应建立运维工作台账，对每次故障的报修时间、响应时间、处理过程和恢复时间如实记录，作为考核依据。
7. 甲方应为驻场人员提供办公场所、网络接入和必要的办公设备，负责协调县电子政务外网机房、网络运营商和原平台开发单位配合乙方工作，并指定专人对接。

五、考核与扣款
1. 甲方每季度依据《运维服务考核表》对乙方的服务进行考核，考核结果分为合格和不合格。
2. 一级故障响应每超时1小时扣款500元，恢复每超时1小时扣款800元；驻场人员无故缺勤的，每人日扣款600元；未按时提交月度报告的，每次扣款300元。
3. 连续两个季度考核不合格的，甲方有权解除合同。

六、验收
1. 服务期满后十五日内，甲方组织年度验收。验收依据为：四个季度的考核结果；月度运维报告和数据质量报告；等保测评配合及整改完成情况；培训签到记录；运维文档交付情况（运维日志、变更记录、配置清单、应急预案）。
2. 验收合格的，甲方出具书面验收意见；验收不合格的，乙方应在十日内整改，并重新提请验收。

七、数据安全
1. 平台数据（包括生产经营主体信息、快检数据、合格证数据和追溯码数据）归甲方所有。乙方仅为履行本合同在甲方授权范围内访问和处理，不得用于其他目的，不得向任何第三方提供。
2. 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》及网络安全等级保护的要求：运维操作一律通过甲方堡垒机进行，账号专人专用，操作日志保存不少于六个月；不得在个人设备上存储平台数据；未经甲方批准不得开通远程访问。
3. 乙方每日进行增量备份，每周进行全量备份，备份介质由甲方保管。
4. 发生数据泄露、篡改、丢失或系统被入侵的，乙方应在2小时内报告甲方，并立即启动应急处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。

八、知识产权
1. 乙方在服务期内为甲方开发的报表、脚本、数据治理规则以及形成的运维文档，知识产权归甲方所有。
2. 乙方保证提供服务时使用的工具和软件不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担费用。
3. 服务期满或合同解除时，乙方应将上述成果及其源文件完整移交甲方。

九、违约责任
1. 乙方未按约定时间开始提供服务或驻场人员未按时到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方服务不符合约定的，按第五条扣款；给甲方造成损失的，乙方还应赔偿损失。
3. 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

十一、合同解除
1. 乙方严重违约，经甲方书面通知后七日内仍未纠正的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
2. 出现第五条第3项情形的，甲方有权解除本合同。
3. 合同解除或终止时，乙方应在七日内移交全部账号、文档和数据，并配合新的服务商完成交接。

十二、不可抗力
因自然灾害、重大公共卫生事件等不可抗力导致不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商处理。

十三、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。

十四、其他
本合同一式五份，甲方三份，乙方一份，县财政局政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县农业农村局　　　　乙方（盖章）：禾信数据科技有限公司
签订日期：2026年3月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h153z05 - 辣味休闲食品企业 WMS licence + 定制开发, supplier's own template (.md, 第X条 + X.Y)
# --------------------------------------------------------------------------------------------------------------------
H153Z05 = """# 仓擎WMS仓储管理系统软件许可及实施合同

（仓擎标准合同文本 V3.0）

合同编号：CQ-WMS-2026-0088

甲方（用户）：湘味坊食品有限公司
地址：湖南省平江县工业园伍市路18号

乙方（许可方）：仓擎供应链科技（长沙）有限公司
地址：长沙市岳麓区麓谷大道658号

甲方系辣味休闲食品生产企业，为提升原料仓、成品仓和电商发货仓的管理水平，决定采用乙方的仓擎WMS仓储管理系统。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS软件许可，许可范围为3个仓库（原料仓、成品仓、电商发货仓）、60个RF手持终端用户和10个PC端用户，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：按生产批次和保质期的先进先出及近效期预警规则；出库称重复核；波次拣货策略；与甲方用友ERP、TMS运输管理系统以及天猫、抖音、拼多多等电商平台订单系统的接口。

1.3 乙方提供实施服务（蓝图设计、系统配置、基础数据初始化、上线支持）和培训服务。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零捌万元整（¥1,080,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS软件许可 | 520,000 |
| 2 | 定制开发 | 386,000 |
| 3 | 实施服务 | 148,000 |
| 4 | 培训 | 26,000 |
| | 合计 | 1,080,000 |

2.2 上述价格不含RF手持终端、标签打印机等硬件，硬件由甲方自行采购。

2.3 甲方在需求确认后提出的变更，乙方按每人日2,800元另行收费。变更的工作量由乙方评估，经甲方书面确认后实施。

2.4 乙方实施人员往返甲方现场的差旅费用已包含在实施服务费中；甲方要求乙方在合同约定范围外另行驻场的，按实际人日另行结算。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即人民币540,000元，作为预付款。

3.2 系统上线后五个工作日内，甲方支付合同总价的42%，即人民币453,600元。

3.3 系统验收合格后五个工作日内，甲方支付合同总价的8%，即人民币86,400元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施和服务。

## 第四条 实施与上线

4.1 乙方在收到预付款后九十日内完成系统上线。

4.2 甲方应按乙方要求及时提供需求资料、基础数据、网络环境和服务器。因甲方原因造成延误的，工期相应顺延。

4.3 实施阶段包括需求调研、蓝图设计、系统配置与定制开发、测试、数据初始化、培训和上线切换。每个阶段结束时，甲方应在三个工作日内对阶段成果进行书面确认。

4.4 本合同所称“上线”，是指系统在甲方三个仓库开始用于实际出入库作业。

4.5 乙方为甲方关键用户和仓库操作人员提供培训，培训不少于五天，并提供操作手册。

## 第五条 验收

5.1 系统上线并稳定运行二十日后，乙方提交验收申请。验收标准为：需求规格说明书中确认的功能逐项测试通过；三个仓库各抽盘不少于200个库位且账实相符；与ERP、TMS及电商平台接口连续运行二十日无一级故障。

5.2 甲方应在收到验收申请后十个工作日内组织验收。验收合格的，双方签署验收报告；验收不合格的，甲方应书面列明不合格项，乙方整改后再次提请验收。

## 第六条 免费维护期及售后服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障分级及响应：一级故障（系统无法登录或无法进行出入库作业），乙方应在8小时内响应；二级故障（部分功能不可用），2个工作日内响应；三级故障（一般问题），5个工作日内响应。

6.3 乙方将尽力在合理时间内修复故障，但不对修复时间作出承诺。乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

## 第七条 知识产权

7.1 仓擎WMS软件以及乙方为本合同进行的定制开发成果（包括源代码、接口程序、规则配置和相关文档）的知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反向工程、反编译，也不得交由第三方进行维护或二次开发。

## 第八条 数据

8.1 甲方的业务数据归甲方所有。

8.2 乙方在对数据进行去标识化处理后，有权使用甲方的库存、出入库及订单等运营数据，用于改进产品、训练算法模型及形成行业分析报告。

8.3 乙方应采取访问控制、传输加密、操作日志审计等安全措施保护甲方数据。发生数据安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方过错造成数据泄露的，乙方依法承担赔偿责任，但受第十条的限制。

## 第九条 保密

9.1 双方对在合作中获知的对方技术资料、商业信息（包括甲方的产品配方、客户名单、销售数据和乙方的软件技术资料）负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任总额（含违约金）以合同总价的25%为限，乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 分包

乙方有权将部分实施、开发或维护工作交由其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同因甲方原因解除的，甲方已支付的款项不予退还。

## 第十三条 不可抗力

因不可抗力或网络运营商、云服务商故障导致不能履行的，乙方不承担责任，但应及时通知甲方。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 其他

15.1 双方通知以书面形式送达本合同首部地址或双方指定的电子邮箱。

15.2 本合同为乙方标准文本，一式两份，双方各执一份，自双方签字盖章之日起生效。

15.3 本合同附件：附件一 许可清单；附件二 定制开发需求清单。

甲方（盖章）：湘味坊食品有限公司

乙方（盖章）：仓擎供应链科技（长沙）有限公司

签订日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h153e01 - Anji bamboo-furniture maker: design perpetual licence + configuration + support; Irish vendor on
# Inishmurray (.txt, "N. HEADING" + N.N)
# --------------------------------------------------------------------------------------------------------------------
H153E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is dated the ____ day of ______________ 2026

BETWEEN:

(1) INISHMURRAY DESIGN SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number 648215), having its registered office at The Old Schoolhouse, Inishmurray, County Sligo, Ireland (the "Licensor"); and

(2) ZHEJIANG ANJI ZHUYUN BAMBOO FURNITURE CO., LTD. (浙江安吉竹韵竹家具有限公司), a company established in the People's Republic of China with unified social credit code 91330523MA2B7K4Q8X, having its registered office at No. 88 Zhuxiang Avenue, Dipu Street, Anji County, Huzhou, Zhejiang Province (the "Customer").

RECITALS:

(A) The Licensor develops and licenses LOOMCAD, a parametric furniture design and CNC programming suite. The Customer manufactures furniture from laminated and flattened moso bamboo and wishes to acquire a perpetual licence of LOOMCAD with configuration, training and support.

(B) At the Customer's request all prices are stated and payable in Renminbi (CNY).

IT IS AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement:

"Acceptance Certificate" means the certificate issued by the Customer under Clause 5.2;

"Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China;

"Configuration Deliverables" means the bamboo-laminate material libraries, parametric joint families, CNC post-processors, BOM export mapping and drawing and report templates produced for the Customer under Clause 4, in source and executable form;

"Customer Data" means all designs, drawings, CNC programs, product and pricing data of the Customer;

"Defect" means a failure of the Software or a Configuration Deliverable to perform materially in accordance with its documentation or Schedule 1;

"Software" means LOOMCAD Studio 2026 and LOOMCAD CAM 2026 in object code, with their documentation and all updates supplied under this Agreement;

"Warranty Period" means the period of eighteen (18) months from the date of the Acceptance Certificate.

2. LICENCE

2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for twenty-five (25) named designer users and two (2) CAM workstation users at the Customer's factory in Anji and its design office in Hangzhou, for the Customer's own business purposes.

2.2 Title to the Software remains with the Licensor.

3. PRICE AND PAYMENT

3.1 The Contract Price is CNY 1,460,000, made up as follows:

Item | Description | CNY
1 | LOOMCAD perpetual licence: 25 designer users and 2 CAM users (the "Licence Fee") | 1,180,000
2 | Configuration Services under Clause 4 | 236,000
3 | Training: eight days on site, train-the-trainer | 44,000
  | Contract Price | 1,460,000

3.2 The Contract Price is payable as follows:
(a) 20 per cent (CNY 292,000) within fifteen Business Days after signature of this Agreement;
(b) 45 per cent (CNY 657,000) within fifteen Business Days after the Software has been delivered and installed at the Customer's premises; installation is not acceptance;
(c) 35 per cent (CNY 511,000) within fifteen Business Days after the date of the Acceptance Certificate.

3.3 The Contract Price is fixed and includes all travel and expenses.

4. CONFIGURATION SERVICES AND DELIVERY

4.1 The Licensor shall:
(a) build material libraries for the Customer's laminated and flattened bamboo boards, with grain direction, thickness tolerances and finishing allowances;
(b) build parametric joint families for mortise and tenon, dowel and finger joints in bamboo laminate;
(c) write and test CNC post-processors for the Customer's five five-axis routers and two edge-banding lines;
(d) map the bill-of-materials export to the Customer's Kingdee ERP item masters; and
(e) prepare drawing, cutting-list and costing templates in Chinese and English.

4.2 The Licensor shall deliver and install the Software within twenty Business Days after signature, and shall make the Configuration Deliverables available for acceptance testing within one hundred and ten days after signature.

4.3 If the Licensor fails, for reasons attributable to it, to make the Configuration Deliverables available for acceptance testing by the date in Clause 4.2, it shall pay the Customer liquidated damages of 0.08 per cent of the Contract Price for each day of delay, up to a maximum of 8 per cent of the Contract Price.

5. ACCEPTANCE

5.1 The Software and the Configuration Deliverables shall be tested under the acceptance test plan in Schedule 2. The tests are passed when:
(a) twenty reference furniture designs chosen by the Customer have been modelled in the Software and exported as CNC code that runs on each router without manual editing;
(b) the BOM export for all twenty designs reconciles with the Kingdee item masters without error;
(c) drawings, cutting lists and cost sheets for all twenty designs are produced in the Customer's templates; and
(d) the Software has been used in production for ten consecutive Business Days without a Severity 1 Defect.

5.2 When the tests are passed the Customer shall issue an Acceptance Certificate within five Business Days. If any test fails, the Licensor shall correct the Defects and the test is repeated.

5.3 Neither installation, nor the use of the Software in production, nor any payment under Clause 3.2(a) or (b) constitutes acceptance.

6. WARRANTY

6.1 The Licensor warrants that during the Warranty Period the Software and the Configuration Deliverables will be free of Defects. It shall correct any Defect notified during the Warranty Period, and provide the support services in Clause 7, free of charge.

7. SUPPORT AND SERVICE LEVELS

7.1 The Licensor provides support through a helpdesk in Mandarin and English from 08:30 to 18:00 China Standard Time on Business Days, with a telephone hotline available at all times for Severity 1 Defects.

7.2 Response and workaround times:
(a) Severity 1 (the Software cannot be used for design or CNC output at either site): response within two hours; workaround within one Business Day;
(b) Severity 2 (a major function is impaired): response within one Business Day; workaround within three Business Days;
(c) Severity 3 (any other Defect or query): response within three Business Days.

7.3 For each hour by which the response to a Severity 1 Defect is late the Licensor shall credit the Customer CNY 1,000, and for each Business Day by which a Severity 1 workaround is late, CNY 3,000. Credits are deducted from the next payment due.

7.4 After the Warranty Period the Customer may purchase Annual Support, comprising the services in this Clause 7 and all new releases of the Software, for an Annual Support Fee of CNY 306,800 per year, which is 26 per cent of the Licence Fee. The Annual Support Fee is fixed and shall not increase during the first five years after the Warranty Period. Each year of Annual Support is ordered by the Customer's purchase order; Annual Support does not renew automatically.

8. INTELLECTUAL PROPERTY

8.1 All intellectual property rights in the Software remain with the Licensor and its licensors.

8.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation, and the Licensor hereby assigns them to the Customer with full title guarantee. The Customer may use, modify and license the Configuration Deliverables freely and may engage third parties to maintain them. The Licensor shall deliver their source files with the Acceptance Certificate.

8.3 The Licensor indemnifies the Customer against third-party infringement claims.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall make no other use of it, whether aggregated, anonymised or otherwise.

9.2 The Software runs on the Customer's servers. The Licensor's remote access is permitted only through the Customer's VPN, for each session with the Customer's prior approval, and is logged. The Licensor shall not copy Customer Data from the Customer's systems and shall not transfer any Customer Data out of the People's Republic of China. The Licensor shall comply with the PRC Data Security Law and the Personal Information Protection Law.

9.3 The Licensor shall notify the Customer of any actual or suspected security incident affecting Customer Data within twenty-four hours of becoming aware of it, shall cooperate in containing and remedying it, and shall bear the costs and liability arising from any incident caused by the Licensor or its personnel.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's designs, product plans and prices, and shall not disclose it to any third party without the other party's prior written consent, save as required by law. This Clause 10 survives termination for five years.

11. LIABILITY

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 9 or Clause 10.

11.2 Subject to Clause 11.1, each party's total liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150 per cent of the Contract Price.

11.3 Neither party is liable for loss of profit or for indirect or consequential loss.

12. SUBCONTRACTING

12.1 The Licensor shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.

13. TERM AND TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty days after written notice.

13.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Clause 4.3 reach their maximum.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it are governed by the laws of Ireland.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the UNCITRAL Arbitration Rules before one arbitrator, seated in Dublin, Ireland, in English.

15. GENERAL

15.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter. It is signed in English and Chinese; both versions are equally authentic.

SIGNED for and on behalf of INISHMURRAY DESIGN SYSTEMS LIMITED: ______________________ Director

SIGNED for and on behalf of ZHEJIANG ANJI ZHUYUN BAMBOO FURNITURE CO., LTD.: ______________________ Legal Representative
"""

# --------------------------------------------------------------------------------------------------------------------
# h153e02 - Sanya diving-school chain: booking SaaS, Order Form + General Terms; German vendor on Grafenwerth
# (.md, Order Form + "§ N (1)")
# --------------------------------------------------------------------------------------------------------------------
H153E02 = """# ORDER FORM No. GW-2026-0317

**Grafenwerth Booking Cloud - Subscription for Dive Centres**

**Provider:** Grafenwerth Software GmbH, Insel Grafenwerth 1, 53604 Bad Honnef, Germany, registered with the Local Court (Amtsgericht) of Siegburg under HRB 17342, represented by its managing director (the "Provider")

**Customer:** Sanya Blue Reef Diving Co., Ltd. (三亚蓝礁潜水有限公司), No. 36 Yuya Road, Tianya District, Sanya, Hainan Province, People's Republic of China (the "Customer")

## 1. Subscribed Service

| Item | Details |
|---|---|
| Service | Grafenwerth Booking Cloud: online booking engine, WeChat Mini Program and web booking front end, admin console, dive-centre module (course and trip scheduling, boat manifests, rental equipment, instructor app) |
| Dive centres | 7: Sanya Bay, Dadonghai, Yalong Bay, Wuzhizhou Island, Houhai, Xidao, Fenjiezhou Island |
| Users | unlimited staff users; up to 60 instructor app users |
| Subscription Term | twenty-four (24) months from the Go-Live Date |
| Hosting | Alibaba Cloud, mainland China region (Hangzhou); backup in a second mainland region |

## 2. Fees (in CNY at the Customer's request)

| Item | Unit | Quantity | CNY per unit | CNY total |
|---|---|---|---|---|
| Platform fee | per month | 24 | 14,500 | 348,000 |
| Dive-centre licence | per centre per month | 7 x 24 | 2,600 | 436,800 |
| Setup and integration (one-time) | lump sum | 1 | 96,000 | 96,000 |
| **Total Contract Value** | | | | **880,800** |

Payment gateway charges are borne by the Customer directly.

## 3. Special Terms

3.1 **Invoicing.** The setup and integration fee is invoiced after Go-Live Acceptance under § 4 of the General Terms. Subscription fees are invoiced quarterly in arrears. No advance payment is due. Invoices are payable within thirty days.

3.2 **Go-Live Date.** The Provider shall complete the setup and integration described in Annex 1 so that the Customer can declare Go-Live Acceptance within seventy-five days after signature of this Order Form. Integration covers the WeChat Mini Program, WeChat Pay and Alipay, the import of about 18,000 customer and certification records from the Customer's current spreadsheets, and the export of daily takings to the Customer's accounting software.

3.3 **Delay.** If Go-Live Acceptance is delayed for reasons for which the Provider is responsible, the Provider shall pay the Customer CNY 600 for each calendar day of delay, up to CNY 45,000.

3.4 **Precedence.** The General Terms and Conditions of the Provider, Version 4.2, attached, form part of this Order Form. If they conflict, this Order Form prevails.

Signed in Sanya and Bad Honnef on the dates below.

For the Provider: ____________________ (Managing Director)    For the Customer: ____________________ (Legal Representative)

---

# GENERAL TERMS AND CONDITIONS OF GRAFENWERTH SOFTWARE GMBH (Version 4.2)

## § 1 Scope

These General Terms apply to all subscriptions of the Grafenwerth Booking Cloud (the "Service") ordered under an Order Form.

## § 2 Service and Availability

(1) The Provider makes the Service available at the transfer point, being the internet exit of the data centre. The Provider is not responsible for the Customer's internet connection or end devices.

(2) The Service is available 99.95 % of the time in each calendar month. Scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time is not counted as unavailability.

(3) If monthly availability falls below the level in (2), the Customer receives a service credit on the next invoice: below 99.95 % and at least 99.0 %: 5 % of the monthly fees; below 99.0 % and at least 98.0 %: 10 %; below 98.0 %: 20 %.

## § 3 Support

(1) The Provider offers support by ticket portal, e-mail and telephone in English and Chinese from 08:00 to 20:00 Beijing time on all days of the week, including public holidays in the diving season.

(2) Incidents are classified by the Provider as follows:
a) Severity 1: the booking engine or check-in is unavailable for all dive centres. The Provider responds within six (6) hours after the ticket is opened and works on the incident without interruption until it is resolved;
b) Severity 2: an important function is unavailable for one or more dive centres. The Provider responds by the next business day;
c) Severity 3: all other incidents and questions. The Provider responds within three business days.

(3) The Customer names up to three key users who open tickets.

## § 4 Setup and Go-Live Acceptance

(1) The Provider performs the setup and integration described in the Order Form and its Annex 1.

(2) Go-Live Acceptance is declared when the following tests have been passed in the production environment:
a) bookings made through the WeChat Mini Program and the web front end and paid with WeChat Pay and Alipay are recorded correctly for each dive centre;
b) boat manifests listing each diver's certification level and medical declaration are produced for each dive centre;
c) instructor schedules and the instructor app show the correct assignments;
d) the imported customer and certification records have been reconciled record by record with the source files;
e) the daily takings export has been reconciled with the Customer's accounting software for five consecutive days of parallel operation.

(3) The Customer declares Go-Live Acceptance in writing within five days after the tests have been passed. Productive use of the Service before that declaration does not constitute acceptance.

(4) The delay damages in the Order Form apply if Go-Live Acceptance is delayed.

## § 5 Fees and Invoicing

The fees are set out in the Order Form and are fixed for the Subscription Term. The Provider issues invoices in CNY.

## § 6 Term and Renewal

(1) The Subscription Term is set out in the Order Form.

(2) After the Subscription Term the contract is extended by one year at a time at the same fees, unless either party gives notice of termination at least three months before the end of the current term.

## § 7 Termination for Cause

(1) The right of either party to terminate for good cause (aus wichtigem Grund) remains unaffected. Good cause exists in particular if the other party commits a material breach of contract and does not remedy it within thirty days after receiving a written warning.

(2) The Customer may also terminate for good cause if availability is below 98.0 % in two consecutive months.

(3) Notice of termination must be given in writing.

## § 8 Customer Data and Data Protection

(1) All data that the Customer or its divers enter into the Service, including personal data, booking and payment records ("Customer Data"), belong to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the Service; it does not use Customer Data for any other purpose, including in anonymised or aggregated form.

(2) The Provider maintains an information security management system certified to ISO/IEC 27001. Customer Data are encrypted in transit and at rest, hosted only in the mainland China regions named in the Order Form in an environment with a level-3 multi-level protection scheme (MLPS) filing, and accessible only to named staff of the Provider with two-factor authentication. Access is logged.

(3) The Provider notifies the Customer of any personal data breach or other security incident affecting Customer Data without undue delay and in any event within twenty-four hours, supports the Customer in meeting its legal obligations, and bears the costs of any incident for which it is responsible.

(4) Within thirty days after the end of the contract the Provider returns all Customer Data in a common machine-readable format and then deletes them.

## § 9 Sub-processors and Subcontractors

(1) The Provider may engage sub-processors and subcontractors, including its affiliated companies and its hosting provider, to perform the Service.

(2) The Provider informs the Customer of any new sub-processor or subcontractor by e-mail at least thirty days before it is engaged. The Customer may object for important reasons; an objection does not prevent the engagement, but entitles the Customer to terminate the affected part of the Service at the end of the month.

(3) The Provider is responsible for its sub-processors and subcontractors as for its own acts.

## § 10 Rights of Use and Customer Configurations

(1) All rights in the Service and its software remain with the Provider. The Customer receives a non-exclusive right, limited to the Subscription Term, to use the Service for its own business.

(2) Configurations, booking flows, course and trip catalogue templates, reports and interface mappings created specifically for the Customer belong to the Customer. The Customer may use, modify and license them freely, and the Provider exports them on request at the end of the contract.

## § 11 Confidentiality

(1) Each party keeps confidential all business and trade secrets of the other party of which it becomes aware in connection with the contract, and uses them only for the purposes of the contract.

(2) This obligation continues for three years after the end of the contract.

## § 12 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, under the Product Liability Act and for breach of § 8.

(2) In all other cases the Provider's aggregate liability under the contract is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

(3) Strict liability for defects that already existed when the contract was concluded (§ 536a (1) German Civil Code) is excluded.

## § 13 Governing Law and Disputes

(1) At the Customer's request this contract is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.

(2) All disputes arising out of or in connection with this contract are finally settled by the Hainan International Arbitration Court in Haikou in accordance with its arbitration rules.

## § 14 Final Provisions

(1) Amendments and supplements to the contract must be made in writing; this also applies to any waiver of this written-form requirement.

(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected.

Annex 1 - Setup and integration scope
"""

# --------------------------------------------------------------------------------------------------------------------
# h153e03 - Qinhuangdao sea-urchin hatchery: tank sensors + maintenance; French integrator on Stibiden; buyer's paper
# (.docx, "Article N - Title" + N.N, Word price table and fault table)
# --------------------------------------------------------------------------------------------------------------------
H153E03 = """
T:Contract for the Supply, Installation and Maintenance of a Tank Water-Quality Monitoring System
P:Contract No. HYMY-2026-EQ-07
P:The Buyer: Qinhuangdao Haiyun Aquatic Seedling Co., Ltd. (秦皇岛海韵水产苗种有限公司), a company established in the People's Republic of China, with its registered office at No. 12 Haibin Road, Changli County, Qinhuangdao, Hebei Province (the "Buyer").
P:The Supplier: Stibiden Aquatech SAS, a société par actions simplifiée registered with the Trade and Companies Register of Vannes under number 912 448 307, with its registered office at Île de Stibiden, 56870 Baden, France, acting through its representative office in Qingdao (the "Supplier").
P:The Buyer operates a hatchery for the sea urchin Strongylocentrotus intermedius with four tank halls (broodstock, larval rearing, settlement and juvenile grow-out). Following a competitive tender, the Buyer has selected the Supplier to supply, install and maintain an online water-quality monitoring system. This Contract is drawn up on the Buyer's form. At the Buyer's request all prices are stated in Renminbi (CNY).
H:Article 1 – Definitions
P:1.1 "Equipment" means the probes, analysers, data loggers, gateways and alarm units listed in Article 3; "Software" means the AquaWatch monitoring software; "System" means the Equipment and the Software installed and configured at the hatchery.
P:1.2 "Installation Certificate" means the document signed by both parties when the System has been installed; "Final Acceptance Certificate" means the certificate issued by the Buyer under Article 6.
P:1.3 "Buyer Data" means all measurements, alarms, logs, tank records and production data generated by or entered into the System.
H:Article 2 – Object and Scope
P:2.1 The Supplier shall supply, deliver, install, configure and calibrate a System that continuously measures dissolved oxygen, temperature, pH and salinity in 96 tanks, and ammonia and nitrite at eight sampling points, and that raises alarms by siren, SMS and voice call.
P:2.2 The scope includes cabling and mounting, integration with the Buyer's seawater pumping and aeration control panels (read-only), configuration of dashboards and alarm thresholds for each tank hall, training of the Buyer's staff, and maintenance under Articles 8 and 9.
H:Article 3 – Contract Price
P:3.1 The Contract Price is CNY 1,840,000, fixed and inclusive of delivery to the hatchery (DAP Changli), import duties, taxes, installation, calibration and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter probe (DO, temperature, pH, salinity), self-cleaning|96|9,800|940,800
TB:2|Ammonia / nitrite online analyser|8|46,500|372,000
TB:3|Tank-side data logger and gateway|24|7,200|172,800
TB:4|AquaWatch monitoring software, perpetual site licence|1|168,000|168,000
TB:5|Alarm unit (SMS / voice dialler and siren)|12|3,400|40,800
TB:|Equipment and Software Subtotal|||1,694,400
TB:6|Installation, cabling and calibration|1|126,000|126,000
TB:7|Training (four days on site)|1|19,600|19,600
TB:|Contract Price|||1,840,000
H:Article 4 – Payment
P:4.1 10 % of the Contract Price (CNY 184,000) is paid within fifteen working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55 % of the Contract Price (CNY 1,012,000) is paid within fifteen working days after the Installation Certificate. The Installation Certificate records that the System is installed; it is not acceptance.
P:4.3 35 % of the Contract Price (CNY 644,000) is paid within fifteen working days after the Final Acceptance Certificate.
P:4.4 The Supplier issues a VAT invoice (fapiao) for each payment through its representative office or its authorised Chinese distributor.
H:Article 5 – Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the Equipment within seventy days after signature and complete installation within twenty-five days after delivery. Installation work in the larval-rearing hall shall not take place during the spawning period notified by the Buyer.
P:5.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price. The Buyer may deduct them from any payment.
H:Article 6 – Acceptance
P:6.1 After installation the System runs on trial for thirty consecutive days. Final acceptance is granted when: (a) each probe reading agrees with the Buyer's laboratory reference within the tolerances of Annex 2 (dissolved oxygen ±0.2 mg/L, temperature ±0.1 °C, pH ±0.1, salinity ±0.5); (b) each alarm reaches the duty phone within sixty seconds in a test of every tank; (c) no data gap longer than ten minutes occurs at any tank during the trial run; (d) the integration with the pumping and aeration panels shows the same status as the panels; and (e) the Supplier has delivered the as-built drawings, calibration records, manuals and configuration backups.
P:6.2 If the criteria are met, the Buyer issues the Final Acceptance Certificate within five working days. Otherwise the Supplier remedies the defects and the trial run is repeated. Installation, use of the System or any payment does not constitute acceptance.
H:Article 7 – Warranty
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from the date of the Final Acceptance Certificate. During that period the Supplier repairs or replaces defective Equipment free of charge, including parts, labour and travel, and supplies Software updates free of charge.
P:7.2 Sensor membranes and reagents are consumables and are not covered by the warranty; the Supplier shall supply them at the prices in Annex 3 for five years.
H:Article 8 – Maintenance and Service Levels
P:8.1 During the warranty period the Supplier performs quarterly preventive maintenance and recalibration of all probes and analysers on site.
P:8.2 Faults are handled as follows:
TB:Level|Definition|Response|On site|Restoration
TB:Critical|Loss of dissolved-oxygen or temperature monitoring, or of alarms, in any tank hall|30 minutes|3 hours|8 hours
TB:Major|Loss of one analyser or of more than five probes|2 hours|next day|48 hours
TB:Minor|Any other fault|1 working day|as agreed|5 working days
P:8.3 For each hour by which a response, arrival on site or restoration for a Critical fault is late, the Supplier pays the Buyer CNY 800; for a Major fault, CNY 300. The Buyer may deduct these amounts from any sum due to the Supplier.
P:8.4 The Supplier keeps a stock of spare probes and one spare analyser in Qingdao.
H:Article 9 – Post-Warranty Maintenance
P:9.1 After the warranty period the Supplier shall, if the Buyer so requests, provide maintenance at the service levels of Article 8 for an annual fee of 9.5 % of the Equipment and Software Subtotal, namely CNY 160,968 per year, fixed for three years.
P:9.2 Each year of post-warranty maintenance is ordered in writing; there is no automatic renewal.
H:Article 10 – Intellectual Property
P:10.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual licence for use at the hatchery.
P:10.2 The tank dashboards, alarm rules, integration scripts and configuration files made for the Buyer belong to the Buyer, which may use and modify them and have them modified by third parties.
H:Article 11 – Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer and is stored on the Buyer's server at the hatchery. The Supplier may use it only to perform this Contract.
P:11.2 Remote access by the Supplier is allowed only through the Buyer's VPN after approval by the Buyer's IT officer for each session, and is logged. The Supplier shall not copy Buyer Data or transfer it outside mainland China, and shall change all default passwords of the Equipment before commissioning.
P:11.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the System or Buyer Data, help contain it, and bear the losses caused by its fault.
H:Article 12 – Confidentiality
P:12.1 Each party keeps confidential the technical and commercial information received from the other party, including the Buyer's production methods, broodstock records and prices, and does not disclose it without prior written consent. This obligation continues for five years after the end of this Contract.
H:Article 13 – Liability
P:13.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Articles 11 and 12, which are not limited.
H:Article 14 – Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Article 15 – Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:15.2 On termination before final acceptance the Supplier refunds the amounts received, less the value of Equipment the Buyer elects to keep.
H:Article 16 – Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes are submitted to the Qinhuangdao Arbitration Commission for arbitration in Qinhuangdao.
H:Article 17 – Miscellaneous
P:17.1 This Contract is signed in Chinese and English; both versions have equal force. Annex 1: Technical specification. Annex 2: Calibration tolerances and test plan. Annex 3: Consumables price list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# --------------------------------------------------------------------------------------------------------------------
# h153e04 - Xiamen animation studio: managed IT + desktop support; Scottish provider on Inchmurrin
# (.pdf, "Clause N" + N.N)
# --------------------------------------------------------------------------------------------------------------------
H153E04 = """
T:MANAGED IT SERVICES AGREEMENT
P:between INCHMURRIN MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC712094) and having its registered office at Inchmurrin Boathouse, Inchmurrin, Loch Lomond, G63 0JY (the "Provider")
P:and XIAMEN LUMEN WHALE ANIMATION CO., LTD. (厦门光鲸动画有限公司), a company established in the People's Republic of China and having its registered office at Floor 9, Building 3, Software Park Phase III, Jimei District, Xiamen, Fujian Province (the "Customer")
P:WHEREAS the Customer produces animated feature films and series and requires the management of its studio IT, render farm and storage, and the Provider has agreed to provide those services on the terms of this Agreement, with all charges in Renminbi (CNY) at the Customer's request; NOW THEREFORE the parties agree as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Charges" means the charges in Clause 6; "Customer Data" means all data of the Customer processed by the Provider, including unreleased film assets, scenes, models, scripts and personal information of staff; "Service Commencement Date" means the date of the Service Commencement Certificate issued under Clause 4; "Services" means the services described in Clause 3 and Schedule 1; "Term" means the period set out in Clause 2.
P:1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement.
H:Clause 2 Term
P:2.1 This Agreement starts on signature and the Services run for thirty-six (36) months from the Service Commencement Date.
P:2.2 The Term may be extended only by written agreement of both parties. There is no automatic renewal.
H:Clause 3 Services
P:3.1 The Provider shall provide: (a) a service desk in Mandarin and English from 08:00 to 22:00 every day, and on-call cover outside those hours for Priority 1 incidents; (b) desktop support for 160 artist and production workstations, with two engineers on site at the Customer's studio on working days; (c) management of the render farm of 48 nodes and the 1.2 PB network-attached storage, including monitoring, capacity reporting and job-scheduler administration; (d) management of the studio network, firewalls and wireless network; (e) backup of project storage, with a monthly restore test; and (f) patching, antivirus and asset management.
P:3.2 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and Schedule 1.
H:Clause 4 Transition and Service Commencement
P:4.1 The Provider shall complete the transition within sixty days after signature. Service commencement is certified when: (a) all hardware and software assets have been inventoried and the inventory is approved by the Customer; (b) monitoring covers all render nodes, storage, servers and network devices; (c) a full restore of a 2 TB project folder from backup has been carried out successfully; (d) runbooks for the render farm and storage have been approved by the Customer; and (e) the service desk has met the targets of Clause 5 for ten consecutive working days in shadow operation.
P:4.2 When the criteria are met the Customer issues a Service Commencement Certificate within five working days. Use of the Services during transition does not constitute acceptance.
P:4.3 If the Service Commencement Certificate cannot be issued within sixty days after signature for reasons attributable to the Provider, the Provider pays the Customer CNY 2,000 for each day of delay, up to CNY 90,000.
H:Clause 5 Service Levels
P:5.1 Incidents are prioritised and handled as follows: Priority 1 (render farm, storage or studio network unavailable, or more than twenty workstations down): response within 30 minutes, restoration within 6 hours. Priority 2 (a major function or a group of workstations impaired): response within 1 hour, restoration within 1 working day. Priority 3 (a single user or workstation): response within 2 hours, resolution within 3 working days.
P:5.2 The managed storage and the render farm job scheduler shall each be available 99.95% of the time in each calendar month, excluding maintenance windows agreed in advance with the Customer.
P:5.3 If a service level is missed, the Customer receives a service credit: 3% of the monthly Charges for each Priority 1 incident restored late, and 5% of the monthly Charges for each month in which availability is below the level in Clause 5.2, up to 25% of the monthly Charges in total. Service credits are deducted from the next invoice.
P:5.4 The Provider reports on its performance monthly and attends a monthly service review with the Customer. The report shows every incident, its priority, the response and restoration times achieved, the availability achieved and the credits due.
P:5.5 During the final four weeks before each film delivery date notified by the Customer, the Provider shall freeze non-urgent changes to the render farm and storage and keep an additional engineer on call.
H:Clause 5A Personnel and Customer Obligations
P:5A.1 The Provider shall name a service delivery manager and two on-site engineers in Schedule 1 and shall not replace them without the Customer's consent, which shall not be unreasonably withheld. Staff working at the studio shall follow the Customer's site, safety and content-security rules.
P:5A.2 The Customer shall give the Provider's staff access to its premises and systems as reasonably needed, provide desk space for the on-site engineers, and inform the Provider in good time of new productions, hires and equipment purchases.
H:Clause 6 Charges and Payment
P:6.1 The Charges are:
P:Desktop support, 160 seats at CNY 260 per seat per month: CNY 41,600 per month
P:Render farm and storage management: CNY 24,200 per month
P:Network and security management: CNY 11,000 per month
P:Monthly Charges: CNY 76,800, for 36 months: CNY 2,764,800
P:Transition (one-time): CNY 88,000
P:Total Contract Value: CNY 2,852,800
P:6.2 The monthly Charges are invoiced monthly in arrears. The transition charge is invoiced after the Service Commencement Certificate. No amount is payable in advance. Invoices are payable within thirty days.
P:6.3 The Charges are fixed for the Term.
H:Clause 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Services and on the Customer's instructions, and makes no other use of it.
P:7.2 Customer Data remains on the Customer's premises. The Provider's staff access it only with named accounts and multi-factor authentication through the Customer's privileged-access gateway; all sessions are logged. The Provider shall not copy Customer Data to any device or location outside the Customer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the security requirements of the Customer's film distributors notified to it.
P:7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours, contain it, and indemnify the Customer against losses caused by its breach of this Clause 7.
H:Clause 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's confidential information, including the Customer's unreleased productions, storyboards and client contracts, and shall not disclose it without the other party's prior written consent. The Provider's staff shall sign individual confidentiality undertakings. This Clause survives for five years after termination.
H:Clause 9 Intellectual Property
P:9.1 Scripts, runbooks, configurations, reports and documentation produced by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.
P:9.2 The Provider's own tools and know-how remain its property; the Provider grants the Customer a perpetual licence to use any of them embedded in the deliverables.
H:Clause 10 Subcontracting
P:10.1 The Provider delivers the on-site Services through its wholly owned subsidiary Inchmurrin IT Services (Xiamen) Co., Ltd., which the Customer approves by signing this Agreement. Any other subcontracting requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.
H:Clause 11 Liability
P:11.1 Neither party excludes or limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 7 and 8.
P:11.2 Subject to Clause 11.1, the total liability of each party under this Agreement is limited to 150% of the Total Contract Value. Neither party is liable for indirect or consequential loss.
H:Clause 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice requiring it to be remedied.
P:12.2 The Customer may also terminate by written notice if Priority 1 restoration targets are missed three times in any rolling period of three months.
H:Clause 13 Exit
P:13.1 On expiry or termination the Provider shall hand over all documentation, credentials and configurations and assist the Customer or its new provider for up to sixty days at the rates in Schedule 2.
H:Clause 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the law of Scotland.
P:14.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Clause 15 General
P:15.1 This Agreement is the entire agreement of the parties on its subject matter. It may be varied only in writing signed by both parties. No waiver is effective unless in writing.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows: for the Provider at Balloch on the ____ day of ________ 2026 by its director; and for the Customer at Xiamen on the ____ day of ________ 2026 by its legal representative.
P:Schedule 1: Service description and workstation list. Schedule 2: Exit assistance rates.
"""

# --------------------------------------------------------------------------------------------------------------------
# h153e05 - Korla pear exporter: phytosanitary-certificate API subscription + integration; Italian vendor on Cirella
# (.txt, "Art. N (title)" + numbered paragraphs)
# --------------------------------------------------------------------------------------------------------------------
H153E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT - PHYTOLINK API

between

CIRELLA AGRITRACE S.R.L., with registered office at Isola di Cirella snc, 87023 Diamante (CS), Italy, tax code and VAT no. IT03417290781, registered with the Companies Register of Cosenza, REA no. CS-231874, in the person of its sole director (Amministratore Unico) and legal representative (hereinafter the "Provider")

and

XINJIANG KORLA XIANGLI FRUIT EXPORT CO., LTD. (新疆库尔勒香梨果业出口有限公司), with registered office at No. 27 Xiangli Avenue, Korla, Bayingolin Mongol Autonomous Prefecture, Xinjiang, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(the Provider and the Customer together the "Parties")

WHEREAS

a) the Provider operates PhytoLink, an application programming interface (API) service that checks the phytosanitary import requirements of destination countries, prepares the data for phytosanitary certificate applications and tracks electronic phytosanitary certificates (ePhyto);

b) the Customer packs and exports Korla fragrant pears to markets in South-East Asia, the Middle East, Australia and North America and wishes to connect its packing-house and export systems to PhytoLink;

c) at the Customer's request, all amounts in this Agreement are expressed and payable in Renminbi (CNY);

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:

Art. 1 (Premises and Annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annex A: Service Description. Annex B: Integration Specification and Acceptance Tests.

Art. 2 (Definitions)
2.1 "Service" means access to the PhytoLink API and web console as described in Annex A.
2.2 "Integration" means the connector between PhytoLink and the Customer's packing-house ERP, orchard registration records and cold-treatment logs, described in Annex B.
2.3 "Go-Live Date" means the date of the Go-Live Certificate under Art. 7.
2.4 "Customer Data" means shipment, orchard, packing-house, treatment, consignee and certificate data entered by or for the Customer.
2.5 "Subscription Term" means the period set out in Art. 4.1.

Art. 3 (Object)
3.1 The Provider grants the Customer access to the Service for its export shipments and carries out the Integration.
3.2 The Service includes: (a) rule checks of the import requirements of each destination country, including quarantine pests, orchard and packing-house registration, cold treatment and fumigation; (b) pre-filled data for the Customer's phytosanitary certificate applications to the competent customs authority; (c) tracking of the status of each ePhyto through the international hub; and (d) document packs per shipment for the Customer's consignees.
3.3 The Service includes up to 6,000 shipment dossiers per contract year. Additional dossiers are charged at CNY 18 each.

Art. 4 (Term and Tacit Renewal)
4.1 The Subscription Term is twenty-four (24) months from the Go-Live Date.
4.2 On expiry, the Agreement is tacitly renewed for successive periods of one year at the same fees, unless either Party gives notice of cancellation by registered letter with return receipt or by certified e-mail at least three months before expiry.

Art. 5 (Fees)
5.1 The fees are as follows:
- Integration fee (one-time): CNY 118,000
- Subscription fee, first contract year: CNY 264,000
- Subscription fee, second contract year: CNY 264,000
- Total Contract Price: CNY 646,000
5.2 Additional dossiers under Art. 3.3 are not included in the Total Contract Price and are invoiced quarterly according to actual use.
5.3 The fees are fixed for the Subscription Term.

Art. 6 (Invoicing and Payment)
6.1 The entire integration fee and the subscription fee for the first contract year are invoiced on signature of this Agreement and are payable within fifteen days of the invoice date.
6.2 The subscription fee for the second contract year is invoiced at the start of that year and is payable within fifteen days.
6.3 In case of late payment, interest accrues at the rate of one-year LPR published by the National Interbank Funding Center plus two percentage points.

Art. 7 (Integration and Go-Live)
7.1 The Provider shall complete the Integration within sixty days after receipt of the first payment.
7.2 The Integration is accepted when the following tests in Annex B have been passed: (a) fifty test shipments to Indonesia, Thailand, Vietnam, Malaysia, Australia and Canada have been checked, and each result agrees with the requirements published by the destination country; (b) the pre-filled application data for the fifty shipments reconcile field by field with the Customer's ERP and orchard registration records; (c) the application data are accepted by the customs single-window test environment without format errors; and (d) the API answers within two seconds at twenty requests per second. The Customer then signs the Go-Live Certificate. Use of the Service before that date is not acceptance.
7.3 If the Go-Live Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer a penalty of 0.07 % of the Total Contract Price for each day of delay, up to 7 % of the Total Contract Price.

Art. 8 (Service Levels)
8.1 The Service is available 99.95 % of each calendar month, excluding maintenance announced three days in advance and performed between 00:00 and 04:00 Beijing time.
8.2 The Provider's support desk is staffed from 08:00 to 22:00 Beijing time every day from August to December (harvest and export season) and from 09:00 to 18:00 on working days in the rest of the year. Priority 1 incidents (the Service is unavailable or certificate data cannot be generated) receive a response within one hour and are resolved within six hours; Priority 2 incidents receive a response within one working day.
8.3 For each month in which availability falls below the level in Art. 8.1, the Provider grants a credit of 5 % of the monthly share of the subscription fee if availability is at least 99.0 %, 10 % if it is at least 98.0 %, and 20 % below that. Each Priority 1 incident resolved late gives rise to a further credit of 2 %.

Art. 9 (Customer Data)
9.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Service and shall not sell, disclose or otherwise exploit it.
9.2 On expiry of the Agreement the Provider shall make the Customer Data available for download for sixty days.

Art. 9-bis (Customer Obligations)
9-bis.1 The Customer shall keep its orchard and packing-house registrations, treatment records and consignee details accurate and up to date in its systems, shall name a project contact for the Integration, and shall provide test data and access to its ERP test environment within ten days after signature.
9-bis.2 The Customer remains responsible towards the customs authority for the content of each certificate application it submits; the Provider is responsible for the correctness of the rule checks and of the data it pre-fills.

Art. 10 (Intellectual Property)
10.1 The Provider remains the owner of PhytoLink, its rule base and its software. The Customer receives a non-exclusive, non-transferable right to use the Service for the Subscription Term.
10.2 The connector, field mappings and report templates developed specifically for the Customer under the Integration belong to the Customer, which may use, modify and license them freely; the Provider shall deliver their source code on the Go-Live Date.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential all information of the other Party of which it becomes aware in the performance of this Agreement, including prices, customers, consignees and volumes, and shall not disclose it to third parties without the other Party's prior written consent, except where required by law.
11.2 This obligation continues for three years after the end of the Agreement.

Art. 12 (Liability)
12.1 Each Party's total liability under this Agreement is limited to one and a half times the Total Contract Price.
12.2 The limitation does not apply to wilful misconduct or gross negligence.

Art. 13 (Subcontracting)
13.1 The Provider shall not subcontract the Integration or the operation of the Service, in whole or in part, without the prior written consent of the Customer.

Art. 14 (Express Termination Clause; Waiver of Withdrawal)
14.1 The Provider may terminate this Agreement with immediate effect by written notice if the Customer fails to pay any amount due within thirty days of its due date (express termination clause).
14.2 The Customer may not withdraw from or terminate this Agreement before the end of the Subscription Term for any reason. In case of any failure by the Provider, the Customer's remedies are the credits under Art. 8.3, the penalty under Art. 7.3 and damages within the limits of Art. 12.

Art. 15 (Force Majeure)
15.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, including outages of the international ePhyto hub or of the customs single window.

Art. 16 (Governing Law and Jurisdiction)
16.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising from this Agreement shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi under its rules in force.

Art. 17 (Final Provisions)
17.1 Any amendment to this Agreement must be made in writing, under penalty of nullity.
17.2 This Agreement is drawn up in English and Chinese; in case of discrepancy the English text prevails.
17.3 The Customer declares that it has read and specifically approves the following clauses: Art. 4 (Term and Tacit Renewal), Art. 12 (Liability), Art. 14 (Express Termination Clause; Waiver of Withdrawal) and Art. 16 (Governing Law and Jurisdiction).

Place and date: Diamante / Korla, ____________ 2026

The Provider: ______________________    The Customer: ______________________
"""

SOURCES = {"h153z01": H153Z01, "h153z02": H153Z02, "h153e03": H153E03, "h153e04": H153E04}
TARGETS = {"h153z01": ("h153z01_provincial_culture_tourism_big_data_platform.docx", "docx"),
           "h153z02": ("h153z02_carton_plant_print_inspection_system.pdf", "pdf"),
           "h153e03": ("h153e03_sea_urchin_hatchery_tank_sensors.docx", "docx"),
           "h153e04": ("h153e04_animation_studio_managed_it_scottish_provider.pdf", "pdf")}
PLAIN = {"h153z03_playground_chain_ticketing_membership_saas.md": H153Z03,
         "h153z04_county_agriculture_traceability_platform_om.txt": H153Z04,
         "h153z05_spicy_snack_wms_supplier_template.md": H153Z05,
         "h153e01_bamboo_furniture_design_licence_irish_vendor.txt": H153E01,
         "h153e02_diving_school_booking_saas_order_form.md": H153E02,
         "h153e05_pear_exporter_phyto_certificate_api.txt": H153E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
