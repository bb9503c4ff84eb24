"""Builds the ten holdout169 contracts from the sources kept below, so the files can be made again.

.docx and .pdf files are generated with ../word_pdf.py (markup: T: title, H: heading, P: paragraph, TB: table row);
the PDFs are broken into lines at word boundaries (wrap_words=True). .md and .txt files are written as they stand.
Run with /work/main/.venv/bin/python make_files.py from any directory.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h169z01 — 市体育局 全民健身智慧服务平台 (system integration, 政府采购 公开招标, buyer's paper) — .docx
# ---------------------------------------------------------------------------------------------------------------
H169Z01 = """
T:滨江市全民健身智慧服务平台建设项目政府采购合同
P:合同编号：BJTY-ZC-2026-017
P:采购项目编号：BJZC2026-GK-0342（公开招标）
P:甲方（采购人）：滨江市体育局
P:乙方（供应商）：江澄数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就滨江市全民健身智慧服务平台建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、平台定制开发、系统集成、安装调试、数据对接、培训及质保期内的运维服务，建成覆盖全市的全民健身智慧服务平台，主要包括：公共体育场馆预约与入场核验、智能健身路径物联网管理、群众赛事活动报名、国民体质监测数据管理、社会体育指导员管理及全民健身数据驾驶舱。
P:1.2 平台部署于甲方指定的市电子政务外网机房，并与“城市服务”移动端、市政务数据共享交换平台及省国民体质监测系统对接。具体技术要求以招标文件第三章《采购需求》及乙方投标响应为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾玖万元整（¥2,590,000.00），为含税固定总价，包括设备、软件、开发、运输、安装、调试、培训、质保期内服务及税费等全部费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|全民健身服务平台软件许可（V3.0，永久使用）|1套|486,000|486,000
TB:2|定制开发（场馆预约、赛事报名、指导员管理、数据驾驶舱）|1项|628,000|628,000
TB:3|智能健身路径物联网终端|120套|3,850|462,000
TB:4|体质监测一体机|8台|41,500|332,000
TB:5|服务器及存储设备|1批|218,000|218,000
TB:6|指挥中心LCD拼接大屏（3×4）|1套|264,000|264,000
TB:7|系统集成及安装调试|1项|173,000|173,000
TB:8|培训|1项|27,000|27,000
TB:合计||||2,590,000
P:2.2 上表第1、3、4、5、6项合计人民币1,762,000元，为“软硬件小计”，作为本合同第七条维保费用的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的25%作为预付款，计人民币647,500元。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的35%，计人民币906,500元。到货签收仅确认设备数量与外观，不视为验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的35%，计人民币906,500元。
P:3.4 剩余5%（计人民币129,500元）作为质量保证金，质保期满且无未了质量问题后15个工作日内无息支付。
P:3.5 乙方每次收款前应向甲方开具合法有效的等额发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成全部设备到货安装和平台部署，120日内完成定制开发并具备初验条件。
P:4.2 乙方负责完成与“城市服务”移动端、政务数据共享交换平台及省国民体质监测系统的接口对接，接口规范由甲方协调提供。
H:第五条 验收
P:5.1 初验：系统部署及开发完成后，乙方提交初验申请及自测报告，甲方组织初验。初验标准包括：（1）招标文件采购需求所列功能逐项测试通过；（2）120套健身路径终端全部接入平台并连续上报使用数据；（3）场馆预约在2,000个并发用户下页面响应时间不超过2秒；（4）与各对接系统交换的数据经核对一致；（5）通过第三方网络安全等级保护（第二级）测评。
P:5.2 初验合格后进入为期60日的试运行。试运行期间未发生一级故障、二级故障累计不超过3次的，乙方可申请终验。
P:5.3 终验由甲方组织，可邀请专家参加，依据本合同、招标文件及投标文件逐项核查，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护且提前3日通知甲方的除外）。
P:6.2 故障分级响应：一级故障（平台整体不可用或预约、核验功能中断）接报后30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内修复；三级故障（一般问题）1个工作日内解决。
P:6.3 乙方每超时响应1小时，向甲方支付人民币1,000元；月度可用率每低于约定值0.01个百分点，向甲方支付人民币2,000元，甲方可从质量保证金或应付款项中扣除。
H:第七条 质保与维保
P:7.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级、漏洞修补及本合同第六条约定的服务。
P:7.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币140,960元），质保期满后前两年按该标准执行，不得上调。维保合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件、源代码、数据库设计、接口程序及技术文档，其知识产权归甲方所有，乙方应于终验时移交完整源代码及文档。甲方有权自行或委托第三方修改、使用及二次开发。
P:8.2 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖本项目全部用户及终端。
P:8.3 乙方保证所供软硬件不侵犯第三方知识产权。
H:第九条 数据安全与个人信息保护
P:9.1 平台采集和产生的全部数据，包括群众注册信息、体质监测数据、场馆预约及健身路径使用数据，均归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实等级保护第二级要求，对个人信息加密存储、脱敏展示，运维操作通过甲方堡垒机进行并留存审计日志，未经甲方书面批准不得将数据拷贝出甲方机房。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及第三方因此遭受的损失。
P:9.4 合同终止时，乙方应将其持有的全部甲方数据交还甲方并彻底删除，出具删除证明。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期完成开发或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本项目的全部或部分工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:15.2 附件：1.设备配置清单；2.采购需求；3.实施计划。
P:甲方（盖章）：滨江市体育局　　　　乙方（盖章）：江澄数智科技有限公司
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h169z02 — 锂电铜箔厂 表面缺陷在线检测系统 (hardware supply + post-warranty maintenance) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H169Z02 = """
T:锂电铜箔表面缺陷在线检测系统采购及维保合同
P:合同编号：RTXC-SB-2026-0088
P:甲方（买方）：江西瑞铜新材料有限公司
P:住所：江西省宜春市经济技术开发区春风路19号
P:乙方（卖方）：苏州明视智能检测技术有限公司
P:住所：江苏省苏州市工业园区星湖街328号
P:鉴于甲方为提升锂电池用极薄电解铜箔的质量管控水平，拟在生箔及分切工序建设表面缺陷在线检测系统，乙方具备相应的产品和技术能力，双方经友好协商，依据《中华人民共和国民法典》订立本合同，以资共同遵守。
H:一、合同标的与范围
P:（一）乙方向甲方供应6套表面缺陷在线检测系统，分别安装于甲方二车间第3至第6号生箔机及第1、第2号分切机，并负责安装、调试、缺陷模型训练、与甲方MES系统对接、培训及质保期内服务。
P:（二）检测对象包括针孔、褶皱、划痕、亮点、暗斑、铜粉、孔洞及边部裂口等缺陷，检测幅宽1,400mm，适用箔厚4.5μm至8μm，最高线速度每分钟25米。
P:（三）质保期满后，乙方按本合同第七部分约定提供维保服务。
H:二、合同价格
P:（一）本合同总价为人民币贰佰贰拾肆万贰仟元整（¥2,242,000），含13%增值税、包装、运输、保险、安装及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|线扫相机检测单元（含16K线扫相机4台、光源及支架）|6套|186,000|1,116,000
TB:2|图像处理工控机（含GPU）|6台|48,500|291,000
TB:3|缺陷检测软件许可（永久）|6套|65,000|390,000
TB:4|缺陷数据管理服务器及软件|1套|138,000|138,000
TB:5|缺陷打标装置|6套|22,000|132,000
TB:6|安装调试及缺陷模型训练|1项|157,000|157,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:合计||||2,242,000
P:（二）上表第1至第5项合计人民币2,067,000元，为“软硬件小计”。
P:（三）本合同第七部分约定的维保费不包含在合同总价内，按该部分另行支付。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，计人民币224,200元，作为预付款。
P:（二）设备全部到货并安装完毕，经甲方签收后，甲方支付合同总价的50%，计人民币1,121,000元。到货签收不代表甲方对设备质量和性能的认可。
P:（三）终验合格后15个工作日内，甲方支付合同总价的35%，计人民币784,700元。
P:（四）合同总价的5%，计人民币112,100元，作为质量保证金，质保期满且无未决质量问题后无息支付。
P:（五）乙方应在每次付款前开具相应金额的增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方工厂，并在到货后25日内完成安装及单机调试。
P:（二）安装须在甲方安排的停机窗口内进行，乙方人员应遵守甲方洁净车间、防静电及安全生产管理制度，因乙方原因造成甲方设备或产品损坏的，由乙方赔偿。
P:（三）乙方负责与甲方MES系统对接，实现缺陷图片、位置坐标、卷号及判级结果实时上传，并按甲方要求生成每卷缺陷分布图及质量判级报告。
P:（四）乙方应随设备提供合格证、装箱单、操作手册、维护手册及软件安装介质。
H:五、验收
P:（一）安装调试完成后，进入为期45日的试运行。试运行期满，甲方按以下标准组织终验：
P:1. 漏检率：以甲方标准缺陷样卷测试，0.2mm及以上的针孔、孔洞和划痕的漏检率不高于0.5%；
P:2. 在设计线速度下，每千米误报不超过3处；
P:3. 缺陷分类结果经人工复判，每百个缺陷中分类错误不超过5个；
P:4. 与MES对接数据完整、卷号对应正确，打标位置偏差不超过±5mm；
P:5. 试运行期间未发生导致整线停止检测的系统故障。
P:（二）终验合格的，双方签署终验报告。设备安装完毕、试运行或甲方投入生产使用，均不视为终验合格。
P:（三）终验不合格的，乙方应在15日内整改并重新验收；第二次验收仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修、零部件更换、软件升级及缺陷模型优化。
P:（二）故障响应：一级故障（任一检测系统停止检测或漏检明显增加）接报后30分钟内远程响应，8小时内到达现场；二级故障2小时内响应，24小时内到场；三级故障于下一次计划停机时处理。
P:（三）乙方响应或到场每超时1小时，向甲方支付人民币800元；同一故障72小时内未修复的，乙方应免费提供备机。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供维保服务，内容包括每季度一次现场巡检、相机标定、光源更换、软件升级、模型再训练及本合同第六部分约定的故障响应与超时违约金。
P:（二）年度维保费为软硬件小计的18%，即每年人民币372,060元，于每个维保年度结束后按年支付。维保服务期为质保期满后三年，维保费在此期间固定不变。
P:（三）维保服务期满后是否续签，由双方另行协商，不自动续期。
H:八、知识产权
P:（一）乙方基于甲方样卷及生产数据训练形成的缺陷模型、分类规则、判级参数及MES对接程序，其知识产权归甲方所有，乙方应在终验时交付模型文件及对接程序源代码，甲方可自行修改或委托第三方维护。
P:（二）检测软件产品的知识产权归乙方所有，乙方授予甲方永久、不可转让的使用许可。
H:九、数据安全
P:（一）检测过程中产生的缺陷图像、卷号、工艺参数及生产数据属于甲方，乙方仅为履行本合同使用，不得用于其他客户的模型训练或任何其他目的。
P:（二）乙方远程维护须通过甲方提供的VPN并经甲方逐次审批，全程留存操作日志；不得将数据拷贝至甲方网络之外。
P:（三）发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对甲方的工艺参数、产品规格、客户信息、产能及质量数据负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方在本合同项下承担的全部赔偿责任（含违约金）累计以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同项下的主要工作分包。设备吊装等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收样卷说明，均为本合同不可分割的组成部分。
P:甲方（盖章）：江西瑞铜新材料有限公司　　乙方（盖章）：苏州明视智能检测技术有限公司
P:日期：2026年4月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h169z03 — 家政服务公司 家政派单 SaaS (three years + 实施) — .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H169Z03 = """# 家政服务派单管理SaaS平台订阅及实施服务合同

