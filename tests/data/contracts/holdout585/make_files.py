"""holdout585: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (writes the contracts, the .json labels, and checks lengths,
threshold-free text and rule coverage). The .docx/.pdf are built with ../word_pdf.py (wrap_words=True).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H585Z01 = """T:嘉禾市税务局电子税务局外围系统建设项目合同
P:合同编号：JHSW-ZFCG-2026-017
P:甲方（采购人）：国家税务总局嘉禾市税务局
P:乙方（供应商）：江宁数税信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：JHCG-2026-0312）、乙方投标文件和中标通知书，甲乙双方就电子税务局外围系统（办税预约、发票风险提示、涉税数据交换）的平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“数税通”办税服务平台软件永久许可一套（含预约排队、消息推送、统一身份认证适配三个模块），并在该平台上为甲方定制开发办税预约、发票风险提示、涉税数据交换三个子系统。
P:1.2 乙方负责部署实施、与甲方电子税务局及相关业务系统接口的联调、试运行保障和用户培训。具体功能需求以招标文件第三章及经甲方确认的需求规格说明书为准。
P:1.3 项目实施期为自合同生效之日起一百五十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万肆仟元整（¥2,064,000），为固定总价，含税，包括软件许可、定制开发、部署实施、培训及质保期内全部服务费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，一套）|860,000
TB:2|定制开发（三个子系统）|1,020,000
TB:3|部署实施及接口联调|146,000
TB:4|培训（管理员及窗口人员）|38,000
TB:合计||2,064,000
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%，即¥412,800，作为预付款。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥928,800。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥722,400。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付与验收
P:4.1 乙方完成部署及接口联调后，向甲方提交初验申请。初步验收依据需求规格说明书逐项测试，全部功能点测试通过、接口数据核对无差异、第三方软件测评机构出具的测评报告无高危问题的，方为初验合格。
P:4.2 初验合格后进入试运行，试运行期为九十日。试运行期间未发生一级故障，且页面平均响应时间不超过2秒、支持2000个并发用户的，乙方可申请最终验收。
P:4.3 最终验收由甲方组织，乙方提交源代码、数据库设计文档、部署手册、用户手册等全部交付资料，经验收小组评审并签署最终验收报告后方为验收合格。系统上线运行、甲方使用或支付款项均不视为验收合格。
H:第五条 服务水平
P:5.1 质保期内系统月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日经甲方同意）。
P:5.2 故障分级及响应：一级故障（办税预约或发票风险提示功能全面中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:5.3 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从甲方应付款中抵扣，不足部分由乙方另行支付。
H:第六条 质量保证及后续服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的适配修改及远程和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的8%，即每年不超过¥68,800，且质保期满后两个服务年度内不上调，具体由双方另行签订运维合同。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属税务机关。
P:7.2 本项目定制开发的子系统、源代码、接口程序、数据库设计及全部文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和推广，无需另行付费。
P:7.3 乙方保证交付成果不侵犯第三方知识产权，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 本项目涉及的纳税人信息、发票数据及其他涉税数据均属于甲方，乙方仅可为履行本合同在甲方指定环境中处理，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及税务系统安全管理规定，系统按网络安全等级保护第三级要求建设；乙方人员须通过甲方审批的堡垒机进行运维操作，操作全程留痕，测试一律使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应立即采取补救措施并在2小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与项目的人员签订保密承诺书。
P:9.2 保密义务不因本合同终止而免除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:10.3 交付成果不符合合同约定的，乙方应在甲方要求的期限内免费整改，并赔偿由此给甲方造成的损失。
H:第十一条 分包与转包
P:乙方不得将本项目转包，亦不得将任何部分分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行或部分免除责任，但乙方迟延履行后发生的不可抗力不免除其责任。
H:第十五条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的财物或其他利益，发现违反的，甲方有权解除合同。
H:第十六条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
P:甲方（盖章）：国家税务总局嘉禾市税务局    乙方（盖章）：江宁数税信息技术有限公司
P:代表人：__________    代表人：__________
P:签订日期：2026年3月__日
"""

H585Z02 = """T:层压机控制系统改造及维保合同
P:合同编号：GF-SB-2026-0088
P:甲方：常州晶耀光伏科技股份有限公司
P:乙方：无锡恒拓自动化工程有限公司
P:鉴于甲方二号车间8台组件层压机原控制系统老化、温控精度不足，甲方决定对其控制系统进行改造，乙方具备相应的设计、供货、安装和维保能力。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造内容
P:（一）乙方负责8台层压机控制系统的设计、供货、安装、调试、工艺参数迁移及人员培训，包括更换PLC控制系统、温控及加热模块、真空控制单元及传感器、HMI触摸屏，部署工控机及服务器，并提供层压工艺管理软件永久许可。
P:（二）改造应分批停机进行，每批不超过2台，每台停机时间不超过六日，具体排期由甲方生产部确认。
P:（三）乙方应在合同生效后七十五日内完成全部8台设备的改造并具备验收条件。
H:二、合同价款
P:（一）本合同总价为人民币壹佰伍拾万元整（¥1,500,000），含税，为固定总价。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含I/O模块）|8套|68,000|544,000
TB:2|温控及加热模块|8套|31,500|252,000
TB:3|真空控制单元及传感器|8套|22,000|176,000
TB:4|HMI触摸屏|8台|9,000|72,000
TB:5|工控机及服务器|1套|118,000|118,000
TB:6|层压工艺管理软件（永久许可）|1套|218,000|218,000
TB:|软硬件小计|||1,380,000
TB:7|安装调试及参数迁移|1项|96,000|96,000
TB:8|培训|1项|24,000|24,000
TB:|合同总价|||1,500,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即¥300,000，作为预付款。
P:（二）全部设备到货并安装调试完成后十个工作日内，甲方支付合同总价的45%，即¥675,000。到货签收及安装调试完成不视为验收合格。
P:（三）项目最终验收合格后十个工作日内，甲方支付合同总价的35%，即¥525,000。
H:四、验收
P:（一）每台层压机改造完成后进行单机测试：加热板温度均匀性在±1.5℃以内，抽真空时间不超过原设备的水平，层压周期达到技术协议约定值，报警及联锁功能全部有效。
P:（二）全部设备改造完成后连续试生产72小时，未发生一级故障、层压后组件EL抽检无新增隐裂和气泡的，由甲方组织最终验收并签署验收报告。
P:（三）设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:五、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏部件并提供软件升级。
P:（二）质保期满后由乙方提供维保服务，维保年费为软硬件小计的24%，即每年¥331,200，维保期间费用不作调整。维保合同按服务年度签订，不自动续期。
P:（三）故障响应：一级故障（层压机停机或温控失效）乙方应在30分钟内响应，6小时内到场并恢复生产；二级故障2小时内响应，24小时内修复。每超时1小时，乙方向甲方支付¥800。
H:六、数据与安全
P:（一）层压工艺参数、配方、产量及质量数据均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方提供的工业防火墙和VPN通道进行，操作记录保留备查。乙方不得在控制系统中设置后门或未经告知的远程访问功能。
P:（三）发生数据泄露、篡改或病毒感染的，乙方应在24小时内书面报告并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方停产等损失。
H:七、保密
P:乙方对在本合同履行中知悉的甲方工艺、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本合同终止后仍然有效。
H:八、知识产权
P:为甲方编写的PLC控制程序、HMI画面、工艺配方管理模块及其源程序归甲方所有，甲方可自行修改或委托他人维护。层压工艺管理软件的著作权归乙方，甲方享有永久使用权。
H:九、分包
P:乙方可将现场电气安装、布线及桥架施工分包给具有相应资质的单位，但应提前三个工作日书面告知甲方，乙方对分包单位的工作承担全部责任。
H:十、违约责任
P:（一）乙方逾期完成改造或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）因乙方原因造成甲方停产的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:十一、合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十二、法律适用及争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、双方人员
P:（一）乙方应指派一名项目经理常驻现场，负责进度、质量和安全，更换项目经理须经甲方同意。
P:（二）乙方人员进入甲方车间应遵守甲方的安全生产、防火、洁净车间及劳动保护规定，动火、登高和带电作业须办理作业票。因乙方人员违章造成的人身伤害和财产损失由乙方承担。
P:（三）甲方应提供改造所需的停机窗口、临时用电、设备图纸和原控制程序资料，并指定设备部联系人配合工作。
H:十四、技术资料与培训
P:（一）乙方应在最终验收前向甲方移交电气原理图、接线图、PLC及HMI程序源文件、参数清单、备件清单、操作及维护手册各二份（含电子版）。
P:（二）乙方应为甲方设备操作工、工艺员及维修电工提供不少于三天的培训，培训后经考核能够独立完成开停机、配方切换和常见故障处理。
H:十五、备品备件
P:乙方应随货提供易损件一套（温控模块、真空传感器、继电器各若干），并保证在质保期满后八年内持续供应备件，备件价格不高于本合同单价。
H:十六、不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方，并在十日内提供证明，履行期限相应顺延。
H:十七、变更
P:（一）甲方要求增加或减少改造台数、变更功能的，双方应签订书面变更单，按本合同单价调整价款及工期。
P:（二）乙方不得擅自变更技术协议约定的硬件品牌、型号和配置；确需替换的，替换产品性能不得低于原约定，并须事先取得甲方书面同意。
H:十八、通知与联系
P:双方的通知、变更单、验收报告、故障报告等均应以书面形式送达本合同所列地址或指定联系人，并由接收方签收或以电子邮件确认，紧急故障可先电话通知后补书面文件。双方联系人变更的，应在三日内书面通知对方。
H:十九、廉洁
P:乙方不得向甲方采购、设备及生产人员提供回扣、礼品或其他不正当利益，违反的，甲方有权解除合同并要求乙方赔偿损失。
H:二十、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：常州晶耀光伏科技股份有限公司　　乙方（盖章）：无锡恒拓自动化工程有限公司
P:签订日期：2026年4月__日
"""
H585Z03 = """车美汇会员及工单管理SaaS服务合同

