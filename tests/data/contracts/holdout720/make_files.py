"""holdout720: builds the ten held-out drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json
labels, derives each draft's rules from its labels (policy section 3 as read in NOTES.md), compares them with the design
list, checks rule coverage, text lengths and that no label value or text figure sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H720Z01 = """
T:宜州市住房专项维修资金管理信息平台建设项目合同
P:合同编号：YZWX-ZC-2027-014　采购方式：公开招标（政府采购）
P:甲方（采购人）：宜州市住房专项维修资金管理中心
P:乙方（供应商）：杭州筑衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就维修资金管理信息平台的软件许可、定制开发及实施服务订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供维修资金管理平台软件（含资金归集、分户账管理、使用申请与审核、业主表决、增值收益分配、统计分析等模块）的永久使用许可，不限用户数和部署节点。
P:1.2 乙方按甲方需求定制开发：业主线上表决小程序、与六家承办银行的资金监管接口、与不动产登记系统的房屋信息接口、审计对账模块。
P:1.3 乙方负责将旧系统约四十二万户分户账及二〇〇九年以来的交存、使用明细迁移至新平台，并完成部署、联调、培训及上线保障。
P:1.4 平台部署于甲方政务云，乙方应配合甲方完成等级保护测评和商用密码应用安全性评估。
P:1.5 乙方应为甲方业务人员、各区县经办人员及承办银行柜员分批开展操作培训，培训不少于二十场，并提供培训教材和操作视频。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零柒万元整（¥2,070,000），为含税固定总价，包括：平台软件许可费¥1,180,000；定制开发费¥640,000；数据迁移费¥158,000；实施及培训费¥92,000。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用，乙方不得以工作量增加为由要求调价。
P:2.3 合同签订后五个工作日内，乙方应向甲方提交合同总价5%的履约保证金（银行保函形式），质保期满且无未了结事项后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 最终验收合格并收到乙方合法发票后，甲方支付合同总价的35%。
P:3.4 甲方按财政资金支付程序付款，因财政审批原因造成的合理延迟不视为甲方违约。
H:第四条 交付进度
P:4.1 乙方应于合同签订后九十日内完成部署及初步验收，并于初步验收后六十日内完成最终验收。
P:4.2 乙方应提交项目实施方案、需求规格说明书、数据迁移方案、测试报告、用户手册、运维手册及定制部分的源代码。
P:4.3 乙方项目经理须常驻现场直至最终验收，未经甲方同意不得更换。
P:4.4 乙方应每周向甲方提交项目周报，每月参加甲方组织的项目例会，如实报告进度、风险和问题。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合需求规格说明书；迁移后的分户账余额、交存与使用明细与旧系统逐户核对一致；六家银行接口连续十个工作日对账无差错；系统在300个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：初步验收后连续试运行六十日，无一级故障；第三方测评机构出具的安全测评报告无高危漏洞；甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新组织验收，由此产生的费用由乙方承担。
P:5.4 验收所需的测试环境和测试数据由乙方准备，甲方派员参加并监督测试过程。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及现场支持。
P:6.3 质保期内乙方每季度对平台进行一次巡检，并提交巡检报告和优化建议。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即¥106,200），质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:7.2 故障分级响应：一级故障（平台无法访问或资金数据错误）30分钟内响应、2小时内到场、8小时内恢复；二级故障1小时内响应、次日内修复；三级故障3个工作日内解决。
P:7.3 乙方每迟延响应或恢复一小时，甲方可从履约保证金或应付款中扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。
H:第八条 知识产权
P:8.1 定制开发成果（含小程序、接口程序、审计对账模块的源代码及文档）的知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
P:8.3 乙方应在最终验收时将定制部分的源代码及编译环境说明提交甲方，并保证甲方可据此独立编译和部署。
H:第九条 数据安全
P:9.1 平台内的业主信息、分户账、资金明细等全部数据归甲方所有，乙方不得用于履行本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计；运维操作须经甲方审批并通过堡垒机进行，不得将数据拷出甲方机房。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或质保期满后，乙方应将其持有的甲方数据副本全部删除，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、业主个人信息及银行账户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 乙方投入的项目人员与投标文件承诺不符的，每人次向甲方支付违约金¥5,000。
H:第十二条 分包
P:12.1 本项目不得分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还相应款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交宜州仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应在三日内通知对方并于十五日内提供证明，双方可协商延期履行或部分免除责任。
H:第十六条 廉洁与通知
P:16.1 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。
P:16.2 本合同项下的通知应以书面形式送达合同首部所列地址，一方地址变更的，应在变更后三日内通知对方。
H:第十七条 其他
P:17.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:17.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：宜州市住房专项维修资金管理中心　　乙方（盖章）：杭州筑衡信息技术有限公司
"""

H720Z02 = """
T:玻璃吹制及镀银生产线控制系统改造合同
P:合同编号：HW-GZ-2027-031
P:甲方：浦江县恒温暖瓶厂有限公司
P:乙方：宁波拓控自动化科技有限公司
P:甲方拟对其二号车间的暖瓶胆玻璃吹制生产线及镀银生产线进行控制系统改造，乙方具备相应的设计、供货和实施能力。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的与范围
P:（一）乙方负责供应并安装控制柜、伺服吹制机构、镀银工位温控与液位检测装置、在线视觉检测设备，以及产线监控软件许可，完成旧设备拆除、接线、程序编制、联调和试生产。
P:（二）乙方负责为甲方定制编写吹制节拍程序、镀银液配比控制程序、人机界面画面以及与甲方现有生产管理系统的数据接口。
P:（三）改造须在甲方安排的两次停产窗口内完成，每次不超过十日，停产窗口外的施工不得影响其他产线生产。
P:（四）乙方应在合同签订后二十日内提交详细设计方案，包括控制柜布置图、电气原理图、网络拓扑、程序结构和停产窗口施工计划，经甲方确认后实施。
P:（五）乙方负责拆除的旧设备归甲方所有，由乙方搬运至甲方指定地点堆放。
H:二、合同价款
P:（一）合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含税，明细如下表：
TB:序号|名称|数量|单价（元）|小计（元）
TB:1|吹制线PLC控制柜|3套|186,000|558,000
TB:2|伺服吹制机构改造|4台|97,500|390,000
TB:3|镀银工位温控与液位检测装置|1套|226,000|226,000
TB:4|在线视觉检测设备|2套|84,000|168,000
TB:5|产线监控软件许可（永久）|1套|148,000|148,000
TB:|设备及软件小计|||1,490,000
TB:6|安装调试及试生产|1项|136,000|136,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合同总价|||1,650,000
P:（二）上述价格包含运输、保险、安装辅材及税费，甲方不再另行支付其他费用。
P:（三）合同履行期间，如因甲方要求增加工位或改变工艺而增加费用的，由双方另行书面确认。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的55%；到货安装不视为验收。
P:（三）最终验收合格后十五个工作日内，甲方支付合同总价的35%。
P:（四）乙方应在每笔付款前向甲方开具合法有效的增值税专用发票。
H:四、交货与验收
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，并在停产窗口内完成安装调试。
P:（二）验收标准：吹制线连续生产七十二小时，节拍达到每分钟二十二只，瓶胆壁厚偏差不超过0.15毫米；镀银液温度控制精度±0.5℃；视觉检测漏检率低于千分之二；监控软件能准确采集全部工位数据并与生产管理系统对接一致。
P:（三）试生产三十日后由甲方组织最终验收，双方签署最终验收报告。设备安装、试生产或甲方使用均不代表验收合格。
P:（四）乙方应提交设备合格证、出厂检验报告、电气图纸、程序备份、操作及维修手册各三套。
P:（五）验收不合格的，乙方应在十日内整改并再次组织验收，由此增加的费用由乙方承担。
P:（六）试生产期间的原材料、燃气和电力由甲方提供，试生产合格产品归甲方。
H:五、质量保证与售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修改均由乙方免费负责。
P:（二）质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的7.5%（即¥111,750），质保期满后三年内不调整。
P:（三）故障响应：一级故障（整线停产）1小时内响应，6小时内到场；二级故障（单工位异常）2小时内响应，次日到场；三级故障在下次计划停机时处理。乙方每迟延到场一小时，向甲方支付¥500。
P:（四）乙方应在甲方厂区备有常用备件，保证备件供应不少于八年。
P:（五）质保期内乙方每季度上门巡检一次，检查伺服机构、传感器校准和控制柜散热情况，并出具巡检记录。
P:（六）质保期满后的维保服务包括年度定期巡检、故障维修（备件按成本价另计）、程序升级和操作人员复训，维保费按年度支付。
P:（七）乙方应建立设备维护档案，记录每次故障、维修和更换情况，每季度报甲方设备科备案。
P:（八）乙方应在合同签订后三十日内派工程师到甲方现场复核旧设备状况，发现与招标时描述不一致的，应书面提出并经双方确认处理方案。
H:六、知识产权
P:（一）乙方为甲方定制的控制程序、人机界面画面、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（二）产线监控软件的原有著作权归乙方，甲方享有永久使用权。
H:七、生产数据安全
P:（一）生产数据、工艺参数、配方及产量数据归甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程维护须事先经甲方批准，通过甲方提供的专用通道进行并全程记录，不得在设备中预留后门或远程控制功能。乙方应对控制系统采取病毒防护、账号权限分级和日志留存措施。
P:（三）因乙方原因导致生产数据丢失、泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方、协助处置，并赔偿甲方全部损失。
P:（四）乙方在设备中使用的工业控制软件应为正版，并及时提供安全补丁，补丁安装前应在测试环境中验证。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的万分之六支付违约金。
P:（二）因乙方施工超出停产窗口导致甲方停产的，乙方应赔偿甲方实际损失。
P:（四）乙方提供的设备不符合技术规格书要求的，乙方应负责免费更换，并承担由此造成的停产损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:九、分包
P:乙方可将土建基础、电缆敷设等辅助工程分包给具备资质的第三方施工，但应提前三个工作日书面通知甲方。乙方对分包工程质量及安全负全部责任。
H:十、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产制度，动火、登高及带电作业须办理审批手续。因乙方人员违章造成的事故由乙方负责。乙方应为施工人员购买意外伤害保险，施工现场须配备专职安全员，施工废料由乙方及时清运。
H:十一、培训
P:乙方应在试生产期间对甲方操作工、维修电工和工艺员分三批进行培训，每批不少于三天，考核合格后方可独立上岗操作。
H:十二、不可抗力
P:因地震、台风、洪水等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十三、合同解除
P:乙方交付设备存在重大质量缺陷或严重违约，经甲方书面通知后十五日内未能纠正的，或乙方逾期交货超过三十日的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交金华仲裁委员会仲裁。
H:十五、其他
P:双方各指定一名项目负责人，负责日常联络和事项确认，重要通知应以书面形式送达。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单及施工计划，附件与本合同具有同等效力。
P:甲方（盖章）：浦江县恒温暖瓶厂有限公司　　乙方（盖章）：宁波拓控自动化科技有限公司
"""

H720Z03 = """连锁门店收银及会员管理SaaS服务合同