**合同编号**：JZ-SAAS-2026-031

**甲方（客户）**：湖南安心到家家政服务有限公司
住所：湖南省长沙市岳麓区麓谷大道627号

**乙方（服务商）**：长沙云帮手信息技术有限公司
住所：湖南省长沙市开福区芙蓉中路一段88号

甲方经营母婴护理、日常保洁、养老陪护及家电清洗等家政服务，在长沙、株洲、湘潭设有23家门店。甲方拟使用乙方的家政派单管理SaaS平台（“云帮手派单”）统一管理订单与服务人员，并委托乙方完成平台实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1. 服务内容

1.1 订阅服务：乙方向甲方开通云帮手派单平台企业版，包括客户订单受理、智能派单、服务人员排班、上户签到与服务轨迹、服务评价、保险投保对接、结算分账及经营报表等模块，含管理端账号300个、服务人员App账号5,000个。

1.2 实施服务：平台配置（服务品类、价格体系、派单规则、门店及服务区域）、历史数据迁移、甲方微信小程序的品牌定制及与平台的接口对接、管理员及门店人员培训。

1.3 平台部署于乙方在中华人民共和国境内租用的云服务器（阿里云华中地域），甲方数据不出境。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自平台上线验收合格之日起计算。

2.2 订阅服务期满前30日内，任何一方未书面提出不续订的，订阅服务自动续期一年，以此类推。续期时乙方有权根据市场情况及成本变化上调年订阅费，每次上调幅度不超过8%，乙方应在续期开始前以书面或平台公告方式通知甲方。

## 3. 费用

3.1 费用明细如下：

| 序号 | 项目 | 计费方式 | 金额（元） |
|---|---|---|---|
| 1 | 平台订阅费（企业版） | 168,000元/年 × 3年 | 504,000 |
| 2 | 平台配置及实施 | 一次性 | 86,000 |
| 3 | 历史数据迁移 | 一次性 | 24,000 |
| 4 | 小程序品牌定制及接口对接 | 一次性 | 58,000 |
| | **合计** | | **672,000** |

3.2 本合同总金额为人民币陆拾柒万贰仟元整（¥672,000），含6%增值税。超出1.1条约定账号数量的，按每个管理端账号每年360元、每个服务人员账号每年24元另行计费，但甲方书面确认前乙方不得开通超额账号。

## 4. 付款

4.1 本合同不设预付款。

4.2 第2、3、4项一次性费用合计人民币168,000元，在上线验收合格后15个工作日内一次付清。

4.3 订阅费按季度支付，每季度人民币42,000元，于每个服务季度结束后10个工作日内支付。乙方应在付款前开具增值税专用发票。

## 5. 上线与验收

5.1 乙方应于合同签订后45日内完成配置、数据迁移和小程序定制，具备上线条件。甲方应在合同签订后10日内提供门店、价格及历史数据。

5.2 上线验收标准：（1）订单受理、派单、签到、评价、结算全流程在甲方5家试点门店的真实业务中连续运行7日，无阻断性问题；（2）历史客户、服务人员及订单数据迁移后经逐条核对一致；（3）智能派单在每日3,000单负荷下平均派单耗时不超过3秒；（4）小程序与平台之间的订单、支付数据一致。

5.3 甲方在收到上线验收申请后5个工作日内组织验收并签署验收单。平台开通、账号交付或甲方试用均不视为验收合格。验收不合格的，乙方应在10日内整改后重新提交。

5.4 因乙方原因未能在5.1条约定期限内具备上线条件的，每逾期一日，乙方向甲方支付人民币500元违约金。

## 6. 服务水平

6.1 平台月度可用率不低于99.5%。计划内维护应安排在每日0:00至6:00之间并提前48小时通知甲方，计划内维护时间不计入不可用时间。

6.2 故障响应：一级故障（平台无法登录、无法派单或支付中断）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障（咨询及一般问题）2个工作日内解决。乙方提供7×24小时服务热线。

6.3 服务抵扣：当月可用率低于约定值但不低于99%的，抵扣当季订阅费的5%；低于99%的，抵扣当季订阅费的10%；一级故障响应超时的，每次抵扣人民币1,000元。抵扣金额在下一期应付订阅费中扣减。

6.4 乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。

## 7. 数据

7.1 甲方及其客户、服务人员在平台中录入或产生的数据（“甲方数据”）归甲方所有，包括客户姓名、住址、联系方式、服务人员身份及健康证信息、订单与结算记录。

7.2 乙方应采取加密存储、传输加密、访问权限控制及操作日志审计等措施，平台已通过网络安全等级保护第三级测评。乙方员工访问甲方数据须经授权并留痕，乙方应遵守《个人信息保护法》《数据安全法》。

7.3 发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任，包括甲方因此向客户、服务人员承担的赔偿及监管罚款。

7.4 甲方同意，乙方可在对甲方数据进行脱敏处理后，将订单、服务时长、价格及评价等数据用于编制家政行业分析报告、优化派单算法和改进产品，并可在本合同终止后继续使用该等脱敏数据。

7.5 服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其系统中的甲方数据（7.4条所述脱敏数据除外），并书面确认。

## 8. 知识产权

8.1 云帮手派单平台及其后续版本的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序前端、品牌页面、接口程序及配置方案归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护、使用。

## 9. 保密

双方对在合作中获悉的对方商业秘密、客户资料、价格政策及经营数据承担保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

## 10. 违约与责任限制

10.1 任何一方违约的，应赔偿对方因此遭受的直接损失。

10.2 乙方在本合同项下的累计赔偿责任以合同总金额的120%为限；因乙方原因导致数据泄露或侵犯第三方知识产权的责任不受此限。

## 11. 转委托

乙方除使用1.3条所述云服务商外，不得将本合同项下的服务委托第三方履行；确需委托的，须事先取得甲方书面同意。

## 12. 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，或月度可用率连续两个月低于98%的，甲方有权书面通知解除合同。合同解除的，订阅费按实际服务期间结算，乙方应配合完成数据导出。

12.2 甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方有权暂停服务。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交长沙仲裁委员会按其仲裁规则仲裁。

## 14. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南安心到家家政服务有限公司　　乙方（盖章）：长沙云帮手信息技术有限公司

