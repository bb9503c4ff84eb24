"""Builds the holdout144 contracts from the sources below (run with /work/main/.venv/bin/python).

The .docx and .pdf files are built with ../word_pdf.py (real Word tables; PDFs broken into lines at word
boundaries, wrap_words=True). The .md and .txt files are written as they stand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H144Z01 = """T:皖江省公共资源电子交易平台升级改造项目系统集成合同
P:合同编号：WJGGZY-2025-XT017
P:项目编号：WJCG-2025-0317（公开招标）
P:甲方（采购人）：皖江省公共资源交易中心
P:地址：皖江省江城市政务区天鹅湖路99号
P:乙方（中标供应商）：华数联创信息技术有限公司
P:地址：江城市高新区创新大道218号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经平等协商，就皖江省公共资源电子交易平台升级改造项目的系统集成事宜订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责皖江省公共资源电子交易平台的升级改造和系统集成，内容包括：电子交易系统（工程建设、政府采购、土地和矿业权、国有产权四个交易板块）、电子开评标系统、远程异地评标协同系统、CA数字证书互认组件和见证监管系统的软件供货、定制开发、部署和数据迁移，以及配套服务器、存储和网络安全设备的供货、安装与集成。
P:1.2 平台应完成与全国公共资源交易平台、省政务数据共享交换平台、省预算管理一体化系统及省信用信息平台的数据对接，接口清单见附件2。
P:1.3 实施地点为省政务云机房及省、市两级开评标场所。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰捌拾柒万陆仟元整（¥4,876,000.00），为固定总价，包含设备、软件、开发、运输、安装、测试、培训、税费以及质保期内全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|服务器及存储设备（含安装）|1,486,000
TB:2|网络安全设备（防火墙、入侵防御、数据库审计、网闸）|642,000
TB:3|平台软件许可（交易、开评标、CA互认组件，永久许可）|1,380,000
TB:4|定制开发及系统对接|968,000
TB:5|历史数据迁移|186,000
TB:6|集成实施及培训|214,000
TB:合计||4,876,000
P:2.2 上表第1至3项合计人民币3,508,000元，以下称“硬件及软件许可价款”。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交与预付款等额的银行预付款保函。甲方收到保函及合法发票后10个工作日内，支付合同总价的20%，即人民币975,200元，作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即人民币2,194,200元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即人民币1,706,600元。
P:3.4 甲方付款通过国库集中支付系统办理。甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第四条 实施进度
P:4.1 乙方应在合同签订后45日内完成全部设备到货，120日内完成软件部署、数据迁移和接口联调，150日内具备上线试运行条件。
P:4.2 设备到货后由双方共同开箱清点并签署到货签收单。到货签收仅确认设备数量、型号和外观，不构成验收。
P:4.3 项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收在平台部署、数据迁移和接口联调完成后进行，验收标准为：（1）招标文件技术规范所列功能逐项测试通过；（2）在2,000个并发用户条件下，主要交易页面响应时间不超过3秒；（3）单场开标200家投标人同时解密在10分钟内完成；（4）历史项目数据迁移后逐项核对一致，差错为零；（5）附件2所列接口全部联调通过。
P:5.2 最终验收在上线试运行满60日、期间未发生一级故障，且乙方协助甲方取得网络安全等级保护三级测评报告和商用密码应用安全性评估报告后进行。
P:5.3 验收由甲方组织，可邀请专家参加，并形成书面验收报告。平台上线、试运行、甲方实际使用或支付任何款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并申请重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修和更换、补丁升级、缺陷修正及技术支持。
P:6.2 质保期内平台年可用率不低于99.95%。计划停机须提前3个工作日报甲方同意，不计入不可用时间。
P:6.3 故障分级及响应要求：一级故障（平台整体不可用、开评标活动无法进行或数据损坏）乙方应在15分钟内响应，1小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，12小时内解决；三级故障1个工作日内解决。重大项目开评标时段，乙方应安排工程师驻场保障。
P:6.4 服务扣款：一级故障响应或恢复每超时1小时，扣减人民币2,000元；年可用率每低于承诺值0.01个百分点，扣减人民币3,000元；因乙方原因导致开标中断的，每次另扣人民币20,000元。扣款可从应付款项中直接扣除。
P:6.5 质保期满后如甲方需要，乙方应继续提供维保服务，年度维保费不超过硬件及软件许可价款的8%（即每年不超过人民币280,640元），该价格自质保期满起三年内不上调。维保合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方保证所提供的设备、软件及服务不侵犯第三方的知识产权。
P:7.2 为本项目定制开发的软件、接口程序、源代码、数据库设计及技术文档，其知识产权归甲方所有。乙方应在最终验收时移交完整源代码和文档，甲方可自行或委托第三方使用、修改和二次开发。
P:7.3 乙方原有平台产品的知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 平台中的交易数据、市场主体信息、评标专家信息及其他业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和网络安全等级保护三级要求落实安全措施；运维操作须通过甲方堡垒机进行并全程审计；未经甲方书面批准，不得导出、复制或带离任何数据；开发测试只能使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的评标专家名单、未公开的招标项目信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
P:9.2 乙方应与全部项目人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付设备或逾期具备上线试运行条件的，每逾期一日，乙方应按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:10.2 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十一条 分包与转包
P:11.1 乙方不得转包本合同。除投标文件已载明并经甲方确认的机房综合布线分包外，乙方不得将本合同任何部分分包；确需分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失：（1）逾期超过60日；（2）两次验收不合格；（3）发生重大数据安全事件；（4）有其他严重违约行为。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲乙双方各执二份，政府采购监督管理部门及集中采购机构各执一份，自双方签字盖章之日起生效。
P:14.2 附件：1. 设备及软件清单；2. 接口清单；3. 验收方案；4. 售后服务承诺书。
P:甲方（盖章）：皖江省公共资源交易中心    乙方（盖章）：华数联创信息技术有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:日期：2025年____月____日    日期：2025年____月____日
"""

H144Z02 = """T:轮胎胎面X光缺陷检测系统采购合同
P:合同编号：LY-SB-2025-0642
P:甲方（买方）：鲁岳轮胎股份有限公司
P:地址：山东省东营市广饶县大王镇丰源路16号
P:乙方（卖方）：精视工业检测设备有限公司
P:地址：江苏省无锡市新吴区菱湖大道200号
P:甲方因二分厂全钢子午线轮胎成品检测线改造需要，向乙方采购胎面X光缺陷检测系统。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供两套全钢子午线轮胎胎面X光缺陷检测系统（以下简称“检测系统”），用于检测胎面帘线排列、钢丝接头、气泡、杂质及帘布弯曲等缺陷，并负责运输、安装、调试、与甲方MES系统的接口开发、辐射安全评价配合及操作培训。
P:（二）分项价格如下（含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|X射线检测主机（含射线源、平板探测器）|2套|1,180,000|2,360,000
TB:2|自动上下料及定中机构|2套|186,000|372,000
TB:3|辐射防护铅房|2套|128,000|256,000
TB:4|缺陷自动识别软件许可（永久）|2套|96,000|192,000
TB:5|工控机及图像服务器|1批|88,000|88,000
TB:|设备及软件小计|||3,268,000
TB:6|安装调试及MES接口开发|1项|146,000|146,000
TB:7|辐射安全评价配合及培训|1项|46,000|46,000
TB:|合同总价|||3,460,000
P:（三）本合同总价为人民币叁佰肆拾陆万元整（¥3,460,000），上表第1至5项合计人民币3,268,000元，以下称“设备及软件价款”。
H:二、交货、安装与调试
P:（一）乙方应于合同生效后75日内将检测系统运抵甲方二分厂指定地点，并在到货后20日内完成安装调试。
P:（二）到货后双方共同开箱清点并签署到货签收单。签收单仅确认数量、型号和外观，不构成验收。
P:（三）射线装置的运输、安装和调试应符合《放射性同位素与射线装置安全和防护条例》等规定。乙方应提供射线装置的有关技术资料，协助甲方办理辐射安全许可证变更及环境影响评价手续。
P:（四）安装期间乙方人员应遵守甲方厂区安全生产管理制度，因乙方人员违规造成的人身或财产损失由乙方承担。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方向乙方支付合同总价的35%，即人民币1,211,000元，作为预付款。
P:（二）检测系统全部到货并签收后，甲方支付合同总价的25%，即人民币865,000元。
P:（三）检测系统通过最终验收后，甲方支付合同总价的35%，即人民币1,211,000元。
P:（四）合同总价的5%，即人民币173,000元，作为质量保证金，在质保期满且无未决质量问题后15个工作日内无息支付。
P:（五）乙方应在每次付款前开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后进入30日试运行，试运行结束后由甲方组织最终验收。验收标准如下：
P:1. 对甲方提供的不少于200条含已知缺陷的标准样胎进行检测，缺陷检出率不低于98%，误报率不高于2%；
P:2. 单条轮胎检测节拍不大于35秒，图像像素尺寸不大于0.2毫米；
P:3. 铅房外表面30厘米处周围剂量当量率不大于2.5微希沃特每小时，并取得有资质机构出具的检测报告；
P:4. 检测结果自动写入甲方MES系统，并与轮胎条码准确关联；
P:5. 试运行期间未发生一级故障。
P:（二）最终验收合格的，双方签署书面验收报告。设备安装完成、试运行或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在15日内整改并重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。射线管、平板探测器等核心部件的质保期相同。
P:（二）质保期内，因设备本身质量问题产生的故障，乙方免费维修或更换，并承担往返运输及差旅费用。
P:（三）质保期内更换的部件，其质保期自更换之日起重新计算。
H:六、售后服务
P:（一）故障分级：一级故障指检测系统停机或射线安全联锁失效；二级故障指部分功能异常但检测系统仍可运行；三级故障指不影响检测的其他问题。
P:（二）一级故障乙方应在30分钟内电话响应，8小时内工程师到场，24小时内恢复运行；二级故障2小时内响应，48小时内解决；三级故障在下次例行维护时解决。
P:（三）乙方未按上述时限响应或恢复的，一级故障每超时1小时支付人民币1,000元，二级故障每超时1小时支付人民币300元，甲方可从质量保证金中扣除。
P:（四）质保期满后，甲方可与乙方签订年度维保合同。维保年费为设备及软件价款的18%，即每年人民币588,240元，自质保期满起三年内固定不变，包含每季度预防性维护、全部备件更换（含射线管）及软件升级。
P:（五）培训：乙方应在安装调试期间为甲方操作、工艺及设备维修人员提供不少于5天的现场培训，内容包括设备操作、图像判读、日常保养、射线防护及应急处置，并提供中文操作手册和维护手册各三套。培训合格的人员由乙方出具培训证明。
H:七、知识产权
P:（一）乙方保证所供设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
P:（二）乙方为甲方开发的MES接口程序及其源代码，以及使用甲方轮胎图像训练形成的缺陷识别模型参数，归甲方所有，甲方可自行修改或委托第三方维护。缺陷自动识别软件的基础算法著作权仍归乙方所有，乙方授予甲方永久使用许可。
H:八、数据安全
P:（一）轮胎X光图像、检测结果、工艺参数及其他生产数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，不得向第三方提供。
P:（二）乙方远程维护须通过甲方指定的VPN通道进行，每次须事先取得甲方书面或邮件批准，操作全程留存日志；乙方不得将图像或数据复制带离甲方厂区。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置。因乙方原因造成的损失，由乙方承担赔偿责任。
H:九、保密
P:双方对履约中获知的对方技术资料、工艺配方、生产数据及商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
P:（二）检测系统不符合合同约定的，乙方应负责更换或修理，并承担由此产生的全部费用。
P:（三）甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:十一、分包
P:乙方不得转包本合同。铅房基础施工如需由第三方实施，须事先取得甲方书面同意，乙方对第三方的工作承担全部责任。
H:十二、合同解除
P:乙方逾期交货超过45日，或检测系统两次验收不合格，或有其他根本违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交东营仲裁委员会按其仲裁规则仲裁。
H:十四、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：1. 技术规格书；2. 验收方案；3. 售后服务承诺。
P:甲方（盖章）：鲁岳轮胎股份有限公司    乙方（盖章）：精视工业检测设备有限公司
P:授权代表：________    授权代表：________    日期：2025年____月____日
"""

H144Z03 = """# 宠物诊疗与会员管理SaaS服务合同