合同编号：BY-IT-2027-008
甲方：厦门步悦鞋业连锁有限公司
乙方：广州云铺数字科技有限公司

甲方经营凉鞋及夏季鞋品零售连锁门店五十家，拟采用乙方的门店收银及会员管理云服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方五十家门店及总部开通收银、库存、会员积分、储值卡、营销活动及经营报表等SaaS服务，服务以互联网方式提供，甲方无须购买服务器。
1.2 乙方负责实施服务：门店基础资料和商品资料导入、原有会员约十八万人的资料及积分余额迁移、与甲方财务系统和电商平台的订单接口、收银员及店长培训。
1.3 服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，每一服务年度为期一年。
1.4 乙方负责为每家门店配置收银软件客户端，兼容甲方现有的收银机、扫码枪、小票打印机和电子秤；如需更换硬件，由甲方另行采购。
1.5 平台应支持微信、支付宝、银联等支付方式，并与甲方指定的支付服务机构对接。
1.6 乙方应为甲方提供独立的租户环境，甲方可自行设置门店、角色和权限。服务期内乙方发布的功能升级和新增标准功能，甲方可免费使用。

2. 费用
2.1 门店收银服务费：每家门店每服务年度人民币3,960元，五十家门店合计每服务年度¥198,000。
2.2 会员营销模块服务费：每服务年度¥46,000。
2.3 一次性实施费¥72,000，会员数据迁移费¥18,000。
2.4 两个服务年度的合同总价为人民币伍拾柒万捌仟元整（¥578,000）。新增门店按2.1的单价按月折算。
2.5 除本合同约定外，乙方不得以存储空间、接口调用等名义另行收费。会员营销短信按实际发送量另行结算，不计入合同总价。
2.6 合同价款已包含平台为甲方五十家门店及总部提供服务所需的全部软件功能、存储资源和接口调用，以及服务期内的技术支持费用。

3. 付款
3.1 实施费和数据迁移费在全部门店上线验收合格后二十日内支付。
3.2 各服务年度的服务费按季度结算，甲方在每季度结束后十五日内凭乙方发票支付该季度费用。
3.3 本合同不设预付款。
3.4 乙方应在每笔付款前开具合法有效的增值税专用发票，发票不合格的，甲方付款期限相应顺延。

4. 上线与验收
4.1 乙方应在合同签订后四十五日内完成全部门店上线。
4.2 上线验收标准：五十家门店全部可正常收银、退换货和交班对账；单笔收银处理时间不超过2秒；迁移后的会员人数、积分余额和储值余额与原系统逐一核对无差异；财务及电商接口连续七日对账一致；收银员培训考核合格。
4.3 试运行七日无一级故障后，甲方签署上线验收单。门店开始使用系统不视为验收合格。
4.4 乙方每逾期一日完成上线验收，按合同总价的千分之一向甲方支付违约金。
4.5 乙方应制定分批上线计划：首批五家试点门店上线运行十日后，再分两批完成其余门店上线；上线时间应避开周末和节假日销售高峰。
4.6 乙方应在上线验收时移交系统管理员手册、门店操作手册、接口说明和数据字典。

5. 服务水平
5.1 乙方承诺服务的月度可用率不低于99.5%，计划维护须安排在凌晨零时至六时并提前三日通知。
5.2 一级故障（任一门店无法收银或会员无法积分）15分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决；三级故障3个工作日内解决。
5.3 月度可用率未达到承诺的，乙方按当月服务费的5%给予服务抵扣；一级故障恢复超时的，每次另抵扣¥1,000。
5.4 乙方提供7×24小时服务热线，并为甲方指定专属客户经理。
5.5 乙方每月向甲方提交服务报告，载明可用率、故障处理、工单统计和改进措施；一级故障恢复后二日内提交故障分析报告。
5.6 在换季上新和季末清仓等销售高峰期间，乙方应提前扩容并安排专人值守。

6. 知识产权
6.1 SaaS平台的知识产权归乙方所有。
6.2 乙方为甲方定制的报表、接口程序及相关文档，知识产权归甲方所有，甲方可自行使用、修改或委托第三方开发。
6.3 乙方保证所提供的服务不侵犯第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。

7. 数据安全
7.1 乙方应将甲方数据存储于中国境内的数据中心，平台须通过网络安全等级保护三级测评。
7.2 乙方应对会员个人信息进行加密存储和脱敏展示，实行最小权限访问并保留操作日志不少于六个月。
7.3 发生数据泄露或其他安全事件的，乙方应在24小时内通知甲方，配合甲方处置并承担因其过错造成的损失。
7.4 乙方应每日备份甲方数据，备份保留不少于三十日，并每半年进行一次恢复演练。

8. 数据权属与使用
8.1 甲方的销售数据、商品数据和会员数据归甲方所有。
8.2 甲方同意，乙方可以将甲方的销售及会员消费数据经脱敏、汇总处理后，用于乙方的行业分析报告、产品改进及向其他客户提供的市场趋势服务，本项使用不因合同终止而终止。
8.3 合同终止后三十日内，乙方应按甲方要求导出并返还甲方数据，随后删除其系统内的甲方数据。

9. 保密
甲乙双方对在履行本合同中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。乙方应要求其接触甲方数据的员工签署保密承诺书。

10. 续期
本合同服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度。续期服务费按乙方届时公布的价格标准执行，乙方有权根据市场情况调整单价。