合同编号：CMH-IT-2026-011
甲方：南昌车美汇汽车服务连锁有限公司（下设26家门店）
乙方：杭州云店通网络科技有限公司

甲方拟在其26家汽车美容门店及总部统一使用会员管理、工单管理及营销工具，乙方提供相应的SaaS服务及实施服务。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“云店通”会员及工单管理SaaS服务，包括会员储值与次卡、洗车美容工单、技师派工与提成、库存耗材、营销券核销及总部经营报表。
1.2 实施服务包括：各门店账号开通、历史会员及储值余额迁移、与甲方现有收银设备及微信公众号对接、店长及收银员培训。
1.3 服务期为两个服务年度，自系统上线验收合格之日起计算；每个服务年度自上线日或其周年日起算。

2. 费用
2.1 费用明细如下：
（1）门店订阅费：26家门店 × ¥4,800/店/服务年度 = ¥124,800/服务年度；
（2）总部管理模块订阅费：¥36,000/服务年度；
（3）订阅费合计¥160,800/服务年度，两个服务年度共计¥321,600；
（4）一次性实施费：¥58,000。
2.2 合同总价为¥379,600（含税）。新增门店按每店¥4,800/服务年度按月折算计费，另行签订补充协议。

3. 付款
3.1 订阅费按季度结算，每季度结束后十五日内，甲方根据当季服务报告支付当季订阅费¥40,200。
3.2 实施费在上线验收合格后十五日内一次性支付。
3.3 甲方无需在服务开始前支付任何款项。

4. 上线与验收
4.1 乙方应在合同生效后四十五日内完成全部门店上线。
4.2 上线验收标准：会员及储值余额迁移核对无差异；26家门店均能正常开单、收款、核销；总部报表数据与门店单据一致；连续七日无一级故障。甲方确认后签署上线验收单。
4.3 部分门店先行使用不视为验收合格。
4.4 因乙方原因未按期上线的，每逾期一日乙方向甲方支付¥300违约金。

5. 服务水平
5.1 乙方保证SaaS服务月度可用率不低于99.5%。
5.2 一级故障（全部门店无法开单或收款）乙方应在30分钟内响应、2小时内恢复；二级故障（单店或单一功能异常）2小时内响应、当日解决。
5.3 月度可用率未达承诺的，按当月订阅费的5%抵扣下期费用；低于99.0%的，按当月订阅费的10%抵扣。一级故障超时恢复的，每次另抵扣¥500。

6. 数据归属与数据安全
6.1 甲方的会员姓名、手机号、车牌号、消费记录及经营数据均属于甲方，乙方仅为提供本合同服务使用，不得用于其他任何目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云服务器，采取传输及存储加密、访问权限控制和操作日志审计措施，并保持网络安全等级保护第三级备案有效。
6.3 发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担由此产生的全部责任。
6.4 合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

7. 保密
双方对在合作中获知的对方商业信息、客户信息及技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

8. 知识产权
8.1 SaaS平台及其软件的知识产权归乙方所有。
8.2 乙方为甲方定制的工单模板、提成方案配置、报表及收银设备对接程序归甲方所有，甲方可自由使用和修改。

9. 分包
乙方不得将本合同服务分包给第三方。云基础设施由乙方在附件中列明的云服务商提供；更换云服务商须事先取得甲方书面同意。

10. 责任限制
乙方在本合同项下的累计赔偿责任，以索赔事件发生前六个月甲方已支付的订阅费总额为限，但因数据泄露或乙方故意、重大过失造成的损失除外。

11. 续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。每次续期时乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

12. 解除
一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。乙方可用性连续两个月低于99.0%的，甲方有权解除合同。

13. 法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

14. 双方责任
14.1 甲方应指定总部信息负责人及各门店联系人，按乙方的数据模板提供历史会员资料、储值余额及次卡余额，并对所提供数据的准确性负责。
14.2 甲方应妥善保管各门店账号和密码，门店员工离职时应及时停用其账号。
14.3 乙方应为甲方提供专属客户成功经理，每月提交服务报告，内容包括可用率统计、故障记录、工单处理情况及功能更新说明。
14.4 乙方对SaaS平台进行功能升级的，应提前七日通知甲方；升级不得降低本合同约定的功能，不得导致门店数据丢失。

15. 培训与支持
15.1 上线前，乙方应对全部店长、收银员及技师组长进行操作培训，并提供操作手册和视频教程。
15.2 服务期内，乙方提供每日8:00至22:00的电话及在线客服支持，门店营业高峰期（节假日）安排专人值守。
15.3 新开门店上线时，乙方免费提供远程开通及培训服务。

16. 不可抗力
因自然灾害、战争、政府行为等不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间的可用率统计相应扣除，但乙方未按约定做好数据备份和容灾的除外。

17. 变更与通知
17.1 甲方门店数量增减的，应提前十五日书面通知乙方，订阅费自增减当月起按月调整。
17.2 乙方变更服务内容、服务商名称或收款账户的，应提前三十日书面通知甲方。
17.3 双方的通知以书面形式或双方确认的电子邮件发送至本合同所列联系人，电子邮件发出之日视为送达。
17.4 甲方转让门店或门店更名的，该门店账号及数据由甲方决定处理方式。

18. 廉洁与合规
18.1 乙方不得向甲方员工提供回扣、礼品或其他不正当利益。
18.2 乙方向甲方会员推送营销短信或公众号消息，须以甲方名义并经甲方书面确认，乙方不得以自身名义向甲方会员推送任何信息。

19. 服务终止后的安排
数据导出格式为Excel或CSV，包括会员资料、储值及次卡余额、消费明细和工单记录，乙方应配合甲方核对余额。合同期满不续期或提前解除的，乙方应在三十日内保持系统只读访问，供甲方导出数据和完成迁移，此期间不另行收费。

20. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、云服务商清单、服务报告模板。

甲方（盖章）：南昌车美汇汽车服务连锁有限公司
乙方（盖章）：杭州云店通网络科技有限公司
签订日期：2026年5月__日
"""

H585Z04 = """绍安市中医院HIS系统运维服务合同

合同编号：SAZYY-CG-2026-023
采购方式：竞争性磋商
甲方：绍安市中医院
乙方：浙南卫康信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件（项目编号：SACG-2026-C041）、乙方响应文件及成交通知书，甲乙双方就甲方医院信息系统（HIS）运维服务事宜订立本合同。

