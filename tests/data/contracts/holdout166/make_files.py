"""holdout166: the ten ordinary draft contracts of this blind held-out set, and their labels.

Sources of all ten texts are kept here. The .md/.txt files are written as they are; the .docx/.pdf files are built
with ../word_pdf.py (markup T:/H:/P:/TB:; PDFs wrapped at word boundaries). The .json labels are written from
LABELS below, after the price sums are asserted and the policy rules are re-applied to each label's terms.
Run with /work/main/.venv/bin/python.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h166z01 (docx, 第X条 + 1.1, buyer's paper)
H166Z01 = """\
T:临澜市传染病监测预警平台建设项目政府采购合同
P:合同编号：LLCDC-ZFCG-2025-031
P:采购项目编号：LLCG2025-GK-0417（公开招标）
P:采购人（甲方）：临澜市疾病预防控制中心，地址：临澜市安康路58号
P:供应商（乙方）：杭州衡数信息技术有限公司，地址：浙江省杭州市西湖区文三路388号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。本合同由甲方依据政府采购合同示范文本拟定。合同文件包括本合同条款、中标通知书、招标文件、投标文件及其澄清；如有不一致，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责临澜市传染病监测预警平台的设计、软件供货、定制开发、硬件供货、系统集成、部署、数据迁移、测评配合、培训及质保期服务，实现法定传染病报告、症状监测、病原监测、学校缺课缺勤、药店药品销售及发热门诊数据的汇聚、分析和多点触发预警。
P:1.2 平台应接入全市46家哨点医疗机构、112所中小学及38家连锁药店的数据，并与省级传染病监测系统对接。具体技术要求以招标文件第五章“采购需求”为准。
P:1.3 平台部署在甲方政务云专区，乙方提供的服务器和存储设备安装于甲方指定机房。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾陆万捌仟元整（¥2,968,000），为固定总价，包含货物、软件许可、定制开发、运输、安装、测评配合、培训、税费及质保期服务等全部费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|监测预警平台软件许可（症状监测、病原监测、多点触发预警引擎）|1套|1,180,000
TB:2|数据交换与接口定制开发（HIS、LIS、学校、药店、发热门诊）|1项|736,000
TB:3|应用服务器|4台|386,000
TB:4|分布式存储|1套|214,000
TB:5|服务器密码机|1台|88,000
TB:6|国产数据库软件许可|2套|144,000
TB:7|系统集成、部署及数据迁移|1项|168,000
TB:8|等保及密评测评配合、培训|1项|52,000
TB:合计|||2,968,000
P:2.2 上表第1、3、4、5、6项合计¥2,012,000，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%作为预付款，即¥742,000。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的50%，即¥1,484,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥742,000。
P:3.4 乙方在每次付款前开具等额合法发票。甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:3.5 乙方应在合同签订后7日内提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后45日内完成硬件到货及安装，120日内完成软件部署、接口联调及初步验收准备。
P:4.2 乙方派驻项目经理1名、实施工程师不少于4名，未经甲方书面同意不得更换项目经理。实施期间乙方每周提交项目周报。
P:4.3 硬件到货时由双方共同开箱清点并签署到货签收单；到货签收仅确认数量和外观，不构成验收。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后提交初验申请，甲方按招标文件技术要求逐项测试，须同时满足：（1）46家哨点医疗机构、112所学校及38家药店的数据连续7日按时上报且无缺报；（2）预警信号自数据入库起5分钟内生成并推送至指定人员；（3）平台通过网络安全等级保护三级测评及商用密码应用安全性评估；（4）并发300用户时页面平均响应时间不超过3秒。
P:5.2 初验合格后进入三个月试运行期。试运行期内未发生一级故障、二级故障累计不超过3次且均按时修复的，甲方组织最终验收，并可邀请专家参加。
P:5.3 任何测试项不合格的，乙方应在15日内整改并重新提交验收。系统上线、试运行、甲方使用或付款均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修和更换以及驻场和远程技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或预警信息无法推送）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障应在2小时内响应，24小时内解决。
P:6.3 乙方未达到6.2条服务水平的，每超时1小时扣减履约保证金或应付款¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
P:6.4 质保期满后，甲方如需继续委托乙方运维，年度运维服务费不超过软硬件小计的7%（即每年不超过¥140,840）；质保期满后首两年按此价格执行，不因物价等因素上调。运维合同按年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、预警模型配置、统计报表、数据交换脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件及数据库软件为乙方或第三方的既有产品，著作权不变，甲方获得永久、不可撤销的使用许可。乙方保证所供软件不侵犯第三方权利，否则承担全部责任。
H:第八条 数据安全与个人信息保护
P:8.1 本项目涉及的传染病报告信息、患者个人信息、监测数据及系统日志均属于甲方。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或带离甲方环境。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，按等保三级要求落实访问控制、加密传输和存储、操作审计；驻场人员须经甲方审查并签署保密承诺，远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因导致安全事件的，乙方承担全部责任，赔偿甲方全部损失，包括行政处罚和第三方索赔。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密义务在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收准备的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方提供的货物或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不允许分包或转包，乙方不得将合同项下任何工作交由第三方完成。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正，或逾期交付超过30日的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效，并按规定公告。
P:甲方（盖章）：临澜市疾病预防控制中心　　乙方（盖章）：杭州衡数信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- h166z02 (pdf, 一、/（一）/1., buyer's paper)
H166Z02 = """\
T:X射线实时成像检测系统采购合同
P:合同编号：JLLY-SB-2025-086
P:买方（甲方）：浙江金麟铝轮有限公司，地址：浙江省永康市经济开发区金麟路9号
P:卖方（乙方）：无锡锐影检测设备有限公司，地址：江苏省无锡市新吴区锡梅路126号
P:甲方因铝合金轮毂铸造二车间低压铸造线扩产，需采购轮毂在线X射线实时成像检测系统及相关服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供下列设备、软件及服务：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|轮毂在线X射线实时成像检测系统（225kV射线源、数字平板探测器、六轴机械手上下料）|2套|1,260,000|2,520,000
TB:2|铅防护房（含安全联锁、剂量监测报警）|2套|186,000|372,000
TB:3|ADR自动缺陷识别软件永久许可|2套|148,000|296,000
TB:4|缺陷识别模型定制训练（甲方轮型图像）|1项|164,000|164,000
TB:5|安装调试及辐射安全评价配合|1项|96,000|96,000
TB:6|操作及辐射防护培训|1项|28,000|28,000
TB:合计||||3,476,000
P:（二）合同总价为人民币叁佰肆拾柒万陆仟元整（¥3,476,000），含增值税、运输、保险、安装及培训费用。第1至3项合计¥3,188,000，以下称“设备及软件价款”。
P:（三）乙方保证所供设备为全新、未使用过的合格产品，射线源、平板探测器等主要部件的品牌、型号和原产地与技术协议一致，并随货提供原厂合格证明。
H:二、付款方式
P:（一）合同签订后7个工作日内，甲方向乙方支付合同总价的35%，即¥1,216,600，作为预付款。
P:（二）设备到货并安装调试完成后15日内，甲方支付合同总价的42%，即¥1,459,920。到货及安装调试完成不代表甲方验收合格。
P:（三）最终验收合格后20日内，甲方支付合同总价的18%，即¥625,680。
P:（四）余款5%，即¥173,800，作为质量保证金，在质保期满且无未决质量问题后15个工作日内支付。
H:三、交货与安装
P:（一）交货期：合同签订后75日内，两套系统送达甲方二车间。
P:（二）乙方负责卸货、就位、铅房拼装、电气连接以及与甲方MES系统的数据对接，安装调试应在到货后20日内完成。
P:（三）乙方应协助甲方办理辐射安全许可证变更及竣工环境保护验收，并提供所需的设备技术资料。
P:（四）乙方应随设备提供中文操作手册、维修手册、电气图纸、辐射安全操作规程、出厂检验报告、射线源合格证明及备件清单各两套，并提供电子版。
P:（五）乙方人员在甲方现场作业应遵守甲方安全生产及辐射防护管理制度；因乙方人员违规作业造成人身伤害或财产损失的，由乙方负责。
P:（六）设备在甲方签收前的毁损、灭失风险由乙方承担；乙方应为运输及安装期间的设备投保财产一切险。
H:四、验收
P:（一）安装调试完成后，双方按以下标准进行最终验收：
P:1. 铅房外表面30厘米处周围剂量当量率不大于2.5μSv/h，并经甲方委托的有资质机构检测合格；
P:2. 图像质量满足ASTM E2737及双方确认的像质计灵敏度要求；
P:3. 使用甲方提供的300件标准缺陷样件（气孔、缩松、夹杂）测试，缺陷检出率不低于98%，误判率不高于3%；
P:4. 单件检测节拍不超过45秒，检测结果上传甲方MES准确无误；
P:5. 连续试生产30日，未发生一级故障。
P:（二）验收合格的，双方签署最终验收证书。任一项不合格的，乙方应在10日内整改后重新验收；经两次整改仍不合格的，甲方有权退货并解除合同。
P:（三）设备到货签收、安装完成或甲方在试生产中使用设备，均不视为验收合格。
H:五、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，全部部件（含射线管、平板探测器、高压发生器和机械手）免费维修或更换，软件免费升级。
P:（二）服务水平：
P:1. 一级故障（整线无法检测）：乙方接报后1小时内远程响应，24小时内工程师到达现场，48小时内修复；
P:2. 二级故障（单套系统性能下降）：2小时内响应，72小时内修复。
P:（三）乙方响应或修复超时的，每超时1小时向甲方支付¥800；因故障停机导致甲方需委外检测的，委外费用由乙方承担。
P:（四）培训：乙方应在甲方现场对不少于10名操作及维修人员进行培训，内容包括设备操作、图像评判、日常维护和辐射防护，考核合格后由乙方出具培训证明。
P:（五）乙方保证在质保期满后不少于八年内供应备件；部件停产的，应提前六个月书面通知甲方并提供替代方案。
P:（六）质保期满后，乙方继续提供维保服务（含定期校准、预防性维护、备件更换及软件升级），年度维保费按设备及软件价款的16%计取，即每年¥510,080，质保期满后前三年不作调整。维保服务按年签订，不自动续期。
H:六、知识产权
P:（一）ADR软件著作权归乙方所有，甲方获得永久使用许可，可在本合同两套设备上无限期使用。
P:（二）乙方基于甲方轮型图像定制训练的缺陷识别模型、模型参数、标注数据集及相关文档，知识产权归甲方所有，甲方有权自行使用、修改或委托第三方继续训练。
H:七、数据安全
P:（一）检测图像、检测结果及工艺参数等数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存，也不得用于其他客户项目或乙方产品训练。
P:（二）乙方远程维护须经甲方逐次授权，通过甲方指定的VPN接入并全程留痕，不得通过设备向外网传输数据。乙方应采取必要的技术和管理措施，防止数据泄露、篡改或丢失。
P:（三）发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任。
P:（四）合同终止或维保服务结束时，乙方应删除因维护需要临时接触的甲方数据，并向甲方出具书面确认。
H:八、保密
P:双方对在合同签订和履行中知悉的对方技术秘密、生产工艺、产品图纸及商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备存在辐射安全隐患的，乙方应立即停机整改，并承担由此产生的检测、停产等损失。
P:（四）设备经两次整改仍未通过验收的，乙方除退还全部已付款项外，还应按合同总价的10%支付违约金，并承担设备拆除和运回费用。
H:十、分包
P:铅防护房的基础施工可由乙方委托具备资质的单位完成，但须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。除此之外，乙方不得分包。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后15日内未纠正，或逾期交货超过30日的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。甲方解除合同后，乙方应在30日内自费拆除并运走设备，恢复现场原状。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交金华仲裁委员会按其仲裁规则仲裁，仲裁地在金华。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、验收大纲、备件清单。
P:甲方：浙江金麟铝轮有限公司（盖章）　　乙方：无锡锐影检测设备有限公司（盖章）
"""

# ---------------------------------------------------------------- h166z03 (md, Markdown headings + 1.1, supplier's paper)
H166Z03 = """\
# 会员管理系统 SaaS 服务合同

**合同编号**：RD-IT-2025-019

**甲方（客户）**：成都燃动健身管理有限公司
地址：四川省成都市高新区天府大道中段666号

**乙方（服务商）**：杭州云练科技有限公司
地址：浙江省杭州市滨江区江南大道3850号

甲方在成都、重庆、绵阳经营42家连锁健身门店。为统一会员管理、私教排课、储值及门店收银，甲方向乙方订购“云练”会员管理SaaS服务及实施服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方提供会员管理SaaS服务，包括会员档案、会籍卡与储值卡、团课及私教排课、教练提成核算、门店收银、闸机及人脸签到对接、微信小程序以及总部经营分析（BI）等模块。

1.2 乙方提供一次性实施服务：历史会员数据迁移（约16.8万名会员及其储值余额、未消课时）、42家门店POS与闸机对接、小程序上线以及门店人员培训。

1.3 乙方按甲方需求定制开发私教课排课与提成规则引擎以及储值卡迁移工具（以下合称“定制开发成果”）。

1.4 订阅期为三年，自上线验收合格之日起计算。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 会员管理SaaS订阅 | 42店 × 8,400元/店/年 × 3年 | 1,058,400 |
| 总部BI模块订阅 | 36,000元/年 × 3年 | 108,000 |
| 实施服务 | 一次性 | 186,000 |
| 定制开发 | 一次性 | 124,000 |
| 合计 | | 1,476,400 |

2.1 合同总价为人民币1,476,400元（含增值税），其中每年订阅费合计388,800元。

2.2 订阅期内甲方新开门店的，新增门店按8,400元/店/年按月折算计费；门店关闭的，自次月起相应减少。

## 3. 付款

3.1 本合同不设预付款。

3.2 订阅费按季度结算，每季度97,200元，甲方在每季度结束后15日内凭乙方发票支付。

3.3 实施费和定制开发费在上线验收合格后20个工作日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同签订后60日内完成全部42家门店上线。甲方应按实施计划提供历史数据和门店配合。

4.2 上线验收标准：（1）历史会员、储值余额及未消课时全量迁移，双方逐店核对，差异为零；（2）42家门店POS、闸机及人脸签到联调通过；（3）小程序在500人并发下，预约和支付的响应时间不超过2秒；（4）定制的排课与提成规则按甲方提供的20个业务场景测试全部通过；（5）上线后连续10日试运行，未发生一级故障。

4.3 满足上述标准后，双方签署上线验收单。门店开始使用系统或甲方付款，均不视为验收合格。

4.4 培训：乙方应为甲方总部及各门店店长、前台、教练提供线上培训，并在成都、重庆各组织一次现场集中培训，提供操作手册和培训视频。

## 5. 服务水平

5.1 乙方承诺SaaS服务月度可用率不低于99.5%。计划内维护须提前48小时通知甲方，并安排在0:00至6:00之间，不计入不可用时间。

5.2 故障响应：一级故障（全部或多家门店无法签到、收银）15分钟内响应、2小时内恢复；二级故障（单个模块不可用）1小时内响应、8小时内恢复；三级问题在下一个工作日内处理。

5.3 服务抵扣：月度可用率每低于承诺值0.1个百分点，抵扣当月订阅费的5%；一级故障恢复超时的，每超时1小时抵扣当月订阅费的2%；当月抵扣合计不超过当月订阅费的50%。

5.4 乙方每月5日前向甲方提供上月服务报告，列明可用率、故障及处理情况、抵扣金额。乙方每日备份会员数据，备份保留不少于30日，并每季度进行一次恢复演练。

## 6. 续订

6.1 订阅期届满前60日内任何一方未书面提出不续订的，本合同订阅部分自动续订一年，此后亦同。

6.2 续订时，乙方有权根据市场及成本情况上调订阅单价，每次上调幅度不超过8%，乙方应在续订前30日书面通知甲方。

## 7. 知识产权

7.1 云练平台及其功能、源代码的知识产权归乙方所有。

7.2 定制开发成果的知识产权及源代码归甲方所有。乙方应在上线验收后交付源代码及技术文档，甲方可自行或委托第三方使用、修改。

## 8. 会员数据与数据安全

8.1 甲方会员的姓名、手机号、人脸信息、体测数据、消费及签到记录等（以下简称“会员数据”）属于甲方。

8.2 甲方同意，乙方可在对会员数据进行去标识化处理后，将其用于健身行业研究报告、产品功能改进及算法模型训练；合同终止后，乙方仍可继续使用该等去标识化数据。

8.3 乙方平台应通过网络安全等级保护三级测评，会员数据在境内存储，传输和存储均加密，人脸信息单独加密存储；乙方实行最小权限访问，并保留操作日志不少于六个月。

8.4 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此承担的行政处罚和会员索赔。

8.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部会员数据交付甲方，并在甲方确认后删除平台上的会员数据。

## 9. 保密

双方对因本合同知悉的对方经营信息、价格、会员规模及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

## 10. 违约责任

10.1 乙方未按4.1条按期完成上线的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。

10.2 乙方累计赔偿责任（含违约金和服务抵扣）以合同总价的120%为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。

10.3 甲方逾期支付订阅费超过30日的，乙方可在书面催告后暂停服务，但不得删除甲方数据。

## 11. 分包

乙方不得将实施或定制开发工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。

## 12. 合同解除

12.1 乙方严重违约，包括连续两个月未达到5.1条可用率承诺或发生重大数据安全事件，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付但未履行期间的订阅费。

12.2 甲方逾期付款超过60日，经书面催告后仍不支付的，乙方有权解除合同。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：实施计划、功能清单、定制需求说明。

甲方（盖章）：成都燃动健身管理有限公司　　乙方（盖章）：杭州云练科技有限公司
"""

# ---------------------------------------------------------------- h166z04 (txt, 1 / 1.1 / (1), buyer's paper)
H166Z04 = """\
青禾县医保基金智能监管系统运维服务合同

合同编号：QHYB-YW-2025-07
采购方式：单一来源采购（原系统开发商）

甲方（采购人）：青禾县医疗保障局
地址：青禾县人民路128号

乙方（供应商）：山东智保信息技术有限公司
地址：山东省济南市高新区舜华路2000号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及单一来源采购协商结果，甲乙双方就青禾县医保基金智能监管系统运维服务事宜，订立本合同。

1 总则
1.1 甲方的医保基金智能监管系统（以下简称“系统”）由乙方于2022年建设交付，已通过验收并投入运行。鉴于系统规则引擎为乙方自有产品，后续运维需原厂支持，经公示并报县财政局批准，本项目采用单一来源方式采购。
1.2 服务期限自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。
1.3 合同文件包括本合同、单一来源采购文件、乙方响应文件及附件《运维服务考核表》。

2 服务内容
2.1 应用运维：监控系统运行状态，处理故障，维护事前提醒、事中审核、事后监管及疑点核查各模块。
2.2 数据库与接口运维：维护系统与省医保信息平台、县域38家定点医疗机构及64家定点药店的数据接口，确保结算数据每日按时抽取入库。
2.3 知识库及规则库更新：每季度根据国家和省级医保政策、药品和诊疗项目目录调整更新监管规则，全年新增或修订规则不少于80条。
2.4 驻场运维：乙方派驻1名具备数据库运维能力的工程师，工作日在甲方驻场，节假日电话值守；驻场人员更换须经甲方同意。
2.5 安全保障：配合甲方完成年度网络安全等级保护测评，按测评意见完成安全加固。
2.6 巡检与演练：每月巡检一次并提交巡检报告，每半年组织一次应急演练。
2.7 重要时段保障：在医保年度结算、集中清算及上级飞行检查等重要时段，乙方应安排二线技术人员现场值守，保障系统稳定运行。
2.8 乙方应设项目经理1名，负责运维服务的组织协调，每月向甲方提交运维月报，内容包括系统运行情况、故障处理、规则更新及下月工作计划。

3 服务费用
3.1 服务费总额为人民币陆拾贰万元整（¥620,000），含税。明细如下：
（1）应用、数据库及接口运维：¥286,000；
（2）驻场运维人员：¥168,000；
（3）知识库及规则库更新：¥96,000；
（4）等保测评配合及安全加固：¥48,000；
（5）巡检与应急演练：¥22,000。
3.2 服务费为固定总价，服务期内不作调整。

4 付款
4.1 本合同不设预付款。
4.2 服务费按季度支付，每季度¥155,000。每季度结束后，甲方按第7条进行考核，考核合格后15个工作日内支付当季服务费；考核扣减金额从当季服务费中扣除。
4.3 乙方应在付款前向甲方开具合法有效的发票。

5 服务水平
5.1 系统年度可用率（不含经甲方同意的计划停机）不低于99.95%。
5.2 故障分级及响应时限：
（1）一级故障：系统整体不可用、事中审核无法运行或结算数据无法抽取。乙方应在接到报修后6小时内响应并到达现场，24小时内恢复；
（2）二级故障：单个模块或单个接口异常。乙方应在8小时内响应，48小时内解决；
（3）三级问题：咨询、报表调整等，3个工作日内处理完毕。
5.3 乙方未达到5.2条时限的，每超时1小时扣减服务费¥500；系统年度可用率每低于承诺值0.01个百分点，扣减服务费¥1,000。
5.4 乙方应建立运维工单台账，每张工单记录报修时间、响应时间、处理过程和关闭时间，每月汇总报甲方。

6 计划性工作
6.1 乙方应在每季度第一个月20日前完成规则库季度更新并提交更新说明；在省医保平台接口版本变更通知规定的日期前完成接口升级。
6.2 乙方未按6.1条期限完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

7 考核与验收
7.1 季度考核：甲方每季度按故障响应及时率、工单闭环情况、规则更新完成情况、巡检报告提交情况、驻场人员到岗情况进行考核。各项指标及评分标准见附件《运维服务考核表》，得分85分及以上为合格。
7.2 年度验收：服务期满后，乙方提交年度运维总结报告、规则库更新清单、系统运行文档及全部工单记录，甲方组织验收。四个季度考核均合格且上述材料齐全、真实的，为验收合格；否则乙方应在15日内补正。

8 知识产权
8.1 系统原有软件及规则引擎的著作权仍归乙方，甲方继续享有永久使用权，不因本合同期满而受影响。
8.2 服务期内乙方为甲方新编写的监管规则、数据抽取脚本、统计报表及运维文档归甲方所有，甲方有权自行或委托第三方使用和修改。

9 数据安全
9.1 医保结算数据、参保人员个人信息、定点机构数据及系统日志均属于甲方。乙方仅为本合同运维目的访问上述数据，不得用于其他目的，不得复制、留存或对外提供。
9.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定：运维操作须在甲方机房进行或经堡垒机进行，并全程审计；禁止使用移动存储介质拷贝数据；驻场人员须经甲方审查并签署保密承诺书。
9.3 发生数据泄露、篡改或丢失等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
9.4 服务期满或合同解除后，乙方应交回甲方提供的账号权限，删除其工作终端上的临时数据，并出具书面承诺。

10 保密
双方对履行本合同中知悉的对方工作秘密和商业秘密负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

11 违约责任
11.1 乙方驻场人员无故缺岗的，每人每日扣减服务费¥600。
11.2 乙方服务严重不符合合同约定，给甲方造成损失的，应予赔偿。
11.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三支付违约金。

12 分包
乙方不得将本合同项下服务分包或转包给任何第三方。

13 合同解除
乙方严重违约，经甲方书面催告后15日内仍未纠正，或连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并按实际服务期间结算服务费。
本合同终止或解除时，乙方应在15日内向甲方或甲方指定的第三方完成运维交接，移交系统账号、运维文档、脚本、工单记录及未完成事项清单，并配合后续运维单位熟悉系统。

14 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：青禾县医疗保障局
乙方（盖章）：山东智保信息技术有限公司
日期：2025年6月　日
"""

# ---------------------------------------------------------------- h166z05 (md, 第X条 + 1.1, supplier's own template)
H166Z05 = """\
# 链通SCM软件许可及定制开发合同

> 链通软件标准合同文本 V3.0（本文本由乙方提供）

合同编号：LT-SCM-2025-0213

甲方（用户）：重庆渝味源食品有限公司
地址：重庆市璧山区璧泉街道金剑路66号

乙方（开发方）：成都链通软件有限公司
地址：四川省成都市武侯区天府三街199号

甲方为火锅底料及复合调味料生产企业，拟使用乙方的链通供应链协同平台，实现与牛油、辣椒、花椒等原料供应商的采购协同、来料质检和批次追溯。双方经友好协商，订立本合同，共同遵守。

### 第一条 定义

1.1 “标准软件”：指乙方享有著作权的链通供应链协同平台V5，包括采购管理、供应商门户、仓储管理和质量追溯模块。

1.2 “定制功能”：指乙方根据甲方需求开发的原料批次追溯（牛油、辣椒、花椒）、供应商质检报告对接以及与甲方用友ERP的数据接口。

1.3 “上线”：指系统部署在甲方服务器并开通甲方用户账号。

1.4 “维护年度”：指自免费维护期届满之日起，每满一年为一个维护年度。

### 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件永久许可（200用户） | 760,000 |
| 2 | 定制功能开发 | 198,000 |
| 3 | 实施部署及培训 | 72,000 |
| | 合计 | 1,030,000 |

2.1 合同总价为人民币壹佰零叁万元整（¥1,030,000），含增值税。

2.2 上述价格不含甲方服务器、数据库、操作系统等软硬件环境，由甲方自行准备；乙方人员赴甲方现场超出实施计划约定人天的，差旅费用由甲方承担。

### 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥669,500。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即¥360,500。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施或技术支持。

### 第四条 交付与上线

4.1 乙方在收到首笔款项后90日内完成部署并上线。因甲方原因（包括需求变更、基础数据未按时提供、环境未就绪）造成延误的，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 乙方在合同生效后15日内完成需求调研并出具《需求说明书》，经甲方签字确认后作为开发依据。需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

4.4 甲方应在部署前按乙方要求准备服务器、数据库及网络环境，指定项目联系人，并按实施计划提供物料编码、供应商档案等基础数据；甲方未履行上述义务造成的损失由甲方自行承担。

4.5 乙方为甲方提供系统管理员及关键用户培训各一次，并提供电子版用户手册。

### 第五条 验收

5.1 系统上线即视为甲方验收合格。

5.2 甲方对系统有异议的，应在上线后7日内书面提出；逾期未提出的，视为甲方认可系统符合要求。

5.3 甲方在异议期内提出的合理问题，乙方负责修正，但不影响已发生的验收效力及付款义务。

### 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、邮件及远程方式提供技术支持，对甲方反馈的问题，乙方将尽合理努力及时处理。

6.3 因甲方操作不当、擅自修改系统、服务器或第三方软件故障造成的问题，不属于免费维护范围，乙方可另行收费。

### 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务。年度维护费为标准软件许可费的24%，即每年¥182,400，于每个维护年度开始前一次性支付。

7.2 年度维护服务包括软件补丁、小版本升级及远程技术支持。大版本升级、新功能开发及现场服务另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和升级。

### 第八条 知识产权

8.1 标准软件的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方开发的定制功能、接口程序、源代码及技术文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程，亦不得向第三方提供。

8.3 乙方有权将定制功能纳入标准软件的后续版本，并向其他客户提供。

8.4 甲方应对标准软件采取合理的保护措施，不得复制、出租或转让；超出许可用户数使用的，甲方应按乙方当时的报价补缴许可费。

### 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可对甲方业务数据进行脱敏、汇总处理后，用于产品优化、行业分析以及向其他客户提供原料采购价格基准服务。

9.3 乙方应采取防火墙、访问控制、数据加密及日志审计等措施保障甲方数据安全；乙方远程维护须经甲方同意。发现数据泄露的，乙方应在24小时内通知甲方；因乙方原因导致数据泄露的，乙方承担相应赔偿责任。

9.4 合同终止后，经甲方书面要求，乙方应以Excel或数据库备份形式向甲方返还业务数据。

### 第十条 保密

10.1 双方对因本合同知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。

10.2 保密期限至本合同终止后三年。

### 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 任何一方均不对对方的间接损失、预期利润损失承担责任。

11.3 因甲方提供的数据、运行环境或第三方软件原因造成的损失，乙方不承担责任。

### 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同。

12.2 甲方逾期付款超过30日的，乙方有权解除合同，并要求甲方赔偿损失。

12.3 合同解除后，甲方应支付乙方已完成工作的费用。

### 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

### 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括《需求说明书》《实施计划》，附件与本合同具有同等效力。

14.3 因不可抗力不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

甲方（盖章）：重庆渝味源食品有限公司　　乙方（盖章）：成都链通软件有限公司
"""

# ---------------------------------------------------------------- h166e01 (docx, "Article N", Dutch vendor's paper)
H166E01 = """\
T:Software Licence and Services Agreement - PatternCraft CAD
P:Agreement number: RPS-CN-2025-014
P:THE UNDERSIGNED:
P:1. Rottum Pattern Systems B.V., a private limited liability company incorporated under Dutch law, having its registered office on Rottumeroog, municipality of Het Hogeland, the Netherlands, registered with the Dutch Chamber of Commerce under number 81276455, duly represented by its managing director, hereinafter: "Supplier";
P:2. Fujian Jinjiang Hengyue Sportswear Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its registered office at No. 18 Chendai Industrial Zone, Jinjiang, Fujian Province, duly represented by its legal representative, hereinafter: "Customer";
P:Supplier and Customer hereinafter jointly also referred to as the "Parties" and each individually as a "Party".
P:WHEREAS:
P:(A) Customer manufactures sportswear and wishes to replace the pattern-making software of its design centre and its two cutting rooms in Jinjiang;
P:(B) Supplier develops the PatternCraft pattern-making, grading and marker software and is willing to license, configure and support it;
P:(C) at Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Article 1 Definitions
P:1.1 "Software": the PatternCraft modules listed in Article 2, in object code, including all updates and new versions supplied under this Agreement.
P:1.2 "Configuration Services": the services described in Article 3.
P:1.3 "Custom Deliverables": everything Supplier produces specifically for Customer, including grading rule sets, size tables, templates, migration scripts, interface code and documentation.
P:1.4 "Customer Data": all pattern files, designs, measurements, marker files and other data of Customer processed with the Software or made available to Supplier.
P:1.5 "Final Acceptance": the written acceptance referred to in Article 5.3.
P:1.6 "Working Day": a day on which banks are generally open in Fujian Province.
H:Article 2 Licence and Prices
P:2.1 Supplier grants Customer a perpetual, non-exclusive and non-transferable licence to install and use the Software for the number of seats set out below, at Customer's sites in the People's Republic of China, for the business of Customer and its affiliates.
P:2.2 The prices are fixed and include all taxes, duties and travel costs:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|PatternCraft Designer, perpetual seat licence|24|38,500|924,000
TB:2|PatternCraft Grading and Marker module, perpetual seat licence|8|26,000|208,000
TB:3|PatternCraft 3D Fit Simulation add-on, perpetual seat licence|6|31,000|186,000
TB:|Licence Subtotal|||1,318,000
TB:4|Configuration Services (fixed price)|1|386,000|386,000
TB:5|Training, ten days on site in Jinjiang|1|54,000|54,000
TB:|Contract Price|||1,758,000
P:2.3 Supplier's general terms and conditions do not apply.
H:Article 3 Configuration Services and Delivery
P:3.1 Supplier shall: (a) install the Software on Customer's two servers and 38 workstations; (b) set up Customer's size tables for its Asian and European size ranges; (c) configure grading rules for the 14 product families listed in Annex 1; (d) migrate 1,200 legacy patterns from Customer's current system; (e) build an interface that exports style, bill-of-material and size data to Customer's ERP system; and (f) configure the export of cutting files to Customer's three automatic cutters.
P:3.2 Supplier shall make the Software and the results of the Configuration Services available for production use ("Go-Live") no later than 110 calendar days after signature of this Agreement, in accordance with the project plan in Annex 1.
P:3.3 Supplier shall appoint a Mandarin-speaking project manager who will be on site in Jinjiang during installation, migration and Go-Live.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price as follows: (a) twenty per cent (20%), being CNY 351,600, within 20 Working Days after signature of this Agreement and receipt of a valid invoice; (b) forty-five per cent (45%), being CNY 791,100, within 20 Working Days after Go-Live; and (c) thirty-five per cent (35%), being CNY 615,300, within 20 Working Days after Final Acceptance.
P:4.2 Supplier shall issue invoices acceptable under PRC tax rules through its authorised agent in China. Neither Go-Live nor the payment under Article 4.1(b) constitutes acceptance.
H:Article 5 Acceptance
P:5.1 After Go-Live Supplier shall carry out the acceptance tests set out in Annex 2 together with Customer. The tests shall in any case demonstrate that: (a) grading of 50 reference styles reproduces Customer's approved graded patterns within 0.5 mm; (b) the marker efficiency for 20 reference markers is not lower than the result of Customer's current system; (c) all 1,200 migrated patterns open without errors and a sample of 120 patterns selected by Customer is dimensionally identical to the source files; (d) the ERP interface transfers style and size data for 30 test styles without manual correction; (e) cutting files are accepted by all three cutters; and (f) the Software has run in production for 20 consecutive Working Days without a Severity 1 incident.
P:5.2 If a test is not passed, Supplier shall remedy the defect within ten Working Days and the test shall be repeated. Use of the Software in production does not constitute acceptance.
P:5.3 When all tests have been passed, Customer shall sign a Final Acceptance certificate within five Working Days.
H:Article 6 Warranty
P:6.1 Supplier warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 2 for a period of eighteen (18) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period Supplier shall correct defects, provide all updates and new versions of the Software free of charge and provide support in accordance with Article 7.
H:Article 7 Support and Service Levels
P:7.1 Supplier provides support in Mandarin and English by telephone, e-mail and remote session from 08:00 to 20:00 China time on Working Days, and every day for Severity 1 incidents.
P:7.2 Severity 1 (the Software cannot be used by any user, or no cutting file can be exported): response within two (2) hours and a workaround within one Working Day. Severity 2 (one module cannot be used): response within one Working Day and correction within five Working Days. Severity 3: correction in the next update.
P:7.3 If Supplier misses the Severity 1 response or workaround time, Customer receives a credit of CNY 1,000 for each hour of delay, which is set off against the next payment or the next Annual Support Fee.
P:7.4 After the Warranty Period Customer may order Annual Support and Updates. The Annual Support Fee is thirteen per cent (13%) of the Licence Subtotal, being CNY 171,340 per year, and shall not be increased during the first three support years; any later increase requires Customer's written agreement and shall not exceed three per cent (3%) per year. Support is ordered by Customer's purchase order for one year at a time and does not renew automatically.
H:Article 8 Delay
P:8.1 If Go-Live does not take place by the date in Article 3.2 for reasons attributable to Supplier, Supplier shall pay Customer a penalty of 0.08% of the Contract Price for each calendar day of delay, up to a maximum of 8% of the Contract Price.
P:8.2 In derogation from Article 6:92 of the Dutch Civil Code, Customer may claim both the penalty and performance, and the penalty does not replace Customer's right to full compensation.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain with Supplier.
P:9.2 All intellectual property rights in the Custom Deliverables vest in Customer as soon as they are created. To the extent necessary, Supplier hereby assigns those rights to Customer in advance, which assignment Customer hereby accepts. Supplier shall deliver the source code of the interface and of the migration scripts. Customer may use, modify and license the Custom Deliverables freely.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to perform this Agreement and on Customer's instructions, and shall not use it for any other purpose, including product development or the training of models.
P:10.2 The Software is installed at Customer's premises. Supplier accesses Customer's systems only through Customer's VPN with multi-factor authentication, after Customer's IT department has approved each session; sessions are logged. Supplier shall not copy Customer Data outside Customer's systems.
P:10.3 Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law, notify Customer within 24 hours of any security incident affecting Customer Data, and bear the costs and damages caused by incidents attributable to Supplier or its personnel.
H:Article 11 Confidentiality
P:11.1 Each Party shall keep confidential all information of the other Party which it knows or should reasonably understand to be confidential, including Customer's designs and collections before their public launch, and shall use it only for the purpose of this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Supplier's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limitation does not apply in case of wilful misconduct or deliberate recklessness of Supplier's management, personal injury, or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 Supplier shall not subcontract any part of its obligations without Customer's prior written consent. Supplier remains fully responsible for the performance of its subcontractors.
H:Article 14 Termination
P:14.1 Either Party may terminate (ontbinden) this Agreement in whole or in part by written notice if the other Party fails to perform a material obligation and has not remedied the failure within thirty (30) days after a written notice of default.
P:14.2 Customer may also terminate this Agreement if the penalty under Article 8 reaches its maximum. Licences that have been paid for survive termination.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 All disputes arising out of or in connection with this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute (NAI). The place of arbitration is Groningen, the Netherlands, and the proceedings shall be conducted in English.
H:Article 16 Final Provisions
P:16.1 Annexes: Annex 1 Project plan and product families; Annex 2 Acceptance tests; Annex 3 Support procedures. This Agreement prevails over the Annexes.
P:Thus agreed and signed in duplicate.
P:For Supplier: ____________________ Date: __________    For Customer: ____________________ Date: __________
"""

# ---------------------------------------------------------------- h166e02 (txt, Order Form + General Terms "§ N (1)", German vendor)
H166E02 = """\
ORDER FORM No. KBS-2025-0371
under the General Terms of Kachelot Booking Systems GmbH (Version 4.2)

Provider:  Kachelot Booking Systems GmbH, Kachelotplate, 26571 Juist, Lower Saxony, Germany
           Registered with the Local Court of Aurich under HRB 741203; Managing Directors: Hauke Ennen, Frauke Oltmanns
Customer:  Sanya Blue Reef Diving Co., Ltd., No. 66 Yuya Road, Dadonghai, Jiyang District, Sanya, Hainan Province,
           People's Republic of China

A. Subscribed Services
1. DiveDesk Professional (online booking, course and dive-trip scheduling, boat and equipment capacity planning,
   instructor rosters, certification records, digital waivers and point of sale) for four locations: Dadonghai shop,
   Yalong Bay shop, Wuzhizhou Island base and Sanya Bay boat pier.
2. Channel add-on: WeChat Mini Program booking channel with WeChat Pay connector.
3. Onboarding package as described in Sec. 4 of the General Terms.

B. Fees (CNY, including VAT; at the Customer's request all fees are stated and invoiced in CNY)

Item                                      Calculation                          Amount (CNY)
DiveDesk Professional                     4 locations x 3,600 / month x 24     345,600
WeChat channel add-on                     2,200 / month x 24                    52,800
Onboarding package (one-time)             fixed price                           68,000
Total Contract Value                                                           466,400

C. Subscription Term: 24 months from the Service Start Date, which is the date of the Onboarding Acceptance
   (Sec. 4 (3)). Extension: Sec. 12 (2).
D. Invoicing: the monthly fees (CNY 16,600 per month) are invoiced quarterly in arrears (CNY 49,800 per quarter).
   The onboarding fee is invoiced after the Onboarding Acceptance. No fees are payable in advance.
E. Planned go-live: 16 March 2026 (target date, see Sec. 4 (4)).
F. Data location: Alibaba Cloud, Shenzhen region (mainland China).
G. Special agreement: governing law and arbitration as set out in Sec. 15 (agreed at the Customer's request).

Signed for the Provider: ____________________     Signed for the Customer: ____________________
Place, date: Juist, __________                     Place, date: Sanya, __________


GENERAL TERMS OF KACHELOT BOOKING SYSTEMS GMBH FOR DIVEDESK (Version 4.2)

§ 1 Scope
(1) These General Terms govern the provision of the DiveDesk software-as-a-service ("Service") by the Provider to
business customers. Deviating or supplementary terms of the Customer apply only if the Provider agrees to them in
writing.
(2) In the event of conflict, the Order Form prevails over these General Terms.

§ 2 Services
(1) For the Subscription Term the Provider makes the Service available via the internet for use by the Customer and
its staff, in the scope described in the Order Form and the current product description.
(2) The Provider may develop the Service further, provided that the agreed functions are not materially reduced.
(3) The Customer is responsible for its own internet access and end devices.

§ 3 Obligations of the Customer
(1) The Customer shall keep its access credentials secret, shall create user accounts only for its own staff and
shall inform the Provider without delay of any misuse.
(2) The Customer shall provide the data for the initial import in the agreed format and shall name a project contact
for the onboarding.

§ 4 Onboarding and Acceptance
(1) The onboarding comprises: configuration of the four locations, of the course catalogue (PADI and SSI courses),
of boats, compressors and rental equipment; import of approximately 18,000 customer records with certification
histories; set-up of the WeChat Mini Program and the WeChat Pay connector; and three days of training on site in Sanya.
(2) After configuration the Provider shall demonstrate in an acceptance test that: (a) a dive trip and a course can be
booked end to end through the Mini Program, including payment and refund via WeChat Pay; (b) all imported customer
records reconcile with the Customer's export file without unresolved differences; (c) the capacity rules prevent
overbooking of boats and rental equipment; and (d) waivers and medical questionnaires are shown correctly in Chinese
and English.
(3) If the acceptance test is passed, the Customer shall sign an acceptance certificate ("Onboarding Acceptance")
within five working days. Productive use of the Service before signature does not constitute acceptance.
(4) The planned go-live date stated in the Order Form is a target date. The Provider will use reasonable endeavours
to meet it. Delays do not entitle the Customer to compensation or to a reduction of the onboarding fee.

§ 5 Availability and Support
(1) The Provider ensures an availability of the booking functions of 99.95% per calendar month, measured at the
exit of the data centre, excluding announced maintenance windows (Tuesdays 02:00 to 04:00 China time).
(2) Support is provided in English and Chinese by ticket, e-mail and telephone. Priority 1 incidents (booking
unavailable at all locations, or payments failing) receive a response within one hour, every day from 07:00 to 22:00
China time. Priority 2 incidents receive a response within one working day; other requests are handled in the normal
course of business.
(3) The Provider remedies faults within a reasonable time, according to their priority.
(4) Failure to meet the service levels in this § 5 does not entitle the Customer to service credits, fee reductions
or damages. The Customer's rights are limited to the remedy of the fault by the Provider; any statutory right to
reduce the fees is excluded.

§ 6 Fees and Payment
(1) The fees are set out in the Order Form and are fixed for the Subscription Term.
(2) Invoices are payable within 30 days of receipt. If the Customer is in default, the Provider may charge interest
at the one-year loan prime rate published in China plus two percentage points.
(3) The Customer may set off only undisputed or finally established claims.

§ 7 Rights of Use and Intellectual Property
(1) The Provider grants the Customer a non-exclusive, non-transferable right, limited to the Subscription Term, to
use the Service for its own business purposes.
(2) All rights in the Service, its software and its documentation remain with the Provider.
(3) The customer-specific configurations, booking-page designs, course templates, waiver texts and report layouts
created for the Customer in the onboarding belong to the Customer. The Customer may use, modify and pass them on to
third parties without restriction, also after the end of the contract.

§ 8 Customer Data and Data Protection
(1) All data entered into the Service by or for the Customer, in particular customer, booking and certification data
("Customer Data"), remain the property of the Customer. The Provider processes Customer Data solely to provide the
Service and on the Customer's documented instructions, and does not use it for any other purpose, including analytics,
benchmarking or the training of models.
(2) The Provider implements appropriate technical and organisational measures: hosting in mainland China, encryption
in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of
administrative access, and daily backups retained for 30 days. The Service holds an MLPS level-3 record.
(3) The Provider notifies the Customer of any personal data breach or other security incident affecting Customer Data
without undue delay and at the latest within 24 hours, supports the Customer in its notification duties, and bears
the damage and costs caused by incidents attributable to the Provider, including fines imposed on the Customer. The
restrictions of § 10 (2) do not apply to such incidents.
(4) After the end of the contract the Provider makes the Customer Data available for export in CSV format for 30
days and then deletes it.

§ 9 Subcontractors and Sub-processors
(1) The hosting is provided by Alibaba Cloud in the Shenzhen region.
(2) The Provider may use subcontractors and further sub-processors to provide the Service. It informs the Customer
by e-mail at least 14 days before a new sub-processor is engaged; the Customer's consent is not required. The
Provider remains responsible for its subcontractors as for its own conduct.

§ 10 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health,
and for incidents under § 8 (3).
(2) In cases of slight negligence the Provider is liable only for the breach of an essential contractual obligation,
that is an obligation whose fulfilment makes the proper performance of the contract possible at all and on whose
observance the Customer may regularly rely. In that case liability is limited to the damage typically foreseeable at
the time the contract was concluded.

§ 11 Confidentiality
(1) Each party shall keep confidential all business and technical information of the other party that is marked as
confidential or is evidently confidential, and shall use it only for the purposes of the contract.
(2) This obligation continues for three years after the end of the contract.

§ 12 Term, Extension and Termination
(1) The Subscription Term is set out in the Order Form.
(2) The contract is extended by one further year at a time at unchanged fees, unless either party gives notice of
termination three months before the end of the current term.
(3) The right of each party to terminate for good cause without notice remains unaffected. Good cause exists for the
Customer in particular if the Provider materially breaches its obligations, including if the availability under
§ 5 (1) is missed in two consecutive months, and does not remedy the breach within 14 days after a written warning.
(4) Notices of termination must be given in writing.

§ 13 Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons,
natural disasters, epidemics or official orders, for the duration of the event.

§ 14 Changes to the Contract
Amendments and additions to this contract must be made in writing. This also applies to a waiver of the written form
requirement.

§ 15 Governing Law and Disputes
(1) This contract is governed by the laws of the People's Republic of China.
(2) Disputes arising from or in connection with this contract shall be submitted to the Hainan International
Arbitration Court for arbitration in Haikou in accordance with its rules in force at the time of application. The
arbitral award is final and binding on both parties.

§ 16 Severability
Should any provision of this contract be or become invalid, the validity of the remaining provisions is not
affected. The parties shall replace the invalid provision by a valid provision that comes as close as possible to its
economic purpose.
"""

# ---------------------------------------------------------------- h166e03 (pdf, "Art. N (title)", buyer's paper, French integrator)
H166E03 = """\
T:Water-Quality Monitoring Network: Supply, Installation and Maintenance
P:Contract No. NZP-EQ-2025-112
P:BETWEEN: Beihai Nanzhu Pearl Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 9 Qiaogang Road, Yinhai District, Beihai, Guangxi, represented by its general manager (the "Buyer"),
P:AND: Houat Marine Instrumentation SAS, a simplified joint-stock company incorporated in France, with its registered office at Le Bourg, 56170 Ile d'Houat, Morbihan, France, represented by its president (the "Supplier").
P:This Contract is drawn up by the Buyer on the basis of the Supplier's technical offer HMI-OF-2025-37. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Art. 1 (Purpose)
P:1.1 The Supplier shall supply, install, commission and maintain a water-quality monitoring network for the Buyer's pearl-oyster farming areas in Beihai: fourteen multi-parameter buoy stations measuring dissolved oxygen, temperature, salinity, pH, chlorophyll-a and turbidity, four nutrient analysers, three shore gateways with solar power kits, and an on-premises monitoring platform with alarm functions.
P:1.2 The network shall warn the Buyer's farm managers of low oxygen, salinity drops after heavy rain and algal blooms, so that oyster rafts can be moved or aerated in time.
P:1.3 The Supplier trains ten of the Buyer's farm technicians for three days in Beihai, in Chinese, on daily checks, membrane replacement, calibration and the use of the platform, and provides operating manuals in Chinese.
H:Art. 2 (Contract Documents)
P:2.1 The Contract consists of, in order of precedence: (a) these articles; (b) Annex 1 Technical Specification; (c) Annex 2 Acceptance Protocol; (d) Annex 3 Consumables and Spare Parts List; (e) Annex 4 Approved Local Service Partner; (f) the Supplier's technical offer, insofar as it is not inconsistent with the foregoing.
H:Art. 3 (Price)
P:3.1 The Contract Price is fixed and includes packaging, transport to Beihai, insurance, customs clearance, duties, VAT, installation, mooring and training:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy station|14|58,000|812,000
TB:2|Shore gateway with solar power kit|3|36,000|108,000
TB:3|Nutrient analyser (nitrate and ammonia)|4|44,500|178,000
TB:4|Monitoring platform licence, perpetual, on-premises|1|146,000|146,000
TB:|Equipment and Licence Subtotal|||1,244,000
TB:5|Installation, mooring and calibration|1|132,000|132,000
TB:6|Alarm rules, dashboards and feeding-system interface|1|64,000|64,000
TB:7|Training of farm staff|1|18,000|18,000
TB:|Contract Price|||1,458,000
H:Art. 4 (Payment)
P:4.1 Ten per cent (10%) of the Contract Price, being CNY 145,800, is paid within 15 days after signature, against an advance payment guarantee issued by a bank in mainland China for the same amount.
P:4.2 Fifty-five per cent (55%), being CNY 801,900, is paid within 20 days after the installation certificate for all stations is signed. The installation certificate records delivery and installation only and is not an acceptance.
P:4.3 Thirty-five per cent (35%), being CNY 510,300, is paid within 20 days after Final Acceptance.
H:Art. 5 (Delivery and Installation)
P:5.1 The Supplier shall deliver all equipment to the Buyer's base at Qiaogang within 90 days after signature and complete installation and mooring within 30 days after delivery, outside the typhoon warnings issued by the Beihai Meteorological Bureau.
P:5.2 The Supplier bears the risk of the equipment and insures it until the installation certificate is signed.
P:5.3 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay delay penalties of 0.1% of the Contract Price per calendar day, up to a maximum of 10% of the Contract Price. The penalties do not release the Supplier from its obligations.
P:5.4 The Supplier's personnel working on the Buyer's rafts and boats shall follow the Buyer's safety rules, wear life jackets at all times and work only together with the Buyer's boat crews.
H:Art. 6 (Acceptance)
P:6.1 After installation the parties carry out a trial period of 30 consecutive days under Annex 2. Final Acceptance requires that: (a) for each station, dissolved oxygen, salinity and pH readings deviate from the Guangxi Marine Environmental Monitoring Centre's laboratory samples by no more than the tolerances in Annex 1 (dissolved oxygen 0.2 mg/L, salinity 0.3 PSU, pH 0.1); (b) every station delivers its scheduled readings for the whole trial period, with no gap longer than two hours; (c) low-oxygen and salinity alarms reach the farm managers' phones within three minutes in a simulated test; (d) the feeding-system interface receives the aeration commands; and (e) the documentation and the training are complete.
P:6.2 If the criteria are met, the Buyer signs the Final Acceptance certificate within seven days. Otherwise the Supplier remedies the defects and the trial is repeated for the affected stations. Use of the network by the Buyer during the trial period is not acceptance.
H:Art. 7 (Warranty)
P:7.1 The Supplier warrants the equipment and the platform for twenty-four (24) months from Final Acceptance against defects in design, materials and workmanship, including corrosion and fouling damage under normal marine conditions. Consumables listed in Annex 3 (sensor membranes, reagents) are excluded.
P:7.2 During the warranty period the Supplier repairs or replaces defective equipment free of charge, including transport and boat hire, and provides software updates.
H:Art. 8 (Maintenance and Service Levels)
P:8.1 During the warranty period and any maintenance period the Supplier provides a hotline in Chinese and quarterly preventive maintenance with cleaning and recalibration of all stations.
P:8.2 Priority 1 (platform down, alarms not sent, or three or more stations offline): response within one (1) hour by telephone or remote session, and a technician on site in Beihai within 24 hours. Priority 2 (one or two stations offline): response on the same working day and repair within five working days.
P:8.3 For each hour by which a Priority 1 response is late, the Supplier pays CNY 800; for each day by which the on-site time or a Priority 2 repair is late, CNY 1,500. These amounts are deducted from the next payment or invoiced to the Supplier.
P:8.4 After the warranty period the Buyer may order maintenance for successive periods of one year by written order. The annual maintenance fee is nine point five per cent (9.5%) of the Equipment and Licence Subtotal, being CNY 118,180 per year, fixed for the first three maintenance years. Maintenance does not renew automatically.
P:8.5 The Supplier keeps a stock of spare sensors and membranes in Beihai sufficient for two stations and guarantees the supply of spare parts for eight years after Final Acceptance.
P:8.6 After each preventive maintenance visit the Supplier submits a report in Chinese listing the work done, the calibration results and the parts replaced, which the Buyer countersigns.
H:Art. 9 (Intellectual Property)
P:9.1 The platform software remains the property of the Supplier; the Buyer receives a perpetual licence for its own operations.
P:9.2 The alarm rules, dashboards, interface code and configuration files produced for the Buyer under item 6 of Art. 3 belong to the Buyer, who may use, modify and have them modified by third parties without restriction. The Supplier delivers them with their source code and documentation.
H:Art. 10 (Data Protection and Security)
P:10.1 All measurement data, farm locations, production data and alarm records belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The platform runs on the Buyer's server in Beihai. The Supplier accesses it remotely only after the Buyer's approval for each session, through an encrypted connection, with personal accounts and logged activity. The Supplier shall not transfer Buyer data outside mainland China or keep copies.
P:10.3 The Supplier notifies the Buyer within 12 hours of any security incident affecting Buyer data and is liable for the damage caused by incidents attributable to it or to its service partner.
P:10.4 At the end of the Contract the Supplier deletes any Buyer data it still holds and confirms the deletion in writing.
H:Art. 11 (Confidentiality)
P:11.1 Each party keeps confidential the non-public information of the other party received under this Contract, in particular the Buyer's farm locations, production volumes and prices, and does not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of the Contract.
H:Art. 12 (Liability)
P:12.1 The total liability of each party under this Contract is limited to twice the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Articles 10 and 11.
H:Art. 13 (Subcontracting)
P:13.1 The local service partner named in Annex 4 (Beihai Haiyan Marine Engineering Co., Ltd.), which performs mooring and on-site interventions, is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Art. 14 (Termination)
P:14.1 The Buyer may terminate the Contract by registered letter if the Supplier commits a material breach and does not remedy it within 20 days after formal notice, or if the delay penalties reach their maximum. The Supplier then refunds the payments received for equipment that has not been accepted and removes it at its own cost.
P:14.2 The Supplier may terminate the Contract if the Buyer fails to pay an undisputed amount within 60 days after formal notice.
H:Art. 15 (Force Majeure)
P:15.1 Typhoons, storm surges and other events beyond the reasonable control of a party suspend its obligations for their duration. The party affected informs the other without delay.
H:Art. 16 (Governing Law and Disputes)
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled amicably within 30 days are submitted to the Beihai Arbitration Commission for arbitration in Beihai.
P:Made in Beihai, in two originals in English.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h166e04 (md, "Clause N", Scottish provider's paper)
H166E04 = """\
# Managed IT Services Agreement

**Agreement reference:** SMS/HZ/2025/044

**BETWEEN**

(1) **Shona Managed Services Limited**, a company incorporated in Scotland (company number SC684217) and having its registered office at The Boathouse, Eilean Shona, Acharacle, PH36 4LR, Scotland, acting through its Hangzhou branch at Room 1203, Tower B, Xixi Century Centre, Hangzhou (the **"Provider"**); and

(2) **Hangzhou Starlight Live Commerce Co., Ltd.**, a company incorporated in the People's Republic of China and having its registered office at No. 398 Wenyi West Road, Yuhang District, Hangzhou (the **"Customer"**).

**WHEREAS** the Customer operates a live-streaming agency with 46 streaming studios, an office floor and a warehouse showroom in Hangzhou, and wishes to outsource the management of its end-user IT, studio workstations and local networks to the Provider, the parties have agreed as follows.

## Clause 1 Definitions and Interpretation

1.1 In this Agreement: **"Charges"** means the charges set out in Schedule 1; **"Commencement Date"** means the date on which the Service Commencement Certificate is signed under Clause 4; **"Customer Data"** means all data of the Customer, its streamers, staff and customers held on the Customer's systems or provided to the Provider; **"Minimum Term"** means 24 months from the Commencement Date; **"Services"** means the services described in Clause 2 and Schedule 2; **"Streaming Hours"** means 12:00 to 02:00 China time on every day.

1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement. Amounts are in Chinese yuan (CNY), in which the Customer has asked to be invoiced.

## Clause 2 Services

2.1 The Provider shall provide: (a) a bilingual service desk by telephone, WeChat and portal; (b) desktop support for up to 260 users, including set-up, moves and changes; (c) support of 48 studio streaming workstations, capture cards and encoders, including replacement from a spare pool held on site; (d) management of the LAN, Wi-Fi and internet links at the three Hangzhou sites; (e) patching of operating systems and standard applications; and (f) two on-site engineers covering business hours and evening Streaming Hours.

2.2 The Customer remains responsible for its own business applications, its streaming platform accounts and the content of its broadcasts.

## Clause 3 Charges and Payment

3.1 The Charges are set out in Schedule 1. The monthly recurring charges are invoiced monthly in arrears and are payable within 30 days of invoice. The transition charge is invoiced after the Commencement Date. No sum is payable in advance.

3.2 The Charges are fixed for the Minimum Term. User numbers above 260 are charged pro rata at the per-user rate in Schedule 1.

## Clause 4 Transition and Service Commencement

4.1 The Provider shall complete the transition by 1 December 2025 (the **"Planned Commencement Date"**). Transition includes an inventory of all 308 end-user and studio devices, documentation of the three site networks, knowledge transfer from the Customer's current supplier, set-up of the service desk and a ten-day hypercare period.

4.2 The Customer shall sign a Service Commencement Certificate when: (a) the device inventory and network documentation have been delivered and checked by the Customer; (b) the service desk has handled test tickets of each priority correctly; (c) all studio workstations have been health-checked and spare units are in place; and (d) no Priority 1 service level was missed during hypercare. Use of the Services before signature is not acceptance.

4.3 If the Commencement Date is later than the Planned Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,400 for each day of delay, up to CNY 120,000 in total.

## Clause 5 Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. In particular, a Priority 1 incident (a live studio unable to stream, or a site-wide network outage) shall receive a response within fifteen (15) minutes and service shall be restored within two hours; during Streaming Hours an engineer shall be on site within 30 minutes.

5.2 The core network at each site shall be available 99.95% of Streaming Hours in each month.

5.3 If a service level is missed, the Provider shall credit the percentages of the monthly recurring charges set out in Schedule 2. Service credits are the Customer's sole and exclusive remedy for any failure to meet the service levels.

5.4 The Provider shall deliver a monthly service report showing performance against each service level, incidents, changes and credits due.

## Clause 6 Customer Data

6.1 All Customer Data shall remain the property of the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and shall return it to the Customer on request.

## Clause 7 Confidentiality

7.1 Each party shall keep in confidence all information of the other party which is marked confidential or which by its nature ought to be regarded as confidential, including the Customer's streamer contracts, sales figures and brand partnerships, and shall not disclose it except to its employees and advisers who need to know it for this Agreement.

7.2 This Clause 7 survives termination for three years.

## Clause 8 Intellectual Property

8.1 The Provider's tools, know-how and service-management systems remain the property of the Provider.

8.2 The network documentation, device inventory, runbooks, configurations and scripts prepared for the Customer under this Agreement belong to the Customer, who may use, modify and provide them to any successor supplier without restriction.

## Clause 9 Personnel

9.1 The Provider shall assign suitably qualified and experienced staff, shall vet its on-site engineers and shall replace any member of staff on the Customer's reasonable request.

9.2 The Provider's staff on the Customer's premises shall comply with the Customer's site rules and shall not film or photograph the studios.

## Clause 10 Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any approved subcontractor.

## Clause 11 Liability

11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement shall not exceed 150 per cent of the total Charges paid and payable for the Minimum Term.

11.3 Neither party is liable for loss of profits or indirect or consequential loss.

## Clause 12 Term and Continuation

12.1 This Agreement starts on signature and continues for the Minimum Term. After the Minimum Term it continues on the same Charges and terms until terminated by either party on 90 days' written notice.

## Clause 13 Termination

13.1 This Agreement may be terminated: (a) by either party on 90 days' written notice expiring on or after the end of the Minimum Term; (b) by the Provider if any undisputed Charges remain unpaid 30 days after a written reminder; or (c) by either party with immediate effect if the other party becomes insolvent or enters into liquidation.

13.2 The Customer shall not be entitled to terminate this Agreement by reason of any failure to meet the service levels or any other breach by the Provider; the Customer's remedies are the service credits under Clause 5 and a claim for damages subject to Clause 11.

13.3 On expiry or termination the Provider shall provide reasonable exit assistance for up to 60 days, including the hand-over of the documentation under Clause 8.2, at the rates in Schedule 1.

## Clause 14 Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China, as the Customer has requested.

14.2 Any dispute shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final.

## Clause 15 General

15.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties.

## Schedule 1 Charges

| Service element | Basis | Monthly charge (CNY) |
|---|---|---|
| Service desk and desktop support | 260 users x 180 | 46,800 |
| Studio workstation support | 48 studios x 320 | 15,360 |
| Network and Wi-Fi management | 3 sites, fixed | 9,800 |
| On-site engineers | 2 engineers, fixed | 38,000 |
| **Monthly recurring charges** | | **109,960** |

Transition charge (one-time): CNY 86,000. Total Charges for the Minimum Term: 24 x CNY 109,960 + CNY 86,000 = **CNY 2,725,040**.

## Schedule 2 Service Levels

| Priority | Example | Response | Restore | Credit per miss |
|---|---|---|---|---|
| P1 | Live studio cannot stream; site-wide outage | 15 minutes | 2 hours | 5% of monthly charges |
| P2 | Single user or device down | 1 hour | 8 hours | 1% of monthly charges |
| P3 | Request or minor fault | 1 business day | 3 business days | none |

Credits in any month are limited to 25% of the monthly recurring charges.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows:

Subscribed for and on behalf of Shona Managed Services Limited at Eilean Shona on ____________ by ____________, Director, before this witness ____________

Subscribed for and on behalf of Hangzhou Starlight Live Commerce Co., Ltd. at Hangzhou on ____________ by ____________, Legal Representative
"""

# ---------------------------------------------------------------- h166e05 (txt, "N. HEADING", Italian vendor's paper)
H166E05 = """\
SUBSCRIPTION AND INTEGRATION AGREEMENT
MRL-Check certificate API

Ref. PRD/2025/CN-088

BY AND BETWEEN

Palmaria Residue Data S.r.l., with registered office at Localita Pozzale, Isola Palmaria, 19025 Portovenere (SP),
Italy, share capital EUR 120,000 fully paid, VAT no. IT01873450113, in the person of its Sole Director (the "Vendor");

AND

Shandong Shouguang Lvyuan Vegetable Export Co., Ltd., with registered office at No. 1 Nongsheng Road, Shouguang,
Weifang, Shandong Province, People's Republic of China, in the person of its legal representative (the "Customer");

(each a "Party" and together the "Parties").

RECITALS

(A) The Customer grows, buys and exports fresh vegetables (peppers, cucumbers, tomatoes, garlic sprouts) to the
European Union, Japan, the Republic of Korea and the Gulf states, and has each export batch tested for pesticide
residues by accredited laboratories.
(B) The Vendor operates the MRL-Check service, an application programming interface that compares laboratory
results with the maximum residue limits (MRLs) of the destination market and issues a residue compliance
certificate with a QR verification code.
(C) The Customer wishes to subscribe to the service and to have it integrated with its laboratory and ERP systems.
At the Customer's request, all amounts are stated and paid in Chinese yuan (CNY).

NOW, THEREFORE, the Parties agree as follows.

1. DEFINITIONS
1.1 "Service": the MRL-Check API, the MRL database for the subscribed markets, the certificate generator and the
public QR verification page.
1.2 "Integration Services": the one-time services in Article 4.
1.3 "Integration Deliverables": the connector between the Customer's laboratory information system and the API, the
ERP plug-in, the certificate templates in the Customer's layout, the mapping tables between the Customer's product
codes and the Vendor's commodity codes, and their documentation.
1.4 "Customer Data": laboratory results, batch and grower data, consignee data and certificates relating to the
Customer.
1.5 "Subscription Term": 36 months from the date of Integration Acceptance.

2. OBJECT
2.1 The Vendor provides the Service to the Customer for the Subscription Term for up to 9,000 batch checks per
contract year, and performs the Integration Services.
2.2 The Vendor keeps the MRL database up to date and loads changes published by the authorities of the subscribed
markets before they enter into force, or within five working days of publication where they enter into force sooner.

3. FEES
3.1 The fees are:
    Export tier API subscription      CNY 21,500 per month x 36 months     CNY 774,000
    Market packs (EU, Japan, Korea, GCC)  4 x CNY 2,400 per month x 36     CNY 345,600
    Integration Services (one-time, fixed price)                          CNY 168,000
    Total Contract Value                                                  CNY 1,287,600
3.2 Batch checks above 9,000 in a contract year are charged at CNY 6 per check and are not part of the Total Contract
Value.
3.3 The monthly fees (CNY 31,100) are invoiced quarterly in arrears and are payable within 30 days of invoice. The
Integration Services fee is invoiced after Integration Acceptance. No advance payment is due.
3.4 The fees are fixed for the Subscription Term.

4. INTEGRATION SERVICES AND DELIVERY
4.1 The Vendor shall: (a) develop the connector to the Customer's laboratory information system used by its own
laboratory and the two external laboratories named in Annex A; (b) develop the ERP plug-in that attaches the
certificate to each export order; (c) design the certificate templates in Chinese and English; and (d) build the
mapping tables for the Customer's 140 product codes.
4.2 The Vendor shall complete the Integration Services and make the integrated Service ready for acceptance within
75 days of signature.
4.3 If readiness for acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay a penalty of
0.08% of the Total Contract Value for each calendar day of delay, up to 8% of the Total Contract Value, without
prejudice to the Customer's right to claim further damages.

5. ACCEPTANCE
5.1 The Parties test the integrated Service with 50 real batches selected by the Customer from the three laboratories.
Integration Acceptance requires that: (a) every laboratory result is transferred without manual re-keying; (b) the
compliance verdict for each active substance matches the Customer's manual check against the official MRL lists of the
destination market; (c) each certificate carries the correct batch, grower and consignee data; (d) the QR code opens
the verification page from mainland China and from the destination market; and (e) the ERP plug-in attaches the
certificate to the correct order.
5.2 If the tests are passed the Customer signs an Integration Acceptance report within five working days; otherwise
the Vendor corrects the defects and the tests are repeated. Use of the Service for live shipments before the report
is signed does not constitute acceptance.

6. SERVICE LEVELS
6.1 The API and the verification page shall be available 99.95% of each calendar month, excluding maintenance
announced 72 hours in advance and carried out between 00:00 and 05:00 China time.
6.2 Priority 1 incidents (API or certificate generation unavailable, or wrong verdicts) receive a response within one
(1) hour, at any time, and a workaround within six hours. Priority 2 incidents receive a response within one working
day.
6.3 If monthly availability is below 99.95% the Customer receives a credit of 5% of the monthly fees, and of 10% if
it is below 99.5%. Each late Priority 1 response gives a further credit of 2% of the monthly fees. Credits are
deducted from the next invoice.
6.4 The Vendor sends a monthly report on availability, incidents, database updates and credits.

7. INTELLECTUAL PROPERTY
7.1 The Service, the MRL database and the Vendor's software remain the exclusive property of the Vendor.
7.2 The Integration Deliverables, including those developed specifically for the Customer, are and remain the
exclusive property of the Vendor. The Customer receives a non-exclusive, non-transferable right to use them for the
Subscription Term only, and may not modify them or have them modified by third parties.

8. CUSTOMER DATA AND SECURITY
8.1 Customer Data belongs to the Customer. The Vendor processes Customer Data solely to provide the Service and does
not use it for any other purpose, including statistics or the improvement of its database.
8.2 Customer Data is stored in mainland China on Alibaba Cloud (Qingdao region). The Vendor applies encryption in
transit and at rest, role-based access for named staff with multi-factor authentication, logging of all
administrative access and daily backups, and complies with the PRC Data Security Law and Personal Information
Protection Law.
8.3 The Vendor notifies the Customer of any security incident affecting Customer Data within 24 hours, takes all
measures to contain it and compensates the damage caused by incidents attributable to the Vendor.
8.4 At the end of the Subscription Term the Vendor returns the Customer Data in CSV format and the issued certificates
in PDF format, and then deletes them.

9. LIABILITY
9.1 The total liability of each Party under this Agreement is limited to one and a half times the Total Contract
Value. The limit does not apply to wilful misconduct (dolo) or gross negligence (colpa grave), nor to Article 8.
9.2 The Vendor is not liable for decisions of foreign customs or food-safety authorities, provided the certificate
correctly reflects the laboratory results and the MRLs in force.

10. SUBCONTRACTING
10.1 The Vendor may not subcontract the Integration Services or the operation of the Service, in whole or in part,
without the prior written consent of the Customer. The hosting provider named in Article 8.2 is approved.

11. TERM, RENEWAL AND TERMINATION
11.1 This Agreement enters into force on signature and lasts until the end of the Subscription Term.
11.2 It is then renewed for successive periods of one year at the same fees unless either Party gives notice of
non-renewal at least 90 days before expiry.
11.3 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and
fails to remedy it within 30 days of a formal notice to perform (diffida ad adempiere). The
Customer may also terminate if the penalty under Article 4.3 reaches its maximum or if monthly availability is below
99.5% in three months of any contract year.
11.4 On termination the Vendor refunds any fees paid for the period after termination.

12. FORCE MAJEURE
12.1 Neither Party is liable for delays or failures caused by events beyond its reasonable control, including
natural disasters, epidemics and acts of authorities, for the duration of the event.

13. GOVERNING LAW AND JURISDICTION
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Weifang Arbitration
Commission for arbitration in Weifang in accordance with its rules. The award is final and binding.

14. FINAL PROVISIONS
14.1 Annexes: Annex A Laboratories and systems; Annex B API specification; Annex C Support procedures.
14.2 Any amendment to this Agreement must be in writing and signed by both Parties.
14.3 Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves Articles 7
(Intellectual Property), 9 (Liability), 11 (Term, Renewal and Termination) and 13 (Governing Law and Jurisdiction).

Portovenere / Shouguang, ________________

The Vendor ____________________                The Customer ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key -> (file name, kind, source)
    "h166z01": ("h166z01_city_cdc_infectious_disease_early_warning_platform.docx", "docx", H166Z01),
    "h166z02": ("h166z02_wheel_foundry_xray_inspection_equipment.pdf", "pdf", H166Z02),
    "h166z03": ("h166z03_gym_chain_membership_saas.md", "md", H166Z03),
    "h166z04": ("h166z04_county_healthcare_security_fund_supervision_om.txt", "txt", H166Z04),
    "h166z05": ("h166z05_hotpot_base_supply_chain_system_supplier_template.md", "md", H166Z05),
    "h166e01": ("h166e01_sportswear_pattern_cad_licence_dutch_vendor.docx", "docx", H166E01),
    "h166e02": ("h166e02_diving_school_booking_saas_german_vendor.txt", "txt", H166E02),
    "h166e03": ("h166e03_pearl_farm_water_quality_sensors.pdf", "pdf", H166E03),
    "h166e04": ("h166e04_live_streaming_agency_managed_it.md", "md", H166E04),
    "h166e05": ("h166e05_vegetable_exporter_residue_certificate_api.txt", "txt", H166E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------- price sums (asserted before any label is written)
def check_sums():
    # z01: price table, 软硬件小计, payments 25/50/25
    z01 = [1_180_000, 736_000, 386_000, 214_000, 88_000, 144_000, 168_000, 52_000]
    assert sum(z01) == 2_968_000
    assert 1_180_000 + 386_000 + 214_000 + 88_000 + 144_000 == 2_012_000
    assert 742_000 + 1_484_000 + 742_000 == 2_968_000 and 2_968_000 * 25 // 100 == 742_000
    assert 2_012_000 * 7 // 100 == 140_840
    # z02: 2 x unit prices, 设备及软件价款, payments 35/42/18/5, 16 % fee
    assert 2 * 1_260_000 == 2_520_000 and 2 * 186_000 == 372_000 and 2 * 148_000 == 296_000
    assert 2_520_000 + 372_000 + 296_000 + 164_000 + 96_000 + 28_000 == 3_476_000
    assert 2_520_000 + 372_000 + 296_000 == 3_188_000
    pays = [3_476_000 * p // 100 for p in (35, 42, 18, 5)]
    assert pays == [1_216_600, 1_459_920, 625_680, 173_800] and sum(pays) == 3_476_000
    assert 3_188_000 * 16 // 100 == 510_080
    # z03: subscriptions, quarterly fee
    assert 42 * 8_400 * 3 == 1_058_400 and 36_000 * 3 == 108_000
    assert 1_058_400 + 108_000 + 186_000 + 124_000 == 1_476_400
    assert 42 * 8_400 + 36_000 == 388_800 and 388_800 // 4 == 97_200
    # z04: items, quarterly payment
    assert 286_000 + 168_000 + 96_000 + 48_000 + 22_000 == 620_000 and 620_000 // 4 == 155_000
    # z05: items, 65/35, 24 % fee
    assert 760_000 + 198_000 + 72_000 == 1_030_000
    assert 1_030_000 * 65 // 100 == 669_500 and 1_030_000 * 35 // 100 == 360_500 and 669_500 + 360_500 == 1_030_000
    assert 760_000 * 24 // 100 == 182_400
    # e01: seats, subtotal, 20/45/35, 13 % fee
    assert 24 * 38_500 == 924_000 and 8 * 26_000 == 208_000 and 6 * 31_000 == 186_000
    assert 924_000 + 208_000 + 186_000 == 1_318_000 and 1_318_000 + 386_000 + 54_000 == 1_758_000
    pays = [1_758_000 * p // 100 for p in (20, 45, 35)]
    assert pays == [351_600, 791_100, 615_300] and sum(pays) == 1_758_000
    assert 1_318_000 * 13 // 100 == 171_340
    # e02: subscription, add-on, quarterly
    assert 4 * 3_600 * 24 == 345_600 and 2_200 * 24 == 52_800 and 345_600 + 52_800 + 68_000 == 466_400
    assert 4 * 3_600 + 2_200 == 16_600 and 16_600 * 3 == 49_800
    # e03: items, subtotal, 10/55/35, 9.5 % fee
    assert 14 * 58_000 == 812_000 and 3 * 36_000 == 108_000 and 4 * 44_500 == 178_000
    assert 812_000 + 108_000 + 178_000 + 146_000 == 1_244_000
    assert 1_244_000 + 132_000 + 64_000 + 18_000 == 1_458_000
    pays = [1_458_000 * p // 100 for p in (10, 55, 35)]
    assert pays == [145_800, 801_900, 510_300] and sum(pays) == 1_458_000
    assert 1_244_000 * 95 // 1000 == 118_180
    # e04: MRC lines, total over the Minimum Term
    assert 260 * 180 == 46_800 and 48 * 320 == 15_360
    assert 46_800 + 15_360 + 9_800 + 38_000 == 109_960 and 24 * 109_960 + 86_000 == 2_725_040
    # e05: subscription, market packs, monthly
    assert 21_500 * 36 == 774_000 and 4 * 2_400 * 36 == 345_600 and 774_000 + 345_600 + 168_000 == 1_287_600
    assert 21_500 + 4 * 2_400 == 31_100

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (language, category, terms in TERM_KEYS order, extra, plan)
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only, else None), deemed, contract_value
# plan: fee base (CNY) for TCO, forum outside mainland China, planned rule list
PLAN = {
    "h166z01": ("zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 25, True, True, 36, 7, False, True,
                 False, "PRC", G],
                (True, True, True, False, 2968000), (2012000, False, [])),
    "h166z02": ("zh", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.08, None, 35, True, True, 24, 16, False, True,
                 False, "PRC", G],
                (True, True, True, False, 3476000), (3188000, False, ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"])),
    "h166z03": ("zh", "cloud",
                [99.5, 0.25, True, "buyer", True, False, True, 0.1, 120, None, True, None, None, None, True, True,
                 False, "PRC", S],
                (True, True, None, False, 1476400),
                (None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])),
    "h166z04": ("zh", "services",
                [99.95, 6, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                 False, "PRC", S],
                (True, True, None, False, 620000), (None, False, ["CR-LD-LOW", "CR-SLA-RESPONSE"])),
    "h166z05": ("zh", "software",
                [None, None, False, "supplier", True, False, True, 0.06, 20, 65, False, False, 6, 24, False, True,
                 None, "PRC", G],
                (False, True, True, True, 1030000),
                (760000, False, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP",
                                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "h166e01": ("en", "software",
                [None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True,
                 False, "Netherlands", G],
                (True, True, True, False, 1758000), (1318000, True, ["CR-GOVERNING-LAW"])),
    "h166e02": ("en", "cloud",
                [99.95, 1, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True,
                 True, "PRC", S],
                (True, False, None, False, 466400),
                (None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"])),
    "h166e03": ("en", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9.5, False, True,
                 False, "PRC", G],
                (True, True, True, False, 1458000), (1244000, False, [])),
    "h166e04": ("en", "services",
                [99.95, 0.25, True, "buyer", False, True, True, 2400 / 2725040 * 100, 150, None, True, None, None,
                 None, False, False, False, "PRC", S],
                (True, True, None, False, 2725040), (None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"])),
    "h166e05": ("en", "cloud",
                [99.95, 1, True, "supplier", True, True, False, 0.08, 150, None, True, None, None, None, False, True,
                 False, "PRC", S],
                (True, True, None, False, 1287600), (None, False, ["CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP"])),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, e, fee_base, horizon=5):
    """Policy section 4: purchase + implementation = contract value; post-warranty fee for every year after the
    warranty (partial pro rata) on the itemised licence/hardware price. None when the fee is not a capped figure."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    total = e["contract_value"] + fees
    return total, fees, fees / total * 100


def apply_rules(t, e, fee_base, forum_outside):
    """The CR rules of policy section 3 with its reading notes, applied to a label."""
    r = []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False
            or e["acceptance_deemed_on_delivery"]):
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not e["post_warranty_fee_capped"] or fee > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(t, e, fee_base)
        if c is not None and c[2] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def labels():
    out = {}
    for key, (lang, cat, vals, ex, plan) in PLAN.items():
        assert len(vals) == len(TERM_KEYS)
        t = dict(zip(TERM_KEYS, vals))
        sla, ld, capped, deemed, cv = ex
        e = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            e["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        e["acceptance_deemed_on_delivery"] = deemed
        e["contract_value"] = cv
        fee_base, forum_outside, planned = plan
        rules = apply_rules(t, e, fee_base, forum_outside)
        assert rules == sorted(planned), (key, rules, planned)
        out[key] = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
                    "expected_extra": e, "expected_rules": rules}
    return out


def write_labels():
    for key, lab in labels().items():
        name = Path(FILES[key][0]).with_suffix(".json").name
        (OUT / name).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    check_sums()
    for key, (name, kind, src) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
    for key, (lang, cat, vals, ex, plan) in PLAN.items():
        t = dict(zip(TERM_KEYS, vals))
        e = {"contract_value": ex[4], "post_warranty_fee_capped": ex[2]}
        c = tco(t, e, plan[0]) if t["contract_kind"] == G else None
        rules = labels()[key]["expected_rules"]
        print(key, risk(rules), rules, "" if c is None else "TCO %.0f, post-warranty fees %.0f, share %.2f %%" % c)