11. 培训与门店变更
11.1 乙方负责对门店收银员、店长及总部运营人员进行培训，集中培训不少于六场，并提供操作视频；新开门店的人员培训由乙方以远程方式免费提供。
11.2 甲方关闭或新开门店的，应提前十五日通知乙方，服务费按实际门店数和使用月数结算。

12. 分包
乙方不得将本合同项下服务分包给第三方，确需分包的须事先取得甲方书面同意。

13. 合同解除
13.1 乙方严重违约，或连续两个月未达到5.1约定的可用率，经甲方书面通知后十日内未改正的，甲方有权解除本合同。
13.2 甲方无正当理由逾期付款超过六十日的，乙方有权暂停服务。
13.3 合同解除的，乙方应按8.3条返还甲方数据，双方按实际服务期间结算服务费。

14. 不可抗力
因地震、台风、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或部分免除责任。

15. 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向厦门仲裁委员会申请仲裁。

16. 其他
16.1 双方应遵守廉洁经营规定，乙方不得向甲方工作人员提供任何形式的回扣或不正当利益。
16.2 本合同项下的通知以书面形式送达合同首部所列联系人；以电子邮件发送的，到达对方指定邮箱即视为送达。
16.3 本合同一式两份，双方各执一份，经双方签字盖章后生效。附件：门店清单、功能清单、接口说明。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：厦门步悦鞋业连锁有限公司
乙方（盖章）：广州云铺数字科技有限公司
"""

H720Z04 = """舟岚市海洋水产研究所科研管理系统年度运维服务合同

合同编号：ZL-SC-YW-2027-02
甲方：舟岚市海洋水产研究所
乙方：宁波海软信息技术有限公司

甲方的科研管理系统由乙方于早年建设，包括科研项目管理、科研经费、成果与论文、实验室设备预约、样品库管理和门户六个子系统。系统运行于甲方机房，包括应用服务器六台、数据库服务器两台（主备）和存储一套，用户约四百人。为保障系统稳定运行，甲方委托乙方提供年度运维服务，双方订立本合同。

第一条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后如需继续服务，双方另行签订合同。

第二条 服务内容
（一）日常运维：乙方派驻运维工程师一名，工作日在甲方现场办公，负责系统监控、账号权限维护、数据备份检查、日志巡查及用户咨询。
（二）定期巡检：每月对应用服务器、数据库和中间件进行一次巡检，每季度开展一次备份恢复演练，并提交巡检报告。
（三）故障处理：系统出现故障时，乙方应尽合理努力及时处理，尽快恢复系统运行。
（四）小型优化：服务期内完成不超过六十人日的功能优化，包括科研经费报表调整、样品库条码打印模板修改、设备预约冲突提醒等。
（五）安全配合：配合甲方完成年度网络安全等级保护测评，对测评发现的应用层问题进行整改。
（六）版本与补丁：对操作系统、数据库和中间件的安全补丁进行评估，经甲方同意后安装。
（七）备份管理：每日检查数据库自动备份执行情况，每月将备份介质交甲方档案室保管。
（八）用户支持：为甲方科研人员提供系统使用咨询和操作指导，每半年组织一次新入职人员培训。
（九）数据报送：配合甲方完成科研管理系统向上级主管部门科研项目管理平台的数据报送。
（十）机房巡查：每月配合甲方开展一次机房巡查，检查服务器运行状态、存储告警和不间断电源状态。
（十一）年度报告：服务期末提交年度运维总结报告，包括系统运行情况、问题统计、优化建议和下一年度运维建议。
（十二）文档维护：及时更新系统部署文档、账号清单和配置说明，每季度向甲方提交一次更新版本。

第三条 服务费用及支付
（一）服务费用为人民币叁拾捌万陆仟元整（¥386,000），按季度支付，每季度¥96,500。
（二）甲方在每季度考核合格并收到乙方发票后十五个工作日内支付该季度服务费。本合同不设预付款。
（三）服务费用已包含驻场人员的工资、社保、差旅、交通及乙方管理费用，甲方不再另行支付。
（四）乙方应在每次收款前开具合法有效的增值税发票。
（五）服务期内如甲方增加服务器或子系统，增加的运维工作量及费用由双方另行协商确定。

第四条 考核与验收
（一）季度考核标准：驻场工程师出勤率不低于95%；月度巡检报告按时提交；当季备份恢复演练成功；用户满意度测评不低于85分。
（二）年度验收标准：全年巡检及演练记录完整；优化任务全部完成并经甲方测试通过；等保测评中应用层问题全部整改关闭；运维文档完整移交。甲方在收到乙方年度总结报告后十五日内组织验收并签署验收意见。
（三）年度验收不合格的，乙方应在三十日内整改完毕；整改后仍不合格的，甲方可扣减第四季度服务费的20%。
（四）季度考核由甲方信息中心会同使用部门进行，考核结果书面通知乙方。

第五条 人员要求
（一）驻场工程师应具备三年以上相关工作经验，熟悉甲方系统，未经甲方同意不得更换。
（二）乙方人员应遵守甲方的安全保卫和实验室管理制度，未经许可不得进入实验区和样品库。
（三）乙方应为驻场工程师缴纳社会保险。驻场工程师因病、休假等原因不能到岗超过三个工作日的，乙方应安排具备同等能力的人员顶岗。
（四）乙方人员在甲方现场发生的人身伤害，由乙方负责处理。
（五）乙方人员应遵守甲方的作息时间和考勤制度，驻场工程师的出勤情况由甲方联系人按月签字确认，作为季度考核的依据。乙方应每周向甲方联系人提交工作周报，说明完成的工作和存在的问题。

第六条 甲方的义务
（一）甲方应为驻场工程师提供办公场所、网络和必要的系统账号。
（二）甲方应指定一名联系人，负责服务需求的提出、确认和考核。
（三）甲方应及时提供系统优化所需的业务需求说明，并配合测试。

第七条 知识产权
服务期内乙方为甲方编写的脚本、优化程序、报表模板及运维文档，知识产权归甲方所有，甲方可自由使用和修改。乙方保证其提供的服务成果不侵犯第三方知识产权。

第八条 数据安全
（一）系统中的科研项目资料、经费数据、实验数据、样品信息及人员信息均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或对外提供。
（二）乙方应严格执行甲方的账号管理和操作审计要求，远程运维须经甲方审批并通过甲方堡垒机进行；乙方不得在个人设备上存储甲方数据。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务期满，乙方应将运维过程中接触的甲方数据副本、账号和临时文件全部删除或交还，并书面确认。

第九条 保密
乙方对在服务过程中接触的甲方未公开科研成果、实验数据、专利申请资料及其他技术秘密负有保密义务，不得以任何形式向第三方披露，保密期限至相关信息公开时止。乙方应要求其派驻人员签署保密承诺书，保密义务不因合同终止而解除。

第十条 违约责任
（一）乙方逾期完成第二条第（四）项优化任务或第（五）项整改任务的，每逾期一日按合同总价的万分之八支付违约金。
（二）季度考核不合格的，甲方可扣减当季服务费的10%。
（三）因乙方人员操作失误造成系统数据损坏的，乙方应负责恢复并赔偿甲方损失。
（四）乙方应支付的违约金和赔偿金，甲方可从应付服务费中直接扣除。

第十一条 变更管理
乙方对系统进行的任何配置变更、程序更新和补丁安装，均应提前提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在非工作时间实施，并做好变更记录。

第十二条 分包
乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

第十三条 合同的变更与解除
（一）本合同的变更须经双方协商一致并签订书面补充协议。
（二）服务期内，任何一方不得单方解除本合同；确需提前终止的，双方应协商一致并书面确认已完成的服务量和应付费用。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，部分或全部免除责任。

第十五条 运维交接
服务期满后甲方另行委托其他单位运维的，乙方应在三十日内完成交接，移交系统文档、账号清单、配置说明及未完成事项清单，并协助新的服务单位熟悉系统。交接完成前，乙方不得删除或更改系统配置。

第十六条 廉洁
乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，发现违反的，甲方有权取消乙方今后参与本所采购的资格。