第一条 服务内容
（1）HIS系统（门诊挂号收费、住院管理、药房药库、电子病历接口、中药饮片及煎药管理模块）的日常运行维护、故障处理和数据库维护；
（2）医保结算接口、LIS、PACS及自助机接口的维护，以及医保政策调整引起的接口改造；
（3）安排2名运维工程师驻场，工作日8:00至17:30在岗，节假日安排值班；
（4）每月系统巡检及数据库健康检查，提交巡检报告；
（5）全年版本升级及补丁更新，每季度不少于一次应急演练。

第二条 服务期
服务期自2026年1月1日起至2026年12月31日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款
（1）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：
驻场运维服务 ¥312,000；
远程技术支持及巡检 ¥96,000；
接口维护及改造 ¥118,000；
应急保障及演练 ¥60,000。
（2）上述价格为固定总价，含税，包含乙方人员差旅、通讯等一切费用。

第四条 付款方式
（1）服务费按季度支付，每季度¥146,500。
（2）每季度结束后，甲方按本合同第五条进行季度考核，考核合格后十五个工作日内支付当季服务费。
（3）本合同不设预付款。

第五条 考核与验收
（1）季度考核标准：巡检报告按月提交；全部工单均在运维系统中闭环；接口故障均有处理记录；季度应急演练按计划完成。
（2）服务期满后，甲方组织年度验收，核对全年工单记录、巡检报告、版本升级记录及运维文档交接情况，签署年度验收意见。
（3）考核不合格的，乙方应在十日内整改，整改合格后支付当季服务费。

第六条 服务水平
（1）一级故障（门诊或住院收费中断、HIS全院无法登录）：乙方在15分钟内响应，驻场工程师30分钟内到位，2小时内恢复；
（2）二级故障（单一科室或单一接口异常）：30分钟内响应，8小时内解决；
（3）三级故障（不影响业务的一般问题）：2个工作日内解决。
（4）乙方未达到上述响应或恢复时限的，应向甲方提交书面说明并限期整改。本合同不就响应或恢复超时另行约定扣款或违约金。

第七条 数据安全
（1）HIS系统中的患者信息、诊疗记录、费用数据等全部数据属于甲方，乙方仅为履行运维义务在甲方内网中处理，不得用于其他目的。
（2）乙方人员须通过甲方堡垒机进行操作，不得拷贝、下载数据，不得使用个人设备连接医院内网；涉及数据修改的操作须经信息科书面审批。
（3）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第八条 保密
乙方及其驻场人员对知悉的患者隐私、医院经营信息及系统账号口令负有保密义务，须签订保密承诺书；保密义务在合同终止后继续有效。

第九条 知识产权
乙方在运维期间为甲方开发的报表、脚本、接口程序及运维文档归甲方所有；HIS原有软件的权利状况不因本合同改变。

第十条 违约责任
（1）乙方未按本合同约定的时间完成版本升级、医保接口改造或其他运维任务的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（2）驻场人员擅自离岗或更换未经甲方同意的，每人次扣减¥1,000。
（3）甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。

第十一条 分包
乙方不得将本合同服务的任何部分分包或转包。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十三条 法律适用及争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 驻场人员管理
（1）乙方驻场工程师须具有三年以上医院信息系统运维经验，名单及资质证明作为本合同附件，人员更换须提前十日书面报甲方信息科同意。
（2）驻场人员应遵守甲方的考勤、院感防控、着装及信息安全管理制度，每日填写运维日志，每周向信息科汇报工作。
（3）乙方应为驻场人员缴纳社会保险，驻场人员与甲方不构成劳动关系。

第十五条 运维文档与交接
（1）乙方应建立并持续更新运维台账，包括服务器及数据库配置、接口清单、账号清单、备份策略和应急预案。
（2）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完整移交运维台账、文档及账号，并提供不少于十五日的交接配合，交接期间不另行收费。

第十六条 备份与应急
（1）乙方应按甲方备份策略每日检查数据库备份情况，每季度进行一次备份恢复演练，并提交演练报告。
（2）发生重大故障时，乙方应立即启动应急预案，组织技术力量抢修，并在故障排除后三日内提交故障分析报告。

第十七条 不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。

第十八条 服务报告与例会
（1）乙方应在每月5日前提交上月运维报告，内容包括故障统计、工单处理、巡检结果、接口运行情况、版本升级及下月工作计划。
（2）甲乙双方每季度召开一次运维工作例会，总结上季度运维情况，研究解决存在的问题，会议纪要由双方签字确认。
（3）医保、卫健等主管部门组织检查或提出系统改造要求时，乙方应按甲方通知及时派员配合，并在规定期限内完成相应改造。

第十九条 廉洁从业
乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得借运维之机推销与本合同无关的产品。违反本条的，甲方有权解除合同。

第二十条 通知
双方的通知以书面形式送达本合同所列地址，紧急情况可先电话或短信通知，事后补送书面文件。

第二十一条 信息系统变更管理
（1）乙方对生产环境进行配置修改、补丁安装或版本升级的，应提前提交变更申请，写明变更内容、影响范围、回退方案和实施时间，经信息科审批后在业务低峰时段实施。
（2）变更实施后，乙方应验证各业务模块及接口运行正常，并在运维日志中记录。
（3）未经审批擅自变更造成系统故障的，由乙方承担全部责任，并按第六条所列故障等级处理。
（4）重大变更（如数据库版本升级、服务器迁移）应制定专项方案，报甲方信息科负责人审批，并安排在夜间或节假日实施。

第二十二条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：绍安市中医院
乙方（盖章）：浙南卫康信息技术有限公司
签订日期：2025年12月__日
"""
H585Z05 = """# 卤制管理系统软件许可及定制开发合同

**卤香云科技标准合同文本（V1.6）**

合同编号：LXY-2026-______

甲方（用户）：湖州老周记食品有限公司（酱鸭厂）

乙方（开发方）：杭州卤香云科技有限公司

甲方因酱鸭卤制生产管理需要，向乙方购买“卤香云”卤制管理系统软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供卤香云卤制管理系统标准版软件许可（含卤水配方管理、投料称重、卤制批次追溯、冷库出入库四个模块），许可方式为永久许可，限甲方本厂使用。

1.2 乙方根据甲方需求进行定制开发，内容为：老卤周期与补料管理、批次追溯码与电商平台订单对接、电子秤及温控探头数据接入。

1.3 乙方负责软件安装部署及甲方操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 卤制管理系统标准版软件许可（永久） | 268,000 |
| 2 | 定制开发（三项） | 186,000 |
| 3 | 安装部署 | 38,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 500,000 |

合同总价为人民币伍拾万元整（¥500,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥275,000。

3.2 软件安装调试完成后五个工作日内，甲方支付合同总价的45%，即¥225,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十日内完成软件安装及定制功能部署。

4.2 软件安装调试完成并交付甲方使用，即视为甲方验收合格。

4.3 如遇甲方原因导致延期，交付时间相应顺延。乙方交付延迟的，应及时告知甲方并积极采取补救措施。

## 第五条 维护服务

5.1 乙方提供六个月免费维护，自软件安装调试完成之日起计算，免费维护期内提供缺陷修复和远程技术支持。

5.2 甲方报修后，乙方将尽商业上合理的努力及时安排技术人员处理。

5.3 免费维护期满后，甲方如需继续获得维护服务，按乙方当年公布的服务价格标准另行签订维护合同。

## 第六条 知识产权

6.1 卤制管理系统软件的著作权及相关知识产权归乙方所有。

6.2 定制开发成果（含源代码、接口程序及文档）的知识产权归乙方所有，乙方授予甲方在本厂范围内的非独占使用权，甲方不得修改、反编译或提供给第三方。

## 第七条 数据

7.1 甲方在系统中录入和产生的配方、投料、批次、库存数据由甲方使用。

7.2 乙方有权在对数据进行脱敏处理后，将甲方的卤制工艺数据和生产数据用于乙方产品改进、行业分析及其他客户的配方推荐服务。

7.3 乙方对其服务器中的数据采取备份、加密和访问控制措施；因乙方原因发生数据泄露或丢失的，乙方应在48小时内通知甲方，并对由此给甲方造成的直接损失承担赔偿责任。

## 第八条 保密

双方对在合作过程中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的卤水配方属于甲方商业秘密，乙方人员不得外传。

## 第九条 责任限制