签订日期：2026年4月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h169z04 — 区退役军人事务局 优抚信息管理平台 年度运维 (政府采购 询价) — .txt, 第X条 + （一）/1.
# ---------------------------------------------------------------------------------------------------------------
H169Z04 = """临江区优抚信息管理平台2026年度运维服务合同

合同编号：LJTY-YW-2026-005
采购方式：询价（采购编号：LJCG-2026-XJ-0119）

甲方（采购人）：临江区退役军人事务局
地址：临江区建设东路45号

乙方（供应商）：蓉川信息技术服务有限公司
地址：临江区天府软件园C区6栋

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书、乙方响应文件及成交通知书，甲乙双方就临江区优抚信息管理平台年度运维服务事项，经协商一致，订立本合同。

第一条 服务对象与范围
（一）服务对象：临江区优抚信息管理平台（以下简称“平台”），包括优抚对象档案管理、抚恤补助资金发放、优待证办理、走访慰问、褒扬纪念及统计报表等子系统，以及支撑平台运行的应用服务器、数据库服务器、存储和网络安全设备。
（二）服务内容：驻场运维、日常巡检、故障处理、性能优化、安全加固与漏洞修复、数据备份与恢复演练、重要时段保障及运维文档管理。
（三）服务期：自2026年1月1日起至2026年12月31日止。
（四）服务地点：甲方办公场所及区电子政务外网机房，远程运维仅限于经甲方批准的特殊情形。

第二条 服务费用
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为固定总价，包含人工、工具、差旅、税费等全部费用，服务期内不作调整。
（二）费用构成：
  1. 驻场运维服务（1人，工作日驻场）：216,000元；
  2. 系统巡检及性能优化：48,000元；
  3. 安全加固及漏洞修复：56,000元；
  4. 数据备份与恢复演练：22,000元；
  5. 重要时段应急保障：26,000元。

第三条 服务要求
（一）驻场人员应于合同签订后5个工作日内到岗，并在到岗后15日内完成服务交接，提交系统现状评估报告和运维手册。
（二）乙方每月对平台进行一次全面巡检；每季度完成一次安全加固，包括漏洞扫描与修复、安全基线核查；每半年开展一次数据恢复演练。各项工作完成后5个工作日内提交书面报告。
（三）抚恤补助集中发放期、春节、八一建军节及上级检查等重要时段，乙方应增派技术人员现场保障。
（四）乙方应按甲方信息化管理制度建立运维工单，所有配置变更及版本更新须经甲方审批后实施，并事先做好备份。
（五）驻场人员应具备三年以上同类系统运维经验，须经甲方政治审查，未经甲方同意不得更换。
（六）乙方应对服务器、数据库、网络安全设备及抚恤资金发放等关键业务功能实施7×24小时监控，监控告警应同时推送至甲方指定的信息化管理人员。
（七）乙方应于每年抚恤补助标准调整前配合甲方完成测算数据核对、系统参数调整和发放前测试，测试结果经甲方确认后方可正式发放。
（八）甲方负责提供驻场办公条件、必要的系统账号和原系统开发单位的联系渠道，并指定一名联系人负责运维工作的协调与确认。

第四条 服务水平
（一）故障分级：一级故障指平台整体不可用或抚恤资金发放功能中断；二级故障指部分子系统不可用；三级故障指一般功能异常或使用咨询。
（二）响应要求：一级故障接报后30分钟内响应、1小时内到场、8小时内恢复；二级故障1小时内响应、24小时内解决；三级故障2个工作日内解决。
（三）乙方响应或恢复每超时1小时，扣减服务费500元；同一季度内一级故障处理超时2次以上的，甲方有权另行扣减当季服务费的10%。
（四）乙方每月5日前提交上月运维月报，内容包括工单统计、故障分析、巡检结论和改进建议。

第五条 付款方式
（一）服务费按季度支付。每季度结束后，甲方依照本合同第七条进行季度考核，考核合格后15个工作日内支付当季服务费人民币92,000元，并扣除第四条约定的扣减金额。
（二）本合同不设预付款。乙方应在每次付款前提供合法有效的发票。

第六条 数据安全
（一）平台数据，包括优抚对象身份信息、银行账户、伤残等级、抚恤标准及发放记录等，均属甲方所有。乙方仅可为履行运维服务处理该等数据，不得以任何形式留存、复制、对外提供或用于其他用途。
（二）乙方应按照网络安全等级保护第三级的管理要求开展运维，所有运维操作通过甲方堡垒机进行，严禁使用个人设备和移动存储介质接入平台网络。
（三）发现数据泄露、篡改、丢失或系统被入侵的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任。
（四）服务期满后，乙方应移交全部运维账号、文档和数据，并书面承诺不留存任何甲方数据。

第七条 考核与验收
（一）季度考核：甲方依据运维月报、工单记录、巡检及加固报告，按附件《运维服务考核表》评分，80分及以上为合格。
（二）年度验收：服务期满后15日内，甲方对全年服务进行验收。验收标准为：全年无因乙方原因造成的数据安全事件；约定的巡检、加固、演练报告全部按时提交；四个季度考核均合格；运维文档及账号完整移交。验收合格后双方签署年度验收报告。

第八条 保密
乙方及其驻场人员对在服务中知悉的优抚对象信息、甲方工作秘密和系统资料负有保密义务，应签署保密承诺书，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续有效。

第九条 知识产权
乙方在服务过程中为甲方编写的运维脚本、优化代码、运维手册和各类报告，其知识产权归甲方所有，甲方可自行使用、修改或交由其他服务单位使用。

第十条 分包
乙方可将季度安全加固中的渗透测试工作分包给具备相应资质的专业机构，但应在分包前将分包单位名称及资质材料报甲方备案。乙方对分包工作承担全部责任。

第十一条 违约责任
（一）乙方未按第三条约定的时间到岗、完成服务交接、完成季度安全加固或数据恢复演练的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）驻场人员未经甲方同意擅自离岗或更换的，每人每次扣减服务费1,000元。
（三）乙方违反本合同第六条、第八条约定的，应赔偿甲方全部损失，甲方有权解除合同。

第十二条 合同解除
乙方出现严重违约，经甲方书面催告后10日内仍未改正的，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。

第十三条 合同期满
本合同服务期满即终止，不自动续期。甲方如需续购服务，应依法重新组织采购。服务期满前30日，乙方应向甲方提交年度运维总结报告，列明平台运行状况、遗留问题和下一年度的运维建议，并配合新的服务单位完成交接。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）本合同未尽事宜，由双方另行签订补充协议。
（二）本合同一式五份，甲方三份，乙方一份，报政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
（三）附件：运维服务考核表；驻场人员名单及资质；平台设备清单。

甲方（盖章）：临江区退役军人事务局
乙方（盖章）：蓉川信息技术服务有限公司
签订日期：2025年12月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h169z05 — 米粉厂 MES licence + custom development, supplier's own template — .md, "## 第N条" + N.N
# ---------------------------------------------------------------------------------------------------------------
H169Z05 = """# 禾丰智造MES生产执行系统软件许可及实施合同

> 禾丰智造标准合同文本（HF-MES-2025版）。除合同首部、价格明细及附件外，本文本条款适用于乙方全部MES客户。

**合同编号**：HF-MES-2026-0412

**甲方（用户）**：广西桂味米粉食品有限公司
住所：广西壮族自治区柳州市柳南区航鹰大道118号

**乙方（供应商）**：南宁禾丰智造软件有限公司
住所：广西壮族自治区南宁市高新区科园大道31号

甲方为米粉及螺蛳粉生产企业，拟建设生产执行系统，实现从大米投料到成品出库的全过程管理及食品安全批次追溯。乙方为甲方提供禾丰MES软件许可及实施服务。双方经协商，订立本合同。

## 第1条 定义

1.1 “标准软件”指乙方享有著作权的禾丰MES生产执行系统V5.2，包括计划排产、生产执行、质量管理、仓储物流、设备管理和批次追溯模块。

1.2 “定制开发”指乙方根据甲方米粉生产工艺（浸泡、磨浆、蒸粉、压榨挤丝、复蒸、冷却老化、烘干及包装）为甲方开发的功能、报表及接口。

1.3 “上线”指系统在甲方生产现场开始用于实际生产业务。

1.4 “并发用户”指同一时刻登录系统的用户数量，车间看板及数据采集接口不计入并发用户。

## 第2条 合同标的与价格

2.1 乙方向甲方提供标准软件许可、定制开发、实施部署及培训服务。合同总价为人民币壹佰零肆万肆仟元整（¥1,044,000），含税。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾丰MES标准软件许可（6个模块，50个并发用户） | 520,000 |
| 2 | 定制开发（米粉工艺路线、食品安全批次追溯、与金蝶ERP及称重系统接口、车间电子看板） | 410,000 |
| 3 | 实施部署（蒸粉线及烘干线数据采集配置、基础数据导入） | 96,000 |
| 4 | 培训 | 18,000 |
| | **合计** | **1,044,000** |

2.2 服务器、工业平板、扫码枪、网络及数据采集硬件由甲方自行采购，不在本合同范围内。乙方应在合同签订后10日内向甲方提供硬件配置建议。

2.3 许可用户数超过50个并发用户的，甲方应按乙方届时的报价另行购买用户许可。

## 第3条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，计人民币574,200元。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，计人民币469,800元。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，并按逾期金额每日千分之一收取滞纳金。

## 第4条 实施

4.1 乙方在收到3.1条款项后开始实施，计划实施周期为120日。因甲方基础数据、现场条件或需求变更导致的延误，实施周期相应顺延。

4.2 甲方应指定项目负责人，按乙方要求提供工艺资料、BOM、配方及设备清单，并负责完成数据采集点位的硬件改造。

4.3 乙方为本项目指派项目经理一名及实施顾问两名，项目经理负责编制实施计划、组织需求调研和蓝图设计，蓝图方案经甲方签字确认后作为定制开发的依据。

4.4 乙方逾期完成上线的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第5条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的新需求或功能调整，乙方按需求变更处理，另行报价收费。

## 第6条 免费维护

6.1 系统自上线之日起享有六个月免费维护期。免费维护期内乙方提供远程技术支持及软件缺陷修复。

6.2 故障响应：一级故障（系统无法使用，影响生产）乙方在接到甲方书面报告后8小时内响应；二级及以下故障在3个工作日内响应。乙方将按上述时限尽力处理，但不因故障处理时间承担任何扣款、赔偿或违约责任。

6.3 因甲方操作不当、网络或硬件故障、第三方软件造成的问题，不属于免费维护范围，乙方可另行收费。

6.4 乙方为甲方提供系统管理员及车间班组长培训各一期，培训地点在甲方工厂，培训资料以电子文档方式提供。

## 第7条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护服务合同，维护服务费按乙方当年度公布的服务价格表执行。

7.2 未签订维护服务合同的，乙方不再提供升级、补丁及远程支持，由此造成的系统问题由甲方自行承担。