第十七条 争议解决
因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十八条 其他
（一）本合同附件为：系统清单、服务器及数据库清单、优化任务清单、运维服务报告模板。
（二）本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：舟岚市海洋水产研究所
乙方（盖章）：宁波海软信息技术有限公司
"""

H720Z05 = """# 智匠工坊软件许可及定制开发合同（标准文本 V4.0）

合同编号：ZJ-2027-XS-0157

甲方（买方）：潮州市锦砌马赛克工艺厂

乙方（卖方）：深圳智匠软件有限公司

本合同采用乙方标准合同文本。甲方因马赛克瓷片切割、排版拼贴及出货环节的生产追溯需要，向乙方采购“智匠工坊”生产追溯软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“智匠工坊”生产追溯软件的永久使用许可，包括切割排产、拼贴工位追溯、半成品及成品批次管理、移动扫码和出货管理模块，许可点数为八十个工位终端。

1.2 乙方根据甲方需求进行定制开发：拼花图纸导入及自动分色计件、客户订单追溯看板、与甲方现有财务软件的出入库接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 软件运行所需的服务器、数据库、操作系统、扫码枪及工位平板由甲方自行采购，乙方提供配置建议。软件版本以交付时乙方发布的最新正式版本为准。

1.5 本合同许可的终端数以八十个为限，甲方增加终端的，按乙方当年报价另行购买许可。

## 第二条 合同价款

合同总价为人民币玖拾伍万元整（¥950,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智匠工坊软件许可（永久，八十个终端） | 760,000 |
| 2 | 定制开发（图纸导入、追溯看板、财务接口） | 118,000 |
| 3 | 安装部署及培训 | 72,000 |
| | 合计 | 950,000 |

合同价款不含甲方现场的网络改造和硬件费用。乙方人员因甲方原因额外到场产生的差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥522,500。乙方收到该款项后开始实施。

3.2 软件上线运行后五个工作日内，甲方支付剩余45%，即¥427,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停实施或服务。

3.4 乙方在收到款项后开具增值税普通发票；甲方需要专用发票的，应在签约时书面说明。

3.5 甲方未付清全部款项前，软件许可处于试用状态，乙方有权限制部分功能。

## 第四条 实施与交付

4.1 乙方应在收到首付款后六十日内完成软件部署和定制开发，并通知甲方上线。

4.2 因甲方未按时提供图纸样本、基础数据或现场条件导致延误的，实施期限相应顺延。

4.3 乙方交付软件安装介质、用户手册和培训材料。定制开发部分交付可执行程序，源代码不在交付范围内。

4.4 实施期间甲方应指定项目负责人，并安排熟悉业务的人员配合需求调研、数据整理和测试；甲方人员配合不到位造成的延误由甲方负责。

4.5 定制开发需求以双方确认的需求说明书为准，需求确认后甲方提出的变更按每人天¥2,800另行计费。

4.6 乙方完成部署后以书面或电子邮件方式通知甲方上线，甲方应在通知后三日内安排上线运行；逾期未安排的，视为已上线。

## 第五条 验收

软件部署完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方将在后续版本中酌情考虑。

## 第六条 知识产权

6.1 “智匠工坊”软件及其全部文档的知识产权归乙方所有。

6.2 乙方根据本合同为甲方定制开发的程序、看板、接口及相关成果，其知识产权亦归乙方所有。甲方在本合同约定的终端数内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制成果用于其他客户。

6.3 甲方不得将软件用于本合同约定工厂以外的场所，不得对软件进行反编译、破解或规避许可控制措施；违反的，乙方有权立即停止技术支持并要求甲方赔偿。

## 第七条 质保与维护

7.1 免费质保期为六个月，自软件上线之日起计算。质保期内乙方提供远程技术支持和缺陷修复。

7.2 质保期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的26%计算，即每年¥197,600。甲方不签订维护协议的，乙方不再提供补丁和升级。

7.3 质保期内因甲方操作不当、私自修改配置或硬件故障导致的问题，不属于免费质保范围。

7.4 维护协议内容包括远程支持、补丁更新和版本升级，现场服务另行按次收费。

## 第八条 技术支持

8.1 乙方提供工作日9:00至18:00的电话及远程支持。

8.2 一级故障（系统无法使用）乙方在2小时内响应，二级故障（部分功能异常）在8小时内响应，三级故障在3个工作日内响应。

8.3 乙方将尽力在合理时间内排除故障，但不对恢复时间作出承诺。

8.4 甲方应通过乙方工单系统报告故障，并提供故障截图、日志及复现步骤。乙方的技术支持以远程方式为主，确需现场服务的，乙方在收到甲方申请后三个工作日内安排。

## 第九条 数据安全

9.1 甲方生产数据、订单数据及客户资料归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程支持须经甲方授权并使用甲方指定的远程工具，操作全程留有记录；乙方应对接触到的数据采取加密传输和访问控制措施，支持结束后删除临时文件。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并协助恢复，承担相应赔偿责任。

9.4 甲方应自行做好数据库的日常备份。

9.5 乙方接触甲方数据的人员应经过安全培训，离职或调岗时乙方应及时收回其访问权限。

## 第十条 保密

双方对在合同履行过程中知悉的对方技术信息和经营信息负有保密义务，保密期限为合同终止后三年。保密信息不包括已公开的信息或一方独立开发的信息。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的25%为限。

11.3 任何一方均不对对方的间接损失、利润损失或停产损失承担责任。

11.4 因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量要求甲方结算费用。

## 第十二条 合同解除

一方严重违反本合同，经守约方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方软硬件缺陷或政府行为导致乙方不能履行或延迟履行的，乙方不承担责任。

## 第十四条 培训

乙方为甲方提供两次现场集中培训，每次一天，培训对象为工位班组长、车间统计员和系统管理员；额外培训按乙方标准另行收费。

乙方提供的培训资料仅供甲方内部使用，甲方不得复制或提供给第三方。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 双方的通知以电子邮件或书面形式发送至签约时确认的联系人，电子邮件发出即视为送达。一方联系人变更的，应及时书面通知对方。

16.3 本合同未尽事宜，以乙方官网公布的《智匠工坊软件服务条款》为准。

甲方（盖章）：潮州市锦砌马赛克工艺厂

乙方（盖章）：深圳智匠软件有限公司
"""

H720E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CLS-CN-2027-06
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Harbourline Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Buyer"), and Cordillera Logic Systems Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office on Session Road, Baguio City, Benguet, Philippines (the "Vendor").
P:The Buyer operates three temperature-controlled warehouses and wishes to replace its warehouse management software. The Vendor licenses the ColdTrack warehouse management system (the "Software") and provides related configuration, interface, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Custom Deliverables" means the configurations, reports, label templates, interface programs and scripts written by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.2 "Final Acceptance" means the Buyer's written signature of the final acceptance certificate under Article 5.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software in connection with the Buyer's business, including inventory, customer, temperature and shipment records.
P:1.4 "Severity 1 Fault" means a fault that stops receiving, putaway, picking or dispatch at any warehouse.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's three warehouses and head office for an unlimited number of named users.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's ERP, transport management and cold-room temperature monitoring systems, migrate open stock and master data from the legacy system, and train the Buyer's key users and administrators.
P:2.4 Training comprises six classroom sessions for key users at the warehouses, two sessions for administrators covering installation, backup and interface monitoring, and recorded videos in Mandarin and English that the Buyer may reuse internally.
P:2.3 The Software will be installed on servers in the Buyer's data centre in Ningbo. The Vendor shall not host any part of the Software or Buyer Data outside the Buyer's premises.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,778,000, inclusive of all taxes, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 384,000; data migration CNY 96,000; training CNY 38,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within 15 business days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price after go-live of all three warehouses. Go-live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 20 business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
P:4.5 The Vendor shall issue a valid invoice for each payment. The Buyer may withhold any amount that is disputed in good faith until the dispute is resolved.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration and achieve go-live within 100 days after signature, following the project plan in Annex 2.
P:5.2 Final Acceptance requires: all functions in the agreed specification pass the Buyer's test scripts; stock balances after migration reconcile line by line with the legacy system; every interface runs for 20 consecutive business days without a data error; scanning transactions complete within 2 seconds at 150 concurrent handheld users; and no Severity 1 Fault occurs during a 45-day trial operation after go-live.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Use of the Software in live operation does not by itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 36 months from Final Acceptance. During that period it shall correct defects, supply new releases and provide support free of charge.
P:6.2 Severity 1 Faults: response within 1 hour, remote diagnosis immediately, and service restored or a workaround provided within 8 hours. Other faults: response within one business day.
P:6.3 For each full hour by which a Severity 1 response or restoration is late, the Vendor shall credit the Buyer CNY 1,000 against the next payment or the annual support fee.
P:6.4 After the warranty period the Buyer may order annual support at 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the three years following the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Buyer may use, modify and license them freely. The Vendor shall deliver their source code at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use it only to perform this Agreement and shall not copy, keep or analyse it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and with the Buyer's approval for each session, shall follow the Buyer's security policies and the PRC Personal Information Protection Law and Data Security Law, and shall keep access logs.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to or loss of Buyer Data, shall help contain it and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If go-live or Final Acceptance is delayed through the Vendor's fault, the Vendor shall pay delay damages of CNY 1,600 for each day of delay.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 7, 8 or 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration administered by the Philippine Dispute Resolution Center under its arbitration rules. The seat of arbitration is Baguio City and the language is English.
H:Article 14 Project Management and Personnel
P:14.1 Each party shall appoint a project manager. The Vendor's project manager shall report progress, risks and open issues in writing every week and attend a steering meeting with the Buyer every month.
P:14.2 The Vendor shall not replace its project manager or lead consultant without the Buyer's consent, which shall not be unreasonably withheld. The Vendor's staff shall comply with the Buyer's site safety rules, food-safety hygiene rules in the cold rooms, and working-hour regulations.
P:14.3 The Vendor shall deliver installation guides, administrator and user manuals, interface specifications and the test records in English and Chinese.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification), Annex 2 (Project Plan) and Annex 3 (Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party may assign this Agreement without the other party's written consent. Notices must be in writing and delivered by courier or e-mail to the addresses given by each party at signature.
P:15.3 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the other party's employees.
P:15.4 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to limit the effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H720E02 = """# SUBSCRIPTION ORDER FORM