合同编号：AC-IT-2025-019

甲方：安宠宠物医院管理（成都）有限公司
地址：四川省成都市武侯区天府大道北段1700号

乙方：成都爪印云科技有限公司
地址：四川省成都市高新区天府五街200号

甲方经营连锁宠物医院，现有门店42家。为统一诊疗、药品和会员管理，甲方订购乙方“爪印云”宠物医院管理SaaS服务，并委托乙方实施。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过“爪印云”平台向甲方总部及42家门店提供以下订阅服务：电子病历与诊疗管理、检验及影像报告管理、药品和耗材进销存、收银与储值卡、会员积分、疫苗和驱虫提醒、微信小程序预约挂号、总部经营分析驾驶舱。

1.2 实施服务包括：从甲方旧HIS系统迁移约38万份病历、9.6万名会员档案及储值余额；门店、科室、价目和药品字典配置；与甲方用友财务系统对接；血球仪、生化仪等检验设备的数据接口；对门店员工分批培训。

1.3 订阅期为三年，自全部门店上线验收合格之日起计算。

## 2. 费用

2.1 本合同费用如下：

| 项目 | 单价 | 数量 | 期限 | 金额（元） |
|---|---|---|---|---|
| 门店版订阅 | 9,800元/店/年 | 42店 | 3年 | 1,234,800 |
| 总部管理端订阅 | 36,000元/年 | 1套 | 3年 | 108,000 |
| 实施服务（一次性） | — | 1项 | — | 168,000 |
| 合计 | | | | 1,510,800 |

2.2 上述价格含增值税。短信通知按实际发送量另行结算，每条0.045元，不计入合同总价。

2.3 订阅期内甲方新增门店的，按门店版单价按月折算计费；关闭门店的，自次月起停止计费。

## 3. 付款方式

3.1 本合同不设预付款。

3.2 订阅费按季度结算。每季度结束后10个工作日内，乙方提交上季度服务报告及发票，甲方审核无误后15个工作日内支付当季订阅费人民币111,900元；依第5.3条应抵扣的金额从当季费用中扣除。

3.3 实施费在上线验收合格后15个工作日内一次性支付。

## 4. 实施与验收

4.1 乙方应在合同签订后60日内完成全部门店上线，分三批实施：首批为总部及6家旗舰门店，其余门店分两批切换。

4.2 上线验收标准：（1）历史病历和会员档案全部迁移，按甲方抽样清单逐条核对，差错为零；储值余额与旧系统逐户一致；（2）各门店连续7个营业日的收银日结数据与财务系统对账一致；（3）检验设备结果自动回传至对应病历；（4）系统功能符合附件1《功能清单》。

4.3 满足上述标准后，由甲方书面签署上线验收单。门店开始使用系统，不视为验收合格。

4.4 实施期间，乙方应指派专职项目经理，每周向甲方提交实施周报，列明各门店进度、数据核对结果和待解决问题。

4.5 因乙方原因未能在4.1条约定期限内完成全部门店上线的，每逾期一日，乙方向甲方支付违约金人民币1,000元。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%。提前48小时通知甲方、且安排在凌晨2:00至6:00之间的计划维护，不计入不可用时间。

5.2 故障响应：一级故障（全部或多家门店无法开单、收银）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一模块异常）1小时内响应，8小时内解决；三级故障1个工作日内处理。

5.3 服务抵扣：月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于98%的，按当月订阅费的20%抵扣。一级故障恢复每超时1小时，另抵扣人民币500元。

## 6. 数据权属与使用

6.1 甲方数据（包括宠物病历、宠物主人姓名及联系方式、会员与储值数据、经营数据）归甲方所有。

6.2 乙方可对甲方数据进行脱敏和汇总处理后，用于编制宠物行业诊疗趋势报告，以及训练和改进乙方产品的智能辅助诊断功能；本合同终止后，乙方仍可继续使用已形成的脱敏汇总数据。

6.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除平台中的甲方数据，并出具书面删除确认。

## 7. 数据安全

7.1 平台部署在境内云服务商的华西区域机房，已通过网络安全等级保护三级测评；数据在传输和存储过程中加密；乙方对运维人员实行最小权限管理，并记录全部操作日志。

7.2 乙方处理宠物主人个人信息，应遵守《中华人民共和国个人信息保护法》，仅在提供本合同服务所必需的范围内处理。

7.3 发生数据泄露、丢失或篡改等安全事件的，乙方应在2小时内通知甲方并立即处置；因乙方原因造成的损失，由乙方承担赔偿责任。

## 8. 甲方义务

8.1 甲方应指定项目负责人及各门店联络人，按实施计划提供旧系统数据导出文件、药品字典和价目表，并组织门店员工参加培训。

8.2 甲方应妥善保管平台账号和密码，按岗位分配权限；因甲方人员泄露账号造成的损失，由甲方自行承担。

8.3 乙方对平台功能进行升级的，应提前7日通知甲方；升级不得减少本合同附件1所列功能，也不得另行收费。

## 9. 保密

双方对在合作中知悉的对方商业秘密、经营数据和客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 10. 知识产权

10.1 “爪印云”平台及其软件的知识产权归乙方所有。

10.2 乙方为甲方定制开发的财务对接程序、专属报表模板及相关文档归甲方所有，甲方可自行修改或交由第三方使用。

## 11. 责任限制

乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限；但因数据安全事件、乙方故意或重大过失造成的损失不受此限。

## 12. 分包

乙方不得将本合同项下的服务分包给第三方。平台所使用的云基础设施服务商已在附件3列明，视为经甲方同意；如需更换，须事先取得甲方书面同意。

## 13. 期限与续订

本合同期满前60日，双方协商续订事宜；续订的，续订单价不高于本合同单价。本合同不自动续期。

## 14. 合同解除

14.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同。

14.2 平台连续两个月月度可用率低于98%的，甲方有权解除合同，且无需承担任何违约责任。

14.3 合同解除的，乙方应按第6.3条向甲方交付数据，甲方按实际使用期间结算订阅费。

## 15. 不可抗力