## 第8条 知识产权

8.1 标准软件的知识产权归乙方所有，甲方获得在其本厂范围内使用的非独占、不可转让的许可。

8.2 定制开发形成的全部成果，包括源代码、工艺模型、报表模板、接口程序及文档，知识产权均归乙方所有。乙方授予甲方在许可范围内的使用权，甲方不得自行或委托第三方修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果用于其他客户项目及标准软件的后续版本。

## 第9条 数据

9.1 甲方生产数据归甲方所有。乙方在实施和维护中接触甲方数据的，应采取必要的安全措施，包括访问权限控制、远程连接经甲方同意并记录、数据不出厂区；发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方原因造成的泄露承担相应责任。

9.2 甲方同意乙方在去除企业名称等标识信息后，使用甲方的工艺参数、产量、能耗及质量数据，用于乙方食品行业工艺模型的训练、行业对标分析和产品研发。

9.3 乙方实施人员在甲方现场工作期间，应遵守甲方的食品生产卫生制度、车间出入管理规定和信息系统使用规定。

## 第10条 保密

双方对在合作过程中获知的对方技术资料、配方、工艺参数及商业信息负有保密义务，保密期为合同终止后两年。

## 第11条 责任限制

11.1 乙方不对甲方的间接损失、利润损失、停产损失或数据丢失承担责任。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。

## 第12条 合同解除

12.1 任何一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权解除合同。

12.2 合同解除后，甲方已支付的款项不予退还，但合同因乙方严重违约而解除的除外。

12.3 合同解除的，乙方向甲方交付截至解除之日已完成部分的安装程序及使用文档，甲方应停止使用未付款部分的功能。

## 第13条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第14条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 附件：功能清单；实施计划。

14.3 双方往来通知以书面形式送达合同首部所列地址，或发送至双方项目负责人的电子邮箱。

甲方（盖章）：广西桂味米粉食品有限公司　　乙方（盖章）：南宁禾丰智造软件有限公司