乙方在本合同项下的全部赔偿责任累计不超过本合同总价的50%，且乙方不承担甲方的间接损失、利润损失及停产损失。

## 第十条 违约与解除

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十一条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二条 甲方义务

12.1 甲方应提供软件运行所需的服务器、网络、电子秤及温控探头等硬件环境，并保证其符合乙方提出的配置要求。

12.2 甲方应指定项目联系人，及时提供卤水配方、工艺流程、批次编码规则及电商平台接口资料，并对所提供资料的真实性负责。

12.3 因甲方未及时提供资料或硬件环境导致项目延误的，乙方不承担责任。

## 第十三条 培训

13.1 乙方在安装调试期间为甲方提供一次现场培训，培训对象为甲方卤制车间主管、仓管员及质检员，每次培训时间为一天。

13.2 甲方需要增加培训次数的，按乙方收费标准另行计费。

## 第十四条 软件升级

14.1 免费维护期内，乙方提供标准版软件的免费版本升级。

14.2 定制开发功能不保证与标准版软件的后续版本兼容，如需适配，由双方另行协商费用。

## 第十五条 不可抗力

因不可抗力导致本合同不能履行或不能完全履行的，遇有不可抗力的一方不承担违约责任，但应及时通知对方，并在合理期限内提供证明。

## 第十六条 通知

双方的通知以书面形式送达本合同首页所列地址，以电子邮件方式发送的，发出之日视为送达。

## 第十七条 现场服务

17.1 乙方现场人员应遵守甲方食品生产车间的卫生管理制度，进入卤制车间须按要求更衣、消毒，不得携带与工作无关的物品。

17.2 乙方现场服务每次超过三个工作日的，甲方应负担乙方人员的差旅及食宿费用。

17.3 甲方要求乙方在免费维护期内提供现场服务的，乙方根据人员安排确定到场时间。

## 第十八条 合同变更

18.1 甲方在开发过程中增加或变更需求的，应以书面形式提出，乙方评估工作量后报价，双方签订补充协议后实施，交付时间相应顺延。

18.2 甲方需求变更导致已完成工作作废的，甲方应按实际工作量向乙方支付费用。

## 第十九条 权利转让

未经对方书面同意，任何一方不得转让本合同项下的权利义务。

## 第二十条 硬件与第三方软件

20.1 本合同价款不包括服务器、操作系统、数据库、电子秤及温控探头等硬件和第三方软件，由甲方自行采购。

20.2 乙方可向甲方推荐兼容的硬件型号，但不对甲方自行采购的硬件质量承担责任。

20.3 因甲方硬件环境、网络或第三方软件故障导致系统不能正常运行的，乙方可协助排查，协助工作超出合理范围的，按乙方收费标准另行计费。

20.4 乙方对电商平台接口规则变化引起的对接调整，按另行报价处理。

## 第二十一条 其他

21.1 本合同未尽事宜，双方可签订补充协议。

21.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖州老周记食品有限公司　　　　乙方（盖章）：杭州卤香云科技有限公司