因地震、洪水、疫情等不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明；不可抗力持续超过30日的，双方可协商解除合同。云服务商机房故障不属于不可抗力。

## 16. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

## 17. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：1. 功能清单；2. 实施计划；3. 云基础设施服务商。

甲方（盖章）：安宠宠物医院管理（成都）有限公司　　授权代表：________

乙方（盖章）：成都爪印云科技有限公司　　授权代表：________

签订日期：2025年____月____日
"""

H144Z04 = """泉山市数字档案馆系统年度运维服务合同

项目编号：QSCG-2025-C-086
采购方式：竞争性磋商

甲方（采购人）：泉山市档案馆
地址：泉山市新城区文昌路8号

乙方（成交供应商）：档通信息技术有限公司
地址：泉山市经济开发区科创园B座6楼

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就泉山市数字档案馆系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务内容和服务期
（一）应用系统运维：对数字档案馆系统的档案管理、电子文件接收、数字化成果管理、长期保存、利用服务平台和在线展厅等子系统进行日常运行监控、故障处理、参数配置、补丁更新及用户支持。
（二）基础设施运维：对档案馆机房内的服务器、存储、磁带库、备份一体机、网络及安全设备进行巡检、维护和故障处理。
（三）驻场服务：乙方派驻2名运维工程师，工作日8:30至17:30在甲方现场负责日常运维和用户支持。
（四）安全与备份：配合网络安全等级保护测评，完成年度安全加固；执行每日增量、每周全量备份，每半年进行一次备份恢复演练。
（五）服务期自2025年7月1日起至2026年6月30日止。

第二条 服务费用
（一）服务费总额为人民币伍拾捌万陆仟元整（¥586,000），其中：
    1. 应用系统运维费：238,000元；
    2. 基础设施运维费：146,000元；
    3. 驻场服务费（2人）：168,000元；
    4. 等保测评配合及安全加固费：34,000元。
（二）上述费用为固定价格，已包含人员、差旅、工具、税费等全部费用。运维期间需更换的硬件备件由甲方另行采购。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方在季度考核合格后15个工作日内支付当季服务费人民币146,500元；依本合同应扣减的款项从当季服务费中扣除。

第四条 服务要求
（一）驻场工程师每日对机房和系统进行巡检并填写巡检记录，每月5日前提交上月运维报告。
（二）故障分级：一级故障指数字档案馆系统整体不可用，或存储、备份设备故障可能导致档案数据丢失；二级故障指部分子系统或功能不可用；三级故障指不影响系统运行的一般问题。
（三）故障响应：发生一级故障时，乙方应在6小时内响应并安排工程师到场处置，48小时内恢复；二级故障应在1个工作日内处理完毕；三级故障应在3个工作日内处理完毕。
（四）超时扣款：一级故障每超时1小时，扣减当季服务费500元；二级故障每超时1个工作日，扣减当季服务费300元。
（五）乙方应于2025年12月31日前完成年度安全加固，并分别于2025年12月和2026年5月完成备份恢复演练。
（六）乙方应使用甲方认可的运维管理平台登记全部工单，记录故障发现、响应、处置和关闭时间；工单记录作为季度考核和超时扣款的依据。乙方不得删除或修改已关闭的工单记录。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检记录完整；备份任务全部成功执行或已及时补救；故障处理符合第四条时限；用户满意度评分不低于90分。
（二）服务期满后15日内，甲方组织年度验收。验收标准为：四个季度考核均合格；两次备份恢复演练均成功恢复指定的档案数据并核验一致；年度安全加固整改项全部关闭；运维文档和账号权限已完整移交。
（三）验收合格的，双方签署年度验收报告。年度验收不合格的，乙方应在15日内整改并申请复验，复验仍不合格的，甲方可扣减第四季度服务费的10%。

第六条 数据安全
（一）数字档案馆中的全部档案数据、元数据及利用记录归甲方所有，乙方仅可为履行本合同接触和处理，不得用于任何其他目的。
（二）乙方人员的运维操作须通过甲方堡垒机进行并全程审计；未经甲方书面批准，不得拷贝、导出或带离任何档案数据，不得使用个人存储介质；乙方人员不得接触涉密档案和涉密网络。
（三）发生数据泄露、篡改、丢失或网络攻击等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担相应的法律责任和赔偿责任。

第七条 保密
乙方及其人员对履约中知悉的档案内容、系统架构、账号口令及甲方工作秘密负有保密义务，驻场人员应签署保密承诺书。保密义务不因本合同终止而解除。

第八条 知识产权
乙方在服务中形成的运维文档、脚本、巡检报告和应急预案归甲方所有，甲方可自行使用、修改或提供给后续服务单位。

第九条 人员管理和甲方义务
（一）乙方驻场人员应具备相应资质并无违法犯罪记录，熟悉档案管理业务和数字档案馆系统。更换驻场人员须提前7日书面告知甲方并经甲方同意，新任人员应完成不少于5个工作日的交接。
（二）甲方为驻场人员提供办公场所、必要的办公设备和运维账号，并指定专人负责日常对接和考核。
（三）甲方组织重大活动或档案开放利用高峰期间，乙方应根据甲方通知增派技术人员现场保障，增派人员不另行收费，但全年不超过10个工作日。
（四）乙方应编制系统应急预案并报甲方备案，每年至少组织一次应急演练，演练记录纳入年度验收资料。

第十条 违约责任
（一）乙方未按第四条第（五）项约定期限完成年度安全加固或备份恢复演练的，每逾期一日，向甲方支付违约金人民币400元。
（二）季度考核不合格的，甲方可扣减当季服务费的10%；连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方在本合同项下的累计赔偿责任（含违约金和扣款）以本合同服务费总额的50%为限，但因乙方故意或重大过失造成档案数据泄露或灭失的除外。

第十一条 分包
乙方不得将本合同服务分包或转包给任何第三方。

第十二条 合同解除与服务交接
（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）本合同期满或解除时，乙方应在15日内向甲方或甲方指定的后续服务单位移交全部运维文档、系统账号和口令、配置清单及未关闭问题清单，并配合完成交接；交接完成前，乙方不得停止对系统的基本运行保障。
（三）因地震、火灾等不可抗力导致本合同无法履行的，双方互不承担违约责任，但乙方应尽力协助甲方保护档案数据。

第十三条 期限届满
本合同不自动续期。服务期满后如需继续采购，由甲方按政府采购有关规定办理。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。附件：1. 服务内容及考核细则；2. 驻场人员名单；3. 乙方响应文件中的服务承诺。

甲方（盖章）：泉山市档案馆                  乙方（盖章）：档通信息技术有限公司
法定代表人或授权代表：________              法定代表人或授权代表：________
签订日期：2025年____月____日
"""

H144Z05 = """# 智造云联MES系统软件许可及实施合同

> 智造云联标准合同文本 V4.0（2024年修订）

合同编号：ZZYL-MES-2025-0218

甲方（用户）：湘味坊米粉食品有限公司
地址：湖南省常德市鼎城区灌溪镇食品工业园

乙方（许可方）：长沙智造云联软件有限公司
地址：湖南省长沙市岳麓区麓谷大道658号

鉴于乙方是智造云联MES平台的著作权人，甲方为提升米粉生产过程管理和食品安全追溯能力，拟使用乙方软件产品，并委托乙方进行定制开发和实施，双方经协商一致，订立本合同。

## 第一条 定义

1.1 “软件产品”：指乙方享有著作权的智造云联MES平台V4，含生产计划、工单执行、质量管理、批次追溯、仓储物流和设备管理模块。

1.2 “定制开发成果”：指乙方根据甲方需求开发的功能、程序、接口、配置、报表及相关文档。

1.3 “上线运行”：指软件产品及定制开发成果在甲方生产环境部署完成并开始用于生产管理。

## 第二条 许可与服务内容

2.1 乙方授予甲方软件产品的永久、非独占、不可转让的使用许可，使用范围限于甲方常德生产基地，并发用户数不超过80个。

2.2 定制开发内容：（1）浸米、磨浆、发酵、蒸片、切条、干燥各工序工艺参数的自动采集（与车间PLC及温湿度传感器对接）；（2）与甲方金蝶云星空ERP及电子称重系统的接口；（3）产品一物一码追溯及食品安全追溯报表；（4）车间生产看板。

2.3 实施服务：系统部署、参数配置、基础数据导入及关键用户培训。

2.4 乙方交付的软件产品为交付时的最新稳定版本。甲方需增加并发用户数或使用范围的，按乙方当时的产品报价另行购买许可。

## 第三条 合同价款

| 项目 | 金额（元） |
|---|---|
| 软件产品许可费（永久许可） | 980,000 |
| 定制开发费 | 360,000 |
| 实施部署费 | 60,000 |
| 合计 | 1,400,000 |

合同总价为人民币壹佰肆拾万元整（¥1,400,000），含增值税。

## 第四条 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币700,000元。

4.2 系统上线运行后7日内，甲方支付合同总价的50%，即人民币700,000元。

4.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；乙方有权在甲方付清款项前暂停实施和维护服务。

## 第五条 交付与上线

5.1 乙方在收到首期款项后90日内完成部署并上线运行。因甲方未按时提供场地、服务器、网络或基础数据造成的延误，工期相应顺延。