日期：2026年5月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h169e01 — Huizhou loudspeaker maker: acoustic-test software perpetual licence + configuration + support;
#           vendor on Dragonera (Spanish house style) — .docx, "CLAUSE N. – TITLE" + N.N
# ---------------------------------------------------------------------------------------------------------------
H169E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. DRG-CN-2026-014
P:In Huizhou (Guangdong, People's Republic of China), on 9 March 2026.
H:APPEARING PARTIES
P:ON THE ONE PART, HUIZHOU SONGHE ELECTROACOUSTIC TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with registered office at No. 18 Xinhua Road, Zhongkai High-Tech Zone, Huizhou, Guangdong, represented by Mr. Lin Zhiqiang, General Manager (hereinafter, the "Customer").
P:ON THE OTHER PART, DRAGONERA ACOUSTIC SYSTEMS, S.L., a Spanish limited liability company with registered office at Camí del Far s/n, Isla Dragonera, 07150 Andratx (Balearic Islands), Spain, registered in the Mercantile Registry of Mallorca, represented by Ms. Catalina Ferrer Vidal, Sole Director (hereinafter, the "Licensor").
P:The Customer and the Licensor (each a "Party") mutually acknowledge each other's legal capacity to enter into this Agreement and, to that end,
H:STATE
P:I. That the Customer manufactures loudspeakers, micro-speakers and automotive audio units, and operates eight end-of-line acoustic test stations and an acoustic laboratory at its plant in Huizhou.
P:II. That the Licensor develops and licenses the "TramuntanaTest" acoustic measurement software for production-line and laboratory testing of transducers, and provides configuration and support services for it.
P:III. That, after a competitive selection, the Customer has chosen the Licensor to license the software, configure the test sequences for its product range and integrate the software with its MES and SPC systems; and that, at the Customer's request, all prices are stated and paid in Chinese Renminbi (CNY).
P:In view of the foregoing, the Parties enter into this Agreement, which shall be governed by the following
H:CLAUSES
H:CLAUSE 1. – PURPOSE
P:1.1 The Licensor grants the Customer the software licences listed in Clause 2, configures and commissions the software at the Customer's Huizhou plant, integrates it with the Customer's systems and provides warranty and support services, as described in this Agreement and in Annex 1 (Technical Specification).
P:1.2 The Customer's existing audio analysers remain in use; the Licensor supplies the driver pack needed to control them.
H:CLAUSE 2. – PRICE
P:2.1 The total price of this Agreement is CNY 1,142,000, inclusive of Chinese VAT, any withholding tax and all travel expenses of the Licensor's staff (the "Contract Price"). It is fixed and is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|TramuntanaTest Production perpetual licence, per test station|8|58,000|464,000
TB:2|TramuntanaTest Lab perpetual licence, named seat|2|96,000|192,000
TB:3|Analyser driver pack, perpetual site licence|1|36,000|36,000
TB:4|Configuration of test sequences and limits for 48 product models|1|268,000|268,000
TB:5|Integration with the MES and SPC systems|1|124,000|124,000
TB:6|On-site commissioning and training|1|58,000|58,000
TB:Total||||1,142,000
P:2.2 Items 1 to 3 form the "Licence Fee" of CNY 692,000, the basis of the Annual Support Fee under Clause 8. Support after the Warranty Period is not included in the Contract Price.
H:CLAUSE 3. – PAYMENT
P:3.1 The Customer shall pay the Contract Price by bank transfer in three instalments: (a) 20% (CNY 228,400) within 20 days after signature, against the Licensor's invoice; (b) 45% (CNY 513,900) within 20 days after signature of the Installation Certificate under Clause 5.2; and (c) 35% (CNY 399,700) within 20 days after signature of the Final Acceptance Certificate under Clause 6.
P:3.2 The Installation Certificate only records that the software has been installed on all stations and seats. It is not acceptance and does not waive any right of the Customer.
H:CLAUSE 4. – LICENCE
P:4.1 The licences under items 1 to 3 are perpetual, non-exclusive and non-transferable, except to an affiliate of the Customer that takes over the Huizhou plant, and include use on back-up and test installations.
P:4.2 The standard software remains the property of the Licensor.
H:CLAUSE 5. – DELIVERY AND CONFIGURATION
P:5.1 The Licensor shall deliver the software within 30 days after signature and complete the configuration of all 48 product models, the integration and the commissioning within 110 days after signature, in accordance with the project plan in Annex 2.
P:5.2 When the software is installed and running on all eight stations and on the laboratory seats, the Parties shall sign an Installation Certificate.
P:5.3 If the Licensor fails to complete commissioning by the date in Clause 5.1 for reasons not attributable to the Customer, it shall pay the Customer, as a penalty, 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
H:CLAUSE 6. – ACCEPTANCE
P:6.1 After installation, the software shall run in production for 20 consecutive working days. The Customer shall issue the Final Acceptance Certificate when: (a) for each of the 48 product models, frequency response, distortion, rub and buzz, and impedance are measured against the Customer's golden samples with a deviation of no more than 0.5 dB; (b) a gauge repeatability and reproducibility study on three stations shows a %GRR below 10 for every key characteristic; (c) the test cycle time does not exceed 9 seconds per unit on the reference model; (d) test results reach the MES and SPC systems without loss or mismatch during the whole run; (e) no Severity 1 incident occurs in the last ten working days of the run; and (f) documentation, source files of the Custom Deliverables and training records have been handed over.
P:6.2 If a criterion is not met, the Licensor shall correct the defect within 15 days and the run shall be repeated for the affected items. Installation, production use and payment of any instalment shall not be regarded as acceptance.
H:CLAUSE 7. – WARRANTY AND SERVICE LEVELS
P:7.1 The Licensor warrants that the software and the configured test sequences will perform in accordance with Annex 1 for eighteen (18) months after the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, provide updates and new versions, and provide the support services of this Clause free of charge.
P:7.2 Response times, during the Warranty Period and during any support year under Clause 8: Severity 1 (a production test station cannot test, or passes defective units): remote response within 1 hour, workaround within 8 hours, on-site attendance within 48 hours if needed. Severity 2 (a function is degraded but testing continues): response within 2 hours, correction within 3 working days. Severity 3 (minor issues): response within 1 working day.
P:7.3 For each full hour by which the Licensor exceeds a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000, deducted from the next amount payable or paid on demand.
H:CLAUSE 8. – SUPPORT AFTER THE WARRANTY PERIOD
P:8.1 After the Warranty Period, the Customer may order annual support (corrections, updates, new versions, remote assistance and the response times and credits of Clause 7) for an Annual Support Fee of 13% of the Licence Fee, that is CNY 89,960 per year, invoiced at the end of each support year.
P:8.2 The Annual Support Fee is fixed for the first three support years. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:8.3 Support is ordered by a separate purchase order for each year and does not renew automatically.
H:CLAUSE 9. – INTELLECTUAL PROPERTY
P:9.1 The test sequences, limit files, scripts, report templates and integration code prepared by the Licensor specifically for the Customer (the "Custom Deliverables") belong to the Customer from their creation. The Licensor shall deliver them with their source files, and the Customer may use, modify and license them freely, including to third parties who maintain them.
H:CLAUSE 10. – DATA PROTECTION AND SECURITY
P:10.1 Measurement data, product designs, test limits and production records processed with the software ("Customer Data") belong to the Customer. The Licensor may process Customer Data only to perform this Agreement and may not keep, copy or use it for any other purpose.
P:10.2 The software runs on the Customer's own servers in Huizhou. The Licensor may access them only through the Customer's VPN, with the Customer's approval for each session, multi-factor authentication and logging, shall not transfer Customer Data outside the Customer's network, and shall comply with the PRC data-protection laws.
P:10.3 The Licensor shall notify the Customer in writing within 24 hours of any actual or suspected security incident affecting Customer Data, take immediate remedial measures, and be liable for all losses caused by an incident attributable to it or its staff.
H:CLAUSE 11. – CONFIDENTIALITY
P:11.1 Each Party shall keep confidential all non-public information received from the other Party, including product designs, test limits and prices, and use it only for this Agreement, for five years after its end.
H:CLAUSE 12. – LIABILITY
P:12.1 The total liability of each Party under this Agreement is limited to 150% of the Contract Price, except for breach of Clauses 10 and 11, infringement of intellectual property rights, personal injury and wilful misconduct.
H:CLAUSE 13. – SUBCONTRACTING
P:13.1 The Licensor shall not subcontract any part of its obligations without the Customer's prior written consent and remains liable for any subcontractor as for itself.
H:CLAUSE 14. – TERMINATION
P:14.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within 30 days after being notified. The Customer may also terminate if the penalty under Clause 5.3 reaches its maximum.
H:CLAUSE 15. – APPLICABLE LAW AND JURISDICTION
P:15.1 This Agreement shall be governed by and construed in accordance with the common legislation of the Kingdom of Spain.
P:15.2 The Parties, expressly waiving any other jurisdiction that may correspond to them, submit any dispute arising out of this Agreement to the Courts and Tribunals of the city of Palma (Mallorca, Spain).
P:And in witness whereof, the Parties sign this Agreement in two counterparts, in English, in the place and on the date first written above. Annex 1: Technical Specification. Annex 2: Project Plan.
P:For the Customer: ____________________ Lin Zhiqiang, General Manager
P:For the Licensor: ____________________ Catalina Ferrer Vidal, Sole Director
"""

# ---------------------------------------------------------------------------------------------------------------
# h169e02 — Chongli ski resort: lift-ticket SaaS, Order Form + General Terms; vendor on Culatra (Portuguese style)
#           — .txt, Order Form parts + "N. HEADING" terms
# ---------------------------------------------------------------------------------------------------------------
H169E02 = """ORDER FORM No. CUL-CN-2026-0057
SnowGate Lift-Ticketing Platform - Subscription and Onboarding

This Order Form and the General Terms of Service printed below it form one contract (the "Contract") between the
Vendor and the Customer named in Part I. The Customer has reviewed both parts before signature.

PART I - ORDER DETAILS

I.1 Vendor
Culatra Ticketing, Lda., a private limited company (sociedade por quotas) incorporated in Portugal, with registered
office at Rua do Farol, n.º 4, Ilha da Culatra, 8700-161 Faro, Portugal, legal person number (NIPC) 516 284 097,
registered with the Commercial Registry Office of Faro, with a share capital of EUR 250,000, represented by its
managers Mr. Rui Manuel Tavares Cabrita and Ms. Inês Sofia Guerreiro Pires.

I.2 Customer
Chongli Snowridge Resort Co., Ltd. (崇礼雪岭度假区有限公司), a company incorporated in the People's Republic of China,
with registered office at Taizicheng Road, Sitaizui Township, Chongli District, Zhangjiakou, Hebei Province, represented
by Ms. Zhao Wenjing, Deputy General Manager.

I.3 Services ordered
(a) Subscription to the SnowGate platform, Resort Edition: online and on-site ticket sales, season and multi-day
passes, dynamic pricing, RFID gate validation for up to 46 lift and gondola gates, ski-school and rental bundles,
WeChat mini-program sales channel, reporting and finance reconciliation.
(b) Gate integration: connection of the 46 RFID access gates of two gate manufacturers installed at the resort to
the platform, including gate-controller adapters and on-site tests.
(c) Onboarding: configuration of products, prices, sales channels, users and roles; migration of active season
passes; training of 60 cashiers and 12 administrators.

I.4 Subscription Term
Thirty-six (36) months from the Go-Live Date, subject to renewal under clause 2 of the General Terms.

I.5 Fees (stated and payable in CNY at the Customer's request)
  Platform subscription, Resort Edition     CNY 286,000 per year x 3 years    CNY   858,000
  Gate integration (46 gates)                one-time                          CNY   118,000
  Onboarding, configuration and training    one-time                          CNY    64,000
  Total Contract Value                                                         CNY 1,040,000
All fees include Chinese VAT. Card-payment and WeChat Pay processing charges are billed by the payment providers
directly to the Customer and are not part of this Contract.

I.6 Invoicing and payment
The subscription fee is invoiced quarterly in arrears, CNY 71,500 per quarter, payable within 30 days of invoice. The
one-time fees are invoiced on Go-Live Acceptance and payable within 30 days. No amount is payable in advance.

I.7 Go-Live and Go-Live Acceptance
Target Go-Live Date: 10 November 2026, before the opening of the 2026/27 ski season. Before Go-Live the parties run
the acceptance tests set out in clause 4 of the General Terms. If Go-Live Acceptance is not achieved by the Target
Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 800 for each day of delay,
up to a maximum of CNY 60,000.

I.8 Hosting
The platform instance for the Customer is hosted on Alibaba Cloud in the Zhangjiakou region of mainland China.

Signed for the Vendor: ______________________   Signed for the Customer: ______________________
Date: ____ 2026                                  Date: ____ 2026


PART II - GENERAL TERMS OF SERVICE (Culatra Ticketing, version 2026.1)

1. DEFINITIONS
1.1 "Customer Data" means all data entered into or generated by the platform for the Customer, including ticket
sales, pass-holder records, photographs used on passes, gate validations and payment records.
1.2 "Go-Live Date" means the day on which the platform is first used for ticket sales to the public after Go-Live
Acceptance.
1.3 "Operating Season" means the period in which the resort's lifts are open to the public, as notified by the
Customer each year; all other days are "Off-Season".

2. SUBSCRIPTION AND RENEWAL
2.1 The Vendor grants the Customer a non-exclusive right to use the platform during the Subscription Term for its own
resort operations.
2.2 At the end of the Subscription Term, the subscription shall renew automatically for successive periods of one year
each, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current
period.
2.3 The Vendor may increase the subscription fee for any renewal period by up to nine per cent (9%) of the fee for
the preceding period, by written notice given at least ninety (90) days before the renewal date.

3. SERVICE LEVELS
3.1 The Vendor shall make the platform available 99.95% of the time in each calendar month, measured at the
Vendor's public interface and excluding maintenance announced at least five days in advance and carried out between
01:00 and 05:00 China time. Maintenance longer than two hours is scheduled in the Off-Season only.
3.2 The Vendor shall respond to incidents as follows. Priority 1 (ticket sales or gate validation unavailable at the
resort): response within 30 minutes, 24 hours a day during the Operating Season, and restoration or workaround within
2 hours. Priority 2 (a sales channel or function impaired): response within 2 hours and resolution within one business
day. Priority 3 (other issues): response within one business day.
3.3 If availability in any calendar month falls below 99.95%, the Customer receives a service credit of
5% of the monthly portion of the subscription fee; below 99.5%, 10%; below 99%, 25%. Each Priority 1 incident not
restored within 2 hours gives a further credit of CNY 2,000. Credits are deducted from the next invoice.

4. GO-LIVE ACCEPTANCE
4.1 Go-Live Acceptance requires that: (a) every product and price in the approved configuration can be sold through
each sales channel and is correctly validated at each of the 46 gates; (b) gates process at least 25 validations per
minute each without error during a load test; (c) migrated season passes are reconciled one by one with the Customer's
previous system; (d) daily sales, refunds and payment-provider settlements reconcile for three consecutive test days;
and (e) the trained staff have completed the training programme.
4.2 The Customer shall sign a Go-Live Acceptance Certificate within three business days after the criteria are met.
Access to the platform, test sales and training do not constitute acceptance.

5. CUSTOMER DATA
5.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and
only to provide the services under this Contract; it does not sell, analyse or use Customer Data for any other
purpose.
5.2 On expiry or termination, the Vendor shall return all Customer Data in a standard format within 30 days and then
delete it, confirming the deletion in writing.

6. SECURITY
6.1 The Vendor maintains an information-security programme certified to ISO/IEC 27001. The Customer's instance is
filed under China's multi-level protection scheme at level 3, and the Vendor encrypts Customer Data in transit and at
rest, restricts access to named personnel with multi-factor authentication and keeps access logs for one year.
6.2 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming
aware of it, take all reasonable steps to contain it, and bear the costs and losses caused by an incident resulting
from its breach of this clause.
6.3 Personal information is processed in accordance with the PRC Personal Information Protection Law and is not
transferred outside mainland China.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential the other party's non-public business, technical and financial information,
use it only for this Contract and disclose it only to staff and advisers who need to know it and are bound by
equivalent duties. This obligation continues for three years after the Contract ends.

8. INTELLECTUAL PROPERTY
8.1 The platform, its software and documentation remain the property of the Vendor.
8.2 The product and price configuration, gate mappings, report layouts and mini-program pages prepared for the
Customer belong to the Customer, which may use, modify and have them used by others freely, including after the
Contract ends.

9. SUBCONTRACTORS AND SUB-PROCESSORS
9.1 The Vendor may engage subcontractors and sub-processors, including affiliates of the Vendor and local
implementation partners in China, to perform any part of the services. The current list is published on the Vendor's
website, and the Vendor informs the Customer of changes by updating that list.
9.2 The Vendor remains responsible for the performance of its subcontractors.

10. FEES AND TAXES
10.1 Fees are as stated in the Order Form. Late payments bear interest at 0.02% per day.
10.2 The Vendor may suspend the services if an undisputed invoice remains unpaid for more than 45 days after a
written reminder, except during the Operating Season.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.
11.2 The Vendor's total aggregate liability arising out of or in connection with this Contract, whether in contract,
tort or otherwise, is limited to the fees paid or payable by the Customer in the six (6) months preceding the event
giving rise to the claim. This limit does not apply to death or personal injury caused by negligence or to fraud.

12. TERM AND TERMINATION
12.1 Either party may terminate this Contract by written notice if the other party commits a material breach and
fails to remedy it within 30 days after receiving written notice of it.
12.2 The Customer may also terminate if Priority 1 incidents cause more than 8 hours of unavailability in any
calendar month of the Operating Season.
12.3 On termination the Vendor shall provide reasonable assistance to transfer ticketing to a successor system for up
to 60 days at its then standard daily rates.

13. GOVERNING LAW AND DISPUTES
13.1 This Contract is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance
with its rules in force at the time. The award is final and binding on both parties.

14. GENERAL
14.1 Notices must be in writing and in English or Chinese.
14.2 Neither party may assign this Contract without the other party's written consent.
14.3 If any provision of these General Terms is held invalid, the remaining provisions continue in force.
"""

# ---------------------------------------------------------------------------------------------------------------
# h169e03 — Weihai sea-urchin farm: seabed sensors + maintenance; integrator on the Île de Peilz (Swiss French
#           style), buyer's paper — .pdf (wrap_words), "Art. N (title)" + (1)
# ---------------------------------------------------------------------------------------------------------------
H169E03 = """
T:Contract for the Supply, Installation and Maintenance of a Seabed Monitoring System
P:Contract No. WHHY-2026-SM-03
H:Between
P:Weihai Haiyun Marine Ranching Co., Ltd., Xiaoshidao Fishing Harbour Road 66, Wendeng District, Weihai, Shandong Province, People's Republic of China, represented by Mr. Sun Haitao, Chairman (the "Purchaser"),
H:and
P:Peilz Marine Systems SA, Île de Peilz, 1844 Villeneuve VD, Switzerland, entered in the commercial register of the Canton of Vaud under CHE-318.492.706, represented by Mr. Laurent Chappuis and Ms. Anne-Sophie Rochat, with joint signature (the "Contractor").
H:Preamble
P:Considering that the Purchaser operates a sea-urchin and sea-cucumber ranching area of approximately 600 hectares off Xiaoshidao and wishes to monitor seabed water quality continuously in order to prevent losses from low oxygen, temperature shocks and salinity drops; considering that the Contractor designs and integrates subsea sensor networks for aquaculture and has presented the best offer in the Purchaser's tender of January 2026; the parties agree as follows. This contract is drawn up on the Purchaser's contract form; prices are stated and paid in Chinese Renminbi (CNY) at the Purchaser's request.
H:Art. 1 (Subject matter)
P:(1) The Contractor supplies, installs and commissions a seabed monitoring system consisting of 36 multi-parameter sensor nodes (dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll), 6 solar-powered surface buoy gateways, a shore station with server and network equipment, and a monitoring platform licence, as specified in Annex 1 (Technical Specification).
P:(2) The Contractor further trains the Purchaser's staff, delivers the documentation listed in Annex 1 and provides warranty and maintenance services under Art. 8 to 10.
H:Art. 2 (Contract documents)
P:(1) This contract consists of the present text and its annexes: Annex 1 (Technical Specification), Annex 2 (Node Positions and Installation Plan), Annex 3 (Approved Subcontractor). The annexes form an integral part of the contract.
H:Art. 3 (Price)
P:(1) The contract price is CNY 2,476,000 (the "Contract Price"), a fixed lump sum including VAT, customs duties, transport to Weihai, insurance, marine works, installation and training. It is composed as follows:
TB:Item|Description|Qty|Unit price CNY|Amount CNY
TB:1|Seabed multi-parameter sensor node|36|38,600|1,389,600
TB:2|Surface buoy gateway, solar, 4G|6|52,400|314,400
TB:3|Shore station server and network equipment|1|146,000|146,000
TB:4|Monitoring platform licence, perpetual|1|238,000|238,000
TB:5|Calibration kit and spare sensor heads|1|88,000|88,000
TB:6|Subsea installation, cabling and diving works|1|276,000|276,000
TB:7|Training|1|24,000|24,000
TB:Total||||2,476,000
P:(2) Items 1 to 5 together (CNY 2,176,000) form the "Equipment and Licence Subtotal".
P:(3) The maintenance fee under Art. 10 is not included in the Contract Price.
H:Art. 4 (Terms of payment)
P:(1) The Purchaser pays: a) 10% of the Contract Price (CNY 247,600) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Purchaser; b) 50% (CNY 1,238,000) after delivery and installation of all equipment, confirmed by an Installation Certificate; c) 35% (CNY 866,600) after the Final Acceptance under Art. 7; d) 5% (CNY 123,800) at the end of the warranty period, provided all warranty claims have been settled.
P:(2) The Installation Certificate confirms completeness of delivery and installation only. It does not constitute acceptance.
P:(3) Payments are due within 30 days after receipt of a correct invoice.
H:Art. 5 (Delivery and installation)
P:(1) The Contractor delivers all equipment to the Purchaser's harbour store in Xiaoshidao within 90 days after signature.
P:(2) Installation of the nodes and cables takes place in the weather windows of May and June 2026 according to Annex 2. Days on which the Purchaser's harbour master prohibits diving are not counted as days of delay.
P:(3) The Contractor takes all measures required to protect the ranching stock during installation and is liable for damage to stock, nets and moorings caused by its works.
H:Art. 6 (Delay)
P:(1) If the Contractor fails to achieve Installation by the date in Annex 2 for reasons for which it is responsible, it owes the Purchaser a contractual penalty of 0.08% of the Contract Price for each calendar day of delay, up to a maximum of 8% of the Contract Price.
P:(2) Payment of the penalty does not release the Contractor from its obligations. The Purchaser may claim further damage if it proves it.
H:Art. 7 (Acceptance)
P:(1) After installation, the system runs for 30 consecutive days (trial run). Final Acceptance takes place when: a) each node's readings stay within the following deviations from the reference instrument used in the joint check at the start and end of the trial run: dissolved oxygen 0.2 mg/L, temperature 0.1 °C, salinity 0.2 PSU, pH 0.1; b) no node misses more than 2 hourly records in the trial run; c) threshold alarms reach the duty officer's mobile phone within 60 seconds in three tests per alarm type; d) data are stored on the shore station and exported to the Purchaser's farm-management system without loss; e) all documentation and training records have been handed over.
P:(2) The parties record the result in a Final Acceptance Protocol signed by both. Delivery, installation and use of the system do not constitute acceptance. If a criterion is not met, the Contractor remedies the defect within 20 days and the affected tests are repeated.
H:Art. 8 (Warranty)
P:(1) The Contractor warrants that the system complies with Annex 1 and is free from defects in material, design and workmanship for 24 months after Final Acceptance.
P:(2) During the warranty period the Contractor repairs or replaces defective items free of charge, including the marine works needed to recover and redeploy a node, and provides software updates.
H:Art. 9 (Service levels)
P:(1) Priority 1 fault (loss of data from six or more nodes, a gateway failure or failure of the alarm function): remote response within 1 hour, 24 hours a day; restoration of the alarm function within 12 hours; replacement of failed nodes at sea within 3 days after the first suitable weather window.
P:(2) Priority 2 fault (loss of data from fewer than six nodes or degraded platform functions): response within 8 working hours; repair within 10 days, weather permitting.
P:(3) For each hour of delay beyond the Priority 1 response time the Contractor owes CNY 500, and for each day of delay beyond the Priority 1 restoration or replacement time CNY 1,500. These amounts are deducted from the next payment or from the retention under Art. 4.
H:Art. 10 (Maintenance after the warranty period)
P:(1) For the third, fourth and fifth years after Final Acceptance, the Contractor provides maintenance: two scheduled service campaigns per year (cleaning of biofouling, recalibration, replacement of membranes and wear parts), software updates and the service levels of Art. 9.
P:(2) The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, that is CNY 206,720 per year, fixed for the three years and payable after each maintenance year.
P:(3) Maintenance beyond the fifth year requires a new written agreement; there is no automatic renewal.
H:Art. 11 (Data)
P:(1) All measurement data, alarms, stock records and node positions ("Farm Data") belong to the Purchaser. The Contractor may use Farm Data only to perform this contract and may not retain, disclose or use them for any other purpose, including research or product development.
P:(2) The platform runs on the Purchaser's shore station. Remote access by the Contractor requires the Purchaser's approval for each session and takes place through the Purchaser's VPN with individual accounts and logging. Data are not transferred outside the People's Republic of China.
P:(3) The Contractor protects Farm Data against loss and unauthorised access, notifies the Purchaser of any security incident within 12 hours and bears the damage caused by incidents for which it is responsible, in compliance with the PRC Data Security Law.
H:Art. 12 (Confidentiality)
P:(1) Each party keeps confidential all information of the other party that is not publicly available, in particular the Purchaser's stock quantities, site data and prices. This obligation continues for five years after the end of the contract.
H:Art. 13 (Intellectual property)
P:(1) The alarm rules, dashboards, data interfaces and configuration files produced for the Purchaser belong to the Purchaser, which may use, modify and pass them on freely. The Contractor delivers them with source files.
P:(2) The standard platform software remains the property of the Contractor; the Purchaser receives a perpetual, non-exclusive licence for its own operations.
H:Art. 14 (Subcontracting)
P:(1) The diving and cable-laying works are carried out by the subcontractor named in Annex 3, which the Purchaser approves by signing this contract.
P:(2) Any other subcontracting requires the Purchaser's prior written consent. The Contractor is responsible for its subcontractors as for its own acts.
H:Art. 15 (Liability)
P:(1) The total liability of each party under this contract is limited to 200% of the Contract Price. The limit does not apply in case of intent or gross negligence, personal injury, or breach of Art. 11 and 12.
H:Art. 16 (Termination)
P:(1) Each party may terminate the contract with immediate effect by written notice if the other party is in material breach and has not remedied the breach within 20 days after a written warning.
P:(2) The Purchaser may further terminate if the contractual penalty under Art. 6 reaches its maximum.
H:Art. 17 (Applicable law and jurisdiction)
P:(1) This contract is governed by the laws of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:(2) Disputes are settled by the Weihai Arbitration Commission, seat of arbitration Weihai. The language of the arbitration is Chinese.
H:Art. 18 (Final provisions)
P:(1) Amendments to this contract require the written form and the signature of both parties.
P:(2) Should a provision of this contract be invalid, the remaining provisions remain valid.
P:(3) This contract is made in two originals in English, one for each party.
P:Weihai, 16 March 2026
P:For the Purchaser: ____________________    For the Contractor: ____________________ (joint signature of two)
"""

# ---------------------------------------------------------------------------------------------------------------
# h169e04 — Kunming flower-auction house: managed IT + desktop support; provider on Isla de Lobos (Spanish style)
#           — .md, "## Article N – Title" + N.N
# ---------------------------------------------------------------------------------------------------------------
H169E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**Agreement No.** LOB-KM-2026-007

In Kunming, Yunnan Province, on 20 April 2026.

## Meeting

**On the one part**, KUNMING CAIYUN FLOWER AUCTION CO., LTD., a company incorporated in the People's Republic of China, with registered office at No. 9 Huahui Road, Dounan Subdistrict, Chenggong District, Kunming, Yunnan, represented by Ms. He Liping, General Manager (the "**Customer**").

**On the other part**, LOBOS SERVICIOS GESTIONADOS, S.L., a Spanish limited liability company with registered office at Muelle de la Isla de Lobos s/n, 35650 La Oliva (Las Palmas), Spain, tax identification number B-76318452, registered in the Mercantile Registry of Las Palmas, acting through its branch office in Kunming, represented by Mr. Javier Cabrera Morales, attorney-in-fact (the "**Provider**").

Both parties recognise each other's capacity to contract and

## Expound

I. That the Customer operates a cut-flower auction with four auction clocks, approximately 900 buyer seats, remote bidding for registered buyers, and logistics halls where flowers are received, graded and dispatched every day.

II. That the Provider offers managed infrastructure, service desk and desktop support services and has operated in Yunnan through its Kunming branch since 2019.

III. That, at the Customer's request, all charges under this Agreement are stated and paid in Chinese Renminbi (CNY).

Therefore, the parties agree to enter into this Agreement in accordance with the following

## Article 1 – Object

1.1 The Provider shall provide the following services (the "**Services**") from the Service Commencement Date: (a) management of the Customer's servers, storage, virtualisation platform, network, Wi-Fi and firewalls; (b) second-line support of the auction clock system, the remote-bidding system and the settlement system, including coordination with their software vendors; (c) service desk and desktop support for about 420 users and 900 buyer-seat terminals; and (d) backup and disaster-recovery services.

1.2 The Services are described in Annex 1 (Service Description). The Customer remains the owner of all hardware and software licences.

## Article 2 – Transition

2.1 Within 45 days after signature the Provider shall complete the transition of the Services from the Customer's current provider, including inventory of all assets, documentation of the network and systems, set-up of monitoring and of the service-desk tool, and a 10-day parallel run.

2.2 Transition is accepted when the Customer signs a Transition Acceptance Certificate, which it shall do when: (a) the asset inventory is reconciled with the Customer's register; (b) runbooks exist for every system listed in Annex 1; (c) monitoring covers all servers, network devices and auction clocks; (d) a restore of the auction database from backup has been demonstrated successfully; and (e) the parallel run has ended without a Priority 1 incident caused by the Provider. Starting the Services or paying a charge is not acceptance.

2.3 If Transition Acceptance is delayed beyond the period in Article 2.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Article 3 – Term

3.1 The Services start on the day after Transition Acceptance (the "**Service Commencement Date**") and continue for twenty-four (24) months.

3.2 The parties may extend the Agreement only by written agreement signed before its expiry. There is no tacit renewal.

## Article 4 – Charges

4.1 The charges are as follows:

| Service | Monthly charge (CNY) |
|---|---|
| Infrastructure management (servers, storage, network, Wi-Fi, firewalls) | 38,000 |
| Auction systems second-line support | 24,500 |
| Service desk and desktop support (420 users, 900 seat terminals) | 29,000 |
| Backup and disaster recovery | 5,000 |
| **Monthly Service Charge** | **96,500** |

4.2 The Transition Charge is CNY 78,000, payable once. The total charges for the term are CNY 2,394,000 (24 × CNY 96,500 plus the Transition Charge).

## Article 5 – Invoicing and payment

5.1 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a correct VAT invoice.

5.2 The Transition Charge is invoiced after Transition Acceptance.

5.3 No charge is payable before the Service Commencement Date, except the Transition Charge after acceptance.

## Article 6 – Service levels

6.1 Auction Hours are 14:00 to 02:00 China time every day of the year. During Auction Hours the auction clock, remote-bidding and settlement systems shall be available at least 99.95% of the time in each calendar month.

6.2 Incident priorities and response times:

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| 1 | An auction clock, remote bidding or settlement is unavailable | within six (6) hours | next business day |
| 2 | A system is degraded, or more than 20 users are affected | within 8 business hours | 3 business days |
| 3 | A single user or device is affected | within 2 business days | 5 business days |

6.3 If availability during Auction Hours in a month is below 99.95%, the Provider credits 5% of the Monthly Service Charge; below 99.5%, 10%; below 99%, 20%. Each Priority 1 response later than the time above gives a further credit of CNY 1,500. Credits are shown on the next invoice.

6.4 The Provider shall deliver a monthly service report with availability, incidents, tickets, changes and credits.

## Article 7 – Customer data and security

7.1 All data stored on or processed through the Customer's systems, including bids, buyer and grower records, prices and settlement data ("**Customer Data**"), belong to the Customer. The Provider may access Customer Data only as needed to perform the Services and shall not copy, keep or use them for any other purpose.

7.2 The Provider's staff shall access the Customer's systems only with named accounts, through the Customer's jump server, with multi-factor authentication and session recording. The Provider shall apply the Customer's security policies, keep all Customer Data within mainland China and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 2 hours of becoming aware of it, cooperate in its investigation and remediation, and compensate the Customer for all losses caused by an incident for which the Provider or its staff are responsible.

7.4 At the end of the Agreement the Provider shall return all credentials and documentation and confirm in writing that it holds no Customer Data.

## Article 8 – Confidentiality

8.1 Each party shall keep secret the confidential information of the other party, including prices, buyer and grower lists, bidding data and system configurations, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

## Article 9 – Intellectual property

9.1 Runbooks, scripts, configurations, reports and documentation produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor provider freely.

9.2 The Provider keeps the rights in its own tools and methods used to deliver the Services, without prejudice to Article 9.1.

## Article 10 – Personnel and subcontracting

10.1 The Provider shall keep at least three engineers on the Customer's premises during Auction Hours and shall replace any engineer whom the Customer reasonably rejects.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains liable for approved subcontractors as for its own staff.

## Article 11 – Obligations of the Customer

11.1 The Customer shall give the Provider's staff access to its premises and systems, maintain valid support contracts with its hardware and software vendors, and inform the Provider of planned changes to the auction calendar.

## Article 12 – Liability

12.1 The total liability of each party under this Agreement is limited to 150% of the total charges for the term stated in Article 4.2. This limit does not apply to breach of Articles 7 and 8, to personal injury, or to wilful misconduct.

12.2 Neither party is liable for loss of profit or indirect damage, except in the cases excluded from the limit in Article 12.1.

## Article 13 – Force majeure

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or orders of public authorities, provided it notifies the other party without delay.

## Article 14 – Duration and early termination

14.1 This Agreement enters into force on signature and ends at the end of the term in Article 3.1, together with any extension agreed under Article 3.2.

14.2 In view of the Provider's investment in the transition and in staff dedicated to the Customer, neither party may terminate this Agreement before the end of the term, except by mutual written agreement or where the other party is declared insolvent.

14.3 In the event of a breach by either party, the other party may demand performance and claim damages, and the Customer may apply the service credits in Article 6; a breach does not entitle either party to terminate this Agreement early.

14.4 At the end of the Agreement the Provider shall give reasonable exit assistance for up to 30 days at no extra charge.

## Article 15 – Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising from this Agreement shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming under its rules. The award is final.

## Article 16 – Notices and counterparts

16.1 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses in Annex 2.

16.2 This Agreement is signed in two counterparts in English, one for each party, in the place and on the date first written above.

**For the Customer**: ____________________ He Liping, General Manager

**For the Provider**: ____________________ Javier Cabrera Morales, Attorney-in-fact
"""