Mayon Cloudworks Corp. — Order Form No. MCW-OF-27-0412

## PART A — ORDER FORM

### A1. Parties

**Provider:** Mayon Cloudworks Corp., a corporation organised under the laws of the Republic of the Philippines, with its office at Rizal Street, Legazpi City, Albay, Philippines.

**Customer:** Hefei Lanting Home Appliances Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Hefei Economic and Technological Development Area, Anhui Province.

### A2. Services

Provider will provide the LearnPath online learning platform as a hosted service (the "Subscription Service") for the Customer's employees, dealers and after-sales technicians, together with the onboarding services described in A4. The Subscription Service includes course management, live classes, examinations and certificates, mobile learning, and reporting.

### A3. Subscription Term

The Subscription Term is 24 months starting on the Service Start Date, which is the date of Go-Live Acceptance under section 4 of Part B. This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| LearnPath platform subscription | 1,800 users × 2 years | 96 per user per year | 345,600 |
| Content authoring module | 2 years | 38,400 per year | 76,800 |
| Onboarding (configuration, single sign-on, HR interface, course migration, training) | one-time | 42,000 | 42,000 |
| **Total Fees for the Subscription Term** | | | **464,400** |

Additional users may be added at the same unit price, prorated monthly. Fees include VAT.

### A5. Billing and Payment

Subscription and module fees are invoiced quarterly in arrears, at the end of each quarter of the Subscription Term. The onboarding fee is invoiced after Go-Live Acceptance. Customer pays each undisputed invoice within 30 days of receipt. There is no advance payment under this Order Form.

### A6. Order of Precedence and Signature

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails. Each party's representative signs below.

Provider: ____________________  Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content, course materials and personal information submitted to the Subscription Service by or for the Customer, and all learning records generated from them.

1.2 "Priority 1 Incident" means an incident that makes the Subscription Service unavailable to all or most users, or prevents examinations from being taken or recorded.

1.3 "Customer Materials" means the course content, configurations, templates and the HR interface built for the Customer during onboarding.

### 2. Use of the Subscription Service

2.1 Provider grants the Customer and its authorised users a non-exclusive right to use the Subscription Service during the Subscription Term for the Customer's internal training purposes.

2.2 The Customer shall keep user credentials secure and shall not resell or sublicense access to the Subscription Service.

2.4 Provider may update the Subscription Service from time to time, provided that an update does not materially reduce its functions, security or performance. Provider shall announce significant changes to the user interface at least 30 days in advance.

2.5 The Subscription Service supports Chinese and English user interfaces and works on current versions of common browsers and on the Customer's enterprise messaging app.

2.3 Provider hosts the Subscription Service for the Customer in a data centre located in mainland China operated by a licensed cloud provider.

### 3. Onboarding

3.1 Provider shall complete onboarding within 45 days after signature of this Order Form. Onboarding covers tenant configuration, single sign-on with the Customer's directory, a daily interface with the Customer's HR system, migration of about 1,200 existing courses and their learning records, and training for administrators.

3.2 Provider shall name an onboarding manager who will report progress to the Customer every week.

3.3 The Customer shall provide timely access to its directory and HR system test environments, course files and a project contact who can take decisions. Provider shall notify the Customer promptly in writing of any missing input that affects the onboarding plan.

### 4. Go-Live Acceptance

4.1 Go-Live Acceptance requires that: all migrated courses open and play correctly; migrated learning records reconcile with the Customer's export for every user; single sign-on works for all test accounts; the HR interface runs for ten consecutive business days without error; and pages load within 3 seconds for 500 concurrent users in a load test.

4.2 The Customer shall test within ten business days after Provider's notice of readiness and either sign the acceptance certificate or list the failures. Provider shall correct the failures and the test will be repeated.

4.3 Go-Live Acceptance is the only acceptance under this Order Form. Use of the Subscription Service before it does not amount to acceptance.

### 5. Service Levels

5.1 Provider shall make the Subscription Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.

5.2 Provider shall respond to a Priority 1 Incident within 8 hours after it is reported, and to other incidents within two business days. Support is available by e-mail and ticket on business days in the Philippines.

5.4 Provider shall publish the status of the Subscription Service on a status page, inform the Customer's administrators by e-mail of any Priority 1 Incident and its resolution, and give the Customer a monthly report of availability, incidents and support tickets.

5.3 If monthly availability falls below the commitment in 5.1, Provider shall grant a service credit of 5% of that month's subscription fees for each started 0.1 percentage point of shortfall, up to 25% of that month's fees. Credits are deducted from the next invoice.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. Provider processes Customer Data only to provide the Subscription Service and for no other purpose, and acquires no rights in it.

6.2 Provider shall store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel under multi-factor authentication, keep access logs for one year, and comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.

6.3 Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall take immediate containment measures, and shall compensate the Customer for losses resulting from an incident caused by Provider's failure to meet this section.

6.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

6.5 At the Customer's request, and at least once a year, Provider shall provide a summary of its latest independent security assessment and its MLPS record for the hosting environment.

### 7. Intellectual Property

7.1 Provider owns the Subscription Service and its underlying software.

7.2 Customer Materials belong to the Customer. The Customer may use, modify and license them freely, during and after the Subscription Term.

### 8. Confidentiality

8.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for this Order Form, and not disclose it to third parties except to personnel and advisers bound by equivalent obligations.

8.2 These obligations continue for three years after the end of the Subscription Term.

### 9. Liability

9.1 Each party's total liability under this Order Form is limited to twice the Total Fees stated in A4.

9.2 The limit does not apply to breach of sections 6 or 8, infringement claims, personal injury, or wilful misconduct.

### 10. Subcontracting

Provider shall not subcontract the Subscription Service or the onboarding services without the Customer's prior written consent. The hosting provider named in the Provider's proposal is approved by signature of this Order Form.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

11.2 If the Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The arbitral award is final and binding on both parties.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1.

13.2 Neither party may assign this Order Form without the other party's written consent.

13.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and takes reasonable steps to resume performance.

13.4 This Order Form, including Part B, is the entire agreement between the parties on its subject. Any change must be in writing and signed by both parties. Terms printed on purchase orders, invoices or online click-through screens do not apply.