5.2 系统安装部署完成并上线运行后，即视为甲方验收合格。甲方在上线运行后提出的问题，按本合同第七条的维护服务处理。

5.3 甲方应自备服务器、数据库及操作系统，并保证其符合乙方提出的配置要求。

5.4 甲方应指定项目负责人和各车间关键用户，按乙方要求提供物料、配方、工艺路线、设备清单等基础数据，并保证其真实、准确、完整。因甲方基础数据错误或需求变更导致的返工，乙方有权另行收费，工期相应顺延。

5.5 乙方为甲方关键用户提供不超过10人次的集中培训，培训地点在甲方生产基地。甲方要求增加培训的，按每人天2,000元另行计费。

5.6 甲方在合同签订后提出的需求变更，双方应另行签订补充协议，费用和工期另行约定。

## 第六条 知识产权

6.1 软件产品的著作权及其他知识产权归乙方所有。

6.2 定制开发成果（包括但不限于源代码、接口程序、配置文件、报表模板及相关文档）的知识产权归乙方所有。甲方在本合同许可范围内享有使用权，不得修改、反向工程，或提供给任何第三方使用。

6.3 乙方有权将定制开发成果中的通用功能纳入其标准产品。

## 第七条 维护服务

7.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修正。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年维护费为软件产品许可费的26%，即人民币254,800元/年。

7.3 故障响应：一级故障（系统无法登录或生产报工中断），乙方在接到甲方报修后12小时内响应，以远程处理为主；需要现场服务的，差旅费用由甲方承担。二级及以下故障在2个工作日内响应。

7.4 乙方将尽合理努力排除故障，但不因响应或处理时间承担任何扣款、赔偿或违约责任。

7.5 维护服务不包括：因甲方操作不当、擅自修改程序或数据、服务器及网络故障、第三方软件问题造成的故障处理，以及新功能开发。上述服务乙方可按每人天2,000元另行收费。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可在去除甲方名称等标识信息后，将系统运行中产生的生产工艺、设备及质量数据用于乙方产品优化、行业工艺模型训练和大数据分析服务。

8.3 乙方采取访问控制、传输加密和操作日志等措施保护甲方数据安全，乙方远程维护须经甲方授权。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任，赔偿范围受第十一条限制。

## 第九条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为本合同终止后三年。甲方不得向任何第三方披露乙方的报价、软件产品的技术资料及本合同内容。

## 第十条 违约责任

10.1 因乙方原因未能按第5.1条约定时间上线运行的，每逾期一周，乙方按合同总价的千分之五向甲方支付违约金，累计不超过合同总价的5%。

10.2 甲方违反第六条约定的，应赔偿乙方全部损失，并按合同总价的20%向乙方支付违约金。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的10%。

11.2 乙方对间接损失、利润损失、停产损失及数据丢失不承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十三条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方。乙方所依赖的第三方软件、云服务或网络服务出现故障，视为不可抗力。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，甲方已仔细阅读并充分理解全部条款。

15.2 本合同的通知以电子邮件或乙方客户服务平台发出即视为送达。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湘味坊米粉食品有限公司　　授权代表：________

乙方（盖章）：长沙智造云联软件有限公司　　授权代表：________

签订日期：2025年____月____日
"""

H144E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BL-CN-2025-031
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) BEARA LOOP SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with registered number 612847, whose registered office is at The Old Signal House, Dursey Island, Co. Cork, P75 XK21, Ireland (the "Licensor"); and
P:(2) NINGBO HANMO STATIONERY CO., LTD., a limited liability company established under the laws of the People's Republic of China, whose registered address is at No. 58 Wangchun Road, Haishu District, Ningbo, Zhejiang Province (the "Customer").
P:WHEREAS:
P:(A) The Licensor develops and licenses the Loop PLM product-lifecycle management software.
P:(B) The Customer designs and manufactures writing instruments, school stationery and office supplies and wishes to license the Software and to have it configured for its product-development process.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Configuration Deliverables" means the workflow definitions, data models, BOM templates, ERP interface scripts, reports and other materials created by the Licensor in performing the Services; "Customer Data" means all data, drawings, artwork and other information of the Customer processed using the Software or the Services; "Go-Live Date" means the date on which the Software is first used for the Customer's live product-development work; "Software" means Loop PLM version 9 in object code, including the modules listed in Clause 4; and "Working Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fee, the Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in the People's Republic of China, for the internal business purposes of the Customer and its wholly-owned subsidiaries, by up to eighty-five (85) named users.
P:2.2 The Customer may reassign a named user licence when an employee leaves or changes role and may run a non-production copy of the Software for testing and training.
H:Clause 3 Services
P:3.1 Configuration Services: the Licensor shall configure the Software for new product introduction, multi-level bills of materials for pens, refills and assortments, artwork approval with external design agencies, engineering changes, the release of item masters and BOMs to the Customer's Kingdee ERP system, and integration with SolidWorks.
P:3.2 Data Migration: the Licensor shall migrate approximately 46,000 legacy drawings and 11,800 artwork files, with their revision history.
P:3.3 Training: four on-site training sessions in Ningbo for key users and administrators.
P:3.4 The Licensor shall achieve the Go-Live Date no later than one hundred and forty (140) days after the date of this Agreement.
H:Clause 4 Fees and Payment
P:4.1 The fees payable under this Agreement are as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Loop PLM Enterprise Server Licence (perpetual)|1|420,000|420,000
TB:2|Named User Licence (perpetual)|85|6,800|578,000
TB:3|CAD Integration Module (perpetual)|1|96,000|96,000
TB:|Licence Fee subtotal|||1,094,000
TB:4|Configuration Services (fixed price)|1|486,000|486,000
TB:5|Data Migration|1|132,000|132,000
TB:6|Training (four sessions)|1|38,000|38,000
TB:|Contract Price|||1,750,000
P:4.2 The Contract Price shall be paid as follows: (a) twenty per cent (20%), being CNY 350,000, within thirty (30) days after the date of this Agreement, against an advance-payment guarantee issued by a bank acceptable to the Customer; (b) forty-five per cent (45%), being CNY 787,500, within thirty (30) days after the Go-Live Date; and (c) thirty-five per cent (35%), being CNY 612,500, within thirty (30) days after the issue of the Final Acceptance Certificate.
P:4.3 The Contract Price is fixed and includes all travel and expenses.
H:Clause 5 Acceptance
P:5.1 The Acceptance Tests shall demonstrate that: (a) the configured workflows run end to end for three pilot products (a gel pen, a school pencil case and a notebook series); (b) item masters and BOMs for 200 sample items are released to the ERP system without any mismatch; (c) the migrated files reconcile with the legacy index with no unexplained discrepancy; (d) with fifty (50) concurrent users the standard screens respond within three (3) seconds; and (e) the Software has been used in production for thirty (30) consecutive days after the Go-Live Date without a Severity 1 incident.
P:5.2 When the Acceptance Tests have been passed, the Customer shall issue a Final Acceptance Certificate within ten (10) Working Days. Neither the Go-Live Date, nor the use of the Software in production, nor any payment shall constitute acceptance.
P:5.3 If any Acceptance Test is failed, the Licensor shall correct the failure within fifteen (15) Working Days and repeat the test. If the test is failed a second time, the Customer may terminate this Agreement under Clause 14.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for a period of ninety (90) days from the Go-Live Date (the "Warranty Period") the Software will perform materially in accordance with its documentation. If it does not, the Licensor shall, at its own cost, correct the non-conformity or provide a reasonable workaround.
P:6.2 All other warranties are excluded to the fullest extent permitted by law.
H:Clause 7 Support and Maintenance
P:7.1 Following the expiry of the Warranty Period, the Licensor shall provide Support Services (remote support, corrections and new versions) for each Support Year for which the Customer issues a purchase order. Support does not renew automatically.
P:7.2 The Annual Support Fee is fourteen per cent (14%) of the Licence Fee subtotal, being CNY 153,160 per Support Year, and is fixed for the first three Support Years. Thereafter any increase shall not exceed the lower of the change in the PRC consumer price index and three per cent (3%) per year.
P:7.3 During the Warranty Period and every Support Year the Licensor shall respond to a Severity 1 incident (the Software unavailable to all users, or the release of BOMs to the ERP system blocked) within one (1) hour at any time and provide a workaround within eight (8) hours; to a Severity 2 incident within two (2) hours on Working Days; and to other incidents by the next Working Day.
P:7.4 If the Licensor misses the Severity 1 response time, it shall give the Customer a service credit of CNY 1,000 for each hour or part of an hour of delay, to be set off against the next amount due to the Licensor.
H:Clause 8 Intellectual Property
P:8.1 The Software and its documentation remain the property of the Licensor or its licensors.
P:8.2 All Intellectual Property Rights in the Configuration Deliverables shall vest in and remain with the Licensor upon creation, whether or not the Configuration Deliverables were created specifically for the Customer. The Licensor grants the Customer a non-exclusive, non-transferable licence to use the Configuration Deliverables together with the Software for its internal business purposes. The Customer shall not modify the ERP interface scripts, or permit any third party to do so, without the Licensor's prior written consent.
H:Clause 9 Customer Data and Data Protection
P:9.1 The Customer Data is and shall remain the property of the Customer. The Licensor shall use the Customer Data only to perform its obligations under this Agreement.
P:9.2 The Software is installed on the Customer's servers in Ningbo. The Licensor shall access them only through the Customer's VPN with multi-factor authentication and with the Customer's approval for each session, and all sessions shall be logged. The Licensor shall not copy Customer Data outside the Customer's systems or transfer it outside the People's Republic of China.
P:9.3 The Licensor shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve (12) hours of becoming aware of it, shall co-operate fully in its investigation and remediation, and shall be liable for all loss caused by any breach of this Clause 9 by the Licensor or its personnel.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party disclosed in connection with this Agreement, including unreleased product designs. This obligation survives for five (5) years after termination.
H:Clause 11 Delay
P:11.1 If the Go-Live Date is not achieved by the date in Clause 3.4 for reasons attributable to the Licensor, the Licensor shall pay the Customer liquidated damages of CNY 1,400 for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:Clause 12 Limitation of Liability
P:12.1 Except for liability for death or personal injury caused by negligence, for fraud and under Clause 9.3, each party's total aggregate liability arising under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price.
H:Clause 13 Subcontracting
P:13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent and shall remain responsible for any subcontractor so approved.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after receiving notice requiring it to do so.
P:14.2 On termination by the Customer before Final Acceptance, the Licensor shall refund the amounts paid for the Services that have not been accepted.
H:Clause 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai, and the award shall be final and binding.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement between the parties and may be varied only in writing signed by both parties.
P:SIGNED for and on behalf of BEARA LOOP SOFTWARE LIMITED by: ______________________ Director
P:SIGNED for and on behalf of NINGBO HANMO STATIONERY CO., LTD. by: ______________________ Legal Representative
"""