# ---------------------------------------------------------------------------------------------------------------
# h169e05 — Ruili jade-trading firm: customs-valuation API subscription + integration; vendor on the Isola
#           Asinara (Italian style) — .txt, "§ N – Title" + (1)
# ---------------------------------------------------------------------------------------------------------------
H169E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
GemValue Customs Valuation API

Contract No. ASN-RL-2026/019

BETWEEN

Asinara Valuation Data S.r.l., with registered office at Località Cala d'Oliva, Isola dell'Asinara, 07046 Porto
Torres (SS), Italy, tax code and VAT number IT02847130905, registered with the Companies Register of Sassari under
REA number SS-204718, share capital EUR 120,000 fully paid up, in the person of its Chief Executive Officer and legal
representative, Dr. Giovanni Battista Porcu, duly empowered (hereinafter the "Supplier"),

AND

Ruili Jinhe Jade Trading Co., Ltd., with registered office at No. 27 Zhuobao Street, Jiegao Border Trade Zone, Ruili,
Dehong Prefecture, Yunnan Province, People's Republic of China, in the person of its legal representative, Mr. Duan
Mingliang, General Manager (hereinafter the "Customer"),

(the Supplier and the Customer, hereinafter jointly the "Parties" and each a "Party").

WHEREAS

(a) the Customer imports rough and worked jadeite and other gemstones and must declare their customs value to the
Chinese customs authorities, supported by reference prices and comparable transactions;
(b) the Supplier operates the GemValue service, which provides through an application programming interface (API)
reference prices, comparable-transaction searches, classification suggestions and valuation reports for gemstones;
(c) the Customer wishes to subscribe to the GemValue API and to have it integrated with its ERP system and with the
declaration software of its customs broker;
(d) at the Customer's request, all amounts under this Agreement are expressed and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the recitals forming an integral and substantial part of this Agreement, the Parties agree and
stipulate as follows.