签订日期：2026年____月____日
"""
H585E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on ____ May 2026 between:
P:(1) Hakata Mirai Systems K.K., a company incorporated in Japan with its registered office at 2-8 Hakata Ekimae, Hakata-ku, Fukuoka, Japan ("Vendor"); and
P:(2) Ningbo Haichen Kitchenware Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yuyao, Ningbo, Zhejiang Province ("Customer").
P:Background: Customer manufactures stainless-steel cookware and wishes to replace its spreadsheet-based production planning with Vendor's MiraiPlan finite-capacity scheduling software. Vendor has agreed to license the software perpetually and to implement it at Customer's Yuyao plant on the terms below. At Customer's request, all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MiraiPlan Scheduler Server, MiraiPlan Planner user licences and the MiraiPlan MES Connector, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to Customer's ERP and MES, the customised planning reports and the data-conversion scripts prepared by Vendor for Customer under this Agreement.
P:1.3 "Final Acceptance" means Customer's written acceptance certificate issued under Article 5.
P:1.4 "Customer Data" means all production orders, routings, bills of materials, capacity data and other data of Customer processed with the Software.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's sites in the People's Republic of China for Customer's own business, for the number of users set out in Article 3.
P:2.2 Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence survives the end of this Agreement for any reason other than termination by Vendor for Customer's non-payment of undisputed Licence Fees.
H:Article 3 Prices
P:3.1 The prices are fixed and include all taxes payable in the People's Republic of China:
P:(a) MiraiPlan Scheduler Server, perpetual licence: CNY 420,000;
P:(b) MiraiPlan Planner user licences, 36 named users at CNY 9,500 each: CNY 342,000;
P:(c) MiraiPlan MES Connector, perpetual licence: CNY 88,000;
P:Licence Subtotal: CNY 850,000;
P:(d) implementation services (configuration, interfaces, data conversion, testing): CNY 236,000;
P:(e) training of planners and key users: CNY 24,000.
P:3.2 The total contract price is CNY 1,110,000 (the "Contract Price").
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 222,000) within 20 days after signature of this Agreement.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 499,500) within 20 days after Go-Live, meaning the first week in which the production schedule for the Yuyao plant is issued from the Software. Go-Live is not Final Acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 388,500) within 20 days after Final Acceptance.
P:4.4 Vendor shall issue a valid invoice for each payment. Payments are made by bank transfer in CNY.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall deliver and install the Software within 30 days after signature and shall achieve Go-Live within 120 days after signature.
P:5.2 Acceptance tests shall show that: (a) a full weekly schedule for all 14 production lines is calculated in less than 3 minutes; (b) the schedule respects machine capacity, shift calendars and material availability in the test cases agreed in the acceptance test plan; (c) the ERP and MES interfaces transfer orders and confirmations without error for 10 consecutive working days; and (d) the reports listed in Annex 2 are produced correctly.
P:5.3 When all tests are passed and the documentation and Custom Deliverables are handed over, Customer shall issue a Final Acceptance certificate within 10 working days. Installation, Go-Live, productive use or any payment does not constitute Final Acceptance.
P:5.4 If Final Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 incidents (the scheduling server is down or schedules cannot be issued) shall receive a response within 1 hour and a workaround within 8 hours, 24 hours a day. Severity 2 incidents shall receive a response within 2 business hours.
P:6.3 For each full hour by which Vendor exceeds the Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next invoice or pay that amount.
P:6.4 After the Warranty Period, Customer may order annual support. The annual support fee is 13% of the Licence Subtotal (CNY 110,500 per year) and will not be increased during the first three support years. Support is ordered by Customer each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code. Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 Vendor shall indemnify Customer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Vendor may process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on Customer's servers in Yuyao. Vendor may access them remotely only through Customer's VPN, with individual accounts, multi-factor authentication and Customer's approval for each session. Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:8.3 Vendor shall notify Customer within 24 hours of any actual or suspected security incident affecting Customer Data, cooperate in containing it, and bear all losses caused to Customer by an incident attributable to Vendor.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 10 Liability
P:Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the liquidated damages under Article 5.4 reach their maximum.
P:12.2 On termination under Article 12.1, Vendor shall refund the amounts paid for the parts of the services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Japan.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The place of arbitration is Fukuoka, Japan, and the language is English.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager. Vendor's project manager shall speak Chinese or be supported by an interpreter at all project meetings held at the Yuyao plant.
P:14.2 Vendor shall submit a project plan within 10 days after signature and a written progress report every two weeks until Final Acceptance. Steering meetings are held monthly.
P:14.3 Customer shall provide Vendor with timely access to its planners, master data and IT staff, and with a project room and network access at the Yuyao plant.
H:Article 15 Force Majeure
P:A party affected by force majeure shall notify the other party promptly and is excused for the period of the event, provided that it takes reasonable steps to limit its effects. If the event continues for more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 16 Export Control and Compliance
P:16.1 Vendor confirms that no export licence is required for the delivery of the Software to Customer in China. If such a licence becomes necessary, Vendor shall obtain it at its own cost.
P:16.2 Each party shall comply with the anti-bribery laws that apply to it and shall not offer or accept any improper payment in connection with this Agreement.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Software description) and Annex 2 (Acceptance test plan and reports), is the entire agreement of the parties.
P:17.2 Amendments must be in writing and signed by both parties. The English text prevails.
P:For Vendor: Hakata Mirai Systems K.K.  Name: ____________  Title: ____________
P:For Customer: Ningbo Haichen Kitchenware Co., Ltd.  Name: ____________  Title: ____________
"""
H585E02 = """# ORDER FORM No. HL-2026-0417

**Harbourline Software Limited** — Unit 1203, 18 Hoi Bun Road, Kwun Tong, Kowloon, Hong Kong ("Harbourline")

**Customer:** Foshan Maixiang Bakery Chain Co., Ltd., Chancheng District, Foshan, Guangdong, PRC ("Customer")

This Order Form is entered into under, and incorporates, the Harbourline General Terms set out below. All fees are stated and paid in Chinese Yuan (CNY) at Customer's request.

## Part 1 Order details

| Item | Detail |
|---|---|
| Service | Harbourline StockBake inventory, purchasing and production-planning service (software as a service) |
| Outlets | 58 bakery outlets and 1 central kitchen in Guangdong Province |
| Subscription Term | two Subscription Years starting on the Go-Live Date |
| Hosting | Alibaba Cloud, Shenzhen region (mainland China) |
| Onboarding | recipe and item master import, supplier catalogue set-up, POS interface, training of outlet managers |

## Part 2 Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Outlet subscription | 58 outlets x CNY 3,600 per Subscription Year | 208,800 per Subscription Year |
| Central kitchen module | per Subscription Year | 45,000 per Subscription Year |
| Subscription fees, two Subscription Years | 2 x 253,800 | 507,600 |
| Onboarding fee | one time | 32,000 |
| **Total contract value** | | **539,600** |

Additional outlets may be added at CNY 300 per outlet per month by a further Order Form.

## Part 3 Invoicing and payment

1. Subscription fees are invoiced quarterly in arrears (CNY 63,450 per quarter) and are payable within 30 days of invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
3. No fee is payable before the Go-Live Date.

## Part 4 Go-Live

1. Harbourline shall make the Service available for all outlets within 45 days after signature of this Order Form.
2. Go-Live Acceptance tests: (a) item, recipe and supplier master data reconciled with Customer's source files without error; (b) stock counts and purchase orders processed at five pilot outlets for 10 consecutive days; (c) POS sales imported daily for all outlets; (d) central kitchen production plan generated from outlet orders. Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the Service by some outlets before that date is not acceptance.
3. If the Go-Live Date is delayed for reasons attributable to Harbourline, Harbourline shall pay Customer CNY 400 for each day of delay.

**Signed for Harbourline:** ____________ **Signed for Customer:** ____________ **Date:** ____ June 2026

# HARBOURLINE GENERAL TERMS (Version 2026.1)

## Section 1 The Service

1.1 Harbourline shall provide the Service described in the Order Form in accordance with these General Terms and the documentation.

1.2 Harbourline may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

1.3 Customer shall use the Service only for its own business and is responsible for its user accounts and passwords.

## Section 2 Service Levels

2.1 Harbourline shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Priority 1 incidents (the Service is unavailable or no outlet can post stock movements) shall receive a response within 30 minutes and be restored within 6 hours. Priority 2 incidents shall receive a response within 2 hours.

2.3 If monthly availability is below the commitment in Section 2.1, Customer receives a service credit of 5% of the monthly subscription fees for each 0.1 percentage point (or part) of shortfall, up to 50% of the monthly subscription fees. If a Priority 1 incident is not restored in time, Customer receives an additional credit of CNY 1,000. Credits are deducted from the next invoice.

## Section 3 Customer Data

3.1 As between the parties, Customer owns all data entered into the Service by or for Customer ("Customer Data"). Harbourline uses Customer Data to provide the Service.

3.2 Harbourline may collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service to improve the Service, to develop new products and to prepare industry benchmarks for other customers, during and after the Subscription Term.

3.3 Within 30 days after the end of the Subscription Term Harbourline shall return Customer Data in CSV format and then delete it from the Service.

## Section 4 Data Security

4.1 Harbourline shall store and process Customer Data only in the hosting region stated in the Order Form, maintain ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, and restrict access to personnel who need it.

4.2 Harbourline shall comply with the Data Security Law and the Personal Information Protection Law of the PRC in respect of Customer Data.

4.3 Harbourline shall notify Customer within 48 hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and be responsible for the losses suffered by Customer as a result of an incident caused by Harbourline's breach of this Section 4.

## Section 5 Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only to perform or receive the Service and not disclose it to third parties except to its professional advisers under a duty of confidence.

5.2 This Section 5 continues to apply for three years after the end of the Subscription Term.

## Section 6 Intellectual Property

6.1 Harbourline owns the Service, the software and all improvements to them.

6.2 Reports, templates and interface mappings created specifically for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and disclose them freely, including to a successor supplier.

## Section 7 Subcontracting

7.1 Harbourline uses the hosting provider named in the Order Form. Harbourline shall not engage any other subcontractor for the Service without Customer's prior written consent.

7.2 Harbourline remains responsible for the acts and omissions of its subcontractors.

## Section 8 Term, Renewal and Termination

8.1 The Order Form starts on signature and continues until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form agreed by both parties.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.3 If Customer terminates under Section 8.2, Harbourline shall refund any fees paid for the period after termination.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Harbourline's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed CNY 250,000.

9.3 Nothing in these General Terms limits liability for fraud, death or personal injury caused by negligence.

## Section 10 Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the Hong Kong Special Administrative Region.

10.2 Any dispute shall be referred to and finally resolved by arbitration administered by the Hong Kong International Arbitration Centre under its Administered Arbitration Rules. The seat of arbitration is Hong Kong and the language is English.

## Section 11 Customer Responsibilities

11.1 Customer shall provide accurate master data, appoint an administrator for the Service and make its outlet managers available for training before Go-Live.

11.2 Customer shall not attempt to copy, reverse engineer or interfere with the Service, and shall not use it to store unlawful content.

## Section 12 Support and Changes

12.1 Harbourline provides support in Mandarin, Cantonese and English through its portal, by e-mail and by telephone between 07:00 and 23:00 China Standard Time every day, and around the clock for Priority 1 incidents.

12.2 Harbourline shall give Customer at least 30 days' written notice of any change to the Service that requires changes to Customer's processes or interfaces, and shall provide release notes for every update.

## Section 13 Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. Force majeure does not excuse Harbourline from maintaining the backups and disaster-recovery arrangements described in the documentation.

## Section 14 General

14.1 The Order Form prevails over these General Terms if they conflict.

14.2 Notices shall be in writing and sent to the addresses in the Order Form.

14.3 Neither party may assign the Order Form without the other party's written consent.

14.4 Harbourline may not suspend the Service for late payment unless an undisputed invoice remains unpaid 30 days after a written reminder, and shall restore the Service within one working day after payment.

14.5 If any provision of these General Terms is held invalid, the remaining provisions continue in force. A failure to enforce a provision is not a waiver of it.
"""
H585E03 = """T:PURCHASE CONTRACT FOR COLD-STORE TEMPERATURE MONITORING SENSORS
P:Contract No. JXLL-PUR-2026-033
P:Buyer: Jiaxing Lianlu Cold Chain Logistics Co., Ltd., Jiaxing Port Logistics Park, Jiaxing, Zhejiang, PRC (the "Buyer")
P:Supplier: Taichung Precision Sensing Technology Co., Ltd., Xitun District, Taichung, Taiwan (the "Supplier")
P:The Buyer operates a cold-storage warehouse with 16 cold rooms and 48 loading doors at its Jiaxing site and wishes to install a wireless temperature and humidity monitoring system that meets GSP requirements for pharmaceutical and food storage. The Supplier has offered the equipment and software below. This Contract is made on the Buyer's standard terms. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door sensors and server listed in Clause 2.
P:1.2 "Software" means the ColdEye monitoring software licensed under Clause 2, including its alarm and reporting modules.
P:1.3 "System" means the Equipment and the Software installed, configured and calibrated at the Site.
P:1.4 "Site" means the Buyer's cold-storage warehouse in Jiaxing.
P:1.5 "Final Acceptance" means the Buyer's signed Final Acceptance certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and calibrate the System and train the Buyer's staff. The prices below are fixed, include delivery to the Site, packing, insurance, import clearance and all taxes, and are not subject to adjustment.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|320|680|217,600
TB:2|LoRa gateway with 4G backup|16|5,800|92,800
TB:3|Door open/close sensor|48|420|20,160
TB:4|Monitoring server (rack-mounted, with UPS)|1|46,000|46,000
TB:5|ColdEye monitoring software, perpetual licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||504,560
TB:6|Installation, configuration and calibration|1 lot|62,440|62,440
TB:7|Training of warehouse and QA staff|1 lot|8,000|8,000
TB:|Contract Price|||575,000
P:2.2 The Software licence is perpetual, non-exclusive and for use at the Buyer's sites in mainland China.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 57,500) is payable within 15 days after signature against the Supplier's invoice and an advance-payment bank guarantee.
P:3.2 55% of the Contract Price (CNY 316,250) is payable within 15 days after delivery and installation of all Equipment at the Site. Delivery and installation are not acceptance.
P:3.3 35% of the Contract Price (CNY 201,250) is payable within 15 days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Site within 45 days after signature and complete installation within 20 days after delivery.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation the Supplier shall calibrate every sensor against a reference thermometer traceable to a national standard and deliver the calibration certificates.
P:5.2 Acceptance tests shall show that: (a) every sensor reads within ±0.5 °C of the reference at three test points; (b) every sensor reports to the Software at least once every 60 seconds; (c) an alarm for an out-of-range temperature or an open door is sent by SMS and app notification within 2 minutes; (d) the System runs for 14 consecutive days with no data gap longer than 10 minutes in any cold room; and (e) the GSP reports listed in Annex B are generated correctly.
P:5.3 When all tests are passed and the documentation is delivered, the Buyer shall sign the Final Acceptance certificate within 7 working days. Use of the System before then is not acceptance.
H:6. Warranty and After-Sales Service
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, recalibrate sensors once a year and provide support free of charge.
P:6.2 Severity 1 faults (loss of monitoring or alarms for one or more cold rooms) shall receive a remote response within 30 minutes and shall be restored within 24 hours, if necessary by an engineer on Site. Other faults shall receive a response within 2 hours and be resolved within 3 working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, it shall pay the Buyer CNY 500.
P:6.4 After the warranty period, the Supplier shall offer annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 37,842 per year, fixed for the first two years after the warranty. Support is ordered each year by purchase order and does not renew automatically.
H:7. Data Protection and Security
P:7.1 All temperature and humidity records, alarm records, user logs and other data generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The data are stored on the Buyer's server at the Site. The Supplier may access the System remotely only with the Buyer's approval for each session through the Buyer's VPN, and shall not copy data outside the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or its data, help to contain it, and compensate the Buyer for all losses caused by an incident for which the Supplier is responsible.
H:8. Intellectual Property
P:8.1 Alarm rules, report templates and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The Supplier guarantees that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:9. Confidentiality
P:Each party shall keep confidential the other party's business and technical information received under this Contract, including the Buyer's site layout and customer information, and shall not disclose it without prior written consent. This obligation survives the end of this Contract.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clause 7, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum. The Supplier shall then refund the amounts paid for undelivered or unaccepted parts.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:14. Packing, Transport and Title
P:14.1 The Supplier shall pack the Equipment to protect it against damage during transport and storage and shall mark each package with the contract number and the contents.
P:14.2 Title to the Equipment passes to the Buyer on delivery to the Site. Risk passes on Final Acceptance; until then the Supplier bears the risk of loss or damage to the Equipment, except for damage caused by the Buyer.
P:14.3 The Supplier is responsible for import clearance and all import duties and shall provide the Buyer with copies of the customs declarations, certificates of origin and product certificates.
H:15. Site Work
P:15.1 The Supplier's personnel shall follow the Buyer's safety rules, including rules for work in cold rooms, work at height and work near forklift traffic, and shall wear the protective clothing provided by the Buyer.
P:15.2 Installation shall be planned with the Buyer's warehouse manager so that no cold room is out of monitoring for more than 2 hours at a time and goods can be moved in and out as normal.
P:15.3 The Supplier shall remove all packaging and waste from the Site at its own cost.
P:15.4 The Supplier shall mount the sensors at the positions shown in the temperature-mapping plan in Annex A and shall label each sensor with its cold-room number and position. Any change of position requires the approval of the Buyer's QA manager.
P:15.5 The Supplier shall deliver a validation file for the System, including the installation record, calibration certificates and test results, in a form suitable for the Buyer's GSP inspections.
H:16. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within 5 days and provide evidence. The time for performance is extended by the duration of the event. If the event lasts more than 60 days, either party may terminate this Contract by written notice.
H:17. Miscellaneous
P:17.1 Annex A (technical specification) and Annex B (GSP report list) form part of this Contract.
P:17.2 This Contract is signed in two originals in English and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
H585E04 = """# MANAGED IT SUPPORT SERVICES AGREEMENT