H144E02 = """ORDER FORM
Inselwerk Hospitality Software GmbH
Burgstrasse 7, 78479 Reichenau (Island of Reichenau), Germany
Commercial register: Amtsgericht Freiburg im Breisgau, HRB 718254
Managing Directors: Dr. Katrin Ammann, Jonas Fehrle

Order Form No.: IW-CN-2025-0113
Date: ____________ 2025

Customer: Dali Cangshan Erhai Inn Management Co., Ltd.
Address: No. 21 Renmin Road, Dali Old Town, Dali Bai Autonomous Prefecture, Yunnan Province, People's Republic of China
Properties: 14 guesthouses with 310 rooms in total (list in Annex 1)

1. Subscribed Services

   Item                                        Unit price (CNY)          Quantity     Monthly (CNY)
   Inselwerk PMS Cloud - Professional          42 per room and month     310 rooms    13,020
   Channel Manager (Ctrip, Meituan, Fliggy,    2,600 per month (group)   1            2,600
   Booking.com)
   Monthly Fees                                                                       15,620

2. Initial Term: 24 months from the Go-Live Date.
   Monthly Fees for the Initial Term: CNY 15,620 x 24 = CNY 374,880

3. One-time Onboarding Package: CNY 58,000 (configuration of the 14 properties, migration of guest profiles and future reservations, OTA mapping, interface to the public security accommodation registration system, on-site training in Dali).

4. Total Contract Value for the Initial Term: CNY 432,880. At the Customer's request all amounts are stated and payable in CNY; they include VAT.

5. Invoicing: the Monthly Fees are invoiced quarterly in arrears. The Onboarding Package is invoiced after the Go-Live acceptance protocol has been signed. No advance payment is due.

6. Go-Live target date: 75 days after signature of this Order Form.

7. Hosting: data centre of Provider's hosting partner in mainland China (Shanghai region).

8. Contract documents: this Order Form and the General Terms and Conditions of Inselwerk Hospitality Software GmbH (version 2025-03) printed below. In case of conflict, this Order Form prevails.

For Inselwerk Hospitality Software GmbH: ______________________   Place, date: ______________
For the Customer: ______________________   Place, date: ______________


GENERAL TERMS AND CONDITIONS OF INSELWERK HOSPITALITY SOFTWARE GMBH
(Version 2025-03)

§ 1 Scope
(1) These General Terms and Conditions ("GTC") apply to all contracts under which Inselwerk Hospitality Software GmbH ("Provider") provides its cloud software and related services to business customers ("Customer").
(2) Deviating terms of the Customer do not become part of the contract. Individual agreements in the Order Form take precedence over these GTC.

§ 2 Subject Matter of the Contract
(1) Provider makes the property-management software "Inselwerk PMS Cloud" and the subscribed modules (the "Software") available to the Customer for use via the internet for the term of the contract.
(2) Provider performs the onboarding services described in the Order Form.
(3) Provider may further develop the Software, provided that the agreed functionality is not materially reduced.

§ 3 Term and Extension
(1) The contract commences on signature of the Order Form. The Initial Term begins on the Go-Live Date and runs for the period stated in the Order Form.
(2) The contract is extended automatically by a further twelve months in each case unless either party terminates it in text form with three months' notice to the end of the Initial Term or of the current extension period.
(3) The right of either party to extraordinary termination for good cause remains unaffected. Good cause for the Customer exists in particular if Provider commits a material breach of contract and does not remedy it within 30 days after written notice, or if the availability under § 6 (1) is missed in two consecutive months.
(4) After the end of the contract, Provider makes all Customer Data available for export for 30 days and deletes it thereafter.

§ 4 Onboarding and Acceptance
(1) Provider shall complete the onboarding by the Go-Live target date stated in the Order Form.
(2) Before Go-Live the parties jointly carry out an acceptance test. The test is passed when (a) all guest profiles and future reservations have been migrated and reconciled against the export from the Customer's previous system without open discrepancies; (b) availability and rates synchronise in both directions with each connected OTA channel; (c) guest registration data is transmitted successfully to the public security accommodation registration system for each property; and (d) in a pilot property the night audit and the daily revenue report match the cash count on three consecutive days.
(3) The Customer confirms a passed test by signing the acceptance protocol. Productive use of the Software before the protocol is signed does not constitute acceptance.
(4) If the acceptance protocol cannot be signed by the Go-Live target date for reasons for which Provider is responsible, Provider pays a contractual penalty of CNY 300 for each calendar day of delay, up to a maximum of 10 % of the Total Contract Value. Further claims remain reserved; the penalty is credited against them.

§ 5 Fees and Payment
(1) The fees are those stated in the Order Form.
(2) Invoices are payable within 30 days of receipt without deduction.
(3) Provider is entitled to adjust the fees with effect from the start of each extension period by notice in text form given at least two months before that extension period begins. The increase shall not exceed 6 % per extension period.

§ 6 Availability and Support
(1) Provider ensures an availability of the Software at the transfer point (exit of the data-centre router) of 99.95 % per calendar month. Scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time, up to a total of eight hours per month, does not count as downtime.
(2) Priority 1 incidents (the Software unavailable for all properties, or check-in and check-out impossible) are responded to within 30 minutes at any time, with a restoration target of three hours. Priority 2 incidents (a single function or a single property affected) are responded to within two hours during support hours (08:00 to 22:00 China Standard Time, every day). Other requests are handled by the next business day.
(3) If monthly availability falls below the level in paragraph (1), the Customer receives a credit of 5 % of the Monthly Fees for each commenced 0.1 percentage point of shortfall, up to 50 % of the Monthly Fees of that month. For each Priority 1 incident not responded to in time, the Customer receives a credit of CNY 500. Credits are set off against the next invoice.

§ 7 Rights of Use and Intellectual Property
(1) Provider grants the Customer the non-exclusive, non-transferable right, limited to the term of the contract, to use the Software for the Customer's own business purposes at the properties listed in the Order Form.
(2) The Software and its documentation remain Provider's intellectual property.
(3) Configurations created specifically for the Customer during onboarding, in particular room and rate-plan structures, report templates and data mappings, belong to the Customer. The Customer may use and modify them without restriction and hand them over to a successor provider.

§ 8 Data Protection and Data Security
(1) All data entered into or generated in the Software by or for the Customer, including guest personal information and identity-document data ("Customer Data"), remains the property of the Customer. Provider processes Customer Data only on the Customer's documented instructions and only to provide the contractual services; any other use, including for Provider's own analyses, is excluded.
(2) Customer Data is stored and processed exclusively in data centres in mainland China. Access from outside mainland China takes place only in individual support cases with the Customer's prior consent and without copying Customer Data.
(3) Provider implements appropriate technical and organisational measures, in particular encryption in transit (TLS 1.2 or higher) and at rest, multi-factor authentication for administrative access, role-based access rights, logging of all administrative actions, annual penetration tests and hosting in a facility with a level-3 record under the Multi-Level Protection Scheme.
(4) Provider notifies the Customer of any breach of the security of Customer Data without undue delay and in any event within 48 hours of becoming aware of it, supports the Customer in meeting its reporting duties under PRC law, and compensates the Customer for damage caused by the breach in accordance with § 11.

§ 9 Subcontractors
(1) Provider may use subcontractors, including affiliated companies and sub-processors, to perform its obligations. At the date of the Order Form these are the hosting partner (Shanghai region), Inselwerk Software (Kunming) Co., Ltd. for first- and second-level support, and an SMS gateway operator.
(2) Provider informs the Customer in text form at least 14 days before engaging a new subcontractor or sub-processor. Provider is responsible for the performance of its subcontractors as for its own.

§ 10 Confidentiality
(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with the contract and shall use them only for the purposes of the contract.
(2) This obligation continues for five years after the end of the contract.

§ 11 Liability
(1) Provider is liable without limitation for damage caused intentionally or by gross negligence and for injury to life, body or health.
(2) In the case of slight negligence, Provider is liable only for the breach of an essential contractual obligation (cardinal obligation), limited to the damage typical for the contract and foreseeable when the contract was concluded.
(3) Except in the cases of paragraph (1), Provider's total liability under the contract is limited to CNY 650,000.

§ 12 Force Majeure
Neither party is liable for failure to perform caused by events outside its control, such as natural disasters or war, for the duration of the event.

§ 13 Final Provisions
(1) Amendments to the contract require text form.
(2) Should individual provisions be or become invalid, the validity of the remaining provisions remains unaffected.

§ 14 Governing Law and Place of Jurisdiction
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Konstanz, Germany.
"""