§ 1 – Subject matter
(1) The Supplier grants the Customer access to the GemValue API, Professional plan, for the Term under § 3, and
carries out the integration and onboarding services under § 4.
(2) The Professional plan includes up to 6,000 valuation queries per month, 400 valuation reports per month, five
user accounts for the web console, and data on jadeite, nephrite, ruby and sapphire markets.
(3) The Customer shall provide the Supplier with test access to its ERP system and to the broker's test environment,
appoint a project contact with decision-making authority and supply the 200 past import records used for the
acceptance tests under § 4(3) within 10 days after signature.

§ 2 – Fees
(1) The fees are as follows:
    API subscription, Professional plan          CNY 15,800 per month x 24 months     CNY 379,200
    Integration with ERP and broker software     one-time                             CNY  96,000
    Onboarding and training                      one-time                             CNY  12,800
    Total Contract Value                                                              CNY 488,000
(2) Queries beyond the monthly allowance are charged at CNY 2.50 each, only after the Customer has approved an
increase of the allowance in writing.
(3) All fees include Chinese VAT.

§ 3 – Term
(1) The subscription runs for twenty-four (24) months from the date of Integration Acceptance under § 4(4).
(2) The Agreement expires at the end of the Term without tacit renewal. Any continuation requires a new written
agreement between the Parties.