13.5 This Order Form is signed in English and Chinese. Both versions are equally authentic.
"""

H720E03 = """
T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE SENSORS AND MONITORING SOFTWARE
P:Contract No. ZJBF-PUR-2027-044
P:Buyer: Zhanjiang Bluefin Aquatic Products Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Xiashan District, Zhanjiang, Guangdong Province (the "Buyer").
P:Supplier: Sarangani Sensorworks Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office on Pendatun Avenue, General Santos City, Philippines (the "Supplier").
P:This Contract is on the Buyer's standard purchase terms. The Supplier shall supply, install and commission wireless sensors and gateways in the Buyer's cold stores and processing halls and license its monitoring software, on the terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's ColdSense monitoring software, including its server, web and mobile components.
P:1.3 "Installation Certificate" means the Buyer's signed record that the Equipment has been delivered and installed at all sites. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
P:1.5 "Severity 1 Fault" means a fault that stops temperature alarms or recording for one or more cold stores.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, install it in the Buyer's eight cold stores, two blast-freezing tunnels and three processing halls, configure the Software on the Buyer's servers, and connect it to the Buyer's ERP and the provincial cold-chain traceability platform.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all the Buyer's sites, with no limit on users or sensors connected.
P:2.4 The Supplier shall pack the Equipment for sea and road transport, deliver it to the Buyer's central warehouse in Zhanjiang, and bear the risk of loss until the Installation Certificate is signed. Each sensor shall be delivered with its factory calibration certificate.
P:2.5 The Software shall keep temperature records for at least three years and produce reports in the format required by the customs authorities for export shipments.
P:2.3 The Supplier shall build for the Buyer an alarm escalation workflow, a batch temperature history report for export certificates, and a dashboard for the quality department (the "Custom Work").
H:3. Price
P:3.1 The Contract Price is CNY 1,172,000, inclusive of VAT, delivery to site, installation materials and travel, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 degrees C, IP67|420|1,180|495,600
TB:2|LoRa gateway with backup battery|24|8,600|206,400
TB:3|Door-open sensor|96|640|61,440
TB:4|ColdSense monitoring software, perpetual licence|1|268,000|268,000
TB:|Equipment and Software Subtotal|||1,031,440
TB:5|Installation, calibration and commissioning|1 lot|118,000|118,000
TB:6|Training for operators and administrators|1 lot|22,560|22,560
TB:|Contract Price|||1,172,000
P:3.2 The Contract Price is fixed and covers everything needed to meet the acceptance criteria.
P:3.3 Additional sensors ordered within three years after Final Acceptance will be supplied at the unit prices in the Price Table.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 business days after the Installation Certificate.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver and install the Equipment within 60 days after signature, working only in time slots agreed with the Buyer so that the cold chain is never interrupted.
P:5.2 Final Acceptance criteria: every sensor is calibrated against a reference thermometer with a deviation of no more than 0.3 degrees C; readings reach the Software within 60 seconds; alarms reach duty staff by SMS and app within 2 minutes in a test at each site; no data gap longer than 10 minutes over a 30-day trial run; and the traceability platform accepts the Buyer's uploads without error.
P:5.3 Installation, use of the Software or payment does not amount to acceptance. If a test fails, the Supplier shall correct the fault at its own cost and the test will be repeated.
P:5.4 The Supplier shall hand over at Final Acceptance: as-built drawings of sensor locations, calibration certificates for every sensor, administrator and user manuals in Chinese, and a backup of the Software configuration.
P:5.5 The Buyer may reject any sensor that fails calibration, and the Supplier shall replace it within seven days.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty Equipment, correct Software defects, supply new versions and replace sensor batteries free of charge.
P:6.2 Severity 1 Faults: response within 90 minutes, engineer on site within 8 hours. Other faults: response within one business day.
P:6.3 For each hour by which a Severity 1 response or site attendance is late, the Supplier shall pay the Buyer CNY 600, deducted from any sum due.
P:6.4 After the warranty period the Buyer may buy annual support at 8% of the Equipment and Software Subtotal (CNY 82,515.20 per year). This rate will not be increased for three years after the warranty period. Support is bought by separate order and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity at the Buyer's site during the warranty period, and shall guarantee the supply of spare parts for eight years after Final Acceptance.
P:6.6 Training: the Supplier shall train the Buyer's cold-store operators at each site and give two days of administrator training at head office, with training materials in Chinese.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property.
P:7.2 The Custom Work, with its source code and documentation, belongs to the Buyer, which may use, modify and license it freely.
H:8. Buyer Data and Security
P:8.1 All temperature records, alarm logs, batch data and other data collected or generated under this Contract belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the Buyer's network only through the Buyer's remote-access gateway with the Buyer's approval for each session, shall not copy data outside the Buyer's systems, and shall follow the Buyer's information security rules and the PRC Data Security Law.
P:8.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, cooperate in the response, and compensate the Buyer for losses caused by its breach of this clause.
P:8.4 At the end of this Contract, or earlier at the Buyer's request, the Supplier shall delete any Buyer data held by its support staff and confirm the deletion in writing.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer lists, site layouts and network settings, and shall not disclose it without prior written consent. This obligation lasts for three years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation or Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.07% of the Contract Price for each day of delay. Delay damages do not relieve the Supplier of its obligation to complete the work.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice.
P:12.2 On such termination the Supplier shall refund payments for Equipment or services not accepted and remove its Equipment at its own cost if the Buyer so requests.
P:12.3 The Buyer's rights under this clause are in addition to its other rights under this Contract and at law.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by typhoon, flood, epidemic or other force majeure, provided it notifies the other party within three days and provides evidence. Time for performance is extended accordingly.
H:15. General
P:15.1 The Supplier shall maintain product liability and public liability insurance for the duration of the works and the warranty period.
P:15.2 The Supplier shall not offer any improper payment or benefit to the Buyer's employees. Notices shall be in writing and sent to the addresses above.
P:15.3 This Contract is signed in Chinese and English; both versions are equally authentic.
P:15.4 Annexes: Annex 1 Technical Specification; Annex 2 Site List; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H720E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. AMS-CQ-2027-019

**Customer:** Chongqing Riverline Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Liangjiang New Area, Chongqing ("Customer").

**Provider:** Agusan Managed Services Corp., a corporation organised under the laws of the Republic of the Philippines, with its principal office on J.C. Aquino Avenue, Butuan City, Agusan del Norte, Philippines ("Provider").

Customer wishes to outsource its IT service desk, end-user device management and server monitoring for its two plants and head office in Chongqing. Provider delivers these services from its service centre and through an on-site team in Chongqing. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the work needed to take over the Services from Customer's current arrangements, including knowledge transfer, tool set-up and the first inventory of devices.

1.5 "Customer Data" means all data of Customer and its employees that Provider receives or accesses in performing the Services.

1.6 "Priority 1 Incident" means an incident that stops a production line system, the plant network or more than 50 users from working.

1.7 "Business day" means a working day in mainland China.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The Services start on the date Customer signs the Transition acceptance certificate (the "Service Commencement Date") and continue for 36 months.

2.2 This Agreement expires at the end of that period. It does not renew automatically. Any extension must be agreed in writing, including the charges for the extension period.

2.3 Customer may extend the Services once by up to six months at the same Charges by written notice at least 60 days before expiry.

## Section 3. Transition

3.1 Provider shall complete Transition within 60 days after signature.

3.2 Transition is accepted when: all open tickets have been migrated to Provider's service management tool; at least 95% of Customer's 1,450 devices appear in the asset inventory with correct owner and location; the monitoring of all 86 servers and 40 network devices is active with alert routing tested; runbooks for the 30 most frequent requests are approved by Customer; and a two-week parallel run shows no Priority 1 Incident handled late.

3.4 Transition acceptance is the only acceptance under this Agreement. The start of live support before it does not amount to acceptance.

3.3 If Provider does not achieve Transition acceptance within the period in 3.1 for reasons attributable to it, Provider shall pay Customer CNY 1,500 for each day of delay.

## Section 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall keep an on-site team of at least four engineers in Chongqing during Customer's working hours, and shall provide the service desk in Mandarin and English from 07:00 to 23:00 Beijing time, seven days a week.