H144E03 = """T:VESSEL-TRACKING TERMINALS: SUPPLY AND MAINTENANCE CONTRACT
P:Contract No. DJFC-2025-07
P:BETWEEN THE UNDERSIGNED:
P:Zhoushan Dongji Marine Fishing Cooperative, a farmers' specialised cooperative registered in Putuo District, Zhoushan, Zhejiang Province, People's Republic of China, with its office at No. 12 Haibin Road, Shenjiamen, represented by its Chairman, hereinafter "the Buyer",
P:AND
P:Hoedic Marine Systemes SARL, a French limited liability company with a share capital of EUR 120,000, registered with the Trade and Companies Register of Lorient under number 852 417 963, having its registered office at Le Bourg, 56170 Ile de Hoedic, France, represented by its Manager, hereinafter "the Integrator",
P:hereinafter together "the Parties".
H:Preamble
P:The members of the Buyer operate 64 offshore fishing vessels registered in Zhoushan. To meet the fisheries authority's requirements for vessel position monitoring, the Buyer invited offers, and the Integrator's offer was selected. The present Contract is drawn up on the Buyer's standard form. At the Buyer's request, all prices are expressed and payable in Renminbi (CNY).
P:IT HAS BEEN AGREED AS FOLLOWS:
H:Article 1 - Purpose of the Contract
P:The purpose of the present Contract is the supply, installation, commissioning and maintenance of vessel-tracking terminals for the 64 fishing vessels listed in Annex 1, of two shore base stations and of the fleet-monitoring software, and their integration with the Zhejiang provincial fishing-vessel dynamic monitoring platform.
H:Article 2 - Contract Documents
P:The Contract consists of the present document and of its annexes: Annex 1 (Vessel List and Technical Specification), Annex 2 (Acceptance Test Plan) and Annex 3 (Approved Installation Partner).
H:Article 3 - Scope of Supply
P:3.1 The Integrator shall supply: (a) 64 dual-mode terminals combining BeiDou-3 short-message positioning and an AIS Class A transponder; (b) 64 bridge display and SOS alarm units; (c) two shore base stations, at Dongji Island and at Shenjiamen, each with mast, antennas, lightning protection and an uninterruptible power supply; and (d) a perpetual licence for the fleet-monitoring software, installed on the Buyer's server at its Shenjiamen office.
P:3.2 All terminals shall hold a valid PRC radio type approval and the fishing-vessel inspection certificates required for installation on board.
P:3.3 The Integrator shall install and commission all equipment, integrate the software with the provincial platform, and train the shore operators and the skippers.
H:Article 4 - Price
P:4.1 The Contract Price is fixed and firm. It includes all duties and taxes (including VAT), import formalities, transport to Shenjiamen and all costs of installation. It is broken down as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Dual-mode terminal, BeiDou-3 and AIS Class A|64|16,800|1,075,200
TB:Bridge display and SOS alarm unit|64|3,900|249,600
TB:Shore base station, with mast and antennas|2|186,000|372,000
TB:Fleet-monitoring software, perpetual licence|1|268,000|268,000
TB:Hardware and Licence Subtotal|||1,964,800
TB:Installation and commissioning, per vessel|64|2,700|172,800
TB:Platform integration and training|1|84,400|84,400
TB:Contract Price|||2,222,000
H:Article 5 - Payment Terms
P:5.1 10 % of the Contract Price, being CNY 222,200, is paid within 15 days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:5.2 55 %, being CNY 1,222,100, is paid after the Installation Certificates for all vessels and both base stations have been signed. An Installation Certificate records that the equipment has been installed and powered up; it does not constitute acceptance.
P:5.3 35 %, being CNY 777,700, is paid after the Final Acceptance Certificate has been signed.
P:5.4 Payments are made within 30 days after receipt of a compliant invoice.
H:Article 6 - Delivery and Installation
P:6.1 The equipment shall be delivered to Shenjiamen within 60 days after signature of the present Contract.
P:6.2 Installation on board shall take place while the vessels are in port during the summer fishing moratorium and shall be completed, together with the two base stations, by 31 August 2025.
P:6.3 For each vessel and each base station, the Parties sign an Installation Certificate.
H:Article 7 - Acceptance
P:7.1 Final acceptance takes place after a trial period of 45 days at sea, which begins when the fishing season reopens. The acceptance criteria are: (a) every terminal reports its position at intervals of not more than three minutes, via AIS within range of a base station and via BeiDou beyond that range; (b) an SOS alarm triggered on each vessel is received at the shore console within 60 seconds; (c) each base station receives AIS reports from a test vessel at 25 nautical miles; (d) during the trial period no vessel loses position reporting for more than two consecutive hours for reasons attributable to the equipment; and (e) vessel positions appear on the provincial platform in accordance with its interface specification.
P:7.2 When the criteria are met, the Parties sign the Final Acceptance Certificate. Neither the Installation Certificates, nor the use of the equipment at sea, nor any payment constitutes acceptance.
P:7.3 If the criteria are not met, the Integrator shall remedy the defects within 20 days and the trial is repeated.
H:Article 8 - Warranty
P:8.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. It covers all defects of design, materials and workmanship, including corrosion and water ingress of external antennas and cables.
P:8.2 During the warranty period, the Integrator repairs or replaces any defective equipment free of charge, including parts, labour and travel, within 48 hours after the vessel concerned returns to Shenjiamen.
H:Article 9 - Maintenance after the Warranty
P:9.1 After the warranty period, the Buyer may order annual maintenance by a written order for each year. Maintenance is not renewed automatically.
P:9.2 The annual maintenance fee is 7.5 % of the Hardware and Licence Subtotal, being CNY 147,360 per year, fixed for the first three years after the warranty period. It covers parts, software updates, an on-board inspection of each vessel during each moratorium and the service levels of Article 10.
H:Article 10 - Service Levels
P:10.1 A critical fault is a failure of a base station, of the shore console or of the fleet-monitoring software, or any failure to relay an SOS alarm. For a critical fault, the Integrator shall respond within 30 minutes at any time of day or night and shall have an engineer on site within six hours.
P:10.2 A fault of an individual vessel's equipment shall be repaired within 48 hours after the vessel returns to Shenjiamen.
P:10.3 For each hour by which the response time or the on-site time for a critical fault is exceeded, the Integrator pays CNY 1,500. For each day by which the repair time of Article 10.2 is exceeded, it pays CNY 300 per vessel.
H:Article 11 - Delay Penalties
P:11.1 If the Integrator fails to complete delivery or installation by the dates in Article 6, it pays a penalty of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price. Penalties do not release the Integrator from its obligations.
H:Article 12 - Intellectual Property
P:12.1 The fleet-monitoring software remains the property of its licensor.
P:12.2 The integration programs, configurations, geofence definitions and reports developed for the Buyer, and their source code, belong to the Buyer from their creation. The Integrator delivers them with the Final Acceptance Certificate. The Buyer may use, modify and license them freely, including to another maintenance provider.
H:Article 13 - Data and Data Security
P:13.1 Vessel positions and tracks, alarms, catch logs, crew information and all other data generated by the equipment belong to the Buyer. The Integrator may use them only to perform the present Contract.
P:13.2 The data are stored on the Buyer's server in Zhoushan and transmitted to the provincial platform. The Integrator accesses the Buyer's systems only through the Buyer's VPN, from within mainland China and with the Buyer's approval for each session; all sessions are logged. No data may be copied to the Integrator's systems or transferred outside mainland China.
P:13.3 The Integrator shall apply security measures in line with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall notify the Buyer of any security incident within 12 hours and shall be liable for all damage resulting from a breach of this Article by it or by its subcontractors.
H:Article 14 - Confidentiality
P:Each Party shall keep confidential the information received from the other Party, in particular fishing grounds, vessel tracks and catch data, and shall not disclose it to any third party without prior written consent. This obligation remains in force for five years after the end of the Contract.
H:Article 15 - Liability
P:The Integrator's total liability under the present Contract is limited to 200 % of the Contract Price. This limitation does not apply to wilful misconduct, gross negligence, personal injury or breach of Articles 13 and 14.
H:Article 16 - Subcontracting
P:The installation partner named in Annex 3, Zhoushan Shenjiamen Marine Electronics Co., Ltd., is approved by signature of the present Contract. Any other subcontracting requires the Buyer's prior written consent. The Integrator remains fully responsible for its subcontractors.
H:Article 17 - Termination
P:17.1 The Buyer may terminate the present Contract by registered letter if the Integrator commits a material breach and fails to remedy it within 20 days after formal notice, or if the delay penalties reach their maximum.
P:17.2 In case of termination, the Integrator refunds the amounts received for equipment not accepted.
H:Article 18 - Force Majeure
P:Neither Party is liable for a delay caused by force majeure, including a typhoon for which an official warning has been issued; the time limits are extended accordingly.
H:Article 19 - Governing Law and Disputes
P:The present Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled amicably within 30 days shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:Article 20 - Language and Copies
P:Made in Zhoushan in four originals, in Chinese and in English, both versions being equally authentic.
P:For the Buyer: ______________________    For the Integrator: ______________________
"""