Agreement No. LTS-MS-2026-09

**Provider:** Lotus Bay Technology Services Limited, Avenida de Kwong Tung, Taipa, Macau SAR ("Provider")

**Customer:** Zhuhai Haiyue Hotel Management Co., Ltd., Xiangzhou District, Zhuhai, Guangdong, PRC ("Customer")

Customer operates three hotels in Zhuhai and wishes to outsource its IT service desk, endpoint management and on-site support to Provider. The parties agree as follows. At Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed IT support services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Clause 4.

1.3 "Minimum Term" means the period of 24 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and of its guests and employees that Provider accesses or processes in performing the Services.

## 2. SERVICES

2.1 Provider shall provide the Services for the three hotels listed in Schedule 1 from the Service Commencement Date until the end of the Minimum Term.

2.2 Provider shall assign a named service manager, hold a monthly service review with Customer and deliver a monthly service report showing performance against Schedule 3.

2.3 Customer shall give Provider's engineers reasonable access to the hotels, a desk at each hotel and the administrator rights needed to perform the Services.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The total contract value is CNY 1,154,000.

3.2 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after invoice. The transition charge is invoiced after the Service Commencement Date.

3.3 Customer pays nothing in advance of the Services.

3.4 The charges are fixed for the Minimum Term. Devices added above the numbers in Schedule 1 are charged at the unit rates in Schedule 2.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete transition within 40 days after signature. Transition includes taking over the asset inventory, installing the endpoint management agent on all devices, setting up the service desk telephone line and portal, and documenting each hotel's network and systems.

4.2 Transition is accepted when: (a) every listed device reports to the endpoint management console; (b) the service desk has handled calls for 10 consecutive days with the response times in Schedule 3; (c) the runbooks for the property management system, point-of-sale and door-lock systems are delivered and approved by Customer's IT manager; and (d) a failover test of each hotel's internet link succeeds. Customer then signs a transition acceptance certificate.

4.3 If transition acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed, Customer is entitled to the service credits set out in Schedule 3. Credits are deducted from the next invoice.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, sell or otherwise use it.

6.2 Provider shall access Customer's systems only through named accounts with multi-factor authentication, keep access logs for at least six months, apply Customer's information security policy and comply with the Personal Information Protection Law and the Data Security Law of the PRC. Guest data shall not be transferred out of mainland China.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data to Customer within 12 hours, assist in containing it, and compensate Customer for losses, fines and notification costs caused by an incident attributable to Provider.

## 7. INTELLECTUAL PROPERTY

Runbooks, network documentation, scripts and configurations prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 8. LIABILITY

8.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

8.2 The limit in Clause 8.1 does not apply to breach of Clause 6, personal injury or wilful misconduct.

## 9. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Minimum Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

10.2 Customer has committed to the Services for the whole Minimum Term and may not terminate this Agreement before the end of the Minimum Term. If Provider fails to perform the Services, Customer's remedies are the service credits in Schedule 3 and a claim for damages under Clause 8.

10.3 Provider may terminate this Agreement if Customer fails to pay undisputed charges within 60 days after a written reminder.

10.4 At the end of this Agreement Provider shall hand over all documentation, credentials and Customer Data and give reasonable help to a successor provider for up to 30 days at no extra charge.

## 11. PERSONNEL

11.1 Provider shall assign engineers with at least two years' experience of hotel systems and shall give Customer the names of the engineers working on site. Provider shall replace any engineer whom Customer reasonably asks to be replaced.

11.2 Provider's engineers shall follow the hotels' rules on guest areas, dress, safety and conduct, and shall not enter guest rooms except with a member of hotel staff.