§ 4 – Integration and acceptance
(1) Within 60 days after signature, the Supplier shall connect the GemValue API to the Customer's Kingdee ERP system
and to the declaration software of the Customer's customs broker, so that a valuation report can be requested from
the purchase record and attached to the customs declaration.
(2) For each day by which Integration Acceptance is delayed beyond the period in § 4(1) for reasons attributable to
the Supplier, the Supplier shall pay the Customer CNY 300 by way of penalty, without prejudice to further damage.
(3) Acceptance tests: (a) 200 test items from the Customer's past imports are valued through the integration and the
results match those obtained in the web console; (b) reports are generated and attached to declarations in the
broker's software without manual re-entry; (c) the ERP receives valuation results within 5 seconds for 95 out of
every 100 queries; (d) error handling and retry work as described in Annex A.
(4) When the tests are passed, the Parties sign an Integration Acceptance report. Use of the API before that report
does not constitute acceptance.

§ 5 – Invoicing and payment
(1) Subscription fees are invoiced quarterly in arrears (CNY 47,400 per quarter) and paid within 30 days of receipt
of invoice.
(2) The integration and onboarding fees are invoiced after Integration Acceptance and paid within 30 days.
(3) No payment is due before Integration Acceptance.
(4) In case of late payment, interest accrues at the rate of 0.02% per day on the overdue amount. The Supplier may
not suspend the Services for late payment unless the amount remains unpaid 30 days after a written reminder.

§ 6 – Service levels
(1) The Supplier guarantees a monthly availability of the API of 99.5%, excluding maintenance announced at least 48
hours in advance and carried out between 00:00 and 06:00 China time.
(2) Severity 1 incidents (API unavailable or returning wrong values for all queries) are answered within one hour
and worked on continuously until resolved; Severity 2 incidents within 8 business hours; Severity 3 within three
business days.
(3) If the monthly availability falls below the level in paragraph (1), the Supplier credits 10% of the monthly fee
for each full 0.5 percentage point of shortfall, up to the whole monthly fee; each Severity 1 incident not answered
in time gives a further credit of CNY 800.

§ 7 – Customer data
(1) Purchase records, item descriptions, images, declared values and other information transmitted by the Customer
("Customer Inputs") and the valuation reports generated for the Customer remain the property of the Customer.
(2) The Supplier processes Customer Inputs to provide the Services.
(3) The Customer grants the Supplier a perpetual, royalty-free licence to use Customer Inputs, in anonymised and
aggregated form, to calibrate its valuation models and to compile the market price indices it offers to all its
customers. This licence survives the end of the Agreement.

§ 8 – Data security
(1) The GemValue instance used by the Customer is hosted in a data centre in Shanghai operated by a licensed PRC cloud
provider; Customer Inputs are not transferred outside mainland China.
(2) The Supplier encrypts data in transit and at rest, restricts access to authorised staff with two-factor
authentication, keeps access logs for at least one year and complies with the PRC Data Security Law and Personal
Information Protection Law.
(3) The Supplier shall inform the Customer of any security breach affecting Customer Inputs within 24 hours, adopt all
measures to contain it and indemnify the Customer against the damage caused by a breach for which it is responsible.

§ 9 – Confidentiality
(1) Each Party undertakes to keep confidential and not to disclose to third parties the information of the other
Party of which it becomes aware in performing the Agreement, in particular purchase prices, suppliers and customers of
the Customer. This obligation lasts for three years after the end of the Agreement.

§ 10 – Intellectual property
(1) The GemValue platform, its databases and indices belong to the Supplier.
(2) The connectors, mappings and scripts developed by the Supplier specifically for the Customer's ERP and broker
software belong to the Customer, which may use, modify and have them maintained by third parties freely. The Supplier
delivers their source code at Integration Acceptance.

§ 11 – Subcontracting
(1) The Supplier may not subcontract the Services, in whole or in part, without the prior written consent of the
Customer. The hosting provider referred to in § 8(1) is approved by signature of this Agreement.

§ 12 – Liability
(1) The total liability of the Supplier under this Agreement is limited to 125% of the Total Contract Value, except in
cases of wilful misconduct or gross negligence (dolo o colpa grave), which are not limited.
(2) The valuation results are reference information. The customs value declared remains the Customer's decision.

§ 13 – Termination
(1) Either Party may terminate this Agreement pursuant to Article 1456 of the Italian Civil Code by written notice if
the other Party commits a material breach of §§ 4, 6, 7, 8 or 9 and does not remedy it within 20 days after a
written notice to perform.
(2) On termination the Supplier shall return the Customer Inputs held in identifiable form and then delete them.

§ 14 – Force majeure
(1) Neither Party is liable for non-performance caused by events beyond its control, provided that it promptly
informs the other Party.
(2) If a force majeure event prevents the Services for more than 30 consecutive days, the Customer is not charged the
subscription fee for the period of interruption.

§ 15 – Communications
(1) Communications shall be made in writing, in English, by certified e-mail (PEC) for the Supplier and by e-mail with
acknowledgement of receipt for the Customer.

§ 16 – Applicable law
(1) This Agreement is governed by Italian law.

§ 17 – Competent court
(1) Any dispute concerning the validity, interpretation, performance or termination of this Agreement shall be
subject to the exclusive jurisdiction of the Court of Sassari, Italy.

§ 18 – Final provisions
(1) This Agreement may be amended only in writing.
(2) This Agreement is made in two originals in English.

Porto Torres / Ruili, 2 June 2026

The Supplier                                   The Customer
______________________                         ______________________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically
approves the following clauses: § 7(3) (licence to anonymised data), § 12 (limitation of liability), § 13
(termination), § 16 (applicable law) and § 17 (competent court).

The Customer ______________________
"""

SOURCES = {"h169z01": H169Z01, "h169z02": H169Z02, "h169e01": H169E01, "h169e03": H169E03}
TARGETS = {"h169z01": ("h169z01_city_sports_bureau_fitness_platform_integration.docx", "docx"),
           "h169z02": ("h169z02_copper_foil_surface_inspection_hardware_maintenance.pdf", "pdf"),
           "h169e01": ("h169e01_loudspeaker_acoustic_test_licence_dragonera_vendor.docx", "docx"),
           "h169e03": ("h169e03_sea_urchin_farm_seabed_sensors_peilz_integrator.pdf", "pdf")}
PLAIN = {"h169z03_housekeeping_dispatch_saas_three_years.md": H169Z03,
         "h169z04_veterans_bureau_benefits_platform_annual_om.txt": H169Z04,
         "h169z05_rice_noodle_mes_supplier_template.md": H169Z05,
         "h169e02_ski_resort_lift_ticket_saas_culatra_vendor.txt": H169E02,
         "h169e04_flower_auction_managed_it_lobos_provider.md": H169E04,
         "h169e05_jade_customs_valuation_api_asinara_vendor.txt": H169E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