H144E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**CUMBRAE MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts and registered in Scotland (company number SC598214) and having its registered office at 11 Stuart Street, Millport, Isle of Cumbrae KA28 0AN ("the Provider")

**and**

**HANGZHOU QIANTANG ZHIHENG LAW FIRM**, a partnership law firm established under the laws of the People's Republic of China and having its office at 26th Floor, Tower B, Qianjiang Century Centre, Shangcheng District, Hangzhou ("the Firm")

The Provider and the Firm HAVE AGREED and DO HEREBY AGREE as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Hours" means 08:00 to 19:00 China Standard Time on Working Days; "Charges" means the charges set out in Clause 6; "Firm Data" means all data, documents and information of the Firm or its clients which the Provider accesses or processes, including privileged material; "Managed Infrastructure" means the servers, storage, network, firewalls and hosted applications listed in Schedule 1; "Service Commencement Date" means the date stated in the Service Commencement Certificate; "Services" means the services described in Clause 3; and "Working Day" means a day on which banks are open for business in Hangzhou.

1.2 References to Clauses and Schedules are to clauses of and schedules to this Agreement. Headings do not affect interpretation. At the Firm's request, all amounts in this Agreement are stated and payable in Renminbi (CNY).

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement comes into force on the date of the last signature and, subject to earlier termination, continues for twenty-four (24) months from the Service Commencement Date.

2.2 This Agreement shall not continue by tacit relocation. Any extension requires a written variation signed on behalf of both Parties.

## 3. THE SERVICES

3.1 Service desk: a bilingual (Chinese and English) service desk for the Firm's 126 users, available by telephone, e-mail and portal, with a named service manager.

3.2 Desktop support: two on-site engineers at the Firm's Hangzhou office during Business Hours for desktops, laptops, printers, meeting-room equipment and mobile devices, including new-starter and leaver processes, device imaging and co-ordination of manufacturers' warranty repairs.

3.3 Infrastructure management: monitoring of the Managed Infrastructure at all times, monthly patching, backup management, firewall rule management, and second-line support for the Firm's document management system and case-management system.

3.4 Security and reporting: endpoint protection, mobile device management, quarterly vulnerability scanning, the IT asset register, and a monthly service report.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall carry out the transition from the Firm's incumbent provider in accordance with the Transition Plan in Schedule 2, with a target Service Commencement Date forty-five (45) days after the date of the last signature.

4.2 The Service Commencement Certificate shall be issued by the Firm when: (a) a full inventory and configuration baseline of all devices and servers has been delivered and agreed by the Firm; (b) a test restore of the document management system and of the case-management database to a recovery environment has succeeded; (c) the service desk and ticketing system are live and each priority level has been tested; (d) all administrative credentials have been taken over from the incumbent provider and rotated; and (e) runbooks for the Managed Infrastructure have been delivered.

4.3 The use by the Firm of the service desk or of any other part of the Services before the Service Commencement Certificate is issued does not constitute acceptance.

4.4 If the Service Commencement Certificate cannot be issued by the target date for reasons attributable to the Provider, the Provider shall pay to the Firm liquidated damages of CNY 800 for each day of delay, up to ten per cent (10%) of the Total Contract Value.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels:

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Firm-wide outage of e-mail, document management, case management or internet access; any incident affecting a court filing deadline or a hearing on the same day | 15 minutes | 3 hours |
| P2 | Service degraded for a practice group, or a partner unable to work | 1 hour | 8 Business Hours |
| P3 | Single-user incident with a workaround | 2 Business Hours | 2 Working Days |
| P4 | Service requests, moves and changes | 1 Working Day | 5 Working Days |

5.2 The Managed Infrastructure shall be available 99.95% of each calendar month, excluding maintenance windows agreed in advance with the Firm.

5.3 Service credits: for each P1 incident whose response or resolution target is missed, the Provider shall credit 5% of the Monthly Service Charge; if availability falls below the level in Clause 5.2, the Provider shall credit 10% of the Monthly Service Charge. Service credits in any month shall not exceed 25% of the Monthly Service Charge for that month and are without prejudice to the Firm's other rights and remedies.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 48,600 x 24 months | 1,166,400 |
| Transition Charge | one-off | 36,000 |
| Total Contract Value | | 1,202,400 |

6.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced on issue of the Service Commencement Certificate. No sum is payable in advance.

6.3 Invoices are payable within thirty (30) days of receipt. The Charges include VAT and are fixed for the term of this Agreement.

## 7. FIRM DATA, PRIVILEGE AND SECURITY

7.1 All Firm Data, including client files, privileged communications and case documents, belongs to the Firm. The Provider shall access and use Firm Data only to the extent necessary to perform the Services.

7.2 Firm Data shall remain on the Firm's premises and in the Firm's data centre space in Hangzhou. Provider personnel who access Firm Data shall be located in mainland China. No remote access shall be made from the United Kingdom or elsewhere outside mainland China, and no Firm Data shall be transferred outside mainland China.

7.3 The Provider shall maintain ISO/IEC 27001 certification for the Services; use multi-factor authentication and least-privilege access; carry out all privileged access through the Firm's bastion host with session recording; keep all laptops encrypted; vet its personnel before they are assigned; and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.4 The Provider shall notify the Firm of any actual or suspected security incident affecting Firm Data within two hours of becoming aware of it and shall assist the Firm in containing and investigating it. The Provider shall be liable for all losses arising from a breach of this Clause 7 by the Provider or its personnel, and that liability is not subject to the limit in Clause 11.

## 8. CONFIDENTIALITY AND PRIVILEGE

8.1 The Provider shall keep all information of the Firm and its clients confidential, shall not disclose it to any third party and shall take no action that could waive or prejudice legal professional privilege or the Firm's duty of confidentiality to its clients.

8.2 This Clause 8 survives termination without limit of time.

## 9. INTELLECTUAL PROPERTY

9.1 The runbooks, scripts, configuration documentation and asset register prepared by the Provider for the Firm belong to the Firm. The Firm may use, modify and provide them to any successor provider without restriction.

9.2 The Provider's own monitoring and ticketing tools remain the Provider's property.

## 10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Firm's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor as if they were its own.

## 11. LIABILITY

11.1 Nothing in this Agreement limits or excludes liability for death or personal injury caused by negligence, for fraud, or under Clauses 7 and 8.

11.2 Subject to Clause 11.1, the total liability of each Party under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed one hundred and fifty per cent (150%) of the Total Contract Value.

## 12. TERMINATION

12.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach which is incapable of remedy or, if capable of remedy, is not remedied within twenty (20) days after written notice.

12.2 The Firm may also terminate this Agreement by written notice if three or more P1 resolution targets are missed in any rolling period of three months.

12.3 On expiry or termination, the Provider shall hand over all credentials, documentation and Firm Data to the Firm or a successor provider and securely delete any Firm Data remaining in its possession.

## 13. FORCE MAJEURE

13.1 Neither Party shall be liable for failure to perform caused by circumstances beyond its reasonable control, provided it notifies the other Party promptly.

## 14. GOVERNING LAW AND DISPUTE RESOLUTION

14.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.

14.2 Any dispute arising out of or in connection with this Agreement shall be resolved by arbitration under the Scottish Arbitration Rules set out in the Arbitration (Scotland) Act 2010. The seat of the arbitration shall be Edinburgh, the tribunal shall consist of a single arbitrator nominated by the Scottish Arbitration Centre, and the language of the arbitration shall be English.

## 15. GENERAL

15.1 This Agreement constitutes the entire agreement between the Parties in relation to its subject matter and may be executed in counterpart.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

SUBSCRIBED for and on behalf of CUMBRAE MANAGED SERVICES LIMITED at Millport on ______________ 2025 by ______________________, Director, before this witness: ______________________