## 12. GOVERNANCE AND CHANGES

12.1 The parties shall hold a monthly service review to discuss the service report, open problems, planned changes and improvement proposals. Provider shall keep minutes.

12.2 Any change to the scope of the Services or the charges requires a written change order signed by both parties.

12.3 Provider shall keep the asset inventory, network documentation and runbooks up to date and make them available to Customer at any time.

12.4 Provider shall propose at least two service improvements each quarter, such as automation of routine tasks or replacement of ageing equipment, with an estimate of cost and benefit. Customer decides whether to implement them.

12.5 Equipment purchased for the hotels remains Customer's property. Provider may recommend suppliers but shall disclose any commission it receives from them.

12.6 Provider shall take part in Customer's annual disaster-recovery exercise for the property management system and the door-lock system, and shall record the results and any follow-up actions in the next monthly service report. Provider shall also help Customer prepare for audits by its hotel brand partner.

## 13. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as typhoons or government orders, if it notifies the other party promptly and does its best to resume the Services.

## 14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the people's court with jurisdiction where Customer is domiciled in Zhuhai.

## 15. GENERAL

15.1 Notices shall be in writing and sent to the addresses above.

15.2 This Agreement may be changed only in writing signed by both parties.

## SCHEDULE 1 — SCOPE

| Hotel | Rooms | Endpoints | On-site support |
|---|---|---|---|
| Haiyue Grand Hotel, Jida | 312 | 190 | engineer on site 08:00–20:00 daily |
| Haiyue Bay Hotel, Xiangzhou | 186 | 128 | engineer on site 09:00–18:00 on working days |
| Haiyue Garden Inn, Jinwan | 124 | 102 | visits twice a week and on call |
| **Total** | **622** | **420** | |

Service desk: telephone, portal and WeChat, 24 hours a day, 7 days a week, in Mandarin, Cantonese and English.

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one time | 38,000 |
| Monthly service charge | fixed, 420 endpoints, three hotels | 46,500 per month |
| Monthly service charges, Minimum Term | 24 x 46,500 | 1,116,000 |
| **Total contract value** | | **1,154,000** |
| Additional endpoint | per endpoint per month | 95 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Restoration |
|---|---|---|---|
| P1 | property management system, internet or door-lock system down at a hotel | 15 minutes | 6 hours |
| P2 | a front-desk or point-of-sale terminal down | 30 minutes | 8 hours |
| P3 | a single user problem | 2 hours | next working day |

| Service level missed | Service credit |
|---|---|
| P1 response or restoration time missed | 5% of the monthly service charge per incident |
| P2 response or restoration time missed | 1% of the monthly service charge per incident |
| Monthly report late by more than 5 working days | CNY 1,000 |