4.3 Provider shall deliver a monthly service report with Service Level results, incident trends and improvement actions, and shall attend a monthly service review with Customer.

4.4 Provider shall name a service delivery manager who is responsible for the Services and who may not be replaced without Customer's consent, which shall not be unreasonably withheld.

4.5 Either party may request a change to the Services in writing. Provider shall reply within ten business days with the effect of the change on the Services, the Service Levels and the Charges. No change is binding until both parties sign a change note.

4.6 Customer shall give Provider's staff the access, workspace, equipment and information reasonably needed to perform the Services, and shall tell Provider in advance of changes to its systems that may affect the Services.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the 36-month term.

5.2 The monthly service charge is invoiced monthly in arrears. The Transition charge is invoiced after Transition acceptance. Customer pays undisputed invoices within 30 days of receipt. No advance payment is due.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## Section 7. Intellectual Property

7.1 Provider keeps ownership of its own tools, methods and software that existed before this Agreement.

7.2 Runbooks, knowledge articles, scripts and reports prepared specifically for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

7.3 Provider shall hand over the runbooks and knowledge articles in editable form at least once a quarter.

## Section 8. Confidentiality

8.1 Each party shall treat as confidential all non-public information of the other party, including technical, commercial and personnel information, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent.

8.2 This obligation continues for three years after this Agreement ends.

8.3 Provider shall ensure that its personnel are bound by confidentiality obligations no less strict than this Section.

## Section 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid or payable for the nine months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

9.3 The limits in this Section do not apply to personal injury, fraud or wilful misconduct.

## Section 10. Personnel and Subcontracting

10.1 Provider shall assign qualified personnel and replace any person Customer reasonably objects to.

10.2 Provider shall ensure that the staff assigned to the Services hold the relevant vendor certifications and that the on-site team speaks Mandarin.

10.3 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains liable for the acts of any approved subcontractor.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On expiry or termination Provider shall cooperate in an orderly exit of up to 60 days and hand over all documentation.

11.3 During the exit period Provider shall transfer open tickets, the asset inventory, runbooks and knowledge articles to Customer or its new provider, and shall answer reasonable questions from the new provider's staff.

## Section 12. Force Majeure and Insurance

12.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to continue performance. Provider shall maintain a business continuity plan for the service desk and test it once a year.

12.2 Provider shall maintain professional indemnity and public liability insurance with reputable insurers throughout the term.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## Schedule 1 — Services

| Service | Description |
|---|---|
| Service desk | Single point of contact by phone, portal and chat; logging, classification and first-line resolution of incidents and requests |
| End-user device management | Imaging, deployment, patching and antivirus management of desktops, laptops and plant terminals; moves, adds and changes |
| Server and network monitoring | Round-the-clock monitoring of servers, storage and network devices; alert triage and escalation to Customer's teams |
| On-site support | Deskside support at the two plants and head office; printer and meeting-room support |
| Asset management | Inventory of devices and software licences, updated monthly |

## Schedule 2 — Service Levels

| Measure | Level | Service credit if missed |
|---|---|---|
| Priority 1 Incident response | within 30 minutes | 3% of the monthly service charge |
| Priority 1 Incident resolution or workaround | within 6 hours | 5% of the monthly service charge |
| Priority 2 Incident response | within 2 hours | 2% of the monthly service charge |
| Service desk calls answered within 60 seconds | 90% of calls per month | 2% of the monthly service charge |
| Customer satisfaction score | at least 4.2 out of 5 | improvement plan within 10 days |