SUBSCRIBED for and on behalf of HANGZHOU QIANTANG ZHIHENG LAW FIRM at Hangzhou on ______________ 2025 by ______________________, Managing Partner
"""

H144E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
"TradeGuard" Compliance Screening API

BETWEEN

PALMAROLA COMPLIANCE DATA S.r.l., with registered office at Localita Cala del Porto snc, Isola di Palmarola, 04027 Ponza (LT), Italy, VAT number IT 03187420594, registered with the Companies Register of Latina under REA number LT-228913, share capital EUR 50,000 fully paid-in, in the person of its legal representative pro tempore, Dott.ssa Giulia Vitiello (hereinafter the "Vendor")

AND

GUANGXI BEIBU GULF SUGAR IMPORT & EXPORT CO., LTD., with registered office at No. 136 Minzu Avenue, Qingxiu District, Nanning, Guangxi Zhuang Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Huang Weiming (hereinafter the "Customer")

(hereinafter jointly the "Parties" and each a "Party")

PREMISES

WHEREAS:
a) the Vendor operates the "TradeGuard" platform, which screens the names of persons, entities and vessels against sanctions, export-control and other restricted-party lists, and makes it available through an application programming interface (API) and a web console;
b) the Customer exports raw and refined sugar and molasses to buyers in South-East Asia, the Middle East and East Africa, and intends to screen its customers, consignees, banks, shipping agents and vessels before accepting orders and before each shipment;
c) the Customer has asked the Vendor to integrate the service into its ERP system and its shipping-document system;
d) at the Customer's request, all amounts in this Agreement are expressed and payable in Renminbi (CNY).

NOW, THEREFORE, the Parties agree and stipulate as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 The annexes are: Annex A (Service Description and Lists Covered); Annex B (Integration Specification and Acceptance Tests); Annex C (Hosting Provider).

Art. 2 (Definitions)
2.1 "Activation Date" means the date on which the Vendor makes the production API credentials available to the Customer; a "Contract Year" runs from the Activation Date or an anniversary of it. "Customer Data" means all data submitted by the Customer to the Service, including names, addresses and shipment details, and the screening results. "Lists" means the sanctions and restricted-party lists set out in Annex A, including the UN, EU, US and UK lists and the lists published by the authorities of the People's Republic of China.

Art. 3 (Object)
3.1 The Vendor grants the Customer, for the duration of this Agreement, access to the Service: single and batch screening of names and of vessels by IMO number, and a web console for five named users.
3.2 The Vendor shall update the UN, EU, US and UK Lists within six hours of their official publication.
3.3 The Vendor shall perform the Integration Services described in Annex B: connectors from the Customer's ERP system (new customers and sales orders) and from its shipping-document system (consignees, notify parties and vessels named on bills of lading); a hold-and-release workflow that blocks an order or a shipment while a potential match awaits review; and an audit report.

Art. 4 (Duration and Renewal)
4.1 This Agreement enters into force on signature. The subscription runs for thirty-six (36) months from the Activation Date.
4.2 On expiry, the subscription is tacitly renewed for successive periods of one (1) year at the same fees as applied in the last Contract Year, unless either Party gives notice of non-renewal by registered letter or certified e-mail (PEC) at least ninety (90) days before expiry.

Art. 5 (Fees)
5.1 The fees are as follows:
    - Annual Subscription Fee (up to 120,000 screenings per Contract Year and five console users): CNY 186,000 per Contract Year; for three Contract Years, CNY 558,000;
    - Integration Services (fixed price): CNY 74,000;
    - Total Contract Value: CNY 632,000.
5.2 Screenings beyond 120,000 in a Contract Year are charged at CNY 0.90 each and invoiced at the end of that Contract Year.
5.3 The fees include VAT and are fixed for the duration of the subscription.

Art. 6 (Invoicing and Payment)
6.1 The Annual Subscription Fee is invoiced quarterly in arrears, in instalments of CNY 46,500.
6.2 The fee for the Integration Services is invoiced after signature of the Integration Acceptance Certificate.
6.3 Invoices are paid by bank transfer within thirty (30) days of the invoice date. No advance payment is due.

Art. 7 (Integration and Acceptance)
7.1 The Vendor shall use reasonable endeavours to complete the Integration Services within sixty (60) days from signature of this Agreement (the "Target Date").
7.2 The acceptance tests in Annex B shall show that: (a) a test file of 500 names and 20 vessels containing 37 known true matches, screened through the ERP connector, produces an alert for all 37; (b) a sales order for a flagged customer is held in the ERP system and released only after clearance by the Customer's compliance officer; (c) every screening is recorded with the list version, the user and the decision; and (d) the vessels named on ten sample bills of lading are screened automatically.
7.3 When the tests have been passed, the Parties sign the Integration Acceptance Certificate. Production use of the connectors before that signature does not constitute acceptance.
7.4 The Target Date is an estimate. A delay in completing the Integration Services shall not give rise to penalties, liquidated damages, price reductions or compensation of any kind. If the delay exceeds sixty (60) days beyond the Target Date, the Customer may withdraw from the Integration Services and obtain a refund of any amount paid for them.

Art. 8 (Service Levels)
8.1 The Vendor shall use its best efforts to ensure an availability of the API of 99.95% in each calendar month, excluding scheduled maintenance notified at least 72 hours in advance.
8.2 Incidents are classified as follows: Priority 1 (the API unavailable or returning errors for all requests, or a List update delayed beyond the time in Art. 3.2), with response within one (1) hour at any time; Priority 2 (degraded performance, or the web console unavailable), with response within two (2) Business Hours; Priority 3 (other requests), with response by the next Business Day.
8.3 The Vendor reports monthly on availability.
8.4 The service levels in this Article are objectives. Failure to achieve them shall not entitle the Customer to any service credit, reduction of fees, penalty or compensation. If availability is below 99.0% in two consecutive months, the Customer may terminate this Agreement under Art. 14.

Art. 9 (Customer Data)
9.1 Customer Data remains the exclusive property of the Customer. The Vendor processes Customer Data solely to provide the Service to the Customer.
9.2 The Vendor shall not use Customer Data, or the queries made by the Customer, to train or improve its matching algorithms, to compile statistics, or for any other purpose.
9.3 Customer Data is processed on servers in mainland China operated by the hosting provider named in Annex C. Customer Data shall not be transferred outside mainland China, and personal information shall be processed in accordance with PRC law.

Art. 10 (Data Security)
10.1 The Vendor shall maintain ISO/IEC 27001 certification; encrypt Customer Data in transit and at rest; restrict access on a need-to-know basis with multi-factor authentication; log all access to Customer Data; and have the hosting environment hold a level-3 record under the Multi-Level Protection Scheme.
10.2 The Vendor shall notify the Customer of any security incident affecting Customer Data without delay and in any event within eight (8) hours of becoming aware of it, shall take all measures necessary to contain it, and shall compensate the Customer for the damage caused by a breach of this Art. 10 attributable to the Vendor.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential all information of the other Party received in connection with this Agreement and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for five (5) years after termination.

Art. 12 (Intellectual Property)
12.1 The platform and the software remain the property of the Vendor.
12.2 The connectors, field mappings and workflow configurations developed for the Customer under the Integration Services belong to the Customer, which may use, modify and license them freely, including to another service provider. The Vendor delivers their source code with the Integration Acceptance Certificate.

Art. 13 (Limitation of Liability)
13.1 Except in cases of wilful misconduct or gross negligence, the Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees actually paid by the Customer in the twelve (12) months preceding the event giving rise to the claim.

Art. 14 (Termination)
14.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not cure it within thirty (30) days after receiving a written notice describing the breach.
14.2 The Customer may also terminate this Agreement with immediate effect by registered letter or PEC in the case referred to in Art. 8.4, in the event of a breach of Art. 9, 10 or 11 by the Vendor, or if the Vendor becomes insolvent.
14.3 On termination, the Vendor shall return and then delete all screening records.

Art. 15 (Subcontracting)
15.1 The hosting provider named in Annex C is approved by the signature of this Agreement. The Vendor shall not otherwise subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent, and remains responsible for its subcontractors.

Art. 16 (Governing Law and Jurisdiction)
16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning in accordance with its rules.

Art. 17 (Final Provisions)
17.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
17.2 Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer declares that it specifically approves the following clauses: Art. 4.2 (Tacit renewal); Art. 7.4 (Delay); Art. 8.4 (Service levels); Art. 13 (Limitation of liability); Art. 14 (Termination); Art. 16 (Governing law and jurisdiction).

Read, confirmed and signed.

Ponza / Nanning, ______________ 2025

The Vendor: ______________________          The Customer: ______________________
"""

SOURCES = {"h144z01": H144Z01, "h144z02": H144Z02, "h144e01": H144E01, "h144e03": H144E03}
TARGETS = {"h144z01": ("h144z01_provincial_trading_centre_platform_integration.pdf", "pdf"),
           "h144z02": ("h144z02_tyre_plant_tread_xray_inspection_system.docx", "docx"),
           "h144e01": ("h144e01_stationery_plm_licence_irish_vendor.docx", "docx"),
           "h144e03": ("h144e03_fishing_coop_vessel_tracking_terminals.pdf", "pdf")}
TEXTS = {"h144z03_pet_hospital_chain_clinic_saas.md": H144Z03,
         "h144z04_city_archives_digital_archive_om_service.txt": H144Z04,
         "h144z05_rice_noodle_mes_supplier_template.md": H144Z05,
         "h144e02_guesthouse_pms_saas_order_form_german_vendor.txt": H144E02,
         "h144e04_law_firm_managed_it_scottish_provider.md": H144E04,
         "h144e05_sugar_exporter_screening_api_italian_vendor.txt": H144E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