Service credits in a month shall not exceed 25% of that month's service charge.
"""
H585E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DDL-API-2026-052

Provider: Dalseong Data Labs Co., Ltd., 35 Dalgubeol-daero, Dalseo-gu, Daegu, Republic of Korea ("Provider")
Customer: Yiwu Hanmei Cosmetics Trading Co., Ltd., Futian Street, Yiwu, Zhejiang, PRC ("Customer")

Customer imports and sells Korean cosmetics through its own online shops and to retailers in China. Provider operates the K-Beauty Market Data API, which supplies daily retail prices, product catalogue data, ingredient lists and sales-rank data for cosmetics sold in Korea. Customer wishes to subscribe to the API to set its prices and plan its purchasing. The parties agree as follows. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS
1.1 "API" means Provider's K-Beauty Market Data API, version 3, and its documentation.
1.2 "Data" means the data supplied to Customer through the API.
1.3 "Customer Inputs" means the product lists, SKU codes, query parameters and other information that Customer submits to the API.
1.4 "Production Access Date" means the date on which Customer signs the production access acceptance under Clause 4.
1.5 "Subscription Year" means the period from the Production Access Date to the day before its first anniversary, and each following period between two anniversaries.
1.6 "Custom Field Mapping" means the mapping tables and conversion rules that Provider prepares to match the Data to Customer's SKU codes and Chinese product names.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to call the API and to use the Data for its internal pricing, purchasing and product-listing purposes in mainland China.
2.2 The subscription covers up to 2,000,000 API calls per Subscription Year, 25 user accounts for the web dashboard and daily updates for all product categories listed in Annex 1.
2.3 Customer shall not resell the Data as a data product, but may publish prices and product descriptions in its own shops.

3. FEES AND PAYMENT
3.1 The fees are:
(a) subscription fee: CNY 228,000 per Subscription Year, for two Subscription Years: CNY 456,000;
(b) set-up fee for API keys, Custom Field Mapping for up to 3,000 SKUs and integration support: CNY 18,000 one time.
The total contract value is CNY 474,000.
3.2 API calls above the annual allowance are charged at CNY 25 per 1,000 calls, invoiced quarterly.
3.3 The subscription fee is invoiced quarterly in arrears (CNY 57,000 per quarter). The set-up fee is invoiced after the Production Access Date. All invoices are payable within 30 days.
3.4 No amount is payable before the Production Access Date.

4. SET-UP AND ACCEPTANCE
4.1 Provider shall issue test API keys within 5 working days after signature and complete the Custom Field Mapping within 30 days after signature.
4.2 Production access is accepted when: (a) the Data for a sample of 10,000 SKUs agreed by the parties is complete for all fields listed in Annex 1; (b) at least 3,000 of Customer's SKUs are correctly mapped; (c) the median response time of the API measured from Shanghai over 7 consecutive days is below 800 milliseconds; and (d) daily price updates are delivered by 09:00 China Standard Time on each of those 7 days. Customer then signs a production access acceptance.
4.3 If the Production Access Date is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. SERVICE LEVELS
5.1 Provider shall keep the API available at least 99.95% of the time in each calendar month, excluding maintenance announced 72 hours in advance.
5.2 Priority 1 incidents (the API is unavailable or returns errors for all calls) shall receive a response within 1 hour and be resolved within 8 hours. Priority 2 incidents (stale or incomplete data for a product category) shall receive a response within 8 business hours.
5.3 If monthly availability falls below the level in Clause 5.1, Customer receives a credit of 5% of the quarterly subscription fee for each 0.1 percentage point of shortfall, and if daily price updates are late on more than three days in a month, a further credit of 3% of the quarterly subscription fee. Credits are deducted from the next invoice.

6. CUSTOMER INPUTS
6.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API and the dashboard to Customer and shall not use them for any other purpose or disclose them to other customers.
6.2 At the end of the term Provider shall delete Customer Inputs within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY
7.1 Provider owns the API and its database. The Data is licensed, not sold.
7.2 The Custom Field Mapping belongs to Customer. Customer may use and modify it freely and give it to any other data supplier.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public business information, including the terms of this Agreement, Customer's product lists and purchase plans and Provider's pricing, and shall not disclose it to third parties without written consent, except to its professional advisers.
8.2 This Clause 8 continues for three years after this Agreement ends.

9. TERM AND RENEWAL
9.1 This Agreement starts on signature and runs until the end of the second Subscription Year.
9.2 This Agreement then renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
9.3 For each renewal period Provider may increase the subscription fee by up to 9% over the fee for the preceding Subscription Year by notice given at least 30 days before the renewal.

10. TERMINATION
10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
10.2 On termination by Customer under Clause 10.1 Provider shall refund any fees paid for the period after termination.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss or loss of profit.
11.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Clause 8 and wilful misconduct.

12. SUBCONTRACTING
Provider shall not subcontract any part of the services without Customer's prior written consent, and remains responsible for any approved subcontractor.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The language of the arbitration is English.

14. CUSTOMER OBLIGATIONS
14.1 Customer shall keep its API keys and dashboard passwords secure and shall tell Provider promptly if it suspects that a key has been misused. Provider may suspend a key that is clearly being misused and shall then issue a new key within one working day.
14.2 Customer shall call the API only from its own systems and shall not share its API keys with third parties.
14.3 Customer is responsible for the prices it sets and the products it sells; the Data is supplied for information.

15. DATA QUALITY
15.1 Provider shall collect the Data from lawful sources and shall correct any error in the Data reported by Customer within 2 working days.
15.2 Provider shall inform Customer at least 30 days in advance of any change to the API that is not backward compatible and shall keep the previous version available for at least 90 days after the change.
15.3 Each data record shall show the date and time it was collected and its source category (brand site, department store, duty-free shop or online marketplace), so that Customer can judge how current it is.
15.4 Provider shall give Customer a monthly data-quality report showing the number of products covered, the share of records updated on time and the errors corrected in the month.

16. SUPPORT
16.1 Provider provides technical support in English and Chinese by e-mail and through a shared messaging channel between 09:00 and 18:00 China Standard Time on working days, and for Priority 1 incidents at any time.
16.2 Provider shall name a customer success manager who meets Customer online every quarter to review usage, data coverage and planned product categories.
16.3 Provider shall give Customer access to a test environment with the same API version as production, so that Customer can test changes to its own systems before using them in production. Calls to the test environment do not count towards the annual allowance.

17. FORCE MAJEURE
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

18. GENERAL
18.1 Annex 1 (data fields and product categories) forms part of this Agreement.
18.2 This Agreement is made in English in two originals and may be changed only in writing signed by both parties.

Signed for Provider: ____________________   Date: __________
Signed for Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------- targets
FILES = {
    "h585z01": ("h585z01_tax_bureau_etax_peripheral_platform.pdf", "pdf", "zh", H585Z01),
    "h585z02": ("h585z02_pv_laminator_control_retrofit.docx", "docx", "zh", H585Z02),
    "h585z03": ("h585z03_car_care_chain_membership_saas.txt", "txt", "zh", H585Z03),
    "h585z04": ("h585z04_tcm_hospital_his_annual_om.txt", "txt", "zh", H585Z04),
    "h585z05": ("h585z05_braised_duck_plant_supplier_template.md", "md", "zh", H585Z05),
    "h585e01": ("h585e01_scheduling_software_licence_jp_vendor.pdf", "pdf", "en", H585E01),
    "h585e02": ("h585e02_bakery_inventory_saas_order_form_hk.md", "md", "en", H585E02),
    "h585e03": ("h585e03_cold_store_sensors_tw_supplier.docx", "docx", "en", H585E03),
    "h585e04": ("h585e04_hotel_managed_it_support_macau.md", "md", "en", H585E04),
    "h585e05": ("h585e05_kbeauty_market_data_api_kr.txt", "txt", "en", H585E05),
}
SOURCES = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
#            avail  p1    remedy ip        ds     owns   conf   ld                 cap                 pre   acc   final  warr pw   auto   term   sub    law             kind
TERMS = {
    "h585z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
    "h585z02": [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 24, False, True, True, "PRC", G],
    "h585z03": [99.5, 0.5, True, "buyer", True, True, True, 300 / 379600 * 100, 6 / 24 * 100, None, True, None, None, None,
                True, True, False, "PRC", S],
    "h585z04": [None, 0.25, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False,
                "PRC", S],
    "h585z05": [None, None, False, "supplier", True, False, True, None, 50, 55, False, False, 6, None, False, True, None,
                None, G],
    "h585e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False, "Japan", G],
    "h585e02": [99.95, 0.5, True, "buyer", True, False, True, 400 / 539600 * 100, 250000 / 539600 * 100, None, True, None,
                None, None, False, True, False, "Hong Kong SAR", S],
    "h585e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
    "h585e04": [None, 0.25, True, "buyer", True, True, False, 800 / 1154000 * 100, 150, None, True, None, None, None, False,
                False, False, "PRC", S],
    "h585e05": [99.95, 1, True, "buyer", False, True, True, 300 / 474000 * 100, 150, None, True, None, None, None, True, True,
                False, "PRC", S],
}
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h585z01": (True, True, True, False, 2064000),
    "h585z02": (True, True, True, False, 1500000),
    "h585z03": (True, True, None, False, 379600),
    "h585z04": (True, True, None, False, 586000),
    "h585z05": (False, False, False, True, 500000),
    "h585e01": (True, True, True, False, 1110000),
    "h585e02": (True, True, None, False, 539600),
    "h585e03": (True, True, True, False, 575000),
    "h585e04": (True, True, None, False, 1154000),
    "h585e05": (True, True, None, False, 474000),
}
CATEGORY = {"h585z01": "software", "h585z02": "hardware", "h585z03": "cloud", "h585z04": "services",
            "h585z05": "software", "h585e01": "software", "h585e02": "cloud", "h585e03": "hardware",
            "h585e04": "services", "h585e05": "cloud"}
# design facts the labels do not carry: forum outside mainland China; TCO inputs (fee base, annual fee) for goods
FORUM_OUTSIDE = {"h585e01", "h585e02"}
TCO_IN = {"h585z01": (860000, 68800), "h585z02": (1380000, 331200), "h585e01": (850000, 110500),
          "h585e03": (504560, 37842), "h585z05": (268000, None)}
# my design list (what each draft was written to trigger)
DESIGN = {
    "h585z01": [],
    "h585z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h585z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h585z04": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "h585z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h585e01": ["CR-GOVERNING-LAW"],
    "h585e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h585e03": [],
    "h585e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h585e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t):
    """policy §4: horizon 5 years from acceptance, fee per post-warranty year (pro rata), fee base = licence/hw subtotal."""
    base, fee = TCO_IN[key]
    if fee is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * fee
    return fees / (EXTRA[key][4] + fees) * 100


def expected_rules(key, t, x):
    """My reading of policy.md §3 (my own function, not project code)."""
    sla, ld_stated, capped = x["sla_clause"], x["ld_stated"], x.get("post_warranty_fee_capped")
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, fmt, lang, _ = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = expected_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- thresholds
P = r"[%％]"
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\w-])four\s*-?\s*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0?\.05\s*" + P, r"万分之五(?![十百千\d])", r"(?<![\d.,])100\s*" + P, r"百分之百", r"百分之一百",
    r"(?<![\d.,])30\s*" + P, r"百分之三十", r"三成", r"(?<![\d.,])12\s*-?\s*(?:个月|months?\b)", r"十二\s*个月",
    r"\btwelve\s*-?\s*months?\b", r"(?<![十\d])一\s*年(?!度)", r"\bone\s*-?\s*years?\b", r"(?<![\d.,])15\s*" + P,
    r"百分之十五", r"(?<![\d.,])40\s*" + P, r"百分之四十", r"四成", r"(?<![\d.,])5\s*-?\s*(?:年|years?\b)",
    r"(?<![十\d])五\s*年", r"\bfive\s*-?\s*years?\b", r"(?<![\d.,])60\s*-?\s*(?:个月|months?\b)", r"六十\s*个月",
]
TH_RE = [re.compile(p, re.I) for p in TH_PATTERNS]
MUST_HIT = ["99.9%", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "12-month", "十二个月", "twelve months",
            "一年", "one year", "one-year", "15%", "40%", "四成", "5年", "5 年", "五年", "five years", "5-year", "60 months",
            "60个月"]
MUST_MISS = ["24小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "one Subscription Year", "130%", "1,500%", "14 hours", "45%", "0.055%", "十五日",
             "15 days", "30 days", "一年度", "三年", "120 months", "35%", "25%"]


def threshold_hits(text):
    return [m.group(0) for rx in TH_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def check_values():
    th = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for key in FILES:
        t = dict(zip(KEYS, TERMS[key]))
        for k, v in th.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if key in TCO_IN and tco_share(key, t) is not None:
            assert abs(tco_share(key, t) - 40) > 2, (key, tco_share(key, t))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    check_values()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, bad = set(), []
    for key, (name, fmt, lang, src) in FILES.items():
        lab = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / name)
        n = length(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for label_, txt in list(variants(back).items()) + [("src-" + k, v) for k, v in variants(src).items()]:
            h = threshold_hits(txt)
            if h:
                bad.append((key, label_, h))
        share = tco_share(key, lab["expected_terms"]) if key in TCO_IN else None
        print(f"{key} {lang} len={n} {'OK' if lo <= n <= hi else 'OUT OF RANGE'} risk={risk(lab['expected_rules'])}"
              f" rules={lab['expected_rules']}" + (f" tco_share={share:.2f}" if share is not None else ""))
    missing = [r for r in ALL_RULES if r not in covered]
    print("threshold hits:", bad or "none")
    print("rules not covered:", missing or "none")
    assert not bad and not missing