Total service credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition acceptance | 86,000 |
| Monthly service charge | 58,400 per month × 36 months | 2,102,400 |
| **Total Charges for the term** | | **2,188,400** |
"""

H720E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. KDS-TJ-2027-07

PARTIES

Kinabatangan Data Sdn. Bhd., a company incorporated in Malaysia, with its office at Jalan Leila, Sandakan, Sabah, Malaysia ("Provider").

Tianjin Goldenfield Grain and Oils Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Binhai New Area, Tianjin ("Customer").

BACKGROUND

Provider compiles plantation, crop-condition, weather and port-shipment data for the palm oil and vegetable oil markets and makes it available through an application programming interface (the "API"). Customer buys palm oil and soybean oil for refining and wishes to receive this data in its trading and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Schedule A, as updated by Provider from time to time.

1.2 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Service Start Date.

1.3 "Service Start Date" means the date on which Provider issues production API credentials to Customer.

1.4 "Customer Inputs" means all data that Customer uploads or sends to the API, including portfolio positions, query parameters and watch lists.

1.5 "Integration Work" means the connectors, data mappings and dashboards that Provider builds for Customer under clause 4.

1.6 "Business day" means a day on which banks are open in both Tianjin and Sandakan.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the Licensed Data through the API and to use it for Customer's internal purchasing, trading and risk management.

2.2 Customer may keep and use Licensed Data downloaded during the term for internal records after the term ends, but may not resell or publish it.

2.4 Customer shall not use the Licensed Data to build a competing data product, shall not share API credentials between users, and shall keep its own systems that receive the Licensed Data reasonably secure.

2.5 Provider may change the format of the API with at least 60 days' written notice, provided the same data remains available and Provider updates the Integration Work at its own cost.

2.6 Provider shall provide a test environment with sample data for Customer's developers during the whole term.

2.3 Customer may have up to 60 named users and up to 200,000 API calls per day. Calls above this volume are charged under Schedule B.

3. FEES AND PAYMENT

3.1 The fees are: a one-time Integration Fee of CNY 64,000, and a Subscription Fee of CNY 348,000 for each Subscription Year. The total fees for the two Subscription Years are CNY 760,000, inclusive of taxes. Overage charges under Schedule B are not included.

3.2 The Integration Fee and the Subscription Fee for the first Subscription Year are due together within 10 days after signature of this Agreement. Provider will start the Integration Work and issue API credentials only after receiving both amounts.

3.3 The Subscription Fee for the second Subscription Year is due within 30 days after the start of that Subscription Year.

3.4 All payments are made in CNY by bank transfer to Provider's account stated in its invoice.

3.5 The fees are fixed for the two Subscription Years.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall build connectors from the API to Customer's trading system and risk system, map the Licensed Data to Customer's commodity codes, and build a dashboard of plantation and shipment indicators, within 40 days after receiving the payment under clause 3.2.

4.2 The Integration Work is accepted when: every dataset in Schedule A loads into Customer's systems on schedule for ten consecutive business days; values in Customer's systems match the API for a sample of 500 records chosen by Customer; history back to January 2018 is loaded complete; and the dashboard refreshes within 30 seconds.

4.3 Customer shall test within ten business days after notice of readiness and sign the acceptance certificate or list the failures, which Provider shall correct before the test is repeated.

4.5 The Integration Work shall be documented in Chinese and English, including a data dictionary for each dataset.

4.4 If the Integration Work is not accepted within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay delay damages of 0.1% of the total fees in clause 3.1 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall keep the API available 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance.

5.2 Provider shall update each dataset at the frequency stated in Schedule A.

5.3 Provider shall respond to a Priority 1 incident (the API is unavailable or returns incorrect data for a whole dataset) within 1 hour, and to other incidents within one business day.

5.4 If availability falls below the level in 5.1 in any month, or a Priority 1 response is late, Provider shall credit Customer 5% of the monthly equivalent of the Subscription Fee for each breach, up to 25% of that amount per month.

5.5 Provider shall publish a monthly service report showing availability, update timeliness and incidents. Scheduled maintenance shall be performed outside Customer's trading hours in Beijing time.

6. CUSTOMER INPUTS AND SECURITY

6.1 Customer Inputs belong to Customer. Provider shall use them only to provide the API to Customer and shall not analyse, combine, sell or disclose them for any other purpose.

6.2 Provider shall protect Customer Inputs with encryption in transit and at rest, access controls limited to named support staff, and logging of all access, and shall comply with applicable data protection laws, including the PRC Personal Information Protection Law and Data Security Law where they apply.

6.3 Provider shall notify Customer within 24 hours after becoming aware of unauthorised access to Customer Inputs or Customer's credentials, shall take containment measures, and shall be liable for losses caused by its failure to comply with this clause.

6.4 Within 30 days after the end of this Agreement Provider shall delete Customer Inputs and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Licensed Data and the API.

7.2 The Integration Work belongs to Customer, which may use, modify and license it freely. Provider shall hand over the source code at acceptance.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and disclose it only to staff and advisers who need to know it.

8.2 This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including hosting providers, data collection partners and support contractors, to perform any part of this Agreement, provided that it gives Customer written notice of each new subcontractor at least ten days before the subcontractor starts work.

9.2 Provider remains responsible for the performance of its subcontractors.

9.3 Provider shall give Customer on request a list of its current subcontractors and the services they perform.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.

10.2 The limit does not apply to breach of clauses 6 or 8, infringement claims, or wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.3 If Customer terminates for Provider's breach, Provider shall refund the prepaid Subscription Fee for the remaining part of the Subscription Year.

11.4 Clauses 6, 7, 8 and 10 survive the end of this Agreement.

12. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failure of public networks or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Notices must be in writing and sent by courier or e-mail to the addresses given at signature.

13.3 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

SCHEDULE A - LICENSED DATA

Plantation yield estimates by state and district, updated monthly. Crop-condition index from satellite imagery, updated weekly. Rainfall and temperature observations from 140 stations, updated daily. Port loading and vessel line-ups for Sandakan, Lahad Datu, Tawau and major Peninsular ports, updated daily. Refinery and mill price assessments, updated every business day.

Data quality: Provider shall correct any material error in the Licensed Data within two business days after it becomes aware of it, and shall publish a correction notice through the API.

SCHEDULE B - OVERAGE

API calls above the daily volume in clause 2.3 are charged at CNY 0.02 per call, invoiced monthly in arrears.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

FILES = {  # key -> (file name, format)
    "h720z01": ("h720z01_repair_fund_platform_licence_development.pdf", "pdf"),
    "h720z02": ("h720z02_vacuum_flask_line_control_retrofit.docx", "docx"),
    "h720z03": ("h720z03_sandal_chain_pos_membership_saas.txt", "txt"),
    "h720z04": ("h720z04_fisheries_institute_research_system_om.txt", "txt"),
    "h720z05": ("h720z05_mosaic_factory_tracking_software_supplier_template.md", "md"),
    "h720e01": ("h720e01_cold_chain_wms_perpetual_licence_baguio_vendor.pdf", "pdf"),
    "h720e02": ("h720e02_learning_saas_order_form_legazpi_vendor.md", "md"),
    "h720e03": ("h720e03_cold_store_sensors_monitoring_licence.docx", "docx"),
    "h720e04": ("h720e04_managed_it_services_36_months_butuan_vendor.md", "md"),
    "h720e05": ("h720e05_palm_oil_data_api_subscription_sandakan_vendor.txt", "txt"),
}
TEXT = {"h720z01": H720Z01, "h720z02": H720Z02, "h720z03": H720Z03, "h720z04": H720Z04, "h720z05": H720Z05,
        "h720e01": H720E01, "h720e02": H720E02, "h720e03": H720E03, "h720e04": H720E04, "h720e05": H720E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

GOOD = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: language, category, terms that differ from GOOD, extra, fee base (goods), expected rules (my design list)
DESIGN = {
    "h720z01": dict(lang="zh", category="software", value=2070000, fee_base=1180000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
        capped=True, rules=[]),
    "h720z02": dict(lang="zh", category="hardware", value=1650000, fee_base=1490000, terms=dict(
        p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.06, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=7.5,
        subcontract_without_consent=True, contract_kind="goods_or_licence"),
        capped=True, rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h720z03": dict(lang="zh", category="cloud", value=578000, terms=dict(
        availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
        auto_renewal_price_increase=True),
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h720z04": dict(lang="zh", category="services", value=386000, terms=dict(
        p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.08, termination_for_breach=False,
        governing_law=None), sla_clause=False,
        rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "h720z05": dict(lang="zh", category="software", value=950000, fee_base=760000, terms=dict(
        p1_response_hours=2, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=25,
        prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=26, subcontract_without_consent=None, governing_law=None,
        contract_kind="goods_or_licence"), capped=True, deemed=True,
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h720e01": dict(lang="en", category="software", value=1778000, fee_base=1260000, terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=1600 / 1778000 * 100, liability_cap_pct=150, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=11, governing_law="Philippines",
        contract_kind="goods_or_licence"), capped=True, rules=["CR-GOVERNING-LAW"]),
    "h720e02": dict(lang="en", category="cloud", value=464400, terms=dict(
        availability_pct=99.95, p1_response_hours=8, liability_cap_pct=200), ld_stated=False,
        rules=["CR-LD-MISSING", "CR-SLA-RESPONSE"]),
    "h720e03": dict(lang="en", category="hardware", value=1172000, fee_base=1031440, terms=dict(
        p1_response_hours=1.5, ld_rate_per_day_pct=0.07, liability_cap_pct=200, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
        contract_kind="goods_or_licence"), capped=True, rules=[]),
    "h720e04": dict(lang="en", category="services", value=2188400, terms=dict(
        data_security_clause=False, ld_rate_per_day_pct=1500 / 2188400 * 100, liability_cap_pct=9 / 36 * 100),
        rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h720e05": dict(lang="en", category="cloud", value=760000, terms=dict(
        availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
        prepayment_pct=412000 / 760000 * 100, subcontract_without_consent=True),
        rules=["CR-PREPAYMENT", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    d = DESIGN[key]
    t = dict(GOOD)
    t.update(d["terms"])
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": d.get("sla_clause", True), "ld_stated": d.get("ld_stated", True)}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco(key, lab):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence / hardware subtotal. Returns (tco, share %) or None when not computable."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * DESIGN[key]["fee_base"]
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(key, lab):
    """My reading of policy section 3, applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    tc = tco(key, lab)
    if tc and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.90?(?!\d)",
    r"(?<![\d.])0\.050?(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])(?:100|30|40|15)" + PCT, r"百分之(?:百|一百|三十|四十|十五)(?!点)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour[\s-]*hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"\btwelve[\s-]*(?:\(12\)\s*)?months?", r"十二个月",
    r"(?<![\d.])5\s*-?\s*(?:years?|年(?!\d))", r"\bfive[\s-]*(?:\(5\)\s*)?years?", r"(?<![十\d〇零一二三四五六七八九])五年",
]), re.I)
MUST_HIT = ["99.9%", "99.90%", "0.05%", "万分之五", "100%", "30%", "30 %", "40 per cent", "15%", "百分之三十", "4 hours",
            "4-hour", "4小时", "四小时", "four hours", "12 months", "12个月", "十二个月", "twelve months", "5 years",
            "five years", "五年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "0.055%", "1.5%", "115%", "130%", "12月31日",
             "2025年", "0.5", "14 hours", "45%", "二〇〇五年", "36 months"]
THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(TEXT[key], encoding="utf-8")
            print("wrote", name)
    write({k: TEXT[k] for k, (n, f) in FILES.items() if f in ("docx", "pdf")},
          {k: (n, f) for k, (n, f) in FILES.items() if f in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt) in FILES.items():
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = derive(key, lab)
        if rules != sorted(DESIGN[key]["rules"]):
            problems.append((key, "derived", rules, "design", sorted(DESIGN[key]["rules"])))
        covered |= set(rules)
        for k, v in THRESHOLD_VALUES.items():
            if lab["expected_terms"][k] is not None and abs(lab["expected_terms"][k] - v) < 1e-9:
                problems.append((key, "label on threshold", k))
        tc = tco(key, lab)
        if tc and 38 <= tc[1] <= 42:
            problems.append((key, "TCO share near threshold", tc[1]))
        text = read_back(OUT / name)
        n = length(text, DESIGN[key]["lang"])
        lo, hi = (2750, 3000) if DESIGN[key]["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append((key, "threshold figure", variant[max(0, m.start() - 20):m.end() + 20]))
                break
        print(f"{key} {fmt:4} len={n:5} risk={risk(rules):6} tco={'%.2f %%' % tc[1] if tc else '-':8} {rules}")
    if set(ALL_RULES) - covered:
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    mix = [len(DESIGN[k]["rules"]) for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k]["rules"]) == 2
    assert DESIGN["h720e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h720z05"]["rules"]) <= 10
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")
